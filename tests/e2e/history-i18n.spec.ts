import type { Page } from '@playwright/test';
import { translator } from '../../shared/i18n/i18n';
import { en } from '../../shared/i18n/locales/en';
import { returningUserSettings } from '../helpers/web-host-app';
import { shownText } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The dashboard's history and the therapist report in French, through the
 * web host in Chromium, on a seeded year of history: the page says it is
 * French (`<html lang="fr">`), no translation key shows raw, the words are
 * the French resources', and dates, months and weekdays are written by Intl
 * for French. A screenshot of the dashboard goes to
 * test-results/screenshots/dashboard-fr.png (a copy is in docs/screenshots/).
 */
const END = '2026-03-02';
const NOW = `${END}T17:30:00Z`;

test.use({
  timezoneId: 'UTC',
  hostOptions: {
    now: NOW,
    history: { years: 1, end: END },
    settings: returningUserSettings({ general: { language: 'fr' } }),
  },
});

/** A calendar date as French writes it, the way the app's calendar dates are formatted (as UTC midnights). */
function fr(date: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat('fr', { ...options, timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
}

const frLong = (date: string) => fr(date, { day: 'numeric', month: 'long', year: 'numeric' });

/** Every key of the renderer's areas (`history.year.title`), plural suffixes dropped: what i18next shows for a missing string. */
function keyPaths(value: unknown, prefix: string): string[] {
  if (typeof value === 'string') return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, `${prefix}.${key}`));
}
const KEYS = [
  ...new Set(['dashboard', 'history', 'report'].flatMap((area) => keyPaths(en[area as keyof typeof en], area))),
];

async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await shownText(page);
  expect(KEYS.length).toBeGreaterThan(100);
  expect(KEYS.filter((key) => text.includes(key))).toEqual([]);
  // A key of any area (`tray.resume`, `schedule.inBreak`), and any placeholder left unfilled.
  expect(
    text.match(/\b(?:dashboard|history|report|tray|schedule|reminders|notification|duration)\.[a-z][\w.-]*/g),
  ).toBeNull();
  expect(text).not.toMatch(/\{\{|\}\}/);
}

test('the dashboard and the report in French: lang="fr", no raw keys, dates written by Intl for French', async ({
  page,
  app,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(app.url);

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: translator('fr')('history.title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: translator('fr')('history.year.title') })).toBeVisible();
  const adherence = page.getByTestId('chart-adherence');
  await expect(adherence.locator('.chart__bar').first()).toBeVisible();

  // Today, in French: "lundi 2 mars".
  await expect(page.locator('.dashboard > .eyebrow')).toHaveText(
    new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      Date.parse(NOW),
    ),
  );

  // The calendar: each cell named by its French date, French month and weekday names around it.
  const year = page.getByTestId('chart-year');
  const calendar = year.getByRole('group');
  await expect(calendar.getByRole('img')).toHaveCount(365);
  // "2 mars 2026 : 80 %": the part before the percentage. French puts a non-breaking space before the
  // colon, which the accessible name may give as a plain one: any space matches.
  const cellStart = (date: string) =>
    new RegExp(`^${translator('fr')('history.year.cell', { date: frLong(date), percent: '' }).replace(/\s+/g, '\\s')}`);
  await expect(calendar.getByRole('img', { name: cellStart(END) })).toHaveCount(1);
  await expect(calendar.getByRole('img', { name: cellStart('2026-03-01') })).toHaveCount(1);
  const monthLabels = await year.locator('.heatmap__month').allInnerTexts();
  expect(monthLabels).toContain(fr('2026-02-01', { month: 'short' })); // "févr."
  expect(monthLabels).not.toContain('Feb');
  // Monday, Wednesday, Friday and Sunday label the rows.
  await expect(year.locator('.heatmap__weekday')).toHaveText(
    ['2026-03-02', '', '2026-03-04', '', '2026-03-06', '', '2026-03-08'].map((d) =>
      d ? fr(d, { weekday: 'short' }) : '',
    ),
  );
  await page.screenshot({ path: 'test-results/screenshots/dashboard-fr.png', fullPage: true });

  // The calendar as a table: one row a month, named by Intl for French ("mars 2025" … "mars 2026").
  await year.locator('.chart-card__toggle').click();
  const months: string[] = [];
  for (let day = 364; day >= 0; day--) {
    const date = new Date(Date.parse(`${END}T00:00:00Z`) - day * 86_400_000).toISOString().slice(0, 10);
    const month = fr(date, { month: 'long', year: 'numeric' });
    if (months.at(-1) !== month) months.push(month);
  }
  expect(months).toHaveLength(13);
  await expect(year.getByRole('table').locator('tbody th[scope="row"]')).toHaveText(months);
  await expectNoRawKeys(page);

  // The report: its range in French long dates, its weeks in French short ones.
  await page.getByTestId('open-report').click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(frLong('2026-02-03'));
  await expect(heading).toContainText(frLong(END));
  // The seeded month, by name, as Intl writes it in French.
  await expect(heading).toContainText(new Intl.DateTimeFormat('fr', { month: 'long' }).format(Date.UTC(2026, 1, 1)));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const weeks = page.getByTestId('report-weeks').locator('tbody th[scope="row"]');
  await expect(weeks).toHaveCount(4);
  await expect(weeks.first()).toContainText(fr('2026-02-03', { day: 'numeric', month: 'short' }));
  await expect(weeks.last()).toContainText(fr(END, { day: 'numeric', month: 'short' }));
  // Check-in days are named in French too, each one of the report's 28 days.
  const reportDays = Array.from({ length: 28 }, (_, i) =>
    frLong(new Date(Date.parse(`${END}T00:00:00Z`) - (27 - i) * 86_400_000).toISOString().slice(0, 10)),
  );
  const checkIns = await page.getByTestId('report-checkins').locator('tbody th[scope="row"]').allInnerTexts();
  expect(checkIns.length).toBeGreaterThan(0);
  for (const date of checkIns) expect(reportDays).toContain(date);
  await expect(page.getByTestId('chart-minutes').locator('.chart__bar').first()).toBeVisible();
  await expectNoRawKeys(page);
});
