/**
 * English strings of the dashboard's history: the charts, their summaries
 * and tables, today's ring and timeline, the range switch and the exports.
 * Numbers are written `{{name, number}}` (i18next formats them with Intl in
 * the current language); percentages as `percent`, so each language places
 * its sign the way it writes it.
 */
export const history = {
  title: 'Your history',
  loading: 'Loading your history…',
  loadingChart: 'Loading the chart…',
  loadError: 'Could not load your history: {{error}}',
  /** A value that does not exist (no break due, no check-in). */
  noValue: '–',
  percent: '{{value, number}}\u00a0%',
  durationMinutes: '{{minutes, number}} min',
  durationHoursMinutes: '{{hours, number}} h {{minutes, number}} min',
  hourRange: '{{from}}–{{to}}',
  dateRange: '{{from}} – {{to}}',
  days_one: '{{count, number}} day',
  days_other: '{{count, number}} days',
  times_one: '{{count, number}} time',
  times_other: '{{count, number}} times',
  yes: 'yes',
  no: 'no',
  showAsTable: 'Show as table',
  columns: {
    date: 'Date',
    due: 'Due',
    taken: 'Taken',
    takenPercent: 'Taken (%)',
    worstPain: 'Worst pain (0–10)',
    flareUp: 'Flare-up',
    minutes: 'Minutes',
    exercise: 'Exercise',
    timesDone: 'Times done',
    month: 'Month',
  },
  range: {
    /** The options read "7 days", "30 days", "90 days" (`days`). */
    legend: 'Show the last',
  },
  highlights: {
    currentStreak: 'Current streak',
    bestStreak: 'Best streak',
    bestHour: 'Best hour',
    mostSkippedHour: 'Most skipped hour',
    streakNote: 'A streak counts days at or above your {{target}} target; days with nothing due do not break it.',
  },
  ring: {
    title: 'Today’s breaks',
    titleTaken: '{{percent}} of today’s breaks taken',
    nothingDue: 'Nothing due yet today.',
    taken_one: '{{taken, number}} of {{count, number}} movement breaks taken.',
    taken_other: '{{taken, number}} of {{count, number}} movement breaks taken.',
    fraction: '{{taken, number}}/{{due, number}}',
    centre: 'taken',
    longestSitting: 'Longest sitting stretch: {{duration}}',
  },
  timeline: {
    title: 'Today’s reminders',
    empty: 'No reminders yet today.',
    /** {{reminders}} is `reminders`, {{breaks}} is `breaks`. */
    summary: 'Today so far: {{reminders}}, {{breaks}} taken, {{snoozed, number}} snoozed, {{skipped, number}} skipped.',
    reminders_one: '{{count, number}} reminder',
    reminders_other: '{{count, number}} reminders',
    breaks_one: '{{count, number}} break',
    breaks_other: '{{count, number}} breaks',
    outcomes: {
      reminded: 'Reminded',
      started: 'Started',
      taken: 'Taken',
      natural: 'Natural break',
      snoozed: 'Snoozed',
      skipped: 'Skipped',
      deferred: 'Waited',
    },
  },
  adherence: {
    title: 'Breaks taken and pain',
    /** The count is the number of days charted; one day is today. */
    empty_one: 'Today: no breaks fell due yet, so there is nothing to chart.',
    empty_other: 'Last {{count, number}} days: no breaks fell due yet, so there is nothing to chart.',
    /** {{activeDays}} is `days` ("1 day"), {{pain}} one of the `pain*` phrases below. */
    summary_one:
      'Today: {{percent}} of breaks taken ({{taken, number}} of {{due, number}}), {{daysAtTarget, number}} of {{activeDays}} at or above your {{target}} target; {{pain}}.',
    summary_other:
      'Last {{count, number}} days: {{percent}} of breaks taken ({{taken, number}} of {{due, number}}), {{daysAtTarget, number}} of {{activeDays}} at or above your {{target}} target; {{pain}}.',
    painNone: 'no pain check-ins',
    /** The count is the number of check-ins. */
    pain_one: 'pain {{min, number}}–{{max, number}} out of 10 over {{count, number}} check-in',
    pain_other: 'pain {{min, number}}–{{max, number}} out of 10 over {{count, number}} check-ins',
    /** The count is the number of check-ins; {{flareUps}} is `flareUps`. */
    painWithFlareUps_one:
      'pain {{min, number}}–{{max, number}} out of 10 over {{count, number}} check-in with {{flareUps}}',
    painWithFlareUps_other:
      'pain {{min, number}}–{{max, number}} out of 10 over {{count, number}} check-ins with {{flareUps}}',
    flareUps_one: '{{count, number}} flare-up',
    flareUps_other: '{{count, number}} flare-ups',
    legendTaken: 'Breaks taken (% of due)',
    legendTarget: 'Target {{target}}',
    legendPain: 'Worst pain (0–10)',
    /** A flare-up day, in the legend and the tooltip. */
    flareUp: 'Flare-up',
    caption: 'Breaks taken per day, with pain check-ins (target {{target}})',
    painAxis: 'pain (0–10)',
    tooltipTaken: '{{taken, number}} of {{due, number}} taken ({{percent}})',
    tooltipNothingDue: 'Nothing due',
    tooltipPain: 'Worst pain {{pain, number}}/10',
  },
  minutes: {
    title: 'Minutes moved',
    empty_one: 'Today: no guided movement yet.',
    empty_other: 'Last {{count, number}} days: no guided movement yet.',
    /** {{minutes}} is a duration ("1 h 5 min"), {{days}} is `days`, {{best}} a date. */
    summary_one: 'Today: {{minutes}} of guided movement on {{days}}, most on {{best}} ({{bestMinutes}}).',
    summary_other:
      'Last {{count, number}} days: {{minutes}} of guided movement on {{days}}, most on {{best}} ({{bestMinutes}}).',
    caption: 'Minutes of guided movement per day',
    axis: 'minutes',
    tooltip: '{{minutes, number}} min moved',
  },
  exercises: {
    title: 'Exercises done',
    empty_one: 'Today: no exercises done yet.',
    empty_other: 'Last {{count, number}} days: no exercises done yet.',
    /** {{different}} is `different`, {{times}} and {{topTimes}} are `times`. */
    summary_one: 'Today: {{different}}, {{times}} in all; most often {{top}} ({{topTimes}}).',
    summary_other: 'Last {{count, number}} days: {{different}}, {{times}} in all; most often {{top}} ({{topTimes}}).',
    different_one: '{{count, number}} different exercise',
    different_other: '{{count, number}} different exercises',
    caption: 'Exercises done, most done first',
  },
  year: {
    title: 'The last 12 months',
    empty: 'Last 12 months: no breaks fell due yet.',
    /** The count is the number of days something fell due. */
    summary_one:
      'Last 12 months: breaks fell due on {{count, number}} day; you met your {{target}} target on {{atTarget, number}} of them.',
    summary_other:
      'Last 12 months: breaks fell due on {{count, number}} days; you met your {{target}} target on {{atTarget, number}} of them.',
    caption: 'Share of breaks taken each day of the last 12 months (– when nothing was due)',
    calendar: 'Calendar of the last 12 months, one cell a day',
    cell: '{{date}}: {{percent}}',
    cellNothingDue: '{{date}}: nothing due',
    nothingDue: 'nothing due',
    step: '{{from, number}}–{{to, number}}\u00a0%',
  },
  export: {
    title: 'Your data',
    note: 'Everything stays on this computer. Export it for a spreadsheet, or share a report.',
    daily: 'Download daily stats (CSV)',
    events: 'Download all events (CSV)',
    /** File names: letters, digits and hyphens only; {{date}} is YYYY-MM-DD. */
    dailyFile: 'posture-breaks-daily-{{date}}.csv',
    eventsFile: 'posture-breaks-events-{{date}}.csv',
    downloaded: 'Downloaded {{filename}}.',
    failed: 'The export failed: {{error}}',
    report: 'Report for my therapist',
  },
};
