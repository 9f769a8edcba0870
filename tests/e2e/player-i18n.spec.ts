import type { Page } from '@playwright/test';
import { describeDose, describeTargets, exerciseById, type PrescribedDose } from '../../shared/content/exercises';
import { exerciseText } from '../../shared/content/localized';
import { translator } from '../../shared/i18n/i18n';
import {
  announcement,
  buildSteps,
  GET_READY_MS,
  initialState,
  reducePlayer,
  totalMs,
} from '../../renderer/src/player/player-model';
import { announcementText } from '../../renderer/src/player/player-text';
import { returningUserSettings } from '../helpers/web-host-app';
import { shownText } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The break view and the guided player in German (general.language = de):
 * no raw keys anywhere, <html lang="de">, and the exercise text, doses, body
 * areas and announcements are what the German resources give. Until the
 * translators' German lands those fall back to English; the expectations are
 * read from the same resources, so the test stays right when it does.
 */
const de = translator('de');
/** A key that was never translated shows as itself: "player.screen.tip", "content.exercises.x.name". */
const RAW_KEY = /\b(player|content|dose|duration|reminders|bodyAreas|tray|app)\.[a-z][\w-]*/;

test.use({
  hostOptions: { now: '2026-03-02T09:00:00Z', settings: returningUserSettings({ general: { language: 'de' } }) },
});

/** Every text and every shown attribute of the page holds no raw key. */
async function expectNoRawKeys(page: Page): Promise<void> {
  const shown = await shownText(page);
  expect(shown).not.toMatch(RAW_KEY);
  expect(shown).not.toContain('player.');
}

test('the guided player in German shows the German resources, never a key', async ({ page, app }) => {
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await page.goto(app.url);
  await page.clock.pauseAt(new Date('2026-03-02T09:10:00Z'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  const started = await app.clickTray('start-now');
  const items = (started.schedule.activeBreak as { items: { exerciseId: string; dose: PrescribedDose }[] }).items;
  expect(items.length).toBeGreaterThan(0);
  const texts = items.map((item) => {
    const text = exerciseText(item.exerciseId, de);
    const exercise = exerciseById(item.exerciseId);
    if (!text || !exercise) throw new Error(`unknown exercise ${item.exerciseId}`);
    return { ...text, exercise };
  });

  // The ready screen: each exercise's name, dose and body areas in German.
  await expect(page.getByRole('heading', { name: de('player.ready.title.movement'), level: 1 })).toBeVisible();
  const rows = page.getByRole('list', { name: de('player.ready.session') }).getByRole('listitem');
  await expect(rows).toHaveCount(items.length);
  for (const [index, item] of items.entries()) {
    const text = texts[index] as (typeof texts)[number];
    const row = rows.nth(index);
    await expect(row.locator('strong')).toHaveText(text.name);
    await expect(row).toContainText(describeDose(item.dose, de));
    await expect(row).toContainText(describeTargets(text.exercise.targets, de, 'de'));
  }
  await expect(page.locator('.eyebrow')).toHaveText(de('reminders.movement'));
  await expectNoRawKeys(page);
  await page.screenshot({ path: 'test-results/screenshots/player-de-ready.png', fullPage: true });

  // Playing: the first exercise's name, steps, cues and what to avoid, and the announcement.
  await page.getByRole('button', { name: de('player.ready.start'), exact: true }).click();
  const first = texts[0] as (typeof texts)[number];
  await expect(page.getByRole('heading', { name: first.name, level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: de('player.screen.steps') }).getByRole('listitem')).toHaveText(
    first.steps,
  );
  const cue = page.locator('.player__cue');
  await expect(cue).toContainText(first.cues.join(' '));
  await expect(cue).toContainText(first.avoid.join(' '));
  await expect(page.getByTestId('player-phase')).toHaveText(de('player.phase.get-ready'));
  const steps = buildSteps(items);
  const name = (i: number) => texts[i]?.name;
  const playing = reducePlayer(steps, initialState(steps), { type: 'start', now: 0 });
  await expect(page.getByTestId('player-announcer')).toHaveText(
    announcementText(announcement(steps, playing), de, name),
  );
  await page.clock.runFor(GET_READY_MS + 1_000);
  const holding = reducePlayer(steps, playing, { type: 'tick', now: GET_READY_MS + 1_000 });
  await expect(page.getByTestId('player-announcer')).toHaveText(
    announcementText(announcement(steps, holding), de, name),
  );
  await expect(page.getByRole('button', { name: de('player.controls.pause') })).toBeVisible();
  await expectNoRawKeys(page);
  await page.screenshot({ path: 'test-results/screenshots/player-de-playing.png', fullPage: true });

  // Played to the end: "how was it?" for each exercise, in German.
  await page.clock.runFor(totalMs(steps));
  await expect(page.getByRole('heading', { name: de('player.complete.title'), level: 1 })).toBeVisible();
  for (const text of texts) {
    await expect(page.getByRole('group', { name: `${text.name} ${de('player.complete.question')}` })).toBeVisible();
  }
  await expect(page.getByTestId('player-announcer')).toHaveText(de('player.announce.finished'));
  await expectNoRawKeys(page);
  await page.screenshot({ path: 'test-results/screenshots/player-de-complete.png', fullPage: true });
});
