import type { CoreStrings } from '../en';

/**
 * French: tray, notifications, notices, durations, doses, body areas, safety
 * questions. The user is addressed as "vous". Typography: a non-breaking
 * space (U+00A0) before the colon, semicolon, question and exclamation marks,
 * and the typographic apostrophe (’); units "s" and "min" after a space.
 * The "many" plural forms (a million and up) read like "other": counts are
 * shown as digits, which French writes without "de" ("1000000 minutes").
 *
 * Glossary (use the same word everywhere, content included):
 *   break                   pause
 *   movement break          pause active
 *   stretch (the session)   séance d’étirements; to stretch: s’étirer; a stretch: étirement
 *   posture check           point posture
 *   seated micro-move       micro-mouvement assis
 *   snooze                  reporter (action: "Reporter de {{minutes}} min")
 *   skip                    passer
 *   pause / resume          mettre en pause / reprendre
 *   home program            programme à domicile
 *   walk                    marche
 *   flare-up                crise douloureuse (crise)
 *   red flag                signal d’alerte
 *   lumbar support          soutien lombaire (cushion: coussin lombaire, roll: rouleau lombaire)
 *   physical therapist      kinésithérapeute; referral: ordonnance
 *   doctor                  médecin
 *   repetition              répétition
 *   settings                paramètres (macOS menu: Réglages…)
 */
