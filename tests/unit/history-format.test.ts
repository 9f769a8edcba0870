import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../shared/content/exercises';
import { translator } from '../../shared/i18n/i18n';
import { createHistoryFormat, intlLocale } from '../../renderer/src/format/history-format';
import {
  adherenceSummary,
  exercisesSummary,
  heatLabel,
  heatLayout,
  heatStepLabels,
  minutesSummary,
  timelineSummary,
  yearByMonth,
  yearSummary,
  type DayPoint,
} from '../../renderer/src/history/history-model';

/**
 * The history's words and numbers: in English exactly as the app has always
 * written them (the e2e specs read them), and in French with dates, months,
 * weekdays and numbers as Intl writes them for French.
 */
const english = createHistoryFormat(translator('en'), 'en');
const french = createHistoryFormat(translator('fr'), 'fr');

function point(date: string, due: number, taken: number, extra: Partial<DayPoint> = {}): DayPoint {
  return {
    date,
    due,
    taken,
    adherence: due > 0 ? Math.round((taken / due) * 100) : null,
    guidedMinutes: 0,
    pain: null,
    flareUp: false,
    ...extra,
  };
}

/** Seven days ending Monday 2 March 2026. */
const WEEK: DayPoint[] = [
  point('2026-02-24', 5, 4, { pain: 3, guidedMinutes: 12 }),
  point('2026-02-25', 5, 5, { pain: 5, flareUp: true }),
  point('2026-02-26', 5, 2, { guidedMinutes: 75 }),
  point('2026-02-27', 0, 0),
  point('2026-02-28', 0, 0),
  point('2026-03-01', 0, 0),
  point('2026-03-02', 3, 2, { pain: 2 }),
];

describe('English', () => {
  it('writes dates day first, times on the 24-hour clock and percentages with a space', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(english.longDate('2026-03-02')).toBe('2 March 2026');
    expect(english.shortDate('2026-03-02')).toBe('2 Mar');
    expect(english.tickDate('2026-03-02', 7)).toBe('Mon 2');
    expect(english.tickDate('2026-03-02', 30)).toBe('2 Mar');
    expect(english.monthYear('2026-02')).toBe('February 2026');
    expect(english.shortMonth('2026-02-23')).toBe('Feb');
    expect([0, 1, 2, 3, 4, 5, 6].map(english.shortWeekday)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(english.percent(67)).toBe('67\u00a0%');
    expect(english.percent(null)).toBe('–');
    expect(english.hourRange(9)).toBe('09:00–10:00');
    expect(english.hourRange(23)).toBe('23:00–00:00');
    expect(english.hourRange(null)).toBe('–');
    expect(english.minutes(45)).toBe('45 min');
    expect(english.minutes(65)).toBe('1 h 5 min');
    expect(english.number(1234)).toBe('1,234');
  });

  it('sums a span up in whole sentences', () => {
    expect(adherenceSummary(WEEK.slice(-1), 80, english)).toBe(
      'Today: 67\u00a0% of breaks taken (2 of 3), 0 of 1 day at or above your 80\u00a0% target; pain 2–2 out of 10 over 1 check-in.',
    );
    expect(adherenceSummary(WEEK, 80, english)).toBe(
      'Last 7 days: 72\u00a0% of breaks taken (13 of 18), 2 of 4 days at or above your 80\u00a0% target; pain 2–5 out of 10 over 3 check-ins with 1 flare-up.',
    );
    expect(adherenceSummary(WEEK.slice(3, 6), 80, english)).toBe(
      'Last 3 days: no breaks fell due yet, so there is nothing to chart.',
    );
    expect(minutesSummary(WEEK, english)).toBe(
      'Last 7 days: 1 h 27 min of guided movement on 2 days, most on 26 February 2026 (75 min).',
    );
    const name = exerciseById('chin-tucks')?.name;
    expect(
      exercisesSummary(
        [
          { exerciseId: 'chin-tucks', count: 5 },
          { exerciseId: 'seated-cat-cow', count: 1 },
        ],
        30,
        english,
      ),
    ).toBe(`Last 30 days: 2 different exercises, 6 times in all; most often ${name} (5 times).`);
    expect(exercisesSummary([], 7, english)).toBe('Last 7 days: no exercises done yet.');
    expect(
      timelineSummary(
        [
          { at: 1, kind: 'movement', what: 'reminded' },
          { at: 2, kind: 'movement', what: 'taken' },
          { at: 3, kind: 'posture', what: 'snoozed' },
        ],
        english.t,
      ),
    ).toBe('Today so far: 1 reminder, 1 break taken, 1 snoozed, 0 skipped.');
    expect(timelineSummary([], english.t)).toBe('No reminders yet today.');
  });

  it('names the heat map’s cells and steps', () => {
    const year = WEEK.map(({ date, due, adherence }) => ({ date, due, adherence }));
    expect(heatLabel(year[0]!, english)).toBe('24 February 2026: 80\u00a0%');
    expect(heatLabel(year[3]!, english)).toBe('27 February 2026: nothing due');
    expect(heatStepLabels(english)).toEqual([
      '0–19\u00a0%',
      '20–39\u00a0%',
      '40–59\u00a0%',
      '60–79\u00a0%',
      '80–100\u00a0%',
    ]);
    expect(yearSummary(year, 80, english)).toBe(
      'Last 12 months: breaks fell due on 4 days; you met your 80\u00a0% target on 2 of them.',
    );
    // The layout and the table hand out dates and months, for the view to write in its language.
    expect(heatLayout(year).months).toEqual([{ date: '2026-03-02', week: 1 }]);
    expect(yearByMonth(year).map((row) => row.month)).toEqual(['2026-02', '2026-03']);
  });
});

