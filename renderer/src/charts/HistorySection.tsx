import { useEffect, useRef, useState, type RefObject } from 'react';
import type { HistoryView, PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';
import { AdherenceChart } from './AdherenceChart';
import { downloadCsv } from './download';
import { ExercisesChart } from './ExercisesChart';
import { HeatMap } from './HeatMap';
import { hourRange, plural, RANGES, type HistoryDays } from './history-model';
import { MinutesChart } from './MinutesChart';
import { Timeline } from './Timeline';

/** Set once per page when the dashboard's charts first show data (the bench reads it). */
export const CHARTS_PAINTED_MARK = 'charts-painted';

export interface HistorySectionProps {
  api: PostureApi;
  /** The range shown, and how to change it (the data is fetched by the caller, see lazy.tsx). */
  days: HistoryDays;
  onDaysChange: (days: HistoryDays) => void;
  view: HistoryView | null;
  error: string | null;
  zone: string | null;
}

/**
 * The dashboard's history: today's timeline, a 7/30/90-day range driving the
 * charts and the highlights, the year's calendar, the CSV exports and the
 * therapist report.
 */
export function HistorySection({ api, days, onDaysChange, view, error, zone }: HistorySectionProps) {
  const sectionRef = useRef<HTMLElement>(null);
  const [exportStatus, setExportStatus] = useState('');
  const loading = !view || view.days !== days;

  useChartsPaintedMark(sectionRef, view !== null);

  return (
    <section className="history" aria-labelledby="history-title" ref={sectionRef} aria-busy={loading}>
      <h2 id="history-title">Your history</h2>
      {error && (
        <p className="history__error" role="alert">
          Could not load your history: {error}
        </p>
      )}
      {view && zone && <Timeline timeline={view.timeline} zone={zone} />}
      <fieldset className="range-switch">
        <legend>Show the last</legend>
        {RANGES.map((range) => (
          <label key={range} className="range-switch__option">
            <input
              type="radio"
              name="history-range"
              value={range}
              checked={days === range}
              onChange={() => onDaysChange(range)}
            />
            <span>{range} days</span>
          </label>
        ))}
      </fieldset>
      {view && (
        <>
          <dl className="highlights" data-testid="highlights">
            <div>
              <dt>Current streak</dt>
              <dd data-testid="streak-current">{plural(view.streaks.current, 'day')}</dd>
            </div>
            <div>
              <dt>Best streak</dt>
              <dd data-testid="streak-best">{plural(view.streaks.best, 'day')}</dd>
            </div>
            <div>
              <dt>Best hour</dt>
              <dd data-testid="best-hour">{hourRange(view.bestHour)}</dd>
            </div>
            <div>
              <dt>Most skipped hour</dt>
              <dd data-testid="most-skipped-hour">{hourRange(view.mostSkippedHour)}</dd>
            </div>
          </dl>
          <p className="highlights__note muted">
            A streak counts days at or above your {view.target} % target; days with nothing due do not break it.
          </p>
          <AdherenceChart points={view.points} target={view.target} />
          <MinutesChart points={view.points} />
          <ExercisesChart exercises={view.exercises} days={view.days} />
          <HeatMap year={view.year} target={view.target} />
        </>
      )}
      <section className="history__actions" aria-labelledby="history-export-title">
        <h3 id="history-export-title">Your data</h3>
        <p className="muted">Everything stays on this computer. Export it for a spreadsheet, or share a report.</p>
        <div className="actions">
          {(['daily', 'events'] as const).map((what) => (
            <button
              key={what}
              type="button"
              className="button"
              onClick={async () => {
                try {
                  const filename = await downloadCsv(api, what);
                  setExportStatus(`Downloaded ${filename}.`);
                } catch (failure) {
                  setExportStatus(`The export failed: ${failure instanceof Error ? failure.message : failure}`);
                }
              }}
            >
              {what === 'daily' ? 'Download daily stats (CSV)' : 'Download all events (CSV)'}
            </button>
          ))}
          <button
            type="button"
            className="button button--primary"
            onClick={async () => reportFailure(await api.openView({ view: 'report' }), 'open the report')}
          >
            Report for my therapist
          </button>
        </div>
        <p role="status" className="history__status" data-testid="export-status">
          {exportStatus}
        </p>
      </section>
    </section>
  );
}

/**
 * Marks `charts-painted` in the Performance timeline once, when the charts
 * first hold data: after the frame that draws them (a task queued from
 * requestAnimationFrame runs after that frame's paint).
 */
function useChartsPaintedMark(sectionRef: RefObject<HTMLElement | null>, hasData: boolean) {
  useEffect(() => {
    if (!hasData || performance.getEntriesByName(CHARTS_PAINTED_MARK).length > 0) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const check = () => {
      const section = sectionRef.current;
      const plots = section ? [...section.querySelectorAll('.chart-card__plot')] : [];
      // Every SVG chart drawn at its size (Recharts draws after measuring).
      const drawn = plots.every((plot) => !plot.querySelector('.recharts-wrapper') || plot.querySelector('svg'));
      if ((section && plots.length > 0 && drawn) || ++tries > 30) {
        timer = setTimeout(() => {
          if (performance.getEntriesByName(CHARTS_PAINTED_MARK).length === 0) performance.mark(CHARTS_PAINTED_MARK);
        }, 0);
      } else {
        frame = requestAnimationFrame(check);
      }
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [sectionRef, hasData]);
}
