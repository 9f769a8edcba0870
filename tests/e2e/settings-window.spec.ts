import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Settings } from '../../shared/settings-schema';
import type { WebHostApp } from '../helpers/web-host-app';
import { openSettings, showSettingsGroup as showGroup } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The Settings window as a user meets it, in Chromium against the web host:
 * every group reached with the keyboard, changes in effect at once, inline
 * errors that save nothing, working hours edited range by range, resets
 * behind a question, and settings exported and imported as a file (a bad file
 * changes nothing). Screenshots of a few groups, light and dark, go to
 * test-results/screenshots/ (the committed copies in docs/screenshots/ are
 * never rewritten by a test run).
 */
const SHOTS = 'test-results/screenshots';
const START = '2026-03-02T09:00:00Z';
const GROUPS = [
  'Reminders',
  'Schedule',
  'Break behaviour',
  'Camera',
  'Program',
  'Appearance',
  'Notifications',
  'Data & privacy',
  'About',
];

test.use({ timezoneId: 'UTC', hostOptions: { now: START } });

function settingsFile(app: WebHostApp): string {
  return path.join(app.dataDir, 'settings.json');
}

function saved(app: WebHostApp): Settings {
  return JSON.parse(fs.readFileSync(settingsFile(app), 'utf8')) as Settings;
}

async function nextMovement(app: WebHostApp): Promise<number | undefined> {
  return (await app.state()).schedule.next.find((r) => r.kind === 'movement')?.at;
}

