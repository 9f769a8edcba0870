import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { EVENT_VERSION } from '../../shared/event-log-schema';
import { INVOKE_CHANNEL_BY_NAME } from '../../shared/ipc-channels';
import type { SettingsPatch } from '../../shared/settings-schema';
import { invokeFromPage, shownText } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The program area in another language: a new user's page switches to Spanish
 * when the setting changes through the API, and the questionnaire, the
 * program it builds (reasons, exclusions), the flare-up advice, the tips and
 * the red-flag notice all render resolved text: `<html lang="es">` and no raw
 * `program.…` key anywhere, visible or in an accessible name. The Spanish
 * resources are English until translated, so this checks structure, not
 * Spanish words.
 */
const NOW = '2026-03-12T09:00:00Z';
const DAY = 86_400_000;
const SHOTS = 'test-results/screenshots';

test.use({ timezoneId: 'UTC' });

/** Flare-ups reported on the three days before NOW (from another computer), so the flare-up advice shows. */
function seedFlareUps(dir: string): void {
  const folder = path.join(dir, 'events', 'e2e-other-laptop');
  fs.mkdirSync(folder, { recursive: true });
  const lines = [1, 2, 3].map((daysAgo) =>
    JSON.stringify({
      v: EVENT_VERSION,
      id: `seed-${daysAgo}`,
      type: 'pain-checkin',
      at: Date.parse(NOW) - daysAgo * DAY + 3 * 3_600_000,
      tz: 0,
      regions: { 'low-back': 4 },
      flareUp: true,
      redFlags: [],
    }),
  );
  fs.writeFileSync(path.join(folder, '2026-03.jsonl'), `${lines.join('\n')}\n`);
}

/** A settings change through the contract, as the page's API makes it (a call over the page's WebSocket). */
async function updateSettings(page: Page, patch: SettingsPatch): Promise<void> {
  const token = new URL(page.url()).searchParams.get('token') ?? '';
  const result = await invokeFromPage(page, token, INVOKE_CHANNEL_BY_NAME.updateSettings, patch);
  expect(result).toMatchObject({ ok: true });
}

/** Every i18n key left unresolved on the page: in its text (hidden parts too) and its accessible attributes. */
async function rawKeys(page: Page): Promise<string[]> {
  const key =
    /\b(?:program|safety|bodyAreas|content|tray|trayPanel|app|dose|duration|notices|reminders|schedule|notification)\.[\w.-]+/g;
  return (await shownText(page, { hidden: true })).match(key) ?? [];
}

async function expectResolved(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(await rawKeys(page)).toEqual([]);
}

