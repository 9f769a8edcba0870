import type { Strings } from '../en';

/**
 * German: the questionnaire, the program panel, the pain check-in, the
 * safety notices and the program's reasons. Terminology as in core.ts
 * (Heimprogramm, Schmerzschub, Warnzeichen, Ärztin oder Arzt,
 * Physiotherapeutin oder Physiotherapeut; "du"). A reason keeps the
 * exercise's "why" capitalised after the colon (program-text.ts).
 */
export const program: Strings<'program'> = {
  title: 'Dein Programm',
  onboarding: {
    welcome: {
      eyebrow: 'Willkommen',
      title: 'Lass uns die Dehnübungen auf deinen Rücken abstimmen',
      intro:
        'Ein paar Fragen, etwa zwei Minuten, um Übungen auszuwählen, die zu dir passen, und die wegzulassen, die es nicht tun. Du kannst deine Antworten jederzeit in den Einstellungen ändern.',
      start: 'Zu den Fragen',
      skip: 'Vorerst überspringen',
    },
    stepOf: 'Schritt {{step}} von {{total}}',
    steps: {
      where: 'Wo es wehtut',
      day: 'Dein Tag',
      preferences: 'Deine Vorlieben',
      conditions: 'Erkrankungen',
      safety: 'Sicherheitsfragen',
    },
    where: {
      legend: 'Wo tut es weh?',
      hint: 'Kreuze nichts an, wenn nichts wehtut.',
      duration: 'Seit wann?',
      durations: {
        'under-3-months': 'Weniger als 3 Monate',
        longer: '3 Monate oder länger',
      },
      severity: 'Typischer Schmerz, 0 (keiner) bis 10 (stärkster): <strong>{{value}}</strong>',
    },
    day: {
      worseWith: 'Was macht es schlimmer?',
      worse: {
        sitting: 'Sitzen',
        standing: 'Stehen',
        bending: 'Bücken',
      },
      workSetup: 'Dein Arbeitsplatz',
      workSetups: {
        desk: 'Ein Schreibtisch',
        'sit-stand': 'Ein Sitz-Steh-Schreibtisch',
        mixed: 'Gemischt: teils am Schreibtisch, teils auf den Beinen',
      },
    },
    preferences: {
      breakStyle: 'Deine bevorzugten Pausen',
      breakStyles: {
        'short-frequent': 'Kurz und häufig (2 Minuten alle 30)',
        'fewer-longer': 'Seltener und länger (5 Minuten jede Stunde)',
      },
      goal: 'Dein Ziel',
      goals: {
        relief: 'Linderung jetzt',
        strength: 'Ein auf Dauer kräftigerer Rücken',
      },
    },
    conditions: {
      legend: 'Trifft etwas davon auf dich zu?',
      hint: 'Übungen, die dabei nicht empfohlen sind, werden weggelassen.',
      names: {
        pregnancy: 'Schwangerschaft',
        osteoporosis: 'Osteoporose',
        'recent-spinal-surgery': 'Wirbelsäulen-OP im letzten Jahr',
        'acute-disc': 'Ein Bandscheibenproblem, das gerade akut ist',
        'knee-problems': 'Knieprobleme (Knien tut weh)',
        'wrist-problems': 'Handgelenkprobleme (Abstützen auf den Händen tut weh)',
        'shoulder-problems': 'Schulterprobleme',
        'balance-problems': 'Gleichgewichtsprobleme',
      },
    },
    safety: {
      legend: 'Kreuze an, was gerade auf dich zutrifft',
      hint: 'Bei diesen Anzeichen brauchst du fachliche Hilfe statt Übungen.',
      applySuggestions: 'Meinen Pausenplan an meine Antworten anpassen',
    },
    next: 'Weiter',
    back: 'Zurück',
    finish: 'Mein Programm ansehen',
    saveFailed: 'Deine Antworten konnten nicht gespeichert werden: {{reason}}',
    done: {
      title: 'Alles bereit',
      stopped:
        'Wegen deiner Antworten auf die Sicherheitsfragen ist das Übungsprogramm pausiert. Was du als Nächstes tun solltest, steht in der Übersicht.',
      toDashboard: 'Zur Übersicht',
    },
  },
  summary: {
    workday: 'Während der Arbeit',
    home: 'Zu Hause',
    leftOut: 'Weggelassen: {{list}}.',
    leftOutItem: '{{name}} ({{reason}})',
  },
  panel: {
    intro:
      'Beantworte ein paar Fragen, damit die Dehnübungen zu deinem Rücken passen und ungeeignete weggelassen werden.',
    personalise: 'Mein Programm anpassen',
    stopped: 'Zu deiner Sicherheit pausiert, bis eine Fachperson sagt, dass Training wieder in Ordnung ist.',
    workday_one: '{{count}} Übung kommt in deinen Pausen während der Arbeit dran.',
    workday_other: '{{count}} Übungen kommen abwechselnd in deinen Pausen während der Arbeit dran.',
    workdayAndHome_one:
      '{{count}} Übung kommt in deinen Pausen während der Arbeit dran; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_other:
      '{{count}} Übungen kommen abwechselnd in deinen Pausen während der Arbeit dran; $t(program.panel.home, {"count": {{home}} }).',
    home_one: '{{count}} gehört zu deinem Heimprogramm',
    home_other: '{{count}} gehören zu deinem Heimprogramm',
    show: 'Übungen und Gründe zeigen',
    hide: 'Übungen ausblenden',
    changeAnswers: 'Meine Antworten ändern',
  },
  checkIn: {
    region: 'Schmerzeintrag',
    saved: 'Danke: Dein heutiger Eintrag ist gespeichert.',
    areaPain: '{{area}}: <strong>{{value}}</strong> von 10',
    flareUp: 'Ich habe heute einen Schmerzschub',
    worries: 'Gibt es etwas Neues, das dir Sorgen macht?',
    save: 'Heutigen Eintrag speichern',
  },
  safety: {
    notAdvice:
      '<strong>Keine medizinische Beratung.</strong> {{app}} bietet allgemeine Übungen und Gewohnheiten für die tägliche Rückenpflege. Die App stellt keine Diagnosen und behandelt nichts. Wenn du unsicher bist, ob eine Übung für dich geeignet ist, frag eine Ärztin oder einen Arzt oder eine Physiotherapeutin oder einen Physiotherapeuten.',
    urgentTitle: 'Bitte hol dir noch heute ärztliche Hilfe',
    urgentBody:
      'Ein neuer Verlust der Blasen- oder Darmkontrolle oder Schwäche oder Taubheit in einem Bein oder Arm kann ein Zeichen für etwas sein, das sofort behandelt werden muss. Ruf jetzt deine Ärztin oder deinen Arzt an oder eine Notrufnummer, wenn du sie nicht erreichst.',
    title: 'Bitte geh zu einer Ärztin oder einem Arzt, bevor du weitermachst',
    body: 'Was du uns gesagt hast, ist ein Grund, deinen Rücken ärztlich untersuchen zu lassen; die Ärztin oder der Arzt kann dir eine Verordnung für Physiotherapie ausstellen. Die Übungen können bis dahin warten.',
    toldUs: 'Du hast angegeben:',
    paused:
      'Wir haben das Dehnprogramm pausiert. Die Erinnerungen, aufzustehen und dich sanft zu bewegen, bleiben aktiv; hör mit allem auf, was wehtut.',
    resume: 'Eine Fachperson sagt, dass ich wieder trainieren darf',
  },
  flareUp: {
    region: 'Schmerzschübe',
    advice:
      '<strong>Dein Rücken hatte Schmerzschübe</strong> ({{why}}). Schübe kommen vor, aber wenn sie häufig auftreten oder heftig sind, lohnt es sich, einer Physiotherapeutin oder einem Physiotherapeuten davon zu erzählen: Dein Heimprogramm muss vielleicht angepasst werden. Bis dahin können Kühlen, Ruhe und rezeptfreie Schmerzmittel helfen.',
    flareUps_one: '{{count}} Schmerzschub in den letzten {{days}} Tagen',
    flareUps_other: '{{count}} Schmerzschübe in den letzten {{days}} Tagen',
    severePain: 'Schmerzen von {{pain}} oder mehr an zwei Tagen hintereinander',
  },
  reason: {
    plain: '{{name}}: {{why}}',
    outOfSitting: '{{name}}: {{why}}; bringt dich aus der Sitzhaltung',
    buildsStrength: '{{name}}: {{why}}; baut dauerhaft Kraft auf',
    outOfSittingAndStrength: '{{name}}: {{why}}; bringt dich aus der Sitzhaltung, baut dauerhaft Kraft auf',
  },
  excluded: {
    painful: 'zuletzt schmerzhaft: weggelassen',
    conditions: {
      pregnancy: 'nicht empfohlen in der Schwangerschaft',
      osteoporosis: 'nicht empfohlen bei Osteoporose',
      'recent-spinal-surgery': 'nicht empfohlen nach kürzlicher Wirbelsäulen-OP',
      'acute-disc': 'nicht empfohlen bei akutem Bandscheibenproblem',
      'knee-problems': 'nicht empfohlen bei Knieproblemen',
      'wrist-problems': 'nicht empfohlen bei Handgelenkproblemen',
      'shoulder-problems': 'nicht empfohlen bei Schulterproblemen',
      'balance-problems': 'nicht empfohlen bei Gleichgewichtsproblemen',
    },
  },
  tips: {
    showAll: 'Alle Tipps',
    hideAll: 'Alle Tipps ausblenden',
  },
};
