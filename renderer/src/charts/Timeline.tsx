import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderName } from '@shared/tray-menu';
import { intlLocale } from '../format/history-format';
import { timelineSummary, type TimelineEntry } from '../history/history-model';
import './timeline.css';

/** Today's reminders and what became of them, as a plain list: time, what, outcome. */
export function Timeline({ timeline, zone }: { timeline: readonly TimelineEntry[]; zone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // One formatter for the list ("09:15" in the app's zone), not one zone lookup per entry. The
  // 24-hour clock, as the tray and the notifications write times.
  const time = useMemo(
    () =>
      new Intl.DateTimeFormat(intlLocale(language), {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: zone,
      }),
    [language, zone],
  );
  return (
    <section className="chart-card timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h3 id="timeline-title">{t('history.timeline.title')}</h3>
      <p className="chart-card__summary" data-testid="timeline-summary">
        {timelineSummary(timeline, t)}
      </p>
      {timeline.length > 0 && (
        // A long day's list scrolls: focusable, so that keyboard users can scroll it too.
        <ol className="timeline__list" aria-labelledby="timeline-title" tabIndex={0}>
          {timeline.map((entry, index) => (
            <li key={`${entry.at}-${entry.kind}-${entry.what}-${index}`} className="timeline__item">
              <time dateTime={new Date(entry.at).toISOString()} className="timeline__time">
                {time.format(entry.at)}
              </time>
              <span className="timeline__what">{reminderName(entry.kind, t)}</span>
              <span className={`badge badge--${entry.what}`}>{t(`history.timeline.outcomes.${entry.what}`)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
