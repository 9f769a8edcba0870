/**
 * English strings of the program area: the first-run questionnaire, the
 * program panel and pain check-in on the dashboard, the safety notices, the
 * tips panel, and the words for what the program builder and the safety
 * checks decide (shared/program/program-text.ts). Reused from core: body
 * areas (`bodyAreas.*`), red-flag questions (`safety.redFlags.*`), doses, the
 * check-in question (`tray.checkIn`), the app's name (`app.name`).
 */
export const program = {
  title: 'Your program',
  onboarding: {
    welcome: {
      eyebrow: 'Welcome',
      title: 'Let us fit the stretches to your back',
      intro:
        'A few questions, about two minutes, to choose exercises that suit you and leave out the ones that do not. You can change your answers any time in Settings.',
      start: 'Start the questions',
      skip: 'Skip for now',
    },
    stepOf: 'Step {{step}} of {{total}}',
    steps: {
      where: 'Where it hurts',
      day: 'Your day',
      preferences: 'Your preferences',
      conditions: 'Health conditions',
      safety: 'Safety questions',
    },
    where: {
      legend: 'Where does it hurt?',
      hint: 'Leave all unticked if nothing hurts.',
      duration: 'For how long?',
      durations: {
        'under-3-months': 'Less than 3 months',
        longer: '3 months or longer',
      },
      severity: 'Typical pain, 0 (none) to 10 (worst): <strong>{{value}}</strong>',
    },
    day: {
      worseWith: 'What makes it worse?',
      worse: {
        sitting: 'Sitting',
        standing: 'Standing',
        bending: 'Bending',
      },
      workSetup: 'Your workplace',
      workSetups: {
        desk: 'A desk',
        'sit-stand': 'A sit-stand desk',
        mixed: 'Mixed: some desk work, some on my feet',
      },
    },
    preferences: {
      breakStyle: 'Breaks you prefer',
      breakStyles: {
        'short-frequent': 'Short and frequent (2 minutes every 30)',
        'fewer-longer': 'Fewer and longer (5 minutes every hour)',
      },
      goal: 'Your goal',
      goals: {
        relief: 'Relief now',
        strength: 'A stronger back for the long term',
      },
    },
    conditions: {
      legend: 'Do any of these apply to you?',
      hint: 'Exercises that are not advised with them are left out.',
      names: {
        pregnancy: 'Pregnancy',
        osteoporosis: 'Osteoporosis',
        'recent-spinal-surgery': 'Spinal surgery in the last year',
        'acute-disc': 'A disc problem that is acting up now',
        'knee-problems': 'Knee problems (kneeling hurts)',
        'wrist-problems': 'Wrist problems (leaning on hands hurts)',
        'shoulder-problems': 'Shoulder problems',
        'balance-problems': 'Balance problems',
      },
    },
    safety: {
      legend: 'Tick any that are true for you now',
      hint: 'These signs need a professional rather than exercise.',
      applySuggestions: 'Set my break schedule to suit my answers',
    },
    next: 'Next',
    back: 'Back',
    finish: 'See my program',
    saveFailed: 'Your answers could not be saved: {{reason}}',
    done: {
      title: 'All set',
      stopped:
        'Because of your answers to the safety questions, the exercise program is paused. See the dashboard for what to do next.',
      toDashboard: 'Go to the dashboard',
    },
  },
  summary: {
    workday: 'During the workday',
    home: 'At home',
    leftOut: 'Left out: {{list}}.',
    leftOutItem: '{{name}} ({{reason}})',
  },
  panel: {
    intro: 'Answer a few questions so the stretches suit your back, and unsuitable ones are left out.',
    personalise: 'Personalise my program',
    stopped: 'Paused for your safety until a professional says exercise is fine again.',
    workday_one: '{{count}} exercise rotates through your workday breaks.',
    workday_other: '{{count}} exercises rotate through your workday breaks.',
    workdayAndHome_one:
      '{{count}} exercise rotates through your workday breaks; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_other:
      '{{count}} exercises rotate through your workday breaks; $t(program.panel.home, {"count": {{home}} }).',
    home_one: '{{count}} makes up your home routine',
    home_other: '{{count}} make up your home routine',
    show: 'Show the exercises and why',
    hide: 'Hide the exercises',
    changeAnswers: 'Change my answers',
  },
  checkIn: {
    region: 'Pain check-in',
    saved: "Thanks: today's check-in is saved.",
    areaPain: '{{area}}: <strong>{{value}}</strong> / 10',
    flareUp: 'It is flaring up today',
    worries: 'Anything new that worries you?',
    save: "Save today's check-in",
  },
  safety: {
    notAdvice:
      '<strong>Not medical advice.</strong> {{app}} offers general exercises and habits for everyday back care. It does not diagnose or treat anything. If you are unsure whether an exercise is right for you, ask a doctor or a physical therapist.',
    urgentTitle: 'Please get medical help today',
    urgentBody:
      'New loss of bladder or bowel control, or weakness or numbness in a leg or arm, can be a sign of something that needs care straight away. Call your doctor now, or an emergency number if you cannot reach them.',
    title: 'Please see a doctor before you continue',
    body: 'What you told us is a reason to have your back looked at by a doctor, who can refer you to a physical therapist. Exercise can wait until then.',
    toldUs: 'You told us:',
    paused:
      'We have paused the stretch program. Reminders to stand up and move gently stay on; stop anything that hurts.',
    resume: 'A professional says I can exercise again',
  },
  flareUp: {
    region: 'Flare-ups',
    advice:
      '<strong>Your back has been flaring up</strong> ({{why}}). Flare-ups happen, but when they come often or hit hard it is worth telling a physical therapist: your home program may need adjusting. Meanwhile, ice, rest and over-the-counter pain relief can help.',
    flareUps_one: '{{count}} flare-up in the last {{days}} days',
    flareUps_other: '{{count}} flare-ups in the last {{days}} days',
    severePain: 'pain of {{pain}} or more on two days running',
  },
  /** An exercise's one-line reason: its name, its own "why", and what the answers add. */
  reason: {
    plain: '{{name}}: {{why}}',
    outOfSitting: '{{name}}: {{why}}; gets you out of the sitting position',
    buildsStrength: '{{name}}: {{why}}; builds lasting strength',
    outOfSittingAndStrength: '{{name}}: {{why}}; gets you out of the sitting position, builds lasting strength',
  },
  excluded: {
    painful: 'painful in recent sessions: left out',
    conditions: {
      pregnancy: 'not advised with pregnancy',
      osteoporosis: 'not advised with osteoporosis',
      'recent-spinal-surgery': 'not advised with recent spinal surgery',
      'acute-disc': 'not advised with acute disc',
      'knee-problems': 'not advised with knee problems',
      'wrist-problems': 'not advised with wrist problems',
      'shoulder-problems': 'not advised with shoulder problems',
      'balance-problems': 'not advised with balance problems',
    },
  },
  tips: {
    showAll: 'All tips',
    hideAll: 'Hide all tips',
  },
};
