import { exerciseById } from '../../shared/content/exercises';
import { buildSteps, GET_READY_MS, totalMs } from '../../renderer/src/player/player-model';
import { activeBreakOf, openDashboard } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The foundation's slice, driven as a user would through the web host with a
 * manual clock: a reminder falls due, the tray starts the stretch, the user
 * plays it through in the guided player and presses Done, and the dashboard
 * counts it. The page's own timers (the player's countdown) run on
 * Playwright's clock, moved by the test.
 */
test.use({ hostOptions: { now: '2026-03-02T09:00:00Z' } });

test('a movement break falls due, starts from the tray, is played to the end and counted on the dashboard', async ({
  page,
  app,
}) => {
  await openDashboard(page, app, { install: '2026-03-02T09:00:00Z', pauseAt: '2026-03-02T09:10:00Z' });
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 50 min');

  const before = await app.state();
  expect(before.notifications).toHaveLength(0);

  const due = await app.advance(50 * 60_000);
  // A posture check at 09:25, the heads-up at 09:49:30, the break at 09:50.
  expect(due.notifications.map((n) => `${n.kind}/${n.variant}`)).toEqual([
    'posture/reminder',
    'movement/pre-break',
    'movement/reminder',
  ]);
  const reminder = due.notifications.at(-1);
  expect(reminder).toMatchObject({ kind: 'movement', title: 'Time for a movement break' });
  expect(reminder?.actions.map((a) => a.id)).toEqual(['start', 'snooze', 'skip']);
  expect(reminder?.at).toBe(Date.parse('2026-03-02T09:50:00Z'));
  await expect(page.getByTestId('stat-due')).toContainText('1');

  const started = await app.clickTray('start-now');
  expect(started.schedule.status).toBe('in-break');
  expect(started.windows).toEqual([expect.objectContaining({ view: 'break', open: true })]);

  const { items } = activeBreakOf(started);
  const first = exerciseById(items[0]?.exerciseId ?? '');
  if (!first) throw new Error('the break has no exercise');
  // Before Start: the session with its doses, and the break's own clock.
  const session = page.getByRole('list', { name: 'This session' }).getByRole('listitem');
  await expect(session).toHaveCount(items.length);
  await expect(session.first()).toContainText(first.name);
  await expect(page.getByTestId('break-countdown')).toHaveText('3:00');
  await app.advance(45_000);
  await expect(page.getByTestId('break-countdown')).toHaveText('2:15');

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { name: first.name, level: 1 })).toBeVisible();
  await page.clock.runFor(GET_READY_MS + 1_000);
  await expect(page.getByTestId('player-rep')).toHaveText(/^Rep 1 of \d+$/);
  await page.screenshot({ path: 'test-results/screenshots/break-view.png', fullPage: true });

  // The page's clock runs the whole session; the backend's clock has not moved.
  await page.clock.runFor(totalMs(buildSteps(items)));
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  await expect(page.getByRole('group', { name: /How was it\?$/ })).toHaveCount(items.length);
  await page.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByTestId('today-summary')).toContainText('1 taken');
  await expect(page.getByTestId('stat-taken')).toContainText('1');
  await page.screenshot({ path: 'test-results/screenshots/dashboard.png', fullPage: true });

  const after = await app.state();
  expect(after.schedule.status).toBe('running');
  expect(after.windows.every((w) => !w.open)).toBe(true);
  expect(after.schedule.next.find((r) => r.kind === 'movement')?.at).toBe(
    Date.parse('2026-03-02T09:50:45Z') + 50 * 60_000,
  );
});

test('snoozing from the notification brings the same break back later', async ({ page, app }) => {
  await page.goto(app.url);
  const due = await app.advance(50 * 60_000);
  const reminder = due.notifications.at(-1);
  if (reminder?.variant !== 'reminder') throw new Error('no reminder');
  const snoozed = await app.actOnNotification(reminder.id, 'snooze');
  expect(snoozed.schedule.next.find((r) => r.kind === 'movement')?.at).toBe(reminder.at + 10 * 60_000);
  await expect(page.getByTestId('stat-snoozed')).toContainText('1');

  const again = await app.advance(10 * 60_000);
  const movement = again.notifications.filter((n) => n.kind === 'movement' && n.variant === 'reminder');
  expect(movement.map((n) => n.breakId)).toEqual([reminder.breakId, reminder.breakId]);
  const started = await app.actOnNotification(movement[1]?.id ?? '', 'start');
  expect(started.schedule.status).toBe('in-break');
  // Marked as done without playing the exercises: still a break taken.
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  // One break, reminded twice: due once, taken once.
  await expect(page.getByTestId('today-summary')).toHaveText(/1 taken of 1 due, 1 snoozed/);
});
