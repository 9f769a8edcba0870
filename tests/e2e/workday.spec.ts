import type { Page } from '@playwright/test';
import { readEventLog, type LoggedEvent } from '../helpers/event-log-file';
import { returningUserSettings, type TestState } from '../helpers/web-host-app';
import { openDashboard } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * A whole working Monday through the built web host, on its manual clock and
 * in Chromium: split working hours, a guided break taken from the page, a
 * coffee away from the desk, a snoozed and some ignored reminders, lunch, a
 * presentation, a laptop sleep and a short trip away. Every notification the
 * day sends is asserted, in order, so one extra fails the test.
 */
const DAY = '2026-03-02'; // a Monday; the host runs with TZ=UTC, so local time is UTC
const at = (time: string): number => Date.parse(`${DAY}T${time}Z`);

const SPLIT_DAY = [
  { start: '09:00', end: '12:30' },
  { start: '13:30', end: '17:30' },
];
const SETTINGS = returningUserSettings({
  workingHours: {
    enabled: true,
    days: { mon: SPLIT_DAY, tue: SPLIT_DAY, wed: SPLIT_DAY, thu: SPLIT_DAY, fri: SPLIT_DAY, sat: [], sun: [] },
  },
});

/**
 * Every notification of the day, worked out by hand from the engine's rules
 * (defaults: posture every 25 min, movement every 50 min with a 30 s heads-up,
 * a posture check due within 2 min of a movement break folded into it).
 */
const EXPECTED_DAY = [
  // 09:00: working time starts fresh countdowns (posture 09:25, movement 09:50).
  'posture/reminder@09:25',
  'movement/pre-break@09:49:30', // the 30-second heads-up
  'movement/reminder@09:50', // posture (due 09:50 again) folds into it; taken on the page 09:50-09:52
  'posture/reminder@10:17', // both timers restarted when the break ended at 09:52
  // Coffee 10:30-10:35 is a natural break: both timers restart at 10:35.
  'posture/reminder@11:00',
  'movement/pre-break@11:24:30',
  'movement/reminder@11:25', // posture folds into it; snoozed 10 min from the notification (no second heads-up)
  'movement/reminder@11:35', // the same break back; ignored
  'posture/reminder@11:50', // a movement reminder already shown folds nothing
  'posture/reminder@12:15', // movement due in 10 min: too far to fold
  'movement/reminder@12:25', // ignored, it comes back an interval later as a new break; no heads-up while one waits
  // 12:30-13:30 lunch: outside working hours and away (no break that fell due); 13:30 starts fresh countdowns.
  'posture/reminder@13:55',
  // 14:00-15:00 presentation: movement due 14:20 waits (no heads-up while busy),
  // posture checks at 14:20 and 14:45 fold into that waiting break.
  'movement/catch-up@15:00', // the presentation ended; started from the notification, the timer ends it at 15:03
  'posture/reminder@15:28',
  'movement/pre-break@15:52:30',
  'movement/reminder@15:53', // posture folds into it; ignored
  // 16:05-16:45 asleep: nothing fires; waking is a natural break, both restart at 16:45
  // (movement 17:35 falls after working hours).
  'posture/reminder@17:11', // due 17:10, the moment the user came back from 90 s away: a minute's grace
];

/** Movement breaks of the day as the log should count them (see the timeline above). */
const EXPECTED_STATS = {
  // 09:50 (page), coffee, 11:25/11:35 (snoozed, ignored), 12:25 (ignored),
  // 15:00 (catch-up), 15:53 (ignored, then slept through).
  due: 6,
  // 09:50 Done, coffee, 15:00 by the timer, 15:53 by the sleep.
  taken: 4,
  snoozed: 1,
};

type Notification = TestState['notifications'][number];

/** "HH:MM", or "HH:MM:SS" off the minute, in UTC (= local here). */
function clockTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(17, 23) === '00.000' ? iso.slice(11, 16) : iso.slice(11, 19);
}

function timeline(notifications: readonly Notification[]): string[] {
  return notifications.map((n) => `${n.kind}/${n.variant}@${clockTime(n.at)}`);
}