describe('French', () => {
  const fr = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('fr', { ...options, timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));

  it('writes dates, months, weekdays and numbers as Intl does for French', () => {
    expect(intlLocale('fr')).toBe('fr');
    expect(french.longDate('2026-03-02')).toBe(fr('2026-03-02', { day: 'numeric', month: 'long', year: 'numeric' }));
    expect(french.longDate('2026-02-10')).toContain('février');
    expect(french.shortDate('2026-02-03')).toBe(fr('2026-02-03', { day: 'numeric', month: 'short' }));
    expect(french.tickDate('2026-03-02', 7)).toBe(fr('2026-03-02', { weekday: 'short', day: 'numeric' }));
    expect(french.monthYear('2026-02')).toBe(fr('2026-02-01', { month: 'long', year: 'numeric' }));
    expect(french.shortMonth('2026-02-23')).toBe(fr('2026-02-01', { month: 'short' }));
    expect(french.shortWeekday(0)).toBe(fr('2026-03-02', { weekday: 'short' }));
    expect(french.number(1234)).toBe(new Intl.NumberFormat('fr').format(1234));
    // Counts inside sentences go through Intl too (i18next's `number` format).
    expect(french.t('history.days', { count: 1234 })).toContain(new Intl.NumberFormat('fr').format(1234));
    expect(french.hourRange(9)).toBe('09:00–10:00');
    expect(heatLabel({ date: '2026-03-02', due: 3, adherence: 67 }, french)).toContain(french.longDate('2026-03-02'));
  });

  it("fills the calendar's sentences made once exactly as i18next would, day after day", () => {
    for (const format of [english, french]) {
      for (const [date, percent] of [
        ['2 March 2026', 67],
        ['3 March 2026', 100],
        ['4 March 2026', 67],
        ['5 $& March', 0], // replacement patterns in a value are taken as they are
      ] as const) {
        expect(format.yearCell(date, percent)).toBe(
          format.t('history.year.cell', { date, percent: format.t('history.percent', { value: percent }) }),
        );
        expect(format.yearCell(date, null)).toBe(format.t('history.year.cellNothingDue', { date }));
      }
    }
  });
});
