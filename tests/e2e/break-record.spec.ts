import type { Page } from '@playwright/test';
import { exerciseById } from '../../shared/content/exercises';
import { buildSteps, isWork } from '../../renderer/src/player/player-model';
import { breakLines, readEventLog } from '../helpers/event-log-file';
import type { WebHostApp } from '../helpers/web-host-app';
import { activeBreakOf, openDashboard, type ActiveBreak } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * A break's record does not depend on the page: the backend writes each
 * exercise the moment the player reports it, and the rest when the break
 * ends. Through the web host in Chromium, with the host's clock manual and
 * the page's on Playwright's clock: the page closed abruptly after the first
 * exercise, and the break's own time running out mid-player.
 */
const NOW = '2026-03-02T09:00:00Z';

test.use({ timezoneId: 'UTC', hostOptions: { now: NOW } });

function nameOf(exerciseId: string | undefined): string {
  const exercise = exerciseById(exerciseId ?? '');
  if (!exercise) throw new Error(`not in the catalogue: ${exerciseId}`);
  return exercise.name;
}

/** Starts a break from the tray with the page open, and the player on Start. */
async function startPlaying(page: Page, app: WebHostApp): Promise<ActiveBreak> {
  await openDashboard(page, app, { install: NOW, pauseAt: '2026-03-02T09:00:10Z' });
  const active = activeBreakOf(await app.clickTray('start-now'));
  expect(active.items.length, 'the test needs a break of two exercises or more').toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { name: nameOf(active.items[0]?.exerciseId), level: 1 })).toBeVisible();
  return active;
}

/** Runs the page's clock to just past the first exercise's last hold or repetition: it is done. */
async function finishFirstExercise(page: Page, active: ActiveBreak): Promise<void> {
  const steps = buildSteps(active.items);
  const lastWork = steps.filter((s) => s.itemIndex === 0 && isWork(s)).at(-1);
  if (!lastWork) throw new Error('the first exercise has no work step');
  await page.clock.runFor(lastWork.offsetMs + lastWork.durationMs + 1_000);
  // The player is on the second exercise: the first one ran to its end.
  await expect(page.getByRole('heading', { name: nameOf(active.items[1]?.exerciseId), level: 1 })).toBeVisible();
}

test('the page closed abruptly after the first exercise: its exercise-done is in the log, the rest follows at the end', async ({
  page,
  app,
}) => {
  const active = await startPlaying(page, app);
  await finishFirstExercise(page, active);
  const [first, ...rest] = active.items.map((i) => i.exerciseId);

  // No unload handler, no React cleanup: the page is simply gone.
  await page.close({ runBeforeUnload: false });
  await expect.poll(() => breakLines(app.dataDir, active.id)).toEqual(['break-started', `exercise-done ${first}`]);
  const done = readEventLog(app.dataDir).find((e) => e.type === 'exercise-done');
  expect(done).toMatchObject({ breakId: active.id, exerciseId: first });

  // Nobody is there to end the break: its own time does, and writes what was not done.
  await app.advance(3 * 60_000);
  expect(breakLines(app.dataDir, active.id)).toEqual([
    'break-started',
    `exercise-done ${first}`,
    ...rest.map((id) => `exercise-skipped ${id}`),
    'break-completed',
  ]);
  expect(readEventLog(app.dataDir).find((e) => e.type === 'break-completed')?.endedBy).toBe('timer');
});

test('the break times out mid-player: the exercises done are recorded and the rest skipped', async ({ page, app }) => {
  const active = await startPlaying(page, app);
  await finishFirstExercise(page, active);
  const [first, ...rest] = active.items.map((i) => i.exerciseId);
  await expect.poll(() => breakLines(app.dataDir, active.id)).toEqual(['break-started', `exercise-done ${first}`]);

  // The backend's clock reaches the break's end while the player is on the second exercise.
  const ended = await app.advance(3 * 60_000);
  expect(ended.schedule.activeBreak).toBeNull();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByTestId('stat-taken')).toContainText('1');
  expect(breakLines(app.dataDir, active.id)).toEqual([
    'break-started',
    `exercise-done ${first}`,
    ...rest.map((id) => `exercise-skipped ${id}`),
    'break-completed',
  ]);
  // The view going away wrote nothing more (the page no longer records the session itself).
  await page.clock.runFor(5_000);
  expect(breakLines(app.dataDir, active.id)).toHaveLength(2 + rest.length + 1);
});
