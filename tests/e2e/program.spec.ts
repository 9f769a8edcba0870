import type { Page } from '@playwright/test';
import { describeDose, exerciseById } from '../../shared/content/exercises';
import { english } from '../../shared/i18n/english';
import { readEventLog } from '../helpers/event-log-file';
import { activeBreakOf } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The personalised program end to end, through the web host in Chromium: a
 * new user answers the questionnaire and reads why each exercise was chosen,
 * runs a movement break in the guided player with the keyboard only, says
 * the exercise was too easy and sees its dose go up a step, then reports a
 * red flag and sees the program stop.
 */
const NOW = '2026-03-02T09:00:00Z';
const SHOTS = 'test-results/screenshots';

test.use({ timezoneId: 'UTC', hostOptions: { firstRun: true, now: NOW } });

async function answerQuestionnaire(page: Page) {
  await expect(page.getByRole('heading', { name: 'Let us fit the stretches to your back' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the questions' }).click();

  await expect(page.getByRole('heading', { name: 'Where it hurts' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Low back' }).check();
  await page.getByRole('radio', { name: '3 months or longer' }).check();
  await page.getByRole('slider').fill('4');
  await expect(page.getByText('Typical pain, 0 (none) to 10 (worst): 4')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/questionnaire.png`, fullPage: true });
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Your day' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Sitting' }).check();
  await page.getByRole('radio', { name: 'A desk', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Your preferences' })).toBeVisible();
  await page.getByRole('radio', { name: 'Short and frequent' }).check();
  await page.getByRole('radio', { name: 'A stronger back for the long term' }).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Health conditions' })).toBeVisible();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Safety questions' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Set my break schedule to suit my answers' })).toBeChecked();
  await page.getByRole('button', { name: 'See my program' }).click();
}

test('questionnaire, a keyboard-only guided break, feedback that raises the dose, and a red flag that stops it', async ({
  page,
  app,
}) => {
  // The page's timers run only when the test moves them.
  await page.clock.install({ time: new Date(NOW) });
  await page.goto(app.url);
  await page.clock.pauseAt(new Date(Date.parse(NOW) + 10 * 60_000));

  // 1. The questionnaire; saving it shows the program with a reason for every
  // exercise, then the dashboard's program panel gives each one's dose.
  await answerQuestionnaire(page);
  await expect(page.getByRole('heading', { name: 'All set' })).toBeVisible();
  const summary = page.getByRole('region', { name: 'Your program' });
  await expect(summary.getByRole('heading', { name: 'During the workday' })).toBeVisible();
  await expect(summary.getByRole('listitem').first()).toHaveText(
    /^Standing hamstring stretch: lengthens tight hamstrings/,
  );
  await page.screenshot({ path: `${SHOTS}/program-result.png`, fullPage: true });
  await page.getByRole('button', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Your program' });
  await expect(panel).toContainText('8 exercises rotate through your workday breaks; 6 make up your home routine.');
  await panel.getByRole('button', { name: 'Show the exercises and why' }).click();
  const rows = panel.getByRole('listitem');
  await expect(rows).toHaveCount(14);
  await expect(rows.first().locator('span').first()).toHaveText(
    'Standing hamstring stretch: lengthens tight hamstrings that tug on the pelvis and low back; gets you out of the sitting position',
  );
  await expect(rows.filter({ hasText: 'Calf raises' }).locator('span').first()).toHaveText(
    'Calf raises: gets the blood moving in legs that have been still under the desk; gets you out of the sitting position, builds lasting strength',
  );
  for (const reason of await rows.locator('span:first-child').allTextContents()) {
    expect(reason).toMatch(/^[A-Z][^:]+: [a-z]/);
  }

  // The dose before: the catalogue's start for the hamstring stretch.
  const hamstring = exerciseById('standing-hamstring-stretch');
  if (!hamstring?.dose.holdSeconds || !hamstring.dose.repetitions) throw new Error('catalogue changed');
  const { holdSeconds, repetitions } = hamstring.dose;
  const before = describeDose(
    { holdSeconds: holdSeconds.start, repetitions: repetitions.start, perSide: true },
    english,
  );
  expect(before).toBe('2 repetitions per side, hold 20 s each');
  const hamstringRow = rows.filter({ hasText: 'Standing hamstring stretch' });
  await expect(hamstringRow.locator('.muted')).toHaveText(before);
  await hamstringRow.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/program.png`, fullPage: true });

  // 2. A movement break from the tray, run with the keyboard only.
  const started = await app.clickTray('start-now');
  const active = activeBreakOf(started);
  expect(active.items.map((i) => i.exerciseId)).toEqual(['standing-hamstring-stretch']);
  await expect(page.getByRole('heading', { name: 'Your stretch, step by step' })).toBeVisible();
  const sessionRow = page.getByRole('list', { name: 'This session' }).getByRole('listitem');
  await expect(sessionRow).toHaveCount(1);
  await expect(sessionRow).toContainText('Standing hamstring stretch');
  await expect(sessionRow).toContainText(before);
  await expect(page.getByTestId('break-countdown')).toHaveText('2:00'); // the short-and-frequent break
  await page.screenshot({ path: `${SHOTS}/player-ready.png`, fullPage: true });

  await page.keyboard.press('Space');
  const countdown = page.getByTestId('hold-countdown');
  await expect(page.getByRole('heading', { name: 'Standing hamstring stretch', level: 1 })).toBeVisible();
  await expect(page.getByTestId('player-phase')).toHaveText('Get into position');
  await expect(countdown).toHaveText('5');
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('player-phase')).toHaveText('Hold');
  await expect(countdown).toHaveText('20');
  await expect(page.getByTestId('player-rep')).toHaveText('Rep 1 of 2');
  await expect(page.getByTestId('player-side')).toHaveText('Right side');
  await page.clock.runFor(8_000);
  await expect(countdown).toHaveText('12');
  await expect(page.getByRole('listitem').and(page.locator('[aria-current="step"]'))).toHaveText(
    'Hold when you feel a stretch behind the right thigh, then switch legs.',
  );
  await expect(page.getByTestId('player-next')).toHaveText('Next: finish and say how it went');
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuenow', '14');
  await expect(page.getByTestId('player-announcer')).toHaveText('Standing hamstring stretch. Right side. Hold 1 of 2.');
  await page.screenshot({ path: `${SHOTS}/player-mid-hold.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/player-mid-hold-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // Pause: the countdown stands still however long the page waits.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(countdown).toHaveText('12');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // ArrowRight: on to the second hold; ArrowLeft near its start: back to the first.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('player-rep')).toHaveText('Rep 2 of 2');
  await expect(countdown).toHaveText('20');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('player-rep')).toHaveText('Rep 1 of 2');
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('player-phase')).toHaveText('Switch to the left side');
  await page.clock.runFor(5_000);
  await expect(page.getByTestId('player-side')).toHaveText('Left side');
  // The left side runs out on its own: hold, release, hold.
  await page.clock.runFor(20_000 + 2_000 + 20_000);

  // The completion screen: "too easy" with Tab and Enter, then Done.
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  const question = page.getByRole('group', { name: 'Standing hamstring stretch How was it?' });
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Too easy' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Too easy' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: `${SHOTS}/player-complete.png`, fullPage: true });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByTestId('stat-taken')).toContainText('1');

  const log = readEventLog(app.dataDir).filter((e) => e.breakId === active.id);
  expect(log.filter((e) => e.type.startsWith('exercise-') || e.type === 'break-completed')).toEqual([
    expect.objectContaining({
      type: 'exercise-done',
      exerciseId: 'standing-hamstring-stretch',
      holdSeconds: 20,
      repetitions: 2,
    }),
    expect.objectContaining({
      type: 'exercise-feedback',
      exerciseId: 'standing-hamstring-stretch',
      feedback: 'too-easy',
    }),
    expect.objectContaining({ type: 'break-completed' }),
  ]);

  // 3. The next session's dose: one step up the hold (20 -> 25 s), repetitions unchanged.
  const after = describeDose(
    {
      holdSeconds: holdSeconds.start + holdSeconds.step,
      repetitions: repetitions.start,
      perSide: true,
    },
    english,
  );
  expect(after).toBe('2 repetitions per side, hold 25 s each');
  if (!(await hamstringRow.isVisible()))
    await panel.getByRole('button', { name: 'Show the exercises and why' }).click();
  await expect(hamstringRow.locator('.muted')).toHaveText(after);

  // 4. A red flag in the check-in stops the program.
  const checkIn = page.getByRole('region', { name: 'How is your back today?' });
  await checkIn.getByText('Anything new that worries you?').click();
  await checkIn
    .getByRole('checkbox', { name: 'Do you have numbness, tingling or weakness in a leg (or an arm)?' })
    .check();
  await checkIn.getByRole('button', { name: "Save today's check-in" }).click();
  const redFlag = page.getByRole('alert').filter({ hasText: 'Please get medical help today' });
  await expect(redFlag).toBeVisible();
  await expect(redFlag.getByRole('heading', { name: 'Please get medical help today' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/red-flag.png`, fullPage: true });

  // The next break offers no exercises: the advice, a gentle walk, and End.
  const stoppedBreak = await app.clickTray('start-now');
  expect(activeBreakOf(stoppedBreak).items).toEqual([]);
  await expect(page.getByRole('heading', { name: 'No exercises for now' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Please get medical help today' })).toBeVisible();
  await expect(page.getByText('A gentle walk instead')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
  await expect(page.getByTestId('hold-countdown')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/red-flag-break.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  const ended = await app.state();
  expect(ended.schedule.status).toBe('running');
});
