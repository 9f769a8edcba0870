import type { CoreStrings } from '../en';

/**
 * German: tray, notifications, notices, durations, doses, body areas, safety
 * questions. The user is addressed as "du" (imperative: "Steh auf", "Setz
 * dich"). Units are abbreviated "Sek." and "Min." everywhere.
 *
 * Glossary (use the same word everywhere, content included):
 *   break                   Pause
 *   movement break          Bewegungspause
 *   stretch (the session)   Dehnpause; to stretch: dehnen; a stretch (exercise): Dehnung
 *   posture check           Haltungscheck
 *   seated micro-move       Mini-Übung im Sitzen
 *   snooze                  später erinnern (action: "{{minutes}} Min. später")
 *   skip                    überspringen
 *   pause / resume          pausieren / fortsetzen
 *   home program            Heimprogramm
 *   walk                    Spaziergang
 *   flare-up                Schmerzschub (Schub)
 *   red flag                Warnzeichen
 *   lumbar support          Lendenstütze (cushion: Lendenkissen, roll: Lendenrolle)
 *   physical therapist      Physiotherapeutin oder Physiotherapeut
 *   doctor                  Ärztin oder Arzt; referral: Verordnung
 *   repetition              Wiederholung
 *   settings                Einstellungen
 */
export const core: CoreStrings = {
  app: {
    name: 'Posture Breaks',
    connecting: 'Verbindung zu Posture Breaks wird hergestellt …',
    connectionLost: 'Die Verbindung zur App ist abgebrochen. Sie wird wiederhergestellt …',
  },
  trayPanel: {
    region: 'Infobereich',
    menu: 'Menü im Infobereich',
  },
  notices: {
    dismiss: 'Ausblenden',
    region: 'Hinweise',
    settingsRecovered:
      'Deine Einstellungen konnten nicht gelesen werden ({{reason}}), daher gelten die Standardwerte. Die alte Datei wurde als {{file}} aufbewahrt.',
    settingsRecoveredUntouched:
      'Deine Einstellungen konnten nicht gelesen werden ({{reason}}), daher gelten die Standardwerte. Die Datei blieb unverändert, weil der Datenordner keine Änderungen zulässt ({{code}}); Änderungen an den Einstellungen können deshalb vorerst nicht gespeichert werden.',
    settingsUnsaved:
      'Deine Einstellungen können nicht gespeichert werden: Der Datenordner lässt keine Änderungen zu ({{code}}). Die App läuft mit den angezeigten Einstellungen, aber Änderungen bleiben nicht erhalten.',
  },
  reminders: {
    movement: 'Bewegungspause',
    posture: 'Haltungscheck',
    'home-program': 'Heimprogramm',
    walk: 'Spaziergang',
  },
  schedule: {
    inBreak: 'Dehnpause läuft',
    pausedIndefinitely: 'Pausiert, bis du fortsetzt',
    pausedUntil: 'Pausiert bis {{time}}',
    outsideHours: 'Außerhalb der Arbeitszeit',
    outsideHoursUntil: 'Außerhalb der Arbeitszeit; Erinnerungen ab {{time}}',
    nothingScheduled: 'Keine Erinnerungen geplant',
    timeFor: {
      movement: 'Zeit zum Dehnen',
      posture: 'Zeit für einen Haltungscheck',
      'home-program': 'Zeit für dein Heimprogramm',
      walk: 'Zeit für einen Spaziergang',
    },
    nextIn: {
      movement_one: 'Nächste Dehnpause in {{count}} Min.',
      movement_other: 'Nächste Dehnpause in {{count}} Min.',
      posture_one: 'Nächster Haltungscheck in {{count}} Min.',
      posture_other: 'Nächster Haltungscheck in {{count}} Min.',
      'home-program_one': 'Heimprogramm in {{count}} Min.',
      'home-program_other': 'Heimprogramm in {{count}} Min.',
      walk_one: 'Nächster Spaziergang in {{count}} Min.',
      walk_other: 'Nächster Spaziergang in {{count}} Min.',
    },
    tooltip: '{{app}}: {{status}}',
    tooltipCamera: '{{app}}: {{status}} (Kamera an)',
    titlePaused: 'pausiert',
  },
  tray: {
    startNow: 'Jetzt dehnen',
    showStretch: 'Dehnpause anzeigen',
    nextAt: '{{name}} um {{time}}',
    snooze: 'Später erinnern',
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
    pause: 'Pausieren',
    pause30: '30 Minuten',
    pause60: '1 Stunde',
    pause120: '2 Stunden',
    pauseTomorrow: 'Bis morgen',
    pauseIndefinitely: 'Bis auf Weiteres',
    resume: 'Erinnerungen fortsetzen',
    todaysStats: 'Statistik für heute',
    cameraInUse: 'Kamera an: prüft deine Haltung',
    checkIn: 'Wie geht es deinem Rücken heute?',
    settings_darwin: 'Einstellungen …',
    settings_win32: 'Einstellungen',
    settings_linux: 'Einstellungen',
    quit: 'Beenden',
    quitNamed: '{{app}} beenden',
  },
  duration: {
    seconds_one: '{{count}} Sekunde',
    seconds_other: '{{count}} Sekunden',
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
    hours_one: '{{count}} Stunde',
    hours_other: '{{count}} Stunden',
    hoursMinutes: '{{hours}} {{minutes}} Min.',
  },
  bodyAreas: {
    'low-back': 'unterer Rücken',
    'upper-back': 'oberer Rücken',
    neck: 'Nacken',
    shoulders: 'Schultern',
    chest: 'Brust',
    hips: 'Hüften',
    hamstrings: 'hintere Oberschenkel',
    calves: 'Waden',
    core: 'Rumpf',
    'whole-body': 'ganzer Körper',
  },
  dose: {
    minutes_one: '{{count}} Minute',
    minutes_other: '{{count}} Minuten',
    times_one: '{{count}}-mal',
    times_other: '{{count}}-mal',
    timesPerSide_one: '{{count}}-mal pro Seite',
    timesPerSide_other: '{{count}}-mal pro Seite',
    repetitions_one: '{{count}} Wiederholung',
    repetitions_other: '{{count}} Wiederholungen',
    repetitionsPerSide_one: '{{count}} Wiederholung pro Seite',
    repetitionsPerSide_other: '{{count}} Wiederholungen pro Seite',
    hold: '{{seconds}} Sek. halten',
    holdEach: 'jeweils {{seconds}} Sek. halten',
    eachSide: 'auf jeder Seite',
  },
  notification: {
    actions: {
      start: 'Dehnpause starten',
      startNow: 'Jetzt starten',
      startHome: 'Starten',
      startWalk: 'Losgehen',
      takeBreak: 'Pause machen',
      snooze: '{{minutes}} Min. später',
      skip: 'Überspringen',
      done: 'Erledigt',
    },
    preBreak: {
      title: 'Bewegungspause in {{duration}}',
      body: 'Schreib deinen Satz zu Ende – gleich kommt eine kurze Dehnpause.',
    },
    microMove: {
      title: 'Mini-Übung im Sitzen',
      fallback: 'Setz dich aufrecht hin und roll die Schultern nach hinten.',
    },
    stand: { title: 'Zeit zum Aufstehen', body: 'Fahr den Schreibtisch hoch und steh {{duration}} lang.' },
    move: {
      title: 'Zeit für Bewegung',
      body: 'Geh herum oder dehn dich {{duration}} lang, dann setz dich wieder hin.',
    },
    sit: { title: 'Wieder hinsetzen', fallback: 'Setz dich so, dass dein Rücken an der Stuhllehne anliegt.' },
    limit: {
      title: 'Ein langer Tag auf dem Stuhl',
      body: 'Du hast heute schon über {{duration}} gesessen. Ein Spaziergang würde deinem Rücken guttun.',
    },
    posture: { title: 'Haltungscheck', fallback: 'Lehn dich zurück und lass dich vom Stuhl stützen.' },
    movement: {
      title: 'Zeit für eine Bewegungspause',
      body: 'Steh auf und dehn dich {{duration}} lang.',
      bodyCatchUp: 'Jetzt, wo du wieder Zeit hast: Steh auf und dehn dich {{duration}} lang.',
      move: 'Heutige Übung: {{name}}.',
    },
    home: {
      title: 'Dein Heimprogramm',
      body: 'Etwa {{minutes}} Minuten Übungen am Boden für einen kräftigeren Rücken.',
      bodyCatchUp:
        'Jetzt, wo du wieder Zeit hast: etwa {{minutes}} Minuten Übungen am Boden für einen kräftigeren Rücken.',
    },
    walk: {
      title: 'Zeit für deinen Spaziergang',
      body: 'Heute steht ein lockerer Spaziergang von {{minutes}} Minuten an.',
      bodyCatchUp: 'Jetzt, wo du wieder Zeit hast: Heute steht ein lockerer Spaziergang von {{minutes}} Minuten an.',
    },
    sitting: { title: 'Zeit für Bewegung', body: 'Steh kurz auf.' },
    sensed: {
      'forward-head_one':
        'Dein Kopf ist seit {{count}} Minute nach vorn gewandert. Zieh das Kinn zurück, bis der Kopf über den Schultern ruht.',
      'forward-head_other':
        'Dein Kopf ist seit {{count}} Minuten nach vorn gewandert. Zieh das Kinn zurück, bis der Kopf über den Schultern ruht.',
      slumped_one:
        'Du sitzt seit {{count}} Minute zusammengesunken. Lehn dich zurück und lass den Stuhl deinen Rücken tragen.',
      slumped_other:
        'Du sitzt seit {{count}} Minuten zusammengesunken. Lehn dich zurück und lass den Stuhl deinen Rücken tragen.',
      'leaning-in_one':
        'Du beugst dich seit {{count}} Minute zum Bildschirm vor. Lehn dich zurück und rück den Bildschirm näher, wenn nötig.',
      'leaning-in_other':
        'Du beugst dich seit {{count}} Minuten zum Bildschirm vor. Lehn dich zurück und rück den Bildschirm näher, wenn nötig.',
    },
  },
  safety: {
    redFlags: {
      'bladder-or-bowel-control': 'Ist bei dir ein neuer Verlust der Blasen- oder Darmkontrolle aufgetreten?',
      'leg-weakness-or-numbness': 'Hast du Taubheitsgefühle, Kribbeln oder Schwäche in einem Bein (oder einem Arm)?',
      'severe-pain-not-improving':
        'Sind deine Schmerzen stark und werden sie weder durch Medikamente noch durch Ruhe besser?',
      'trouble-walking-or-standing': 'Hast du Schwierigkeiten beim Gehen oder Stehen?',
      'no-improvement-6-8-weeks': 'Zeigt dein Rücken nach 6 bis 8 Wochen Behandlung keine Besserung?',
    },
  },
};
