import { useEffect } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import { handleAsync, reportFailure } from '../api';
import { useHistoryFormat } from '../format/history-format';
import { rollingWeeks, totals } from '../history/history-model';
import { AdherenceChart, ExercisesChart, MinutesChart } from '../charts/lazy';
import { useHistory } from '../state/use-history';
import '../history/history.css';
import './report.css';

/** The report covers four whole weeks ending today. */
const REPORT_WEEKS = 4;
const REPORT_DAYS = REPORT_WEEKS * 7;

/**
 * A printable summary of the last four weeks for a physical therapist:
 * adherence per week, the adherence and pain chart, check-ins, movement and
 * exercises. "Print or save as PDF" hands it to the browser's print dialog;
 * the print styles drop the controls and keep each section whole.
 */
export function ReportView({ api }: { api: PostureApi }) {
  const format = useHistoryFormat();
  const { t, longDate, percent } = format;
  const appName = t('app.name');
  const { view, error } = useHistory(30);
  const points = view ? view.points.slice(-REPORT_DAYS) : [];
  const from = points[0]?.date;
  const to = points.at(-1)?.date;

  // The title names the PDF a "save as PDF" writes (ISO dates: a file name that sorts).
  const title = from && to ? t('report.documentTitle', { app: appName, from, to }) : null;
  useEffect(() => {
    if (!title) return;
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  const actions = (
    <div className="actions report__actions">
      <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!view}>
        {t('report.print')}
      </button>
      <button
        type="button"
        className="button"
        onClick={handleAsync(async () => reportFailure(await api.closeView({ view: 'report' }), 'close the report'))}
      >
        {t('report.close')}
      </button>
    </div>
  );

  if (!view || !from || !to) {
    return (
      <main className="report" aria-labelledby="report-title" aria-busy={!error}>
        <h1 id="report-title">{t('report.title')}</h1>
        <p role={error ? 'alert' : 'status'}>{error ? t('history.loadError', { error }) : t('report.loading')}</p>
        {actions}
      </main>
    );
  }

  const target = view.target;
  const all = totals(points, target);
  const weeks = rollingWeeks(points, target);
  const checkIns = points.filter((p) => p.pain !== null || p.flareUp);
  const exercises = view.exercises;
  const days = (count: number) => t('history.days', { count });
  return (
    <main className="report" aria-labelledby="report-title">
      <header className="report__header">
        <p className="eyebrow">{appName}</p>
        <h1 id="report-title">{t('report.heading', { range: format.dateRange(longDate(from), longDate(to)) })}</h1>
        <p className="report__disclaimer" data-testid="report-disclaimer">
          {t('report.disclaimer', { app: appName })}
        </p>
        {actions}
      </header>

      <section className="report__section" aria-labelledby="report-summary-title">
        <h2 id="report-summary-title">{t('report.summaryTitle', { count: REPORT_WEEKS })}</h2>
        <dl className="highlights report__figures">
          <div>
            <dt>{t('report.breaksTaken')}</dt>
            <dd data-testid="report-adherence">
              {t('report.breaksTakenValue', { taken: all.taken, due: all.due, percent: percent(all.adherence) })}
            </dd>
          </div>
          <div>
            <dt>{t('report.daysAtTarget', { target: percent(target) })}</dt>
            <dd>{t('report.daysAtTargetValue', { atTarget: all.daysAtTarget, days: days(all.activeDays) })}</dd>
          </div>
          <div>
            <dt>{t('report.streak')}</dt>
            <dd>{t('report.streakValue', { current: days(view.streaks.current), best: days(view.streaks.best) })}</dd>
          </div>
          <div>
            <dt>{t('report.guidedMovement')}</dt>
            <dd>
              {t('report.guidedMovementValue', {
                minutes: format.minutes(all.guidedMinutes),
                days: days(all.daysMoved),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('report.bestHour')}</dt>
            <dd>{format.hourRange(view.bestHour)}</dd>
          </div>
          <div>
            <dt>{t('report.mostSkippedHour')}</dt>
            <dd>{format.hourRange(view.mostSkippedHour)}</dd>
          </div>
        </dl>
        <p className="muted report__note">
          {t(exercises.length > 0 ? 'report.noteHoursExercises' : 'report.noteHours', {
            count: view.days,
            reportDays: REPORT_DAYS,
          })}
        </p>
        <div className="report__card">
          <table className="chart-table report__weeks" data-testid="report-weeks">
            <caption>{t('report.weeks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.weeks.week')}</th>
                <th scope="col">{t('history.columns.due')}</th>
                <th scope="col">{t('history.columns.taken')}</th>
                <th scope="col">{t('history.columns.takenPercent')}</th>
                <th scope="col">{t('report.weeks.daysAtTarget')}</th>
                <th scope="col">{t('report.weeks.minutesMoved')}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.from}>
                  <th scope="row">{format.dateRange(format.shortDate(week.from), format.shortDate(week.to))}</th>
                  <td>{format.number(week.due)}</td>
                  <td>{format.number(week.taken)}</td>
                  <td>{percent(week.adherence)}</td>
                  <td>{format.number(week.daysAtTarget)}</td>
                  <td>{format.number(week.guidedMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="report__section report__section--new-page" aria-labelledby="report-pain-title">
        <h2 id="report-pain-title">{t('report.pain.title')}</h2>
        <AdherenceChart points={points} target={target} />
        <div className="report__card">
          <table className="chart-table" data-testid="report-checkins">
            <caption>{t('report.pain.caption', { days: days(checkIns.length) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.columns.date')}</th>
                <th scope="col">{t('history.columns.worstPain')}</th>
                <th scope="col">{t('history.columns.flareUp')}</th>
              </tr>
            </thead>
            <tbody>
              {checkIns.length === 0 ? (
                <tr>
                  <td colSpan={3}>{t('report.pain.none', { count: REPORT_WEEKS })}</td>
                </tr>
              ) : (
                checkIns.map((p) => (
                  <tr key={p.date}>
                    <th scope="row">{longDate(p.date)}</th>
                    <td>{p.pain === null ? format.none : format.number(p.pain)}</td>
                    <td>{p.flareUp ? t('history.yes') : t('history.no')}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="report__section report__section--new-page" aria-labelledby="report-movement-title">
        <h2 id="report-movement-title">{t('report.movementTitle')}</h2>
        <MinutesChart points={points} />
        <ExercisesChart exercises={exercises} days={view.days} />
      </section>
    </main>
  );
}