/** Exactly what the day should have sent up to the host's current time. */
function expectDaySoFar(state: TestState): void {
  const due = EXPECTED_DAY.filter((entry) => at(entry.split('@')[1] ?? '') <= state.now);
  expect(timeline(state.notifications)).toEqual(due);
}

function nextAt(state: TestState, kind: string): string | undefined {
  const next = state.schedule.next.find((r) => r.kind === kind);
  return next ? clockTime(next.at) : undefined;
}

function lastNotification(state: TestState, entry: string): Notification {
  const last = state.notifications.at(-1);
  if (!last || timeline([last])[0] !== entry)
    throw new Error(`expected ${entry} last, got ${timeline(state.notifications).join(',')}`);
  return last;
}

/** The dashboard's numbers, worked out from the raw log (local = UTC here). */
function movementStats(events: readonly LoggedEvent[]) {
  const movement = events.filter((e) => e.kind === 'movement' && new Date(e.at).toISOString().startsWith(DAY));
  const ids = (types: string[]) => new Set(movement.filter((e) => types.includes(e.type)).map((e) => e.breakId));
  const completed = [...new Map(movement.filter((e) => e.type === 'break-completed').map((e) => [e.breakId, e]))];
  // Minutes of guided movement: natural breaks (time away) are not exercise.
  const seconds = completed
    .filter(([, e]) => e.endedBy !== 'natural')
    .reduce((sum, [, e]) => sum + (e.durationSeconds ?? 0), 0);
  return {
    due: ids(['reminder-shown', 'break-started', 'break-completed']).size,
    taken: ids(['break-completed']).size,
    snoozed: movement.filter((e) => e.type === 'break-snoozed').length,
    minutesMoved: Math.round(seconds / 60),
  };
}

function statValue(page: Page, testId: string) {
  return page.getByTestId(testId).locator('.stat__value');
}

test.use({ timezoneId: 'UTC', hostOptions: { now: `${DAY}T08:55:00Z`, settings: SETTINGS } });

