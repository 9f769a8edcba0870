import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryView, PostureApi, TodayFigures } from '@shared/ipc-contract';
import { handleAsync, reportFailure } from '../api';
import { AdherenceChart } from './AdherenceChart';
import { downloadCsv } from '../history/download-csv';
import { ExercisesChart } from './ExercisesChart';
import { HeatMap } from './HeatMap';
import { useHistoryFormat } from '../format/history-format';
import { RANGES, type HistoryDays } from '../history/history-model';
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
  /** Today's reminders, from the snapshot (the ring and the stat cards read the same). */
  timeline: TodayFigures['timeline'];
  zone: string;
}

/**
 * The dashboard's history: today's timeline, a 7/30/90-day range driving the
 * charts and the highlights, the year's calendar, the CSV exports and the
 * therapist report.
 */
export function HistorySection({ api, days, onDaysChange, view, error, timeline, zone }: HistorySectionProps) {
  const { t } = useTranslation();
  const sectionRef = useRef<HTMLElement>(null);
  const [exportStatus, setExportStatus] = useState('');
  const loading = !view || view.days !== days;

  useChartsPaintedMark(sectionRef, view !== null);

  return (
    <section className="history" aria-labelledby="history-title" ref={sectionRef} aria-busy={loading}>
      <h2 id="history-title">{t('history.title')}</h2>
      {error && (
        <p className="history__error" role="alert">
          {t('history.loadError', { error })}
        </p>
      )}
      {view && <Timeline timeline={timeline} zone={zone} />}
      <fieldset className="range-switch">
        <legend>{t('history.range.legend')}</legend>
        {RANGES.map((range) => (
          <label key={range} className="range-switch__option">
            <input
              type="radio"
              name="history-range"
              value={range}
              checked={days === range}
              onChange={() => onDaysChange(range)}
            />
            <span>{t('history.days', { count: range })}</span>
          </label>
        ))}
      </fieldset>
      {view && <HistoryCharts view={view} />}
      <section className="history__actions" aria-labelledby="history-export-title">
        <h3 id="history-export-title">{t('history.export.title')}</h3>
        <p className="muted">{t('history.export.note')}</p>
        <div className="actions">
          {(['daily', 'events'] as const).map((what) => (
            <button
              key={what}
              type="button"
              className="button"
              onClick={handleAsync(async () => {
                try {
                  const filename = await downloadCsv(api, what, (date) => t(`history.export.${what}File`, { date }));
                  setExportStatus(t('history.export.downloaded', { filename }));
                } catch (failure) {
                  const error = failure instanceof Error ? failure.message : String(failure);
                  setExportStatus(t('history.export.failed', { error }));
                }
              })}
            >
              {t(`history.export.${what}`)}
            </button>
          ))}
          <button
            type="button"
            className="button button--primary"
            data-testid="open-report"
            onClick={handleAsync(async () => reportFailure(await api.openView({ view: 'report' }), 'open the report'))}
          >
            {t('history.export.report')}
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
 * The range's highlights and charts. They change only with the history's
 * answer, not with each push of today's figures, so they are kept (memo)
 * while the rest of the dashboard renders again.
 */
const HistoryCharts = memo(function HistoryCharts({ view }: { view: HistoryView }) {
  const { t } = useTranslation();
  const format = useHistoryFormat();
  return (
    <>
      <dl className="highlights" data-testid="highlights">
        <div>
          <dt>{t('history.highlights.currentStreak')}</dt>
          <dd data-testid="streak-current">{t('history.days', { count: view.streaks.current })}</dd>
        </div>
        <div>
          <dt>{t('history.highlights.bestStreak')}</dt>
          <dd data-testid="streak-best">{t('history.days', { count: view.streaks.best })}</dd>
        </div>
        <div>
          <dt>{t('history.highlights.bestHour')}</dt>
          <dd data-testid="best-hour">{format.hourRange(view.bestHour)}</dd>
        </div>
        <div>
          <dt>{t('history.highlights.mostSkippedHour')}</dt>
          <dd data-testid="most-skipped-hour">{format.hourRange(view.mostSkippedHour)}</dd>
        </div>
      </dl>
      <p className="highlights__note muted">
        {t('history.highlights.streakNote', { target: format.percent(view.target) })}
      </p>
      <AdherenceChart points={view.points} target={view.target} />
      <MinutesChart points={view.points} />
      <ExercisesChart exercises={view.exercises} days={view.days} />
      <HeatMap year={view.year} target={view.target} />
    </>
  );
});

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
      // Every SVG chart drawn at its size (a ChartFrame draws once it has measured its box).
      const drawn = plots.every((plot) => !plot.querySelector('.chart') || plot.querySelector('.chart svg'));
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
