import { expect, test } from '../helpers/web-host-test';

/** The tray menu, the settings view and the dashboard's due prompt, as a user meets them. */
test.use({ hostOptions: { now: '2026-03-02T09:00:00Z' } });

test('settings open from the tray and a new interval applies at once', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tray menu' }).click();
  const menu = page.getByRole('menu', { name: 'Tray menu' });
  await expect(menu.getByRole('menuitem', { name: 'Movement break at 09:50' })).toBeDisabled();
  await expect(menu.getByRole('group', { name: 'Pause' }).getByRole('menuitem')).toHaveText([
    '30 minutes',
    '1 hour',
    '2 hours',
    'Until tomorrow',
    'Until I resume',
  ]);
  await menu.getByRole('menuitem', { name: 'Preferences' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

  const movement = page.getByRole('group', { name: 'Movement breaks' });
  const every = movement.getByLabel('Every (minutes)');
  await every.fill('30');
  await every.blur();
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 30 min');

  await every.fill('1');
  await every.blur();
  await expect(page.getByRole('alert')).toHaveText('Enter a number from 5 to 240; 30 is kept.');
  // What was typed stays in the field to be corrected; the saved value, 30, stays in force.
  await expect(every).toHaveValue('1');
  await expect(every).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 30 min');
  await page.screenshot({ path: 'test-results/screenshots/settings.png', fullPage: true });

  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});

test('a due break waits on the dashboard with Start, Snooze and Skip; Skip counts it as skipped', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await app.advance(50 * 60_000);
  const prompt = page.getByRole('status').filter({ hasText: 'Time for a movement break' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button')).toHaveText(['Start stretch', 'Snooze 10 min', 'Skip']);
  await page.screenshot({ path: 'test-results/screenshots/dashboard-due.png', fullPage: true });
  await prompt.getByRole('button', { name: 'Skip' }).click();
  await expect(prompt).toBeHidden();
  const state = await app.state();
  expect(state.schedule.next.find((r) => r.kind === 'movement')?.at).toBe(Date.parse('2026-03-02T10:40:00Z'));
});

test('pausing from the tray shows the resume time, and Resume brings reminders back', async ({ page, app }) => {
  await page.goto(app.url);
  await app.clickTray('pause-60');
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Paused until 10:00');
  await page.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 50 min');
});
