import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { historyViewSchema, invokeContract, type HistoryView } from '../../shared/ipc-contract';
import { DAILY_CSV_COLUMNS, EVENTS_CSV_COLUMNS } from '../../shared/stats/csv';
import { REPO_ROOT } from '../helpers/web-host-app';
import { invokeFromPage } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The dashboard's charts and exports, and the therapist report, through the
 * web host in Chromium: breaks taken and skipped show up in the ring, the
 * timeline, the bars' table and both CSV exports (compared with the stats the
 * backend serves); a seeded year of history fills the 90-day charts and the
 * calendar heat map; the report prints to a PDF. Screenshots in light and
 * dark are saved for a look.
 */
const SHOTS = 'test-results/screenshots';

test.use({ timezoneId: 'UTC' });

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

/**
 * Zod probes once whether it may compile validators with `new Function("")`
 * and falls back when the CSP refuses: that report is expected (it comes from
 * the schemas the main bundle defines at start-up). Any other is a failure.
 */
function isZodEvalProbe(v: Violation): boolean {
  if (v.blockedURI !== 'eval') return false;
  const file = path.join(REPO_ROOT, 'out/renderer/assets', path.basename(new URL(v.sourceFile).pathname));
  const line = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n')[v.lineNumber - 1] : '';
  return line?.trim() === 'new Function("");';
}

/** Collects the Content-Security-Policy violations the page reports, but zod's probe. */
async function watchCsp(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
      }),
    );
  });
  return async () =>
    (await page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations)).filter(
      (v) => !isZodEvalProbe(v),
    );
}

/** Asks the backend for the history over the page's own WebSocket transport (a second connection). */
async function getHistory(page: Page, token: string, days: 7 | 30 | 90 | 365): Promise<HistoryView> {
  const result = (await invokeFromPage(page, token, invokeContract.getHistory.channel, { days })) as {
    ok: boolean;
    value?: unknown;
    error?: unknown;
  };
  if (!result.ok) throw new Error(`getHistory failed: ${JSON.stringify(result.error)}`);
  return historyViewSchema.parse(result.value);
}