export const core: CoreStrings = {
  app: {
    name: 'Posture Breaks',
    connecting: 'Connexion à Posture Breaks…',
    connectionLost: 'Connexion à l’application perdue. Reconnexion en cours…',
  },
  trayPanel: {
    region: 'Zone de notification',
    menu: 'Menu de la zone de notification',
  },
  notices: {
    dismiss: 'Fermer',
    region: 'Messages',
    settingsRecovered:
      'Vos paramètres n’ont pas pu être lus ({{reason}}) ; les paramètres par défaut sont donc appliqués. L’ancien fichier a été conservé sous le nom {{file}}.',
    settingsRecoveredUntouched:
      'Vos paramètres n’ont pas pu être lus ({{reason}}) ; les paramètres par défaut sont donc appliqués. Le fichier n’a pas été modifié, car le dossier de données refuse les modifications ({{code}}) ; les changements de paramètres ne peuvent donc pas être enregistrés pour le moment.',
    settingsUnsaved:
      'Vos paramètres ne peuvent pas être enregistrés : le dossier de données refuse les modifications ({{code}}). L’application fonctionne avec les paramètres affichés, mais les changements ne seront pas conservés.',
  },
  reminders: {
    movement: 'Pause active',
    posture: 'Point posture',
    'home-program': 'Programme à domicile',
    walk: 'Marche',
  },
  schedule: {
    inBreak: 'Séance d’étirements en cours',
    pausedIndefinitely: 'En pause jusqu’à ce que vous repreniez',
    pausedUntil: 'En pause jusqu’à {{time}}',
    outsideHours: 'Hors des heures de travail',
    outsideHoursUntil: 'Hors des heures de travail ; reprise des rappels à {{time}}',
    nothingScheduled: 'Aucun rappel prévu',
    timeFor: {
      movement: 'C’est l’heure de s’étirer',
      posture: 'C’est l’heure du point posture',
      'home-program': 'C’est l’heure de votre programme à domicile',
      walk: 'C’est l’heure de marcher',
    },
    nextIn: {
      movement_one: 'Prochains étirements dans {{count}} min',
      movement_many: 'Prochains étirements dans {{count}} min',
      movement_other: 'Prochains étirements dans {{count}} min',
      posture_one: 'Prochain point posture dans {{count}} min',
      posture_many: 'Prochain point posture dans {{count}} min',
      posture_other: 'Prochain point posture dans {{count}} min',
      'home-program_one': 'Programme à domicile dans {{count}} min',
      'home-program_many': 'Programme à domicile dans {{count}} min',
      'home-program_other': 'Programme à domicile dans {{count}} min',
      walk_one: 'Prochaine marche dans {{count}} min',
      walk_many: 'Prochaine marche dans {{count}} min',
      walk_other: 'Prochaine marche dans {{count}} min',
    },
    tooltip: '{{app}} : {{status}}',
    tooltipCamera: '{{app}} : {{status}} (caméra allumée)',
    titlePaused: 'en pause',
  },
  tray: {
    startNow: 'S’étirer maintenant',
    showStretch: 'Afficher la séance',
    nextAt: '{{name}} à {{time}}',
    snooze: 'Reporter',
    minutes_one: '{{count}} minute',
    minutes_many: '{{count}} minutes',
    minutes_other: '{{count}} minutes',
    pause: 'Mettre en pause',
    pause30: '30 minutes',
    pause60: '1 heure',
    pause120: '2 heures',
    pauseTomorrow: 'Jusqu’à demain',
    pauseIndefinitely: 'Jusqu’à nouvel ordre',
    resume: 'Reprendre les rappels',
    todaysStats: 'Statistiques du jour',
    cameraInUse: 'Caméra allumée : observation de votre posture',
    checkIn: 'Comment va votre dos aujourd’hui ?',
    settings_darwin: 'Réglages…',
    settings_win32: 'Paramètres',
    settings_linux: 'Préférences',
    quit: 'Quitter',
    quitNamed: 'Quitter {{app}}',
  },
  duration: {
    seconds_one: '{{count}} seconde',
    seconds_many: '{{count}} secondes',
    seconds_other: '{{count}} secondes',
    minutes_one: '{{count}} minute',
    minutes_many: '{{count}} minutes',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} heure',
    hours_many: '{{count}} heures',
    hours_other: '{{count}} heures',
    hoursMinutes: '{{hours}} et {{minutes}} min',
  },
  bodyAreas: {
    'low-back': 'bas du dos',
    'upper-back': 'haut du dos',
    neck: 'nuque',
    shoulders: 'épaules',
    chest: 'poitrine',
    hips: 'hanches',
    hamstrings: 'ischio-jambiers',
    calves: 'mollets',
    core: 'sangle abdominale',
    'whole-body': 'corps entier',
  },
  dose: {
    minutes_one: '{{count}} minute',
    minutes_many: '{{count}} minutes',
    minutes_other: '{{count}} minutes',
    times_one: '{{count}} fois',
    times_many: '{{count}} fois',
    times_other: '{{count}} fois',
    timesPerSide_one: '{{count}} fois de chaque côté',
    timesPerSide_many: '{{count}} fois de chaque côté',
    timesPerSide_other: '{{count}} fois de chaque côté',
    repetitions_one: '{{count}} répétition',
    repetitions_many: '{{count}} répétitions',
    repetitions_other: '{{count}} répétitions',
    repetitionsPerSide_one: '{{count}} répétition de chaque côté',
    repetitionsPerSide_many: '{{count}} répétitions de chaque côté',
    repetitionsPerSide_other: '{{count}} répétitions de chaque côté',
    hold: 'tenir {{seconds}} s',
    holdEach: 'tenir {{seconds}} s à chaque fois',
    eachSide: 'de chaque côté',
  },
  notification: {
    actions: {
      start: 'S’étirer',
      startNow: 'Commencer maintenant',
      startHome: 'Commencer',
      startWalk: 'Partir marcher',
      takeBreak: 'Faire une pause',
      snooze: 'Reporter de {{minutes}} min',
      skip: 'Passer',
      done: 'C’est fait',
    },
    preBreak: {
      title: 'Pause active dans {{duration}}',
      body: 'Finissez votre phrase : une courte séance d’étirements arrive.',
    },
    microMove: {
      title: 'Micro-mouvement assis',
      fallback: 'Redressez-vous et roulez les épaules vers l’arrière.',
    },
    stand: {
      title: 'C’est l’heure de se lever',
      body: 'Remontez votre bureau et restez debout pendant {{duration}}.',
    },
    move: {
      title: 'C’est l’heure de bouger',
      body: 'Marchez ou étirez-vous pendant {{duration}}, puis rasseyez-vous.',
    },
    sit: { title: 'Rasseyez-vous', fallback: 'Asseyez-vous le dos contre le dossier.' },
    limit: {
      title: 'Une longue journée sur la chaise',
      body: 'Vous avez passé plus de {{duration}} en position assise aujourd’hui. Une marche ferait du bien à votre dos.',
    },
    posture: { title: 'Point posture', fallback: 'Calez-vous au fond du siège et laissez la chaise vous soutenir.' },
    movement: {
      title: 'C’est l’heure d’une pause active',
      body: 'Levez-vous et étirez-vous pendant {{duration}}.',
      bodyCatchUp: 'Maintenant que vous êtes disponible : levez-vous et étirez-vous pendant {{duration}}.',
      move: 'Exercice du jour : {{name}}.',
    },
    home: {
      title: 'Votre programme à domicile',
      body: 'Environ {{minutes}} minutes d’exercices au sol pour un dos plus fort.',
      bodyCatchUp:
        'Maintenant que vous êtes disponible : environ {{minutes}} minutes d’exercices au sol pour un dos plus fort.',
    },
    walk: {
      title: 'C’est l’heure de votre marche',
      body: 'Aujourd’hui, une marche tranquille de {{minutes}} minutes.',
      bodyCatchUp: 'Maintenant que vous êtes disponible : une marche tranquille de {{minutes}} minutes aujourd’hui.',
    },
    sitting: { title: 'C’est l’heure de bouger', body: 'Levez-vous un instant.' },
    sensed: {
      'forward-head_one':
        'Votre tête s’avance depuis {{count}} minute. Rentrez le menton pour que la tête repose au-dessus des épaules.',
      'forward-head_many':
        'Votre tête s’avance depuis {{count}} minutes. Rentrez le menton pour que la tête repose au-dessus des épaules.',
      'forward-head_other':
        'Votre tête s’avance depuis {{count}} minutes. Rentrez le menton pour que la tête repose au-dessus des épaules.',
      slumped_one: 'Votre dos s’affaisse depuis {{count}} minute. Reculez-vous et laissez la chaise porter votre dos.',
      slumped_many:
        'Votre dos s’affaisse depuis {{count}} minutes. Reculez-vous et laissez la chaise porter votre dos.',
      slumped_other:
        'Votre dos s’affaisse depuis {{count}} minutes. Reculez-vous et laissez la chaise porter votre dos.',
      'leaning-in_one':
        'Vous vous penchez vers l’écran depuis {{count}} minute. Reculez-vous, et rapprochez l’écran s’il le faut.',
      'leaning-in_many':
        'Vous vous penchez vers l’écran depuis {{count}} minutes. Reculez-vous, et rapprochez l’écran s’il le faut.',
      'leaning-in_other':
        'Vous vous penchez vers l’écran depuis {{count}} minutes. Reculez-vous, et rapprochez l’écran s’il le faut.',
    },
  },
  safety: {
    redFlags: {
      'bladder-or-bowel-control': 'Avez-vous récemment perdu le contrôle de votre vessie ou de vos intestins ?',
      'leg-weakness-or-numbness':
        'Avez-vous un engourdissement, des fourmillements ou une faiblesse dans une jambe (ou un bras) ?',
      'severe-pain-not-improving':
        'Votre douleur est-elle intense et ne s’améliore-t-elle ni avec les médicaments ni avec le repos ?',
      'trouble-walking-or-standing': 'Avez-vous du mal à marcher ou à rester debout ?',
      'no-improvement-6-8-weeks': 'Votre dos ne montre-t-il aucune amélioration après 6 à 8 semaines de traitement ?',
    },
  },
};
