/**
 * English strings of the dashboard (renderer/src/views/DashboardView.tsx).
 * Its buttons reuse core's words where the tray and the notifications say
 * the same thing (`notification.actions.*`, `tray.*`); the history below it
 * has its own area (`history`).
 */
export const dashboard = {
  title: 'Today',
  due: {
    region: 'Movement break due',
    title: 'Time for a movement break.',
    body: 'A few minutes on your feet now saves your back later.',
  },
  stats: {
    region: 'Today’s movement breaks',
    due: 'due',
    taken: 'taken',
    snoozed: 'snoozed',
    adherence: 'adherence',
  },
  summary: '{{taken, number}} taken of {{due, number}} due, {{snoozed, number}} snoozed.',
  summaryWithMovement:
    '{{taken, number}} taken of {{due, number}} due, {{snoozed, number}} snoozed, {{minutes, number}} min of movement.',
  next: {
    region: 'Next reminders',
    title: 'Next up',
    /** {{status}} is the schedule's status line ("Next stretch in 12 min"). */
    busy: '{{status}} (waiting: you seem busy in a fullscreen app)',
    backToStretch: 'Back to the stretch',
    pauseLabel: 'Pause reminders',
    pausePrompt: 'Pause…',
  },
  sitting: {
    region: 'Sitting today',
    title: 'Sitting today',
    current: 'Since your last break',
    longest: 'Longest stretch',
    total: 'In total',
  },
};
