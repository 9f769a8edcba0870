import type { Strings } from '../en';

/**
 * German: the Settings window. Terminology as in core.ts ("du", Haltungscheck,
 * Bewegungspause, Dehnpause, später erinnern, überspringen, Heimprogramm,
 * Arbeitszeit, Warnzeichen, Infobereich) and the program area (Fragebogen,
 * Tagesziel, Serie). Labels name their unit in full in parentheses
 * ("(Minuten)"); after a number it is "Sek."/"Min.". Quotation marks „…“.
 * Notifications are "Mitteilungen" (as macOS says): "Benachrichtigungen" is too
 * wide for the list of groups when chosen (bold).
 */
export const settings: Strings<'settings'> = {
  title: 'Einstellungen',
  close: 'Schließen',
  loading: 'Einstellungen werden geladen …',
  loadFailed: 'Die Einstellungen konnten nicht geladen werden: {{message}}',
  groupsLabel: 'Bereiche der Einstellungen',
  savesAsYouGo: 'Änderungen werden sofort gespeichert.',
  saved: 'Alle Änderungen gespeichert.',
  refused: 'Diese Änderung wurde nicht gespeichert: {{message}}',
  groups: {
    reminders: {
      title: 'Erinnerungen',
      intro: 'Kurze Haltungschecks und längere Bewegungspausen, über deinen Arbeitstag verteilt.',
    },
    schedule: {
      title: 'Zeitplan',
      intro:
        'Wann die App läuft und wann sie dich erinnern darf, dazu dein tägliches Heimprogramm und dein Spaziergang.',
    },
    'break-behaviour': {
      title: 'Pausenverhalten',
      intro:
        'Später erinnern und Überspringen, was passiert, während du präsentierst oder beschäftigt bist, und wie viel Sitzen genug ist.',
    },
    program: {
      title: 'Programm',
      intro:
        'Deine Antworten, nach denen deine Übungen ausgewählt werden, der Sicherheitsstatus des Programms, die angeleiteten Pausen und dein Tagesziel.',
    },
    appearance: {
      title: 'Darstellung',
      intro: 'Wie die App aussieht und welche Sprache sie spricht.',
    },
    camera: { title: 'Kamera', intro: 'Optionale Haltungserkennung mit deiner Kamera, nur auf diesem Computer.' },
    notifications: {
      title: 'Mitteilungen',
      intro: 'Wie Erinnerungen dich erreichen.',
    },
    data: {
      title: 'Daten & Datenschutz',
      intro:
        'Deine Daten bleiben auf diesem Computer. Sichere deine Einstellungen als Datei oder nimm sie mit, oder fang mit den Standardwerten neu an.',
    },
    about: {
      title: 'Über die App',
      intro: 'Welche Version du hast, und Angaben, die du in einen Fehlerbericht kopieren kannst.',
    },
  },
  validation: {
    range: 'Gib eine Zahl von {{min}} bis {{max}} ein; {{saved}} bleibt erhalten.',
    whole: 'Gib eine ganze Zahl von {{min}} bis {{max}} ein; {{saved}} bleibt erhalten.',
    rangeOnly: 'Gib eine ganze Zahl von {{min}} bis {{max}} ein.',
    time: 'Gib eine vollständige Uhrzeit ein, zum Beispiel 09:30.',
    rangeOrder: 'Das Ende muss nach dem Beginn liegen (ein Zeitraum kann nicht über Mitternacht gehen).',
    overlap: 'Diese Zeiträume überschneiden sich. Lass jeden enden, bevor der nächste beginnt.',
    tooMany_one: 'Ein Tag kann höchstens {{count}} Zeitraum haben.',
    tooMany_other: 'Ein Tag kann höchstens {{count}} Zeiträume haben.',
  },
  reminders: {
    every: 'Abstand (Minuten)',
    posture: {
      title: 'Haltungschecks',
      enabled: 'Erinnere mich an einen Haltungscheck',
      mode: 'Art',
      modeCheck: 'Haltungscheck',
      modeSitStand: 'Sitz-Steh-Rhythmus (Stehschreibtisch)',
      modeCheckHint: 'Ein kurzer Anstoß, dich zurückzulehnen, die Schultern sinken zu lassen und das Kinn einzuziehen.',
      modeSitStandHint: 'Ein Rhythmus für einen Stehschreibtisch: sitzen, stehen, dann bewegen, und wieder von vorn.',
      sitMinutes: 'Sitzen (Minuten)',
      standMinutes: 'Stehen (Minuten)',
      moveMinutes: 'Bewegen (Minuten)',
      durationSeconds: 'Anzeigedauer eines Checks (Sekunden)',
      durationHint: 'Wie lange der Anstoß auf dem Bildschirm bleibt.',
      naturalResetMinutes: 'Neu zählen nach einer Abwesenheit von (Minuten)',
      naturalResetHint: 'Zeit abseits des Computers zählt als Pause für deine Haltung.',
    },
    movement: {
      title: 'Bewegungspausen',
      enabled: 'Erinnere mich daran, aufzustehen und mich zu dehnen',
      intervalHint: 'Gezählt ab dem Ende der letzten Pause.',
      durationMinutes: 'Länge einer Pause (Minuten)',
      noticeSeconds: 'Vorwarnung vor einer Pause (Sekunden)',
      noticeHint: 'Ein kurzer Hinweis, damit du deinen Satz zu Ende schreiben kannst; 0 für keinen.',
    },
  },
  schedule: {
    startTitle: 'Start',
    launchAtLogin: 'Posture Breaks bei der Anmeldung starten',
    launchAtLoginHint: 'Die App wartet im Infobereich und erinnert dich vom Beginn deines Tages an.',
    hoursTitle: 'Arbeitszeit',
    hoursEnabled: 'Nur während der Arbeitszeit erinnern',
    hoursOnHint: 'Außerhalb dieser Zeiten und an Tagen ohne Arbeitszeit kommt keine Erinnerung.',
    hoursOffHint: 'Aus: Erinnerungen kommen zu jeder Uhrzeit. Die Zeiten unten gelten, sobald du dies einschaltest.',
    noHours: 'Keine Arbeitszeit',
    rangeStart: '{{day}}, Zeitraum {{n}}: Beginn',
    rangeEnd: '{{day}}, Zeitraum {{n}}: Ende',
    to: 'bis',
    remove: 'Entfernen',
    removeRange: '{{start}} bis {{end}} am {{day}} entfernen',
    addRange: 'Zeitraum hinzufügen',
    addRangeOn: 'Zeitraum am {{day}} hinzufügen',
    copyMonday: 'Zeiten vom {{day}} für alle Wochentage übernehmen',
    homeTitle: 'Heimprogramm',
    homeEnabled: 'Erinnere mich an mein Heimprogramm',
    homeHint: 'Eine tägliche Routine mit Übungen am Boden für einen kräftigeren Rücken.',
    walkTitle: 'Spaziergänge',
    walkEnabled: 'Erinnere mich an einen Spaziergang',
    at: 'Uhrzeit',
    onDays: 'An diesen Tagen',
    walkMinutes: 'Dauer der ersten Spaziergänge (Minuten)',
    walkMinutesHint: 'Von da an werden die Spaziergänge mit den Wochen länger.',
  },
  breakBehaviour: {
    snoozeTitle: 'Später erinnern und Überspringen',
    strict: 'Strenger Modus: weder später erinnern noch überspringen',
    strictHint: 'Für den Fall, dass du dir sonst jede Pause ausreden würdest.',
    snoozeMinutes: 'Später erinnern nach (Minuten)',
    maxSnoozes: 'Wie oft pro Pause später erinnern',
    maxSkips: 'Pausen, die ich nacheinander überspringen darf',
    zeroMeansNone: '0 heißt: gar nicht.',
    busyTitle: 'Wenn ich beschäftigt bin',
    deferWhileBusy: 'Erinnerungen zurückhalten, während ich präsentiere oder eine Vollbild-App nutze',
    deferHint: 'Zurückgehaltene Erinnerungen kommen, sobald du wieder frei bist.',
    maxDeferral: 'Höchstens so lange zurückhalten (Minuten)',
    maxDeferralHint: 'Danach kommt eine zurückgehaltene Erinnerung trotzdem.',
    microMove: 'Währenddessen Haltungschecks als stille Mini-Übung im Sitzen zeigen',
    microMoveHint: 'Eine unauffällige Übung, die du auf deinem Stuhl machen kannst, ohne dass es jemand merkt.',
    sittingTitle: 'Sitzen',
    sittingEnabled: 'Sag mir, wenn ich an einem Tag zu lange gesessen habe',
    sittingHint: 'Zählt heute jede Minute auf dem Stuhl, ob mit Pausen oder ohne.',
    sittingMinutes: 'Nach so viel Sitzen an einem Tag (Minuten)',
  },
  program: {
    answersTitle: 'Deine Antworten',
    answers: {
      new: 'Du hast den Fragebogen noch nicht ausgefüllt. Mit ein paar Fragen zu deinem Rücken kann die App Übungen auswählen, die zu dir passen.',
      skipped:
        'Du hast den Fragebogen übersprungen, daher enthält dein Programm sanfte Übungen, die für die meisten Menschen geeignet sind.',
      completed: 'Deine Antworten bestimmen deine Übungen und lassen die weg, die nicht zu dir passen.',
    },
    changeAnswers: 'Meine Antworten ändern',
    answerNow: 'Fragebogen ausfüllen',
    openFailed: 'Der Fragebogen konnte nicht geöffnet werden: {{message}}',
    safetyTitle: 'Sicherheit',
    running:
      'Dein Programm läuft. Wenn du der App jemals ein Warnzeichen meldest, stoppt sie das Programm und bittet dich, zu einer Ärztin oder einem Arzt zu gehen.',
    stopped: 'Dein Dehnprogramm ist seit dem {{date}} pausiert.',
    youSaid: 'Du hast mit Ja geantwortet auf:',
    stoppedAdvice:
      'Bitte geh zu einer Ärztin oder einem Arzt; dort kannst du eine Verordnung für Physiotherapie bekommen. Die Erinnerungen, aufzustehen und dich sanft zu bewegen, bleiben aktiv; hör mit allem auf, was wehtut.',
    resume: 'Eine Fachperson sagt, dass ich wieder trainieren darf',
    resumeAsk: 'Das Dehnprogramm wieder starten?',
    resumeExplain:
      'Starte es nur wieder, wenn eine Ärztin oder ein Arzt oder eine Physiotherapeutin oder ein Physiotherapeut gesagt hat, dass Training für dich in Ordnung ist. Hör mit jeder Übung auf, die wehtut.',
    resumeConfirm: 'Programm wieder starten',
    resumeFailed: 'Das Programm konnte nicht wieder gestartet werden: {{message}}',
    playerTitle: 'Angeleitete Pausen und Ziel',
    sound: 'Bei jedem Schritt einer angeleiteten Pause einen sanften Ton abspielen',
    target: 'Tagesziel (% gemachter Pausen)',
    targetHint: 'Ein Tag, an dem du es erreichst, zählt für deine Serie, und die Diagramme zeigen es als Linie.',
  },
  appearance: {
    title: 'Aussehen und Sprache',
    theme: 'Design',
    themeSystem: 'Wie das System',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    language: 'Sprache',
    languageSystem: 'Wie das System',
    languageHint: 'Das Menü im Infobereich und die Mitteilungen folgen ihr auch.',
  },
  camera: {
    title: 'Haltungserkennung mit der Kamera',
    enabled: 'Meine Haltung mit der Kamera beobachten',
    onHint:
      'An: Die App schaut ab und zu kurz hin und sagt dir, wenn du von deiner eigenen aufrechten Haltung abweichst.',
    offHint: 'Aus: Die Kamera wird nie benutzt. Erinnerungen richten sich nur nach der Uhr.',
    measures:
      'Was gemessen wird: wo Kopf und Schultern sind, als ein paar Zahlen je Blick (wie hoch der Kopf über den Schultern sitzt, wie nah du am Bildschirm bist).',
    neverKept:
      'Was nie geschieht: Kein Bild und kein Video wird gespeichert, gezeigt oder gesendet. Einzelbilder bleiben einen Moment im Speicher, und nichts verlässt diesen Computer.',
    light:
      'Die Kamera ist pro Blick etwa eine Sekunde an und dazwischen freigegeben, ihr Licht geht also aus. Das Tray-Menü zeigt, wann sie benutzt wird.',
    nudges:
      'Ein Haltungscheck kommt erst nach einer Abweichung, die anhält, richtet sich nach Arbeitszeiten, Pausen und Terminen und lässt sich verschieben.',
    rulesTitle: 'Wie oft sie hinschaut und wann sie sich meldet',
    lookEvery: 'Hinschauen alle (Sekunden)',
    lookEveryHint: 'Weniger Blicke halten den Computer ruhiger, mehr bemerken eine Abweichung früher.',
    nudgeAfter: 'Melden nach einer Abweichung von (Minuten)',
    cooldown: 'Höchstens ein Check alle (Minuten)',
  },
  notifications: {
    title: 'Desktop-Mitteilungen',
    enabled: 'Desktop-Mitteilungen anzeigen',
    onHint: 'Erinnerungen kommen als Mitteilungen deines Systems.',
    offHint: 'Aus: Eine fällige Bewegungspause öffnet stattdessen das Pausenfenster.',
    buttons:
      'Wo das System Schaltflächen in Mitteilungen zeigt (macOS, Windows), bieten sie Starten, Später erinnern und Überspringen an; anderswo findest du diese im Menü im Infobereich und in der Übersicht „Heute“.',
  },
  data: {
    whereTitle: 'Wo deine Daten liegen',
    local:
      'Alles bleibt auf diesem Computer: kein Konto, kein Server. Dein Verlauf wird als einfache Dateien im Datenordner gespeichert.',
    folder: 'Datenordner:',
    transferTitle: 'Exportieren und importieren',
    transferText:
      'Die Datei enthält deine Einstellungen, aber weder deine Antworten im Fragebogen noch Gesundheitsangaben; beim Importieren bleiben die Antworten auf diesem Computer erhalten.',
    export: 'Einstellungen exportieren',
    import: 'Einstellungen importieren …',
    exported: 'Deine Einstellungen wurden als {{file}} gespeichert.',
    imported: 'Die Einstellungen aus {{file}} wurden importiert. Sie gelten ab sofort.',
    importedMigrated:
      'Die Einstellungen aus {{file}} wurden importiert und von einer älteren Version der App auf den neuesten Stand gebracht. Sie gelten ab sofort.',
    refused: {
      'too-large': '{{file}} ist zu groß für eine Einstellungsdatei.',
      'not-json': '{{file}} ist keine JSON-Datei.',
      'not-settings': '{{file}} enthält keine Einstellungen von Posture Breaks.',
      'newer-version':
        '{{file}} stammt aus einer neueren Version von Posture Breaks. Aktualisiere die App und importiere die Datei dann erneut.',
      invalid: 'Einige Werte in {{file}} sind ungültig:',
    },
    nothingChanged: 'Es wurde nichts geändert.',
    issue: '{{path}}: {{message}}',
    issueTop: '{{message}}',
    failed: 'Das hat nicht geklappt: {{message}}',
    resetTitle: 'Neu anfangen',
  },
  reset: {
    groupButton: '„{{group}}“ auf Standardwerte zurücksetzen …',
    allButton: 'Alle Einstellungen auf Standardwerte zurücksetzen …',
    ask: 'Die Einstellungen unter „{{group}}“ zurücksetzen?',
    askAll: 'Alle Einstellungen zurücksetzen?',
    explain: 'Jede Einstellung unter „{{group}}“ bekommt wieder ihren Standardwert, und zwar sofort.',
    explainAll: 'Jede Einstellung bekommt wieder ihren Standardwert, und zwar sofort.',
    keeps: 'Deine Antworten im Fragebogen und der Sicherheitsstatus des Programms bleiben erhalten.',
    confirm: 'Zurücksetzen',
    done: 'Die Einstellungen unter „{{group}}“ sind wieder auf den Standardwerten.',
    doneAll: 'Alle Einstellungen sind wieder auf den Standardwerten.',
    failed: 'Die Einstellungen konnten nicht zurückgesetzt werden: {{message}}',
  },
  dialog: {
    cancel: 'Abbrechen',
  },
  about: {
    version: 'Version',
    runsOn: 'Umgebung',
    runsOnElectron: 'Electron {{electron}} mit Node {{node}}',
    runsOnWeb: 'Web-Host mit Node {{node}}',
    dataFolder: 'Datenordner',
    logFile: 'Protokolldatei',
    noLogFile: 'keine',
    openFolder: 'Datenordner öffnen',
    copy: 'Diagnosedaten kopieren',
    copied: 'Kopiert',
    copyFailed: 'Die Diagnosedaten konnten nicht in die Zwischenablage kopiert werden.',
  },
};
