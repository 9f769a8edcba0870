import { expect, test } from '@playwright/test';
import { exerciseById } from '../../shared/content/exercises';
import { WebHostApp } from '../helpers/web-host-app';

/**
 * The foundation's slice, driven as a user would through the web host with a
 * manual clock: a reminder falls due, the tray starts the stretch, the user
 * presses Done, and the dashboard counts it.
 */
let app: WebHostApp;

test.beforeEach(async () => {
  app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z', env: { TZ: 'UTC' } });
});

test.afterEach(async () => {
  await app.stop();
});

test('a movement break falls due, starts from the tray, and is counted on the dashboard', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
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

  const firstItem = (started.schedule.activeBreak as { items: { exerciseId: string }[] }).items[0];
  const first = exerciseById(firstItem?.exerciseId ?? '');
  if (!first) throw new Error('the break has no exercise');
  await expect(page.getByText(first.name).first()).toBeVisible();
  await expect(page.getByTestId('break-countdown')).toHaveText('3:00');
  await app.advance(45_000);
  await expect(page.getByTestId('break-countdown')).toHaveText('2:15');
  await page.screenshot({ path: 'test-results/screenshots/break-view.png', fullPage: true });

  await page.getByRole('button', { name: 'Done' }).click();
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

test('snoozing from the notification brings the same break back later', async ({ page }) => {
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
  await expect(page.getByRole('button', { name: 'Done' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  // One break, reminded twice: due once, taken once.
  await expect(page.getByTestId('today-summary')).toHaveText(/1 taken of 1 due, 1 snoozed/);
});
