/**
 * English: the source of every string. Other locales copy this shape.
 * Interpolations are {{name}}; plurals use i18next's _one/_other suffixes.
 */
export const en = {
  app: {
    name: 'Posture Breaks',
  },
  reminders: {
    movement: 'Movement break',
    posture: 'Posture check',
    'home-program': 'Home program',
    walk: 'Walk',
  },
  schedule: {
    inBreak: 'Stretch break in progress',
    pausedIndefinitely: 'Paused until you resume',
    pausedUntil: 'Paused until {{time}}',
    outsideHours: 'Outside working hours',
    outsideHoursUntil: 'Outside working hours; reminders resume {{time}}',
    nothingScheduled: 'No reminders scheduled',
    timeFor: {
      movement: 'Time for a stretch',
      posture: 'Time for a posture check',
      'home-program': 'Time for your home program',
      walk: 'Time for a walk',
    },
    nextIn: {
      movement_one: 'Next stretch in {{count}} min',
      movement_other: 'Next stretch in {{count}} min',
      posture_one: 'Next posture check in {{count}} min',
      posture_other: 'Next posture check in {{count}} min',
      'home-program_one': 'Home program in {{count}} min',
      'home-program_other': 'Home program in {{count}} min',
      walk_one: 'Next walk in {{count}} min',
      walk_other: 'Next walk in {{count}} min',
    },
    tooltip: '{{app}}: {{status}}',
    titlePaused: 'paused',
  },
  tray: {
    startNow: 'Start stretch now',
    showStretch: 'Show stretch',
    nextAt: '{{name}} at {{time}}',
    snooze: 'Snooze',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    pause: 'Pause',
    pause30: '30 minutes',
    pause60: '1 hour',
    pause120: '2 hours',
    pauseTomorrow: 'Until tomorrow',
    pauseIndefinitely: 'Until I resume',
    resume: 'Resume reminders',
    todaysStats: "Today's stats",
    checkIn: 'How is your back today?',
    settings_darwin: 'Settings…',
    settings_win32: 'Settings',
    settings_linux: 'Preferences',
    quit: 'Quit',
    quitNamed: 'Quit {{app}}',
  },
  duration: {
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    hoursMinutes: '{{hours}} {{minutes}} min',
  },
  dose: {
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    times_one: '{{count}} time',
    times_other: '{{count}} times',
    repetitions_one: '{{count}} repetition',
    repetitions_other: '{{count}} repetitions',
    repetitionsPerSide_one: '{{count}} repetition per side',
    repetitionsPerSide_other: '{{count}} repetitions per side',
    hold: 'hold {{seconds}} s',
    holdEach: 'hold {{seconds}} s each',
    eachSide: 'each side',
  },
  notification: {
    actions: {
      start: 'Start stretch',
      startNow: 'Start now',
      startHome: 'Start',
      startWalk: 'Start walk',
      takeBreak: 'Take a break',
      snooze: 'Snooze {{minutes}} min',
      skip: 'Skip',
      done: 'Done',
    },
    preBreak: {
      title: 'Movement break in {{duration}}',
      body: 'Finish your sentence; a short stretch is coming up.',
    },
    microMove: { title: 'Seated micro-move', fallback: 'Sit tall and roll your shoulders back.' },
    stand: { title: 'Time to stand', body: 'Raise the desk and stand for {{duration}}.' },
    move: { title: 'Time to move', body: 'Walk or stretch for {{duration}}, then sit back down.' },
    sit: { title: 'Sit back down', fallback: 'Sit with your back against the chair.' },
    limit: {
      title: 'A long day in the chair',
      body: 'You have sat for over {{duration}} today. A walk would do your back good.',
    },
    catchUpLead: 'Now that you are free: ',
    posture: { title: 'Posture check', fallback: 'Sit back and let the chair support you.' },
    movement: {
      title: 'Time for a movement break',
      body: '{{lead}}stand up and stretch for {{duration}}.',
      move: "Today's move: {{name}}.",
    },
    home: {
      title: 'Your home program',
      body: '{{lead}}about {{minutes}} minutes of floor exercises for a stronger back.',
    },
    walk: { title: 'Time for your walk', body: '{{lead}}an easy {{minutes}}-minute walk today.' },
    sitting: { title: 'Time to move', body: 'Stand up for a moment.' },
  },
  safety: {
    redFlags: {
      'bladder-or-bowel-control': 'Have you had any new loss of bladder or bowel control?',
      'leg-weakness-or-numbness': 'Do you have numbness, tingling or weakness in a leg (or an arm)?',
      'severe-pain-not-improving': 'Is your pain severe and not getting better with medication or rest?',
      'trouble-walking-or-standing': 'Do you have trouble walking or standing?',
      'no-improvement-6-8-weeks': 'Has your back had no improvement after 6 to 8 weeks of treatment?',
    },
  },
};

/** Every locale has exactly this shape: strings where English has strings. */
export type Resource = DeepStrings<typeof en>;
type DeepStrings<T> = T extends string
  ? string
  : T extends readonly string[]
    ? string[]
    : { [K in keyof T]: DeepStrings<T[K]> };
