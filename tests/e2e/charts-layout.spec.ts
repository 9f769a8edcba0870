import type { Page } from '@playwright/test';
import { returningUserSettings } from '../helpers/web-host-app';
import { expect, seedHistory, test } from '../helpers/web-host-test';

/**
 * The dashboard's charts laid out at a wide (1280 px) and a narrow (700 px)
 * window, in light and dark, for five seeded years and for a new user with
 * no history: every label inside its drawing (none clipped), no two labels
 * of a chart overlapping, and the drawings as wide as their cards (they
 * follow the window). Screenshots go to test-results/screenshots/ for a look.
 */
const SHOTS = 'test-results/screenshots';
const PREFIX = process.env.CHART_SHOTS_PREFIX ?? 'charts';
const WIDTHS = [1280, 700] as const;
/** The evening of the seeded history's last day. */
const EVENING = '2026-03-02T17:30:00Z';
const ALL_CHARTS = ['chart-adherence', 'chart-minutes', 'chart-exercises'];

// Every test starts wide; the page is loaded at that width.
test.use({ timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface PlotLayout {
  chart: string;
  svg: Box;
  plot: Box;
  labels: { text: string; box: Box }[];
}

/** Each chart's drawing, its box, its card's box and its text labels' boxes (as painted). */
function layouts(page: Page): Promise<PlotLayout[]> {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return [...document.querySelectorAll<HTMLElement>('[data-testid^="chart-"] .chart-card__plot')]
      .filter((plot) => plot.querySelector('svg'))
      .map((plot) => {
        const svg = plot.querySelector('svg') as SVGSVGElement;
        return {
          chart: plot.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
          svg: box(svg.getBoundingClientRect()),
          plot: box(plot.getBoundingClientRect()),
          labels: [...svg.querySelectorAll('text')]
            .filter((t) => (t.textContent ?? '').trim() !== '')
            .map((t) => ({ text: t.textContent ?? '', box: box(t.getBoundingClientRect()) })),
        };
      });
  });
}

function overlaps(a: Box, b: Box): boolean {
  // A pixel of slack: neighbouring labels may touch.
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

async function checkLayout(page: Page, expectedCharts: string[]) {
  const found = await layouts(page);
  expect(found.map((l) => l.chart).sort()).toEqual([...expectedCharts].sort());
  for (const { chart, svg, plot, labels } of found) {
    // The drawing fills its card's width (it follows the window).
    expect(Math.abs(svg.right - svg.left - (plot.right - plot.left)), `${chart} width`).toBeLessThan(2);
    expect(labels.length, `${chart} has labels`).toBeGreaterThan(0);
    for (const { text, box } of labels) {
      const inside =
        box.left >= svg.left - 0.5 &&
        box.right <= svg.right + 0.5 &&
        box.top >= svg.top - 0.5 &&
        box.bottom <= svg.bottom + 0.5;
      expect.soft(inside, `${chart}: "${text}" inside the drawing`).toBe(true);
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!;
        const b = labels[j]!;
        expect.soft(overlaps(a.box, b.box), `${chart}: "${a.text}" and "${b.text}" overlap`).toBe(false);
      }
    }
  }
}

/** Waits until every drawing is as wide as its card again (after a new width or colour scheme). */
async function drawingsFollowed(page: Page) {
  await expect
    .poll(async () => (await layouts(page)).every((l) => Math.abs(l.svg.right - l.plot.right) < 2))
    .toBe(true);
}

/** At each of WIDTHS, once the drawings have followed it: checkLayout(), then `after` (a screenshot). */
async function checkEveryWidth(page: Page, expectedCharts: string[], after?: (width: number) => Promise<unknown>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await drawingsFollowed(page);
    await checkLayout(page, expectedCharts);
    await after?.(width);
  }
}

async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The drawings follow the new width before they are measured.
      await drawingsFollowed(page);
      await page.getByRole('region', { name: 'Your history' }).screenshot({
        path: `${SHOTS}/${PREFIX}-${name}-${width}-${scheme}.png`,
      });
    }
  }
}

