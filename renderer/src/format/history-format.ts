import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { utcMidnightOf } from '@shared/calendar';
import type { Translate } from '@shared/i18n/english';
import { intlLocale } from '@shared/i18n/languages';

/**
 * How the dashboard, the charts and the report write dates, times, numbers
 * and durations: Intl in the language on screen, and the `history.*`
 * strings. Built once per language (`useHistoryFormat`), so the heat map's
 * 365 day names share one Intl formatter. Function properties, not methods:
 * the charts pass them on unbound (`format={format.number}`).
 */
export interface HistoryFormat {
  t: Translate;
  /** The BCP 47 locale handed to Intl (see `intlLocale`). */
  locale: string;
  /** "3 March 2026" */
  longDate: (date: string) => string;
  /** "3 Mar" */
  shortDate: (date: string) => string;
  /** "Mon 3" for a week, "3 Mar" for longer spans. */
  tickDate: (date: string, days: number) => string;
  /** "Mar", over a heat map column. */
  shortMonth: (date: string) => string;
  /** "March 2026", for a `YYYY-MM` month. */
  monthYear: (month: string) => string;
  /** "Mon" … "Sun" for Monday 0 … Sunday 6. */
  shortWeekday: (index: number) => string;
  /** A whole number: "1,234". */
  number: (value: number) => string;
  /** "80 %", or "–" for no value. */
  percent: (value: number | null) => string;
  /** "45 min", "1 h 5 min". */
  minutes: (minutes: number) => string;
  /** "10:00–11:00" for hour 10, or "–" when there is no such hour. */
  hourRange: (hour: number | null) => string;
  /** Two dates already written ("3 Mar", "9 Mar") as a span: "3 Mar – 9 Mar". */
  dateRange: (from: string, to: string) => string;
  /**
   * A heat map cell's name, "3 March 2026: 80 %" or "3 March 2026: nothing
   * due" (`history.year.cell…`); 365 of them per calendar, so each sentence
   * is asked of i18next once and filled in here.
   */
  yearCell: (date: string, percent: number | null) => string;
  /** "–": a value that does not exist. */
  none: string;
}

// The locale Intl formats with (English is British English), shared with the main process.
export { intlLocale };

/** Monday 5 January 2026, the first day of a week drawn Monday first. */
const A_MONDAY = utcMidnightOf('2026-01-05');

/**
 * Intl formatters, made once per locale and options and only when first used:
 * building one costs about a millisecond here, and every chart, table and
 * summary asks for a set of formats, so making them eagerly per component
 * cost tens of milliseconds before the dashboard's first paint.
 */
function cachedBy<T>(make: (locale: string, options: object) => T) {
  const made = new Map<string, T>();
  return (locale: string, options: object): T => {
    const key = `${locale} ${JSON.stringify(options)}`;
    let format = made.get(key);
    if (format === undefined) {
      format = make(locale, options);
      made.set(key, format);
    }
    return format;
  };
}
export const intlDateFormat: (locale: string, options: Intl.DateTimeFormatOptions) => Intl.DateTimeFormat = cachedBy(
  (locale, options) => new Intl.DateTimeFormat(locale, options),
);
export const intlNumberFormat: (locale: string, options: Intl.NumberFormatOptions) => Intl.NumberFormat = cachedBy(
  (locale, options) => new Intl.NumberFormat(locale, options),
);

export function createHistoryFormat(t: Translate, language: string): HistoryFormat {
  const locale = intlLocale(language);
  const date = (options: Intl.DateTimeFormatOptions) => {
    let format: Intl.DateTimeFormat | undefined;
    return () => (format ??= intlDateFormat(locale, { ...options, timeZone: 'UTC' }));
  };
  const long = date({ day: 'numeric', month: 'long', year: 'numeric' });
  const short = date({ day: 'numeric', month: 'short' });
  const weekdayDay = date({ weekday: 'short', day: 'numeric' });
  const month = date({ month: 'short' });
  const monthYear = date({ month: 'long', year: 'numeric' });
  const weekday = date({ weekday: 'short' });
  const hour = date({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const numbers = () => intlNumberFormat(locale, { maximumFractionDigits: 0 });
  const none = t('history.noValue');
  // Percentages are whole numbers: each asked of i18next once.
  const percents = new Map<number, string>();
  const percent = (value: number) => {
    let text = percents.get(value);
    if (text === undefined) {
      text = t('history.percent', { value });
      percents.set(value, text);
    }
    return text;
  };
  // Plain {{date}} and {{percent}} placeholders (no formatting, no plural: the
  // locale test keeps them so): each sentence is made once with markers.
  const DATE = '\u0001date\u0001';
  const PERCENT = '\u0001percent\u0001';
  let cellSentence: string | undefined;
  let nothingDueSentence: string | undefined;
  const format: HistoryFormat = {
    t,
    locale,
    longDate: (day) => long().format(utcMidnightOf(day)),
    shortDate: (day) => short().format(utcMidnightOf(day)),
    tickDate: (day, days) => (days <= 7 ? weekdayDay : short)().format(utcMidnightOf(day)),
    shortMonth: (day) => month().format(utcMidnightOf(day)),
    monthYear: (key) => monthYear().format(utcMidnightOf(`${key}-01`)),
    shortWeekday: (index) => weekday().format(A_MONDAY + index * 86_400_000),
    number: (value) => numbers().format(value),
    percent: (value) => (value === null ? none : percent(value)),
    minutes: (minutes) => {
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      return h > 0
        ? t('history.durationHoursMinutes', { hours: h, minutes: m })
        : t('history.durationMinutes', { minutes: m });
    },
    hourRange: (value) =>
      value === null
        ? none
        : t('history.hourRange', {
            from: hour().format(Date.UTC(2026, 0, 5, value % 24)),
            to: hour().format(Date.UTC(2026, 0, 5, (value + 1) % 24)),
          }),
    dateRange: (from, to) => t('history.dateRange', { from, to }),
    yearCell: (date, value) => {
      if (value === null) {
        nothingDueSentence ??= t('history.year.cellNothingDue', { date: DATE });
        return nothingDueSentence.replace(DATE, () => date);
      }
      cellSentence ??= t('history.year.cell', { date: DATE, percent: PERCENT });
      return cellSentence.replace(DATE, () => date).replace(PERCENT, () => percent(value));
    },
    none,
  };
  return format;
}

/** The formats for the language on screen; a new set when it changes. */
export function useHistoryFormat(): HistoryFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => createHistoryFormat(t, language), [t, language]);
}