test('a full workday sends exactly the expected reminders and the dashboard counts the breaks', async ({
  page,
  app,
}) => {
  /** Moves the clock to `time` today, firing what falls due on the way. */
  const until = async (time: string): Promise<TestState> => app.advance(at(time) - (await app.state()).now);

  await openDashboard(page, app);
  const early = await app.state();
  expect(early.schedule.status).toBe('outside-hours');
  expect(app.logs).not.toContain('settings recovered');

  // Morning: the first break is taken from the page, in Chromium.
  expectDaySoFar(await until('09:50'));
  await page.getByRole('button', { name: 'Start stretch', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Done' })).toBeVisible();
  await expect(page.getByTestId('break-countdown')).toHaveText('3:00');
  await until('09:52');
  await expect(page.getByTestId('break-countdown')).toHaveText('1:00');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(statValue(page, 'stat-taken')).toHaveText('1');
  const afterBreak = await app.state();
  expect(afterBreak.schedule.status).toBe('running');
  expect([nextAt(afterBreak, 'posture'), nextAt(afterBreak, 'movement')]).toEqual(['10:17', '10:42']);

  // Coffee: away from 10:30 to 10:35. Idle time as the OS reports it: 30 s at
  // 10:30:30, growing with the clock, so the 10:31 tick sees a minute away.
  await until('10:30:30');
  await app.idle(30);
  await until('10:35');
  const back = await app.idle(0);
  expect([nextAt(back, 'posture'), nextAt(back, 'movement')]).toEqual(['11:00', '11:25']);
  await expect(statValue(page, 'stat-taken')).toHaveText('2');

  // The 11:25 break is snoozed from its notification, comes back at 11:35 and is ignored.
  const due1125 = await until('11:25');
  expectDaySoFar(due1125);
  const snoozed = await app.actOnNotification(lastNotification(due1125, 'movement/reminder@11:25').id, 'snooze');
  expect(nextAt(snoozed, 'movement')).toBe('11:35');
  await expect(statValue(page, 'stat-snoozed')).toHaveText('1');
  const due1135 = await until('11:35');
  expect(lastNotification(due1135, 'movement/reminder@11:35').breakId).toBe(
    lastNotification(due1125, 'movement/reminder@11:25').breakId,
  );

  // Lunch: away from 12:30 to 13:30, outside working hours anyway.
  expectDaySoFar(await until('12:30:30'));
  const lunch = await app.idle(30);
  expect(lunch.schedule.status).toBe('outside-hours');
  await until('13:30');
  const afterLunch = await app.idle(0);
  expect(afterLunch.schedule.status).toBe('running');
  expect([nextAt(afterLunch, 'posture'), nextAt(afterLunch, 'movement')]).toEqual(['13:55', '14:20']);

  // A presentation from 14:00 to 15:00 holds the 14:20 break; it comes as a catch-up.
  await until('14:00');
  await app.fullscreen(true);
  expectDaySoFar(await until('14:59'));
  await until('15:00');
  const free = await app.fullscreen(false);
  expectDaySoFar(free);
  const catchUp = lastNotification(free, 'movement/catch-up@15:00');
  const started = await app.actOnNotification(catchUp.id, 'start');
  expect(started.schedule.status).toBe('in-break');
  await expect(page.getByRole('button', { name: 'Done' })).toBeVisible();
  await until('15:03');
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(statValue(page, 'stat-taken')).toHaveText('3'); // 09:50, the coffee, 15:00

  // The laptop sleeps 40 minutes with the 15:53 reminder still unanswered.
  expectDaySoFar(await until('16:05'));
  await app.power('suspend');
  const asleep = await app.advance(40 * 60_000);
  expectDaySoFar(asleep);
  await app.power('resume');
  const awake = await app.state();
  expect(awake.schedule.status).toBe('running');
  expect([nextAt(awake, 'posture'), nextAt(awake, 'movement')]).toEqual(['17:10', '17:35']);

  // 90 s away (too short for a natural break), back just as the posture check falls due.
  await until('17:09');
  await app.idle(30); // gone since 17:08:30; the 17:10 check finds the user away
  await until('17:10');
  const returned = await app.idle(0);
  expect(nextAt(returned, 'posture')).toBe('17:11');

  // The evening stays quiet.
  const evening = await until('18:30');
  expect(evening.schedule.status).toBe('outside-hours');
  expect(timeline(evening.notifications)).toEqual(EXPECTED_DAY);

  // The dashboard at the end of the day shows what the log says.
  const log = readEventLog(app.dataDir);
  // Natural breaks, logged on return with the whole time away: the coffee, and the sleep,
  // which takes the 15:53 reminder left waiting. Lunch lay outside working hours.
  const natural = log.filter((e) => e.type === 'break-completed' && e.endedBy === 'natural');
  expect(natural.map((e) => [clockTime(e.at), e.durationSeconds])).toEqual([
    ['10:35', 300],
    ['16:45', 2400],
  ]);
  expect(natural[1]?.breakId).toBe(
    evening.notifications.find((n) => timeline([n])[0] === 'movement/reminder@15:53')?.breakId,
  );
  const stats = movementStats(log);
  expect({ due: stats.due, taken: stats.taken, snoozed: stats.snoozed }).toEqual(EXPECTED_STATS);
  await expect(statValue(page, 'stat-due')).toHaveText(String(stats.due));
  await expect(statValue(page, 'stat-taken')).toHaveText(String(stats.taken));
  await expect(statValue(page, 'stat-snoozed')).toHaveText(String(stats.snoozed));
  await expect(statValue(page, 'stat-adherence')).toHaveText(`${Math.round((stats.taken / stats.due) * 100)}%`);
  await expect(page.getByTestId('today-summary')).toHaveText(
    `${stats.taken} taken of ${stats.due} due, ${stats.snoozed} snoozed, ${stats.minutesMoved} min of movement.`,
  );
  await page.screenshot({ path: 'test-results/screenshots/workday-dashboard.png', fullPage: true });
});
