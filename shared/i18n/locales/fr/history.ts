import type { Strings } from '../en';

/**
 * French: the dashboard's history, charts and exports. Typography as in
 * core.ts; a narrow non-breaking space (U+202F) before "%", as Intl writes
 * French percentages; durations "1 h 5 min". Sentences avoid a participle
 * after a bare number ("1 faites"): "Faites : 1 sur 3"; `timeline.breaks`, used
 * only in the timeline's summary, carries its own "faite(s)".
 */
export const history: Strings<'history'> = {
  title: 'Votre historique',
  loading: 'Chargement de votre historique…',
  loadingChart: 'Chargement du graphique…',
  loadError: 'Impossible de charger votre historique : {{error}}',
  noValue: '–',
  percent: '{{value, number}}\u202f%',
  durationMinutes: '{{minutes, number}} min',
  durationHoursMinutes: '{{hours, number}} h {{minutes, number}} min',
  hourRange: '{{from}}–{{to}}',
  dateRange: '{{from}} – {{to}}',
  days_one: '{{count, number}} jour',
  days_many: '{{count, number}} jours',
  days_other: '{{count, number}} jours',
  times_one: '{{count, number}} fois',
  times_many: '{{count, number}} fois',
  times_other: '{{count, number}} fois',
  yes: 'oui',
  no: 'non',
  showAsTable: 'Voir en tableau',
  columns: {
    date: 'Jour',
    due: 'Prévues',
    taken: 'Faites',
    takenPercent: 'Faites (%)',
    worstPain: 'Douleur maximale (0–10)',
    flareUp: 'Crise',
    minutes: 'Durée (min)',
    exercise: 'Exercice',
    timesDone: 'Nombre de fois',
    month: 'Mois',
  },
  range: {
    legend: 'Afficher les derniers',
  },
  highlights: {
    currentStreak: 'Série en cours',
    bestStreak: 'Meilleure série',
    bestHour: 'Meilleure heure',
    mostSkippedHour: 'Heure la plus souvent passée',
    streakNote:
      'Une série compte les jours où vous atteignez ou dépassez votre objectif de {{target}} ; les jours sans pause prévue ne l’interrompent pas.',
  },
  ring: {
    title: 'Pauses du jour',
    titleTaken: '{{percent}} des pauses du jour faites',
    nothingDue: 'Rien de prévu pour l’instant aujourd’hui.',
    taken_one: '{{taken, number}} sur {{count, number}} pause active faite.',
    taken_many: '{{taken, number}} sur {{count, number}} pauses actives faites.',
    taken_other: '{{taken, number}} sur {{count, number}} pauses actives faites.',
    fraction: '{{taken, number}}/{{due, number}}',
    centre: 'faites',
    longestSitting: 'Plus longue période assise : {{duration}}',
  },
  timeline: {
    title: 'Rappels du jour',
    empty: 'Aucun rappel pour l’instant aujourd’hui.',
    summary:
      'Aujourd’hui jusqu’ici : {{reminders}} et {{breaks}} ; reportés : {{snoozed, number}}, passés : {{skipped, number}}.',
    reminders_one: '{{count, number}} rappel',
    reminders_many: '{{count, number}} rappels',
    reminders_other: '{{count, number}} rappels',
    breaks_one: '{{count, number}} pause faite',
    breaks_many: '{{count, number}} pauses faites',
    breaks_other: '{{count, number}} pauses faites',
    outcomes: {
      reminded: 'Rappel',
      started: 'Commencée',
      taken: 'Faite',
      natural: 'Pause naturelle',
      snoozed: 'Reportée',
      skipped: 'Passée',
      deferred: 'Différée',
    },
  },
  adherence: {
    title: 'Pauses faites et douleur',
    empty_one: 'Aujourd’hui : aucune pause prévue pour l’instant, donc rien à afficher.',
    empty_many: 'Sur les {{count, number}} derniers jours : aucune pause prévue pour l’instant, donc rien à afficher.',
    empty_other: 'Sur les {{count, number}} derniers jours : aucune pause prévue pour l’instant, donc rien à afficher.',
    summary_one:
      'Aujourd’hui : {{percent}} des pauses faites ({{taken, number}} sur {{due, number}}), objectif de {{target}} atteint ou dépassé {{daysAtTarget, number}} fois sur {{activeDays}} ; {{pain}}.',
    summary_many:
      'Sur les {{count, number}} derniers jours : {{percent}} des pauses faites ({{taken, number}} sur {{due, number}}), objectif de {{target}} atteint ou dépassé {{daysAtTarget, number}} fois sur {{activeDays}} ; {{pain}}.',
    summary_other:
      'Sur les {{count, number}} derniers jours : {{percent}} des pauses faites ({{taken, number}} sur {{due, number}}), objectif de {{target}} atteint ou dépassé {{daysAtTarget, number}} fois sur {{activeDays}} ; {{pain}}.',
    painNone: 'aucun relevé de douleur',
    pain_one: 'douleur de {{min, number}} à {{max, number}} sur 10 d’après {{count, number}} relevé',
    pain_many: 'douleur de {{min, number}} à {{max, number}} sur 10 d’après {{count, number}} relevés',
    pain_other: 'douleur de {{min, number}} à {{max, number}} sur 10 d’après {{count, number}} relevés',
    painWithFlareUps_one:
      'douleur de {{min, number}} à {{max, number}} sur 10 d’après {{count, number}} relevé, dont {{flareUps}}',
    painWithFlareUps_many:
      'douleur de {{min, number}} à {{max, number}} sur 10 d’après {{count, number}} relevés, dont {{flareUps}}',
    painWithFlareUps_other:
      'douleur de {{min, number}} à {{max, number}} sur 10 d’après {{count, number}} relevés, dont {{flareUps}}',
    flareUps_one: '{{count, number}} crise',
    flareUps_many: '{{count, number}} crises',
    flareUps_other: '{{count, number}} crises',
    legendTaken: 'Pauses faites (% des prévues)',
    legendTarget: 'Objectif {{target}}',
    legendPain: 'Douleur maximale (0–10)',
    flareUp: 'Crise',
    caption: 'Pauses faites par jour, avec les relevés de douleur (objectif {{target}})',
    painAxis: 'douleur (0–10)',
    tooltipTaken: 'Faites : {{taken, number}} sur {{due, number}} ({{percent}})',
    tooltipNothingDue: 'Rien de prévu',
    tooltipPain: 'Douleur maximale {{pain, number}}/10',
  },
  minutes: {
    title: 'Minutes en mouvement',
    empty_one: 'Aujourd’hui : aucun mouvement guidé pour l’instant.',
    empty_many: 'Sur les {{count, number}} derniers jours : aucun mouvement guidé pour l’instant.',
    empty_other: 'Sur les {{count, number}} derniers jours : aucun mouvement guidé pour l’instant.',
    summary_one: 'Aujourd’hui : {{minutes}} de mouvement guidé sur {{days}}, maximum le {{best}} ({{bestMinutes}}).',
    summary_many:
      'Sur les {{count, number}} derniers jours : {{minutes}} de mouvement guidé sur {{days}}, maximum le {{best}} ({{bestMinutes}}).',
    summary_other:
      'Sur les {{count, number}} derniers jours : {{minutes}} de mouvement guidé sur {{days}}, maximum le {{best}} ({{bestMinutes}}).',
    caption: 'Minutes de mouvement guidé par jour',
    axis: 'minutes',
    tooltip: '{{minutes, number}} min de mouvement',
  },
  exercises: {
    title: 'Exercices faits',
    empty_one: 'Aujourd’hui : aucun exercice fait pour l’instant.',
    empty_many: 'Sur les {{count, number}} derniers jours : aucun exercice fait pour l’instant.',
    empty_other: 'Sur les {{count, number}} derniers jours : aucun exercice fait pour l’instant.',
    summary_one: 'Aujourd’hui : {{different}}, {{times}} en tout ; le plus souvent {{top}} ({{topTimes}}).',
    summary_many:
      'Sur les {{count, number}} derniers jours : {{different}}, {{times}} en tout ; le plus souvent {{top}} ({{topTimes}}).',
    summary_other:
      'Sur les {{count, number}} derniers jours : {{different}}, {{times}} en tout ; le plus souvent {{top}} ({{topTimes}}).',
    different_one: '{{count, number}} exercice différent',
    different_many: '{{count, number}} exercices différents',
    different_other: '{{count, number}} exercices différents',
    caption: 'Exercices faits, les plus fréquents en premier',
  },
  year: {
    title: 'Les 12 derniers mois',
    empty: 'Sur les 12 derniers mois : aucune pause prévue pour l’instant.',
    summary_one:
      'Sur les 12 derniers mois : des pauses étaient prévues sur {{count, number}} jour, dont {{atTarget, number}} où vous avez atteint votre objectif de {{target}}.',
    summary_many:
      'Sur les 12 derniers mois : des pauses étaient prévues sur {{count, number}} jours, dont {{atTarget, number}} où vous avez atteint votre objectif de {{target}}.',
    summary_other:
      'Sur les 12 derniers mois : des pauses étaient prévues sur {{count, number}} jours, dont {{atTarget, number}} où vous avez atteint votre objectif de {{target}}.',
    caption: 'Part des pauses faites chaque jour des 12 derniers mois (– quand rien n’était prévu)',
    calendar: 'Calendrier des 12 derniers mois, une case par jour',
    cell: '{{date}} : {{percent}}',
    cellNothingDue: '{{date}} : rien de prévu',
    nothingDue: 'rien de prévu',
    step: '{{from, number}}–{{to, number}}\u202f%',
  },
  export: {
    title: 'Vos données',
    note: 'Tout reste sur cet ordinateur. Exportez vos données pour un tableur ou partagez un rapport.',
    daily: 'Télécharger les statistiques quotidiennes (CSV)',
    events: 'Télécharger tous les événements (CSV)',
    dailyFile: 'posture-breaks-quotidien-{{date}}.csv',
    eventsFile: 'posture-breaks-evenements-{{date}}.csv',
    downloaded: '{{filename}} téléchargé.',
    failed: 'L’exportation a échoué : {{error}}',
    report: 'Rapport pour mon thérapeute',
  },
};