test('every group is reachable with the keyboard, and Tab goes on into the group', async ({ page, app }) => {
  await openSettings(page, app);
  const tabs = page.getByRole('tablist', { name: 'Settings groups' });
  await expect(tabs).toHaveAttribute('aria-orientation', 'vertical');
  await expect(tabs.getByRole('tab')).toHaveText(GROUPS);

  // Only the chosen tab is a tab stop.
  await page.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Reminders' })).toBeFocused();

  for (const [i, name] of GROUPS.entries()) {
    const tab = page.getByRole('tab', { name, exact: true });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel', { name, exact: true });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name, level: 2 })).toBeVisible();
    await expect(page.getByRole('tabpanel')).toHaveCount(1); // the others are hidden
    if (i < GROUPS.length - 1) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('ArrowDown'); // wraps round
  await expect(page.getByRole('tab', { name: 'Reminders' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'About' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('tab', { name: 'Data & privacy' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Reminders' })).toHaveAttribute('aria-selected', 'true');

  // Tab leaves the list for the panel, then its first control.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: 'Reminders' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Remind me to check my posture' })).toBeFocused();
  // A switch from the keyboard saves at once.
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Remind me to check my posture' })).not.toBeChecked();
  await expect.poll(() => saved(app).posture.enabled).toBe(false);
});

test('a changed interval is in effect at once: the tray and the schedule move', async ({ page, app }) => {
  await openSettings(page, app);
  expect(await nextMovement(app)).toBe(Date.parse('2026-03-02T09:50:00Z'));
  const every = page.getByRole('group', { name: 'Movement breaks' }).getByLabel('Every (minutes)');
  await every.click();
  await every.press('Control+A');
  await page.keyboard.type('20');
  // Saved once typing pauses, without leaving the field.
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 20 min');
  await expect(every).toBeFocused();
  expect(await nextMovement(app)).toBe(Date.parse('2026-03-02T09:20:00Z'));
  expect(saved(app).movement.intervalSeconds).toBe(20 * 60);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
});

test('an invalid value shows its problem beside the field and saves nothing', async ({ page, app }) => {
  await openSettings(page, app);
  const panel = await showGroup(page, 'Break behaviour');
  const snooze = panel.getByLabel('Snooze for (minutes)');
  const before = fs.readFileSync(settingsFile(app), 'utf8');

  const attempts: [typed: string, message: string][] = [
    ['0', 'Enter a number from 1 to 60; 10 is kept.'],
    ['2.5', 'Enter a whole number from 1 to 60; 10 is kept.'],
    ['', 'Enter a number from 1 to 60; 10 is kept.'],
  ];
  for (const [typed, message] of attempts) {
    await snooze.fill(typed);
    await snooze.blur();
    const problem = panel.getByRole('alert');
    await expect(problem).toHaveText(message);
    await expect(snooze).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await snooze.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await problem.getAttribute('id'));
    await expect(snooze).toHaveValue(typed); // what was typed stays, to be corrected
  }
  // Nothing reached the backend: the file is as it was, the schedule too.
  await page.waitForTimeout(600); // longer than the pause before a save: none may come
  expect(fs.readFileSync(settingsFile(app), 'utf8')).toBe(before);
  expect((await app.state()).schedule).toMatchObject({ snoozeMinutes: 10 });

  await snooze.fill('15');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(snooze).toHaveAttribute('aria-invalid', 'false');
  await expect.poll(() => saved(app).breakRules.snoozeMinutes).toBe(15);
});

test('working hours: ranges are added and removed, and overlaps and reversed ranges are caught', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  const panel = await showGroup(page, 'Schedule');
  await panel.getByRole('checkbox', { name: 'Only remind me during working hours' }).check();
  await expect.poll(() => saved(app).workingHours.enabled).toBe(true);

  const monday = panel.getByRole('group', { name: 'Monday' });
  await expect(monday.getByLabel('Monday, range 1: start')).toHaveValue('09:00');
  await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
  await expect(monday.getByLabel('Monday, range 2: start')).toHaveValue('18:00');
  await expect(monday.getByLabel('Monday, range 2: end')).toHaveValue('19:00');
  await expect
    .poll(() => saved(app).workingHours.days.mon)
    .toEqual([
      { start: '09:00', end: '17:30' },
      { start: '18:00', end: '19:00' },
    ]);

  // Overlapping the first range: shown on the day, nothing saved.
  await monday.getByLabel('Monday, range 2: start').fill('12:00');
  const overlap = monday.getByRole('alert');
  await expect(overlap).toHaveText('These ranges overlap. Let each one end before the next one starts.');
  await expect(monday.getByLabel('Monday, range 2: start')).toHaveAttribute('aria-invalid', 'true');
  await page.waitForTimeout(600);
  expect(saved(app).workingHours.days.mon[1]).toEqual({ start: '18:00', end: '19:00' });

  // Ending before it starts: shown on the range.
  await monday.getByLabel('Monday, range 2: start').fill('20:00');
  await expect(monday.getByRole('alert')).toHaveText(
    'This range must end after it starts (a range cannot cross midnight).',
  );
  await monday.getByLabel('Monday, range 2: end').fill('21:15');
  await expect(monday.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => saved(app).workingHours.days.mon[1]).toEqual({ start: '20:00', end: '21:15' });
  await page.screenshot({ path: `${SHOTS}/settings-schedule-light.png`, fullPage: true });

  // Removed again; an empty day says so.
  await monday
    .getByRole('button', { name: /^Remove .* on Monday$/ })
    .nth(1)
    .click();
  await expect(monday.getByLabel('Monday, range 2: start')).toHaveCount(0);
  await expect.poll(() => saved(app).workingHours.days.mon).toEqual([{ start: '09:00', end: '17:30' }]);
  const sunday = panel.getByRole('group', { name: 'Sunday' });
  await expect(sunday.getByText('No working hours')).toBeVisible();
  await sunday.getByRole('button', { name: 'Add hours on Sunday' }).click();
  await expect.poll(() => saved(app).workingHours.days.sun).toEqual([{ start: '09:00', end: '17:00' }]);
});

test('reset asks first (focus held in the question, Escape backs out) and keeps the answers', async ({ page, app }) => {
  await openSettings(page, app);
  const every = page.getByRole('group', { name: 'Movement breaks' }).getByLabel('Every (minutes)');
  await every.fill('30');
  await every.blur();
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 30 min');
  const profileBefore = saved(app).profile;

  const reset = page.getByRole('button', { name: 'Reset “Reminders” to defaults…' });
  await reset.click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset the “Reminders” settings?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Your questionnaire answers and the program’s safety state are kept.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Reset' })).toBeFocused();
  await page.keyboard.press('Tab'); // held inside: back to the first
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Reset' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  expect(saved(app).movement.intervalSeconds).toBe(30 * 60);

  await reset.press('Enter');
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/settings-reset-dialog-light.png` });
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'The “Reminders” settings are back' })).toBeVisible();
  await expect(every).toHaveValue('50');
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 50 min');
  expect(saved(app).movement.intervalSeconds).toBe(50 * 60);
  expect(saved(app).profile).toEqual(profileBefore);
});

test('settings exported to a file come back by importing it', async ({ page, app }) => {
  await openSettings(page, app);
  const every = page.getByRole('group', { name: 'Movement breaks' }).getByLabel('Every (minutes)');
  await every.fill('35');
  await every.blur();
  await expect.poll(() => saved(app).movement.intervalSeconds).toBe(35 * 60);

  const data = await showGroup(page, 'Data & privacy');
  const downloading = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Export settings' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('posture-breaks-settings-2026-03-02.json');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'posture-export-')), download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Settings>;
  expect(exported.movement?.intervalSeconds).toBe(35 * 60);
  expect(exported).not.toHaveProperty('profile');
  const status = data.getByRole('status').first();
  await expect(status).toHaveText(`Saved your settings as ${download.suggestedFilename()}.`);

  // Changed since, then the file brings the exported settings back, in effect at once.
  await showGroup(page, 'Reminders');
  await every.fill('45');
  await every.blur();
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 45 min');
  await showGroup(page, 'Data & privacy');
  const choosing = page.waitForEvent('filechooser');
  await data.getByRole('button', { name: 'Import settings…' }).click();
  await (await choosing).setFiles(file);
  await expect(status).toHaveText(
    `Imported the settings from ${download.suggestedFilename()}. They are in effect now.`,
  );
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 35 min');
  expect(saved(app).movement.intervalSeconds).toBe(35 * 60);
  await showGroup(page, 'Reminders');
  await expect(every).toHaveValue('35');
});

test('a bad settings file is refused with the reasons, and nothing changes', async ({ page, app }) => {
  await openSettings(page, app);
  const data = await showGroup(page, 'Data & privacy');
  const before = fs.readFileSync(settingsFile(app), 'utf8');
  const importFile = async (name: string, content: string | Buffer) => {
    const choosing = page.waitForEvent('filechooser');
    await data.getByRole('button', { name: 'Import settings…' }).click();
    await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  };

  await importFile('notes.json', '{"version": 3, "movement": ');
  const refusal = data.getByRole('alert');
  await expect(refusal).toHaveText('notes.json is not a JSON file. Nothing was changed.');

  const broken = { ...saved(app), movement: { ...saved(app).movement, intervalSeconds: 5 }, breakRules: 'strict' };
  await importFile('broken.json', JSON.stringify(broken));
  await expect(refusal).toContainText('Some values in broken.json are not valid: Nothing was changed.');
  await expect(refusal.getByRole('listitem')).toHaveCount(2);
  await expect(refusal.getByRole('listitem').first()).toContainText('movement.intervalSeconds');
  await expect(refusal.getByRole('listitem').nth(1)).toContainText('breakRules');
  await page.screenshot({ path: `${SHOTS}/settings-data-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/settings-data-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await importFile('huge.json', Buffer.alloc(1024 * 1024, 0x20));
  await expect(refusal).toHaveText('huge.json is too large to be a settings file. Nothing was changed.');

  await importFile('future.json', JSON.stringify({ ...saved(app), version: 99 }));
  await expect(refusal).toContainText('future.json comes from a newer version of Posture Breaks.');

  expect(fs.readFileSync(settingsFile(app), 'utf8')).toBe(before);
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 50 min');
  await expect(data.getByText(/^Imported/)).toHaveCount(0);
});

test('a program a red flag stopped is shown with the reasons, and resumes only after a confirmation', async ({
  page,
  launchApp,
  app: first,
}) => {
  const stoppedAt = Date.parse('2026-02-27T10:00:00Z');
  await first.stop();
  const app = await launchApp({
    now: START,
    dataDir: first.dataDir,
    settings: { ...saved(first), safety: { stoppedAt, reasons: ['severe-pain-not-improving'] } },
  });
  await openSettings(page, app);
  const program = await showGroup(page, 'Program');
  const stopped = program.getByTestId('program-stopped');
  await expect(stopped).toContainText('Your stretch program has been paused since February 27, 2026.');
  await expect(stopped.getByRole('listitem')).toHaveText([
    'Is your pain severe and not getting better with medication or rest?',
  ]);
  await page.screenshot({ path: `${SHOTS}/settings-program-stopped-light.png`, fullPage: true });

  const resume = program.getByRole('button', { name: 'A professional says I can exercise again' });
  await resume.click();
  const dialog = page.getByRole('alertdialog', { name: 'Start the stretch program again?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(resume).toBeFocused();
  expect(saved(app).safety.stoppedAt).toBe(stoppedAt);

  await resume.click();
  await dialog.getByRole('button', { name: 'Start the program again' }).click();
  await expect(program.getByText('Your program is running.')).toBeVisible();
  await expect.poll(() => saved(app).safety).toEqual({ stoppedAt: null, reasons: [] });
});

test('the questionnaire opens from Program, to change the answers', async ({ page, app }) => {
  await openSettings(page, app);
  const program = await showGroup(page, 'Program');
  await expect(program).toContainText('You skipped the questionnaire');
  await program.getByRole('button', { name: 'Answer the questionnaire' }).click();
  await expect(page.getByRole('heading', { name: 'Let us fit the stretches to your back' })).toBeVisible();
  expect((await app.state()).windows.filter((w) => w.open).map((w) => w.view)).toContain('onboarding');
});

test('a language chosen in Appearance applies at once: dates and weekdays follow it', async ({ page, app }) => {
  await openSettings(page, app);
  const appearance = await showGroup(page, 'Appearance');
  const language = appearance.getByLabel('Language');
  await expect(language.locator('option')).toHaveText([
    'Follow the system',
    'English',
    'Español',
    'Deutsch',
    'Français',
    'Português (Brasil)',
  ]);
  await language.selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(saved(app).general.language).toBe('de');
  // The window itself now speaks German (settings-i18n.spec.ts looks closer).
  const schedule = await showGroup(page, 'Zeitplan');
  await expect(schedule.getByRole('group', { name: 'Montag' })).toBeVisible();
  await (await showGroup(page, 'Darstellung')).getByLabel('Sprache').selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('screenshots of the groups, light and dark', async ({ page, app }) => {
  await openSettings(page, app);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await showGroup(page, 'Reminders');
    await page.screenshot({ path: `${SHOTS}/settings-reminders-${scheme}.png`, fullPage: true });
    await showGroup(page, 'Break behaviour');
    await page.screenshot({ path: `${SHOTS}/settings-break-behaviour-${scheme}.png`, fullPage: true });
    // Camera posture sensing is off until the user turns it on.
    const camera = await showGroup(page, 'Camera');
    await expect(camera.getByRole('checkbox', { name: 'Watch my posture with the camera' })).not.toBeChecked();
    await page.screenshot({ path: `${SHOTS}/settings-camera-${scheme}.png`, fullPage: true });
    await showGroup(page, 'Program');
    await page.screenshot({ path: `${SHOTS}/settings-program-${scheme}.png`, fullPage: true });
    const about = await showGroup(page, 'About');
    await expect(about.getByTestId('about-version')).toHaveText(/\d+\.\d+\.\d+/);
    await page.screenshot({ path: `${SHOTS}/settings-about-${scheme}.png`, fullPage: true });
  }
  await showGroup(page, 'Schedule');
  await page.screenshot({ path: `${SHOTS}/settings-schedule-dark.png`, fullPage: true });
});
