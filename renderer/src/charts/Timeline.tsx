import { useMemo } from 'react';
import { REMINDER_NAMES } from '@shared/tray-menu';
import { TIMELINE_OUTCOMES, timelineSummary, type TimelineEntry } from './history-model';

/** Today's reminders and what became of them, as a plain list: time, what, outcome. */
export function Timeline({ timeline, zone }: { timeline: readonly TimelineEntry[]; zone: string }) {
  // One formatter for the list ("09:15" in the app's zone), not one zone lookup per entry.
  const time = useMemo(
    () => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
    [zone],
  );
  return (
    <section className="chart-card timeline" aria-labelledby="timeline-title" data-testid="timeline">
      <h3 id="timeline-title">Today’s reminders</h3>
      <p className="chart-card__summary" data-testid="timeline-summary">
        {timelineSummary(timeline)}
      </p>
      {timeline.length > 0 && (
        // A long day's list scrolls: focusable, so that keyboard users can scroll it too.
        <ol className="timeline__list" aria-labelledby="timeline-title" tabIndex={0}>
          {timeline.map((entry, index) => (
            <li key={`${entry.at}-${entry.kind}-${entry.what}-${index}`} className="timeline__item">
              <time dateTime={new Date(entry.at).toISOString()} className="timeline__time">
                {time.format(entry.at)}
              </time>
              <span className="timeline__what">{REMINDER_NAMES[entry.kind]}</span>
              <span className={`badge badge--${entry.what}`}>{TIMELINE_OUTCOMES[entry.what]}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
