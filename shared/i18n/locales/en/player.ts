/**
 * English strings of the break view and the guided player
 * (renderer/src/views/BreakView.tsx, renderer/src/player/). Exercise text,
 * doses, body areas and break kinds come from content.*, dose.*, bodyAreas.*
 * and reminders.*. Strings with <tags> are rendered with react-i18next's
 * <Trans>: the tags wrap an element (a bold label, a key name, the clock).
 */
export const player = {
  /** The break window with no break running. */
  pending: {
    body: 'A few minutes on your feet now saves your back later.',
  },
  idle: {
    title: 'No stretch in progress',
    body: 'Your next movement break will appear here when it is due.',
    close: 'Close',
  },
  header: {
    /** <clock> holds the minutes and seconds left, e.g. "2:15". */
    timeLeft: '<clock>{{time}}</clock> left in this break',
    sound: 'Sound',
  },
  ready: {
    title: {
      movement: 'Your stretch, step by step',
      posture: 'Your stretch, step by step',
      'home-program': 'Your floor routine',
      walk: 'Time for an easy walk',
    },
    noExercises: 'Stand up, stretch the way that feels good and walk around for a minute or two.',
    /** {{duration}}: "10 minutes" (duration.minutes). */
    walk: '{{duration}} at a pace where you could still chat. Start when you are out of the chair.',
    /** {{count}}: the number of exercises; {{duration}}: "3 minutes" (duration.minutes). */
    summary_one: 'One exercise, about {{duration}}. The player counts every hold and repetition for you.',
    summary_other: '{{count}} exercises, about {{duration}}. The player counts every hold and repetition for you.',
    session: 'This session',
    start: 'Start',
    markDone: 'Mark as done',
    /** Each <kbd> is drawn as a keyboard key. */
    keys: '<kbd>Space</kbd> start or pause · <kbd>←</kbd> <kbd>→</kbd> back and forward · <kbd>Esc</kbd> end',
  },
  screen: {
    illustration: '{{name}}: illustration',
    steps: 'Steps',
    position: 'Exercise {{number}} of {{total}}',
    paused: 'Paused',
    /** Under the countdown of a walk ("9:59 left"). */
    left: 'left',
    /** Under the countdown of a hold; the number is shown above it. */
    seconds_one: 'second',
    seconds_other: 'seconds',
    rep: 'Rep {{rep}} of {{reps}}',
    repNext: 'Rep {{rep}} of {{reps}} next',
    next: 'Next: {{name}}',
    nextFinish: 'Next: finish and say how it went',
    /** Before the exercise's cues. */
    tip: 'Tip:',
    /** Before what to avoid. */
    avoid: 'Avoid:',
    stop: 'Stop anything that hurts.',
    progress: 'Session progress',
    controls: 'Player controls',
  },
  /** What the current step asks of the user, in a few words. */
  phase: {
    'get-ready': 'Get into position',
    hold: 'Hold',
    move: 'Move slowly',
    breathe: 'Breathe slowly',
    rest: 'Release',
    'switch-to-right': 'Switch to the right side',
    'switch-to-left': 'Switch to the left side',
    'switch-side': 'Switch to the other side',
    walk: 'Walk at an easy pace',
  },
  side: {
    right: 'Right side',
    left: 'Left side',
  },
  controls: {
    /** <arrow> is decorative (hidden from screen readers). */
    previous: '<arrow>← </arrow>Previous',
    previousHint: 'Previous step (←)',
    pause: 'Pause',
    pauseHint: 'Pause (Space)',
    resume: 'Resume',
    resumeHint: 'Resume (Space)',
    next: 'Next<arrow> →</arrow>',
    nextHint: 'Next step (→)',
    end: 'End',
    endHint: 'End the break (Esc)',
  },
  /**
   * Read by screen readers once when a step begins. {{name}}: the exercise;
   * {{side}}: side.right or side.left.
   */
  announce: {
    finished: 'Session complete. How was it?',
    /** {{text}}: one of the announcements below. */
    paused: 'Paused. {{text}}',
    getReady: '{{name}}. Get into position.',
    getReadySide: '{{name}}. Get into position. {{side}}.',
    switchToRight: '{{name}}. Switch to the right side.',
    switchToLeft: '{{name}}. Switch to the left side.',
    switchSide: '{{name}}. Switch to the other side.',
    hold: '{{name}}. Hold {{rep}} of {{reps}}.',
    holdSide: '{{name}}. {{side}}. Hold {{rep}} of {{reps}}.',
    move: '{{name}}. Repetition {{rep}} of {{reps}}.',
    moveSide: '{{name}}. {{side}}. Repetition {{rep}} of {{reps}}.',
    /** {{duration}}: "10 minutes" (duration.minutes). */
    walk: '{{name}}. {{duration}}.',
  },
  complete: {
    title: 'Nicely done',
    titleNothingDone: 'Break over',
    allDone: 'You finished every exercise. Your answers shape the next sessions.',
    /** {{count}}: the exercises in the session (two or more); {{done}}: those finished. */
    someDone_one: 'You finished {{done}} of {{count}} exercise. Your answers shape the next sessions.',
    someDone_other: 'You finished {{done}} of {{count}} exercises. Your answers shape the next sessions.',
    nothingDone: 'You moved past the exercises this time; the break still counts when you press Done.',
    question: 'How was it?',
    feedback: {
      'too-easy': 'Too easy',
      right: 'About right',
      painful: 'Painful',
    },
    painfulNote: 'Thanks for saying so: next time this one will be eased or swapped. Stop anything that hurts.',
    /** {{names}}: the exercises skipped, as a list. */
    skipped: 'Skipped: {{names}}.',
    done: 'Done',
  },
  /** A red flag stopped the program. */
  stopped: {
    title: 'No exercises for now',
    walk: '<strong>A gentle walk instead:</strong> if you can walk comfortably, a few easy minutes on your feet are still good for you. Stop if anything hurts.',
  },
};
