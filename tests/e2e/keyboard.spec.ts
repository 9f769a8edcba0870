import type { Page } from '@playwright/test';
import { focusStop, interactiveElements, readingOrderBreaches, walkTabOrder, type FocusStop } from '../helpers/a11y';
import { openDashboard } from '../helpers/web-host-page';
import { SETTINGS_GROUPS } from '../../shared/settings-groups';
import { expect, test } from '../helpers/web-host-test';

/**
 * The app with the keyboard only: Tab from the top of the dashboard and of
 * Settings reaches every control, with a visible focus ring, in reading
 * order (the rule: readingOrderBreaches in tests/helpers/a11y.ts); the tray
 * menu, the one popup, opens onto its first item, is walked with the arrows,
 * closes with Escape or Tab and gives the focus back; the guided player
 * starts, pauses, resumes, skips ahead and ends from the keyboard.
 */
const NOW = '2026-03-02T09:00:00Z';

test.use({ timezoneId: 'UTC', hostOptions: { now: NOW } });

/** Tabs through the whole page and checks reach, focus rings and order. */
async function checkTabOrder(page: Page, view: string): Promise<FocusStop[]> {
  const expected = await interactiveElements(page);
  const stops = await walkTabOrder(page);
  console.log(`${view}: ${stops.length} Tab stops: ${stops.map((s) => s.what).join(', ')}`);
  const reached = new Set(stops.map((s) => s.key));
  const reachedGroups = new Set(expected.filter((e) => e.radioGroup && reached.has(e.key)).map((e) => e.radioGroup));
  const missed = expected.filter((e) => !reached.has(e.key) && !(e.radioGroup && reachedGroups.has(e.radioGroup)));
  expect
    .soft(
      missed.map((e) => e.what),
      `${view}: controls the Tab key never reaches`,
    )
    .toEqual([]);
  expect
    .soft(
      stops.filter((s) => !s.ringShown).map((s) => s.what),
      `${view}: stops without a visible focus ring`,
    )
    .toEqual([]);
  expect.soft(readingOrderBreaches(stops), `${view}: stops out of reading order`).toEqual([]);
  return stops;
}

test('Tab reaches every control of the dashboard and of Settings, visibly and in reading order', async ({
  page,
  launchApp,
}) => {
  // The rule itself: climbing back up is a breach, unless into a new column to the right.
  const at = (top: number, left: number) => ({
    what: `${top},${left}`,
    top,
    bottom: top + 20,
    left,
    right: left + 100,
    ringShown: true,
    key: '',
  });
  expect(readingOrderBreaches([at(100, 0), at(50, 0)])).toHaveLength(1);
  expect(readingOrderBreaches([at(100, 0), at(96, 120), at(300, 0), at(50, 200)])).toEqual([]);

  const app = await launchApp({ now: '2026-03-02T17:30:00Z', history: { years: 1, end: '2026-03-02' } });
  await page.goto(app.url);
  await expect(page.getByTestId('chart-adherence').locator('.chart__bar').first()).toBeVisible();
  // The tables behind the charts and the tips library add their own controls and scrolling areas.
  await page.getByTestId('chart-adherence').getByRole('button', { name: 'Show as table' }).click();
  await page.getByRole('button', { name: 'All tips' }).click();
  const dashboard = await checkTabOrder(page, 'dashboard');
  expect(dashboard[0]?.what).toBe('button "Tray menu"');
  expect(dashboard.length).toBeGreaterThan(20);

  await app.clickTray('settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  // Settings shows one group at a time (a tab list): each group is walked in turn.
  const groups = await page.getByRole('tab').allTextContents();
  expect(groups).toHaveLength(SETTINGS_GROUPS.length);
  let settingsStops = 0;
  for (const group of groups) {
    await page.getByRole('tab', { name: group }).click();
    const stops = await checkTabOrder(page, `settings, ${group}`);
    // The tray, Close, the selected tab and its panel come first, then the group's own controls.
    expect(stops.map((s) => s.what)).toContain(`tab "${group}"`);
    expect(stops.length, group).toBeGreaterThan(5);
    settingsStops += stops.length;
  }
  expect(settingsStops).toBeGreaterThan(60);
});

test('the tray menu opens onto its first item, moves with the arrows, and Escape or Tab close it', async ({
  page,
  app,
}) => {
  await openDashboard(page, app);
  const toggle = page.getByRole('button', { name: 'Tray menu' });
  const menu = page.getByRole('menu', { name: 'Tray menu' });

  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The status line is a disabled item: the focus starts on the first one that does something.
  await expect(menu.getByRole('menuitem', { name: 'Start stretch now' })).toBeFocused();
  expect((await focusStop(page))?.ringShown).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').and(page.locator(':focus'))).toHaveText('5 minutes');
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Quit' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Start stretch now' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Quit' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screenshots/tray-menu-keyboard.png' });

  // Escape: closed, the focus back on the button.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // Tab: the menu closes and the focus goes on into the page.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  await expect(page.locator('main :focus')).toHaveCount(1);

  // An item chosen with Enter does its work and the focus returns to the button.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem').and(page.locator(':focus'))).toHaveText(/Settings|Preferences/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(toggle).toBeFocused();
});

test('the guided player: Tab to Start, then pause, resume, next and end with the keyboard', async ({ page, app }) => {
  await openDashboard(page, app, { install: NOW });
  await app.clickTray('start-now');
  // The break view puts the focus on its heading; the next Tab stop is Start.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toBeFocused();
  expect((await focusStop(page))?.ringShown).toBe(true);
  await page.keyboard.press('Enter');

  // Playing: the focus lands on the exercise's name, then Tab reaches the controls in order.
  const phase = page.getByTestId('player-phase');
  await expect(phase).toHaveText('Get into position');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const controls = page.getByRole('group', { name: 'Player controls' }).getByRole('button');
  await expect(controls).toHaveText(['← Previous', 'Pause', 'Next →', 'End']);
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    expect(stop?.ringShown, `focus ring on ${stop?.what}`).toBe(true);
    seen.push(stop?.what ?? '');
  }
  expect(seen).toEqual(['button "← Previous"', 'button "Pause"', 'button "Next →"', 'button "End"']);

  // Pause and resume with the focused button (Enter and Space), the countdown holding still meanwhile.
  const pause = controls.nth(1);
  await pause.focus();
  await page.keyboard.press('Enter');
  await expect(pause).toHaveText('Resume');
  await expect(phase).toHaveText('Paused');
  const held = await page.getByTestId('hold-countdown').textContent();
  await page.clock.runFor(10_000);
  await expect(page.getByTestId('hold-countdown')).toHaveText(held ?? '');
  await page.keyboard.press('Space');
  await expect(pause).toHaveText('Pause');
  await expect(pause).toBeFocused();

  // Next with its button, then with the arrow key: each moves the session on a step.
  const progress = page.getByRole('progressbar', { name: 'Session progress' });
  const at = async () => Number(await progress.getAttribute('aria-valuenow'));
  const before = await at();
  await controls.nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(phase).not.toHaveText('Get into position');
  await expect.poll(at).toBeGreaterThan(before);
  const after = await at();
  await page.keyboard.press('ArrowRight');
  await expect.poll(at).toBeGreaterThan(after);
  // Space away from a button toggles too (the shortcut), and Escape ends the break.
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Space');
  await expect(phase).toHaveText('Paused');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  expect((await app.state()).schedule.status).toBe('running');
});
