import type { Strings } from '../en';

/**
 * German: the dashboard's history, charts and exports. Units "Std." and
 * "Min."; percentages with a non-breaking space ("80 %"). `history.days` is
 * nominative ("5 Tage"): sentences that embed it are built so that it stays
 * nominative or accusative ("verteilt auf 5 Tage", "5 Tage …, davon 3 …").
 */
export const history: Strings<'history'> = {
  title: 'Dein Verlauf',
  loading: 'Dein Verlauf wird geladen …',
  loadingChart: 'Diagramm wird geladen …',
  loadError: 'Dein Verlauf konnte nicht geladen werden: {{error}}',
  noValue: '–',
  percent: '{{value, number}}\u00a0%',
  durationMinutes: '{{minutes, number}} Min.',
  durationHoursMinutes: '{{hours, number}} Std. {{minutes, number}} Min.',
  hourRange: '{{from}}–{{to}}',
  dateRange: '{{from}} – {{to}}',
  days_one: '{{count, number}} Tag',
  days_other: '{{count, number}} Tage',
  times_one: '{{count, number}}-mal',
  times_other: '{{count, number}}-mal',
  yes: 'ja',
  no: 'nein',
  showAsTable: 'Als Tabelle zeigen',
  columns: {
    date: 'Datum',
    due: 'Fällig',
    taken: 'Gemacht',
    takenPercent: 'Gemacht (%)',
    worstPain: 'Stärkster Schmerz (0–10)',
    flareUp: 'Schub',
    minutes: 'Minuten',
    exercise: 'Übung',
    timesDone: 'Wie oft',
    month: 'Monat',
  },
  range: {
    legend: 'Zeige die letzten',
  },
  highlights: {
    currentStreak: 'Aktuelle Serie',
    bestStreak: 'Beste Serie',
    bestHour: 'Beste Stunde',
    mostSkippedHour: 'Am häufigsten übersprungen',
    streakNote:
      'Eine Serie zählt die Tage, an denen du dein Ziel von {{target}} erreichst oder übertriffst; Tage ohne fällige Pausen unterbrechen sie nicht.',
  },
  ring: {
    title: 'Heutige Pausen',
    titleTaken: '{{percent}} der heutigen Pausen gemacht',
    nothingDue: 'Heute ist noch nichts fällig.',
    taken_one: '{{taken, number}} von {{count, number}} Bewegungspause gemacht.',
    taken_other: '{{taken, number}} von {{count, number}} Bewegungspausen gemacht.',
    fraction: '{{taken, number}}/{{due, number}}',
    centre: 'gemacht',
    longestSitting: 'Längste Sitzphase: {{duration}}',
  },
  timeline: {
    title: 'Heutige Erinnerungen',
    empty: 'Heute noch keine Erinnerungen.',
    summary:
      'Heute bisher: {{reminders}}, {{breaks}} gemacht, {{snoozed, number}} verschoben, {{skipped, number}} übersprungen.',
    reminders_one: '{{count, number}} Erinnerung',
    reminders_other: '{{count, number}} Erinnerungen',
    breaks_one: '{{count, number}} Pause',
    breaks_other: '{{count, number}} Pausen',
    outcomes: {
      reminded: 'Erinnert',
      started: 'Begonnen',
      taken: 'Gemacht',
      natural: 'Natürliche Pause',
      snoozed: 'Verschoben',
      skipped: 'Übersprungen',
      deferred: 'Gewartet',
    },
  },
  adherence: {
    title: 'Gemachte Pausen und Schmerzen',
    empty_one: 'Heute: Noch keine Pausen fällig, daher gibt es nichts darzustellen.',
    empty_other: 'In den letzten {{count, number}} Tagen: Noch keine Pausen fällig, daher gibt es nichts darzustellen.',
    summary_one:
      'Heute: {{percent}} der Pausen gemacht ({{taken, number}} von {{due, number}}); {{activeDays}} mit fälligen Pausen, davon {{daysAtTarget, number}} auf oder über deinem Ziel von {{target}}; {{pain}}.',
    summary_other:
      'In den letzten {{count, number}} Tagen: {{percent}} der Pausen gemacht ({{taken, number}} von {{due, number}}); {{activeDays}} mit fälligen Pausen, davon {{daysAtTarget, number}} auf oder über deinem Ziel von {{target}}; {{pain}}.',
    painNone: 'keine Schmerzeinträge',
    pain_one: 'Schmerz {{min, number}}–{{max, number}} von 10 bei {{count, number}} Eintrag',
    pain_other: 'Schmerz {{min, number}}–{{max, number}} von 10 bei {{count, number}} Einträgen',
    painWithFlareUps_one:
      'Schmerz {{min, number}}–{{max, number}} von 10 bei {{count, number}} Eintrag, darunter {{flareUps}}',
    painWithFlareUps_other:
      'Schmerz {{min, number}}–{{max, number}} von 10 bei {{count, number}} Einträgen, darunter {{flareUps}}',
    flareUps_one: '{{count, number}} Schmerzschub',
    flareUps_other: '{{count, number}} Schmerzschübe',
    legendTaken: 'Gemachte Pausen (% der fälligen)',
    legendTarget: 'Ziel {{target}}',
    legendPain: 'Stärkster Schmerz (0–10)',
    flareUp: 'Schmerzschub',
    caption: 'Gemachte Pausen pro Tag, mit Schmerzeinträgen (Ziel {{target}})',
    painAxis: 'Schmerz (0–10)',
    tooltipTaken: '{{taken, number}} von {{due, number}} gemacht ({{percent}})',
    tooltipNothingDue: 'Nichts fällig',
    tooltipPain: 'Stärkster Schmerz {{pain, number}}/10',
  },
  minutes: {
    title: 'Minuten in Bewegung',
    empty_one: 'Heute: noch keine angeleitete Bewegung.',
    empty_other: 'In den letzten {{count, number}} Tagen: noch keine angeleitete Bewegung.',
    summary_one:
      'Heute: {{minutes}} angeleitete Bewegung, verteilt auf {{days}}, am meisten am {{best}} ({{bestMinutes}}).',
    summary_other:
      'In den letzten {{count, number}} Tagen: {{minutes}} angeleitete Bewegung, verteilt auf {{days}}, am meisten am {{best}} ({{bestMinutes}}).',
    caption: 'Minuten angeleiteter Bewegung pro Tag',
    axis: 'Minuten',
    tooltip: '{{minutes, number}} Min. bewegt',
  },
  exercises: {
    title: 'Erledigte Übungen',
    empty_one: 'Heute: noch keine Übungen erledigt.',
    empty_other: 'In den letzten {{count, number}} Tagen: noch keine Übungen erledigt.',
    summary_one: 'Heute: {{different}}, insgesamt {{times}}; am häufigsten {{top}} ({{topTimes}}).',
    summary_other:
      'In den letzten {{count, number}} Tagen: {{different}}, insgesamt {{times}}; am häufigsten {{top}} ({{topTimes}}).',
    different_one: '{{count, number}} verschiedene Übung',
    different_other: '{{count, number}} verschiedene Übungen',
    caption: 'Erledigte Übungen, die häufigsten zuerst',
  },
  year: {
    title: 'Die letzten 12 Monate',
    empty: 'Letzte 12 Monate: Noch keine Pausen fällig.',
    summary_one:
      'Letzte 12 Monate: An {{count, number}} Tag waren Pausen fällig; an {{atTarget, number}} davon hast du dein Ziel von {{target}} erreicht.',
    summary_other:
      'Letzte 12 Monate: An {{count, number}} Tagen waren Pausen fällig; an {{atTarget, number}} davon hast du dein Ziel von {{target}} erreicht.',
    caption: 'Anteil der gemachten Pausen an jedem Tag der letzten 12 Monate (– wenn nichts fällig war)',
    calendar: 'Kalender der letzten 12 Monate, ein Feld pro Tag',
    cell: '{{date}}: {{percent}}',
    cellNothingDue: '{{date}}: nichts fällig',
    nothingDue: 'nichts fällig',
    step: '{{from, number}}–{{to, number}}\u00a0%',
  },
  export: {
    title: 'Deine Daten',
    note: 'Alles bleibt auf diesem Computer. Exportiere es für eine Tabellenkalkulation oder teile einen Bericht.',
    daily: 'Tageswerte herunterladen (CSV)',
    events: 'Alle Ereignisse herunterladen (CSV)',
    dailyFile: 'posture-breaks-tageswerte-{{date}}.csv',
    eventsFile: 'posture-breaks-ereignisse-{{date}}.csv',
    downloaded: '{{filename}} heruntergeladen.',
    failed: 'Der Export ist fehlgeschlagen: {{error}}',
    report: 'Bericht für meine Therapie',
  },
};