test('five years of history: the charts fit their cards, wide and narrow, light and dark', async ({
  page,
  launchApp,
}) => {
  const app = await launchApp({ now: EVENING, history: { years: 5, end: '2026-03-02' } });
  await page.goto(app.url);
  const history = page.getByRole('region', { name: 'Your history' });
  await expect(page.getByTestId('chart-exercises').locator('svg')).toBeVisible();
  for (const range of ['7 days', '30 days', '90 days'] as const) {
    await history.getByRole('radio', { name: range }).check();
    await expect(page.getByTestId('chart-adherence-summary')).toContainText(`Last ${range}`);
    await checkEveryWidth(page, ALL_CHARTS, (width) =>
      page
        .getByTestId('chart-adherence')
        .screenshot({ path: `${SHOTS}/${PREFIX}-adherence-${range.replace(' ', '-')}-${width}.png` }),
    );
  }

  // Hovering a day shows its numbers next to the pointer (the table says the same to everyone).
  const area = page.getByTestId('chart-adherence').locator('.chart__hover-area');
  const box = await area.boundingBox();
  expect(box).not.toBeNull();
  await area.hover({ position: { x: (box?.width ?? 0) - 2, y: (box?.height ?? 0) / 2 } });
  const tooltip = page.getByTestId('chart-adherence').locator('.chart-tooltip');
  await expect(tooltip).toContainText('2 March 2026');
  await expect(tooltip).toContainText(/\d+ of \d+ taken/);
  await expect(page.getByTestId('chart-adherence').locator('.chart__cursor')).toHaveCount(1);
  await page.getByTestId('chart-adherence').screenshot({ path: `${SHOTS}/${PREFIX}-adherence-tooltip.png` });
  await page.mouse.move(0, 0);
  await expect(tooltip).toHaveCount(0);
  await history.getByRole('radio', { name: '30 days' }).check();
  await expect(page.getByTestId('chart-adherence-summary')).toContainText('Last 30 days');
  await shoot(page, 'five-years');
  await page.getByTestId('today-ring').screenshot({ path: `${SHOTS}/${PREFIX}-ring.png` });
});

test('a new user with no history: empty charts still fit their cards', async ({ page, launchApp }) => {
  const app = await launchApp({ now: '2026-03-02T09:00:00Z' });
  await page.goto(app.url);
  await expect(page.getByTestId('chart-adherence').locator('svg')).toBeVisible();
  // No exercises yet: that card has its summary and no drawing.
  await checkEveryWidth(page, ['chart-adherence', 'chart-minutes']);
  await shoot(page, 'new-user');
});

test('flare-ups: a diamond on the pain axis for each, as the table lists them', async ({ page, launchApp }) => {
  // Seed 7 has flare-ups in December 2025, inside the last 90 days.
  const app = await launchApp({ now: EVENING, history: { years: 1, end: '2026-03-02', seed: 7 } });
  await page.goto(app.url);
  await page.getByRole('region', { name: 'Your history' }).getByRole('radio', { name: '90 days' }).check();
  const adherence = page.getByTestId('chart-adherence');
  await expect(adherence.getByTestId('chart-adherence-summary')).toContainText('Last 90 days');
  await expect(adherence.locator('.chart-legend')).toContainText('Flare-up');
  const diamonds = await adherence.locator('.chart__flare').count();
  expect(diamonds).toBeGreaterThan(0);
  await checkLayout(page, ALL_CHARTS);
  await adherence.screenshot({ path: `${SHOTS}/${PREFIX}-adherence-flare-ups.png` });
  await adherence.getByRole('button', { name: 'Show as table' }).click();
  const flareCells = adherence.getByRole('table').locator('tbody tr td:last-child');
  await expect(flareCells).toHaveCount(90);
  expect((await flareCells.allTextContents()).filter((text) => text === 'yes')).toHaveLength(diamonds);
});

test('in German, Spanish, French and Portuguese the labels still fit, wide and narrow', async ({
  page,
  launchApp,
  makeDataDir,
}) => {
  // One seeded history, launched once in each language.
  const dataDir = makeDataDir();
  seedHistory(dataDir, { years: 1, end: '2026-03-02' });
  for (const language of ['de', 'es', 'fr', 'pt-BR'] as const) {
    const settings = returningUserSettings({ general: { language } });
    const app = await launchApp({ now: EVENING, dataDir, settings });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(app.url);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const range of ['7', '30', '90']) {
      await page.locator(`input[name="history-range"][value="${range}"]`).check();
      await expect(page.locator('.history')).toHaveAttribute('aria-busy', 'false');
      await checkEveryWidth(page, ALL_CHARTS);
    }
    await page.locator('.history').screenshot({ path: `${SHOTS}/${PREFIX}-${language}-700.png` });
    await app.stop();
  }
});
