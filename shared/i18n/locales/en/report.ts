/**
 * English strings of the printable report for a therapist
 * (renderer/src/views/ReportView.tsx). Table headings, dates, percentages and
 * durations come from the `history` area, as the charts write them.
 */
export const report = {
  title: 'Report for your therapist',
  loading: 'Loading…',
  print: 'Print or save as PDF',
  close: 'Close the report',
  /** The page's title, which names the PDF a "save as PDF" writes; the dates are YYYY-MM-DD. */
  documentTitle: '{{app}} report {{from}} to {{to}}',
  heading: 'Movement report: {{range}}',
  disclaimer:
    'Prepared by {{app}} — not a medical record. Numbers come from the app’s reminders and the user’s own check-ins.',
  /** The count is the number of weeks the report covers. */
  summaryTitle_one: 'Summary of the last week',
  summaryTitle_other: 'Summary of the last {{count, number}} weeks',
  breaksTaken: 'Movement breaks taken',
  breaksTakenValue: '{{taken, number}} of {{due, number}} ({{percent}})',
  daysAtTarget: 'Days at the {{target}} target',
  /** {{days}} is `history.days` ("20 days"). */
  daysAtTargetValue: '{{atTarget, number}} of {{days}}',
  streak: 'Streak now / best',
  /** {{current}} and {{best}} are `history.days`. */
  streakValue: '{{current}} / {{best}}',
  guidedMovement: 'Guided movement',
  /** {{minutes}} is a duration ("1 h 5 min"), {{days}} is `history.days`. */
  guidedMovementValue: '{{minutes}} on {{days}}',
  bestHour: 'Best hour*',
  mostSkippedHour: 'Most skipped hour*',
  /** The count is the days the hours cover; {{reportDays}} the days of the report. */
  noteHours_one:
    '* The hours cover the last day; everything else covers the {{reportDays, number}} days of the report.',
  noteHours_other:
    '* The hours cover the last {{count, number}} days; everything else covers the {{reportDays, number}} days of the report.',
  noteHoursExercises_one:
    '* The hours and the exercises done cover the last day; everything else covers the {{reportDays, number}} days of the report.',
  noteHoursExercises_other:
    '* The hours and the exercises done cover the last {{count, number}} days; everything else covers the {{reportDays, number}} days of the report.',
  weeks: {
    caption: 'Movement breaks per week',
    week: 'Week',
    daysAtTarget: 'Days at target',
    minutesMoved: 'Minutes moved',
  },
  pain: {
    title: 'Breaks and pain',
    /** {{days}} is `history.days`. */
    caption: 'Pain check-ins ({{days}})',
    /** The count is the number of weeks the report covers. */
    none_one: 'No pain check-ins this week.',
    none_other: 'No pain check-ins in these {{count, number}} weeks.',
  },
  movementTitle: 'Movement and exercises',
};