/** RFC 4180: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

async function download(page: Page, button: string): Promise<{ filename: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const filePath = await file.path();
  return { filename: file.suggestedFilename(), text: fs.readFileSync(filePath, 'utf8') };
}

test('breaks taken and skipped show in the ring, the timeline, the bars and both CSV exports', async ({
  page,
  launchApp,
}) => {
  const app = await launchApp({ now: '2026-03-02T09:00:00Z' });
  const cspViolations = await watchCsp(page);
  // The chart code is a chunk of its own, loaded lazily: held back here, the
  // dashboard's numbers and the ring's words still show, with placeholders.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/chunk-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  await expect(page.getByTestId('stat-due')).toContainText('0');
  await expect(page.getByTestId('today-ring-text')).toHaveText('Nothing due yet today.');
  await expect(page.getByText('Loading your history…')).toBeVisible();
  await expect(page.locator('.chart__surface')).toHaveCount(0);
  release();
  await expect(page.getByTestId('chart-adherence').locator('.chart__surface')).toBeVisible();
  await expect(page.getByTestId('today-ring').locator('.chart__surface')).toBeVisible();

  // 09:50: the first break is due; started from the tray and marked as done.
  await app.advance(50 * 60_000);
  await app.clickTray('start-now');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByTestId('today-ring-text')).toHaveText('1 of 1 movement breaks taken.');

  // 10:40: the next one is skipped from the dashboard's banner (the test
  // controls' notification endpoint offers start, snooze and dismiss only).
  await app.advance(50 * 60_000);
  await page.getByRole('status', { name: 'Movement break due' }).getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByTestId('stat-due')).toContainText('2');

  // 11:30: started from the notification, marked as done.
  const due = await app.advance(50 * 60_000);
  const reminder = due.notifications.filter((n) => n.kind === 'movement' && n.variant === 'reminder').at(-1);
  if (!reminder) throw new Error('no movement reminder');
  await app.actOnNotification(reminder.id, 'start');
  await page.getByRole('button', { name: 'Mark as done' }).click();

  // The ring and the four numbers agree: 2 of 3, 67 %.
  const ring = page.getByTestId('today-ring');
  await expect(page.getByTestId('today-ring-text')).toHaveText('2 of 3 movement breaks taken.');
  await expect(ring.getByRole('heading')).toHaveText('67 % of today’s breaks taken');
  await expect(ring).toContainText('2/3');
  await expect(page.getByTestId('stat-taken')).toContainText('2');
  await expect(page.getByTestId('stat-due')).toContainText('3');
  await expect(page.getByTestId('stat-adherence')).toContainText('67%');

  const history = await getHistory(page, app.token, 30);
  const today = history.points.at(-1);
  expect(today).toMatchObject({ date: '2026-03-02', due: 3, taken: 2, adherence: 67 });
  expect(history.todayDetail).toMatchObject({ skipped: 1 });

  // Today's timeline: times in the app's zone, and what became of each reminder.
  const timeline = page.getByTestId('timeline').getByRole('listitem');
  const movement = timeline.filter({ hasText: 'Movement break' });
  await expect(movement.filter({ hasText: 'Taken' })).toHaveCount(2);
  await expect(movement.filter({ hasText: 'Skipped' })).toHaveCount(1);
  await expect(movement.filter({ hasText: 'Skipped' })).toContainText('10:40');
  await expect(timeline).toHaveCount(history.timeline.length);

  // The range switch is a labelled radio group, operable with the keyboard.
  const range = page.getByRole('group', { name: 'Show the last' });
  await expect(range.getByRole('radio', { name: '30 days' })).toBeChecked();
  await range.getByRole('radio', { name: '30 days' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(range.getByRole('radio', { name: '7 days' })).toBeChecked();
  const adherence = page.getByTestId('chart-adherence');
  await expect(adherence.getByTestId('chart-adherence-summary')).toHaveText(
    'Last 7 days: 67 % of breaks taken (2 of 3), 0 of 1 day at or above your 80 % target; no pain check-ins.',
  );
  // One bar a day with something due (today's), none for the empty days.
  await expect(adherence.locator('.chart__bar')).toHaveCount(1);

  // The same numbers as a table.
  await adherence.getByRole('button', { name: 'Show as table' }).click();
  await expect(adherence.getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
  const table = adherence.getByRole('table', { name: /Breaks taken per day/ });
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table.getByRole('row', { name: /2 March 2026/ }).getByRole('cell')).toHaveText([
    '3',
    '2',
    '67 %',
    '–',
    'no',
  ]);
  await expect(page.getByTestId('streak-current')).toHaveText(`${history.streaks.current} days`);
  await expect(page.getByTestId('best-hour')).toHaveText(/^\d\d:00–\d\d:00$/);

  // Daily stats export: the file the browser saves matches the backend's stats.
  const daily = await download(page, 'Download daily stats (CSV)');
  expect(daily.filename).toBe('posture-breaks-daily-2026-03-02.csv');
  await expect(page.getByTestId('export-status')).toHaveText('Downloaded posture-breaks-daily-2026-03-02.csv.');
  expect(daily.text.split('\r\n')[0]).toBe(DAILY_CSV_COLUMNS.join(','));
  const days = parseCsv(daily.text);
  const row = days.find((d) => d.date === '2026-03-02');
  expect(row).toMatchObject({
    movement_due: String(today?.due),
    movement_taken: String(today?.taken),
    adherence_percent: String(today?.adherence),
    skipped: String(history.todayDetail.skipped),
    guided_minutes: String(today?.guidedMinutes),
  });
  // Every day in the file agrees with the history's points.
  for (const point of history.points.filter((p) => p.due > 0)) {
    const line = days.find((d) => d.date === point.date);
    expect(line?.movement_taken).toBe(String(point.taken));
  }

  // Events export: one row per logged event; the break outcomes match the timeline.
  const events = await download(page, 'Download all events (CSV)');
  expect(events.filename).toBe('posture-breaks-events-2026-03-02.csv');
  expect(events.text.split('\r\n')[0]).toBe(EVENTS_CSV_COLUMNS.join(','));
  const rows = parseCsv(events.text);
  const movementRows = rows.filter((r) => r.kind === 'movement');
  expect(movementRows.filter((r) => r.type === 'break-skipped')).toHaveLength(1);
  expect(movementRows.filter((r) => r.type === 'break-completed')).toHaveLength(
    history.timeline.filter((e) => e.kind === 'movement' && e.what === 'taken').length,
  );
  expect(rows.every((r) => (r.at ?? '').startsWith('2026-03-02T'))).toBe(true);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);

  expect(await cspViolations()).toEqual([]);
});

test('a year of history: 90 days, the calendar heat map, light and dark, the report and its PDF', async ({
  page,
  launchApp,
}) => {
  const app = await launchApp({ now: '2026-03-02T17:30:00Z', history: { years: 1, end: '2026-03-02' } });
  const cspViolations = await watchCsp(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);

  const history = page.getByRole('region', { name: 'Your history' });
  const adherence = page.getByTestId('chart-adherence');
  await expect(adherence.locator('.chart__bar').first()).toBeVisible();
  const month = await getHistory(page, app.token, 30);
  await expect(adherence.locator('.chart__bar')).toHaveCount(dueDays(month.points));
  await expect(adherence.getByTestId('chart-adherence-summary')).toContainText(
    `Last 30 days: ${Math.round((100 * sum(month.points, 'taken')) / sum(month.points, 'due'))} % of breaks taken`,
  );
  // A seeded year has pain check-ins: the pain line is drawn on its own axis.
  await expect(adherence.locator('.chart__series--pain .chart__line')).toBeVisible();
  await expect(page.getByTestId('chart-exercises').locator('.chart__bar')).toHaveCount(month.exercises.length);

  // 90 days.
  await history.getByRole('radio', { name: '90 days' }).check();
  const quarter = await getHistory(page, app.token, 90);
  await expect(adherence.getByTestId('chart-adherence-summary')).toContainText(
    `Last 90 days: ${Math.round((100 * sum(quarter.points, 'taken')) / sum(quarter.points, 'due'))} % of breaks taken ` +
      `(${sum(quarter.points, 'taken')} of ${sum(quarter.points, 'due')})`,
  );
  await expect(adherence.locator('.chart__bar')).toHaveCount(dueDays(quarter.points));
  await expect(page.getByTestId('chart-minutes').locator('.chart__bar')).toHaveCount(
    quarter.points.filter((p) => p.guidedMinutes > 0).length,
  );
  const minutes = page.getByTestId('chart-minutes');
  await minutes.getByRole('button', { name: 'Show as table' }).click();
  await expect(minutes.getByRole('table').getByRole('row')).toHaveCount(91);
  await minutes.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByTestId('most-skipped-hour')).toHaveText(/^\d\d:00–\d\d:00$/);

  // The heat map: one named cell a day, coloured in five steps, empty when nothing was due.
  const calendar = page.getByRole('group', { name: /Calendar of the last 12 months/ });
  await expect(calendar.getByRole('img')).toHaveCount(365);
  const year = quarter.year;
  const last = year.at(-1);
  expect(last?.date).toBe('2026-03-02');
  await expect(calendar.getByRole('img', { name: `2 March 2026: ${last?.adherence} %` })).toHaveCount(1);
  await expect(calendar.getByRole('img', { name: '1 March 2026: nothing due' })).toHaveCount(1); // a Sunday
  const steps = await calendar
    .locator('.heatmap__cell')
    .evaluateAll((cells) => cells.map((cell) => /heatmap__cell--(\w+)/.exec(cell.className)?.[1]));
  expect(new Set(steps).size).toBeGreaterThanOrEqual(4);
  expect(steps.filter((s) => s === 'none')).toHaveLength(year.filter((d) => d.due === 0).length);
  await expect(page.getByTestId('chart-year-summary')).toContainText(
    `breaks fell due on ${year.filter((d) => d.due > 0).length} days`,
  );

  await history.getByRole('radio', { name: '30 days' }).check();
  await expect(adherence.locator('.chart__bar')).toHaveCount(dueDays(month.points));
  await page.screenshot({ path: `${SHOTS}/dashboard-charts-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('.today-ring')).toHaveCSS('background-color', 'rgb(24, 33, 30)');
  await page.screenshot({ path: `${SHOTS}/dashboard-charts-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // The report for a therapist: the last four weeks.
  await page.getByRole('button', { name: 'Report for my therapist' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Movement report: 3 February 2026 – 2 March 2026');
  expect((await app.state()).windows).toEqual([expect.objectContaining({ view: 'report', open: true })]);
  await expect(page.getByTestId('report-disclaimer')).toContainText(
    'Prepared by Posture Breaks — not a medical record',
  );
  const weeks = page.getByTestId('report-weeks');
  await expect(weeks.getByRole('row')).toHaveCount(5);
  const report = month.points.slice(-28);
  await expect(page.getByTestId('report-adherence')).toHaveText(
    `${sum(report, 'taken')} of ${sum(report, 'due')} (${Math.round((100 * sum(report, 'taken')) / sum(report, 'due'))} %)`,
  );
  const checkIns = report.filter((p) => p.pain !== null || p.flareUp).length;
  await expect(page.getByTestId('report-checkins').getByRole('row')).toHaveCount(1 + Math.max(1, checkIns));
  await expect(page.getByTestId('chart-adherence').locator('.chart__bar')).toHaveCount(dueDays(report));
  await expect(page.getByTestId('chart-minutes').locator('.chart__bar')).toHaveCount(
    report.filter((p) => p.guidedMinutes > 0).length,
  );
  await expect(page.getByTestId('chart-exercises').locator('.chart__bar').first()).toBeVisible();
  await expect(page).toHaveTitle('Posture Breaks report 2026-02-03 to 2026-03-02');
  await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: true });

  // "Print or save as PDF" opens the print dialog (stubbed here: headless has none).
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // On paper: no tray bar and no buttons; black text on white.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('tray-tooltip')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  const pdfPath = 'test-results/report.pdf';
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
  const pdf = fs.readFileSync(pdfPath);
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(10 * 1024);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Close the report' }).click();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  expect(await cspViolations()).toEqual([]);
});

/** Days with a bar: something fell due. */
function dueDays(points: readonly HistoryView['points'][number][]): number {
  return points.filter((p) => p.adherence !== null).length;
}

function sum<K extends 'due' | 'taken'>(points: readonly HistoryView['points'][number][], key: K): number {
  return points.reduce((total, p) => total + p[key], 0);
}