test('the questionnaire, the program, flare-up advice, tips and the red-flag notice in Spanish show no raw keys', async ({
  page,
  launchApp,
  makeDataDir,
}) => {
  const dataDir = makeDataDir();
  seedFlareUps(dataDir);
  const app = await launchApp({ firstRun: true, now: NOW, dataDir });
  await page.goto(app.url);

  // English first (the machine's locale), then Spanish through the API, with no reload.
  const onboarding = page.locator('main.onboarding');
  const title = page.locator('#onboarding-title');
  await expect(page.getByRole('heading', { name: 'Let us fit the stretches to your back' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await updateSettings(page, { general: { language: 'es' } });
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  // The welcome: a title, the not-medical-advice note (its first words in bold), two buttons.
  await expect(title).not.toBeEmpty();
  const note = onboarding.getByRole('note');
  await expect(note.locator('strong')).not.toBeEmpty();
  expect((await note.textContent())!.length).toBeGreaterThan((await note.locator('strong').textContent())!.length + 40);
  await expect(onboarding.getByRole('button')).toHaveCount(2);
  await expectResolved(page);
  await page.screenshot({ path: `${SHOTS}/program-i18n-welcome.png`, fullPage: true });
  await onboarding.locator('.button--primary').click();

  const eyebrow = onboarding.locator('.eyebrow');
  const next = onboarding.locator('button[type="submit"]');
  const step = async (n: number) => {
    await expect(eyebrow).toContainText(String(n));
    await expect(eyebrow).toContainText('5');
    await expect(title).not.toBeEmpty();
    await expectResolved(page);
  };

  // 1. Where it hurts: three areas, two durations, the pain slider with its value in bold.
  await step(1);
  await expect(onboarding.getByRole('checkbox')).toHaveCount(3);
  await expect(onboarding.getByRole('radio')).toHaveCount(2);
  for (const label of await onboarding.locator('label.choice').allTextContents()) expect(label.trim()).not.toBe('');
  await onboarding.getByRole('checkbox').first().check();
  await onboarding.getByRole('radio').nth(1).check();
  await onboarding.getByRole('slider').fill('4');
  await expect(onboarding.locator('label.field strong')).toHaveText('4');
  await page.screenshot({ path: `${SHOTS}/program-i18n-questionnaire.png`, fullPage: true });
  await next.click();

  // 2. Your day: what makes it worse (sitting first), the workplace (a desk first).
  await step(2);
  await expect(onboarding.getByRole('checkbox')).toHaveCount(3);
  await expect(onboarding.getByRole('radio')).toHaveCount(3);
  await onboarding.getByRole('checkbox').first().check();
  await onboarding.getByRole('radio').first().check();
  await next.click();

  // 3. Preferences: short and frequent breaks, a stronger back.
  await step(3);
  await expect(onboarding.getByRole('radio')).toHaveCount(4);
  await onboarding.getByRole('radio').nth(0).check();
  await onboarding.getByRole('radio').nth(3).check();
  await next.click();

  // 4. Conditions: eight, one ticked (wrist problems) so the program leaves some exercises out.
  await step(4);
  await expect(onboarding.getByRole('checkbox')).toHaveCount(8);
  await onboarding.getByRole('checkbox').nth(5).check();
  await next.click();

  // 5. Safety: the five red-flag questions (each a question) and the schedule suggestion, none ticked but that.
  await step(5);
  await expect(onboarding.getByRole('checkbox')).toHaveCount(6);
  const questions = await onboarding.locator('fieldset label.choice').allTextContents();
  expect(questions).toHaveLength(5);
  for (const question of questions) expect(question.trim()).toMatch(/^\S.*\?$/);
  await expect(onboarding.getByRole('checkbox').last()).toBeChecked();
  await next.click();

  // The program: every exercise with its reason "Name: why", and what was left out.
  const summary = page.locator('.program-summary');
  await expect(summary.getByRole('listitem').first()).toBeVisible();
  await expectResolved(page);
  const reasons = await summary.getByRole('listitem').allTextContents();
  expect(reasons.length).toBeGreaterThanOrEqual(6);
  for (const reason of reasons) expect(reason).toMatch(/^[^:]+: \S/);
  await expect(summary.locator('h3')).toHaveCount(2);
  await expect(summary.locator('p.muted')).toContainText('(');
  await page.screenshot({ path: `${SHOTS}/program-i18n-result.png`, fullPage: true });
  await onboarding.locator('.button--primary').click();

  // The dashboard: flare-up advice (three in fourteen days), the program panel, tips, the check-in.
  await expect(page.locator('main.dashboard')).toBeVisible();
  const advice = page.locator('section.advice');
  await expect(advice).toBeVisible();
  await expect(advice).toHaveAttribute('aria-label', /\S/);
  await expect(advice.locator('strong')).not.toBeEmpty();
  await expect(advice).toContainText(/\(\D*3\D+14\D*\)/);

  const panel = page.locator('section.program-panel');
  await expect(panel.locator('p').first()).toContainText(/\d+\D+\d+/);
  await panel.locator('button[aria-expanded="false"]').click();
  const rows = panel.getByRole('listitem');
  await expect(rows).toHaveCount(reasons.length);
  for (const text of await rows.locator('span:first-child').allTextContents()) expect(text).toMatch(/^[^:]+: \S/);
  for (const dose of await rows.locator('.muted').allTextContents()) expect(dose).toMatch(/\d/);

  const tips = page.locator('aside.tip');
  await expect(tips.locator('.eyebrow')).not.toBeEmpty();
  await tips.locator('button[aria-expanded="false"]').click();
  await expect(tips.locator('.tips-library h3')).toHaveCount(9);
  await expectResolved(page);
  await page.screenshot({ path: `${SHOTS}/program-i18n-dashboard.png`, fullPage: true });

  // A red flag in today's check-in: the notice names it as asked, and the program stops.
  const checkIn = page.locator('section.checkin');
  await expect(checkIn.locator('#checkin-title')).not.toBeEmpty();
  await expect(checkIn.getByRole('slider')).toHaveCount(1);
  await expect(checkIn.locator('label.field')).toContainText(/^\S.*: 0 \/ 10$/);
  await checkIn.locator('summary').click();
  const flag = checkIn.locator('details label.choice').nth(1);
  const asked = (await flag.textContent())!.trim();
  await flag.getByRole('checkbox').check();
  await checkIn.locator('button[type="submit"]').click();
  const notice = page.locator('section.red-flag--urgent');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading')).not.toBeEmpty();
  await expect(notice.getByRole('listitem')).toHaveText([asked]);
  await expect(panel.locator('button')).toHaveCount(0);
  await expectResolved(page);
  await page.screenshot({ path: `${SHOTS}/program-i18n-red-flag.png`, fullPage: true });
});
