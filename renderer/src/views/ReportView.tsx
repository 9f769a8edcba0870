import { useEffect } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import { APP_NAME } from '@shared/tray-menu';
import { reportFailure } from '../api';
import {
  hourRange,
  longDate,
  minutesText,
  percent,
  plural,
  rollingWeeks,
  shortDate,
  totals,
} from '../charts/history-model';
import { AdherenceChart, ExercisesChart, MinutesChart } from '../charts/lazy';
import { useHistory } from '../charts/use-history';

/** The report covers four whole weeks ending today. */
const REPORT_DAYS = 28;

/**
 * A printable summary of the last four weeks for a physical therapist:
 * adherence per week, the adherence and pain chart, check-ins, movement and
 * exercises. "Print or save as PDF" hands it to the browser's print dialog;
 * the print styles drop the controls and keep each section whole.
 */
export function ReportView({ api }: { api: PostureApi }) {
  const { view, error } = useHistory(api, 30);
  const points = view ? view.points.slice(-REPORT_DAYS) : [];
  const from = points[0]?.date;
  const to = points.at(-1)?.date;

  // The title names the PDF a "save as PDF" writes.
  useEffect(() => {
    if (!from || !to) return;
    const previous = document.title;
    document.title = `${APP_NAME} report ${from} to ${to}`;
    return () => {
      document.title = previous;
    };
  }, [from, to]);

  const actions = (
    <div className="actions report__actions">
      <button type="button" className="button button--primary" onClick={() => window.print()} disabled={!view}>
        Print or save as PDF
      </button>
      <button
        type="button"
        className="button"
        onClick={async () => reportFailure(await api.closeView({ view: 'report' }), 'close the report')}
      >
        Close the report
      </button>
    </div>
  );

  if (!view || !from || !to) {
    return (
      <main className="report" aria-labelledby="report-title" aria-busy={!error}>
        <h1 id="report-title">Report for your therapist</h1>
        <p role={error ? 'alert' : 'status'}>{error ? `Could not load your history: ${error}` : 'Loading…'}</p>
        {actions}
      </main>
    );
  }

  const target = view.target;
  const all = totals(points, target);
  const weeks = rollingWeeks(points, target);
  const checkIns = points.filter((p) => p.pain !== null || p.flareUp);
  const exercises = view.exercises;
  return (
    <main className="report" aria-labelledby="report-title">
      <header className="report__header">
        <p className="eyebrow">{APP_NAME}</p>
        <h1 id="report-title">
          Movement report: {longDate(from)} – {longDate(to)}
        </h1>
        <p className="report__disclaimer" data-testid="report-disclaimer">
          Prepared by {APP_NAME} — not a medical record. Numbers come from the app’s reminders and the user’s own
          check-ins.
        </p>
        {actions}
      </header>

      <section className="report__section" aria-labelledby="report-summary-title">
        <h2 id="report-summary-title">Summary of the last 4 weeks</h2>
        <dl className="highlights report__figures">
          <div>
            <dt>Movement breaks taken</dt>
            <dd data-testid="report-adherence">
              {all.taken} of {all.due} ({percent(all.adherence)})
            </dd>
          </div>
          <div>
            <dt>Days at the {target} % target</dt>
            <dd>
              {all.daysAtTarget} of {plural(all.activeDays, 'day')}
            </dd>
          </div>
          <div>
            <dt>Streak now / best</dt>
            <dd>
              {plural(view.streaks.current, 'day')} / {plural(view.streaks.best, 'day')}
            </dd>
          </div>
          <div>
            <dt>Guided movement</dt>
            <dd>
              {minutesText(all.guidedMinutes)} on {plural(all.daysMoved, 'day')}
            </dd>
          </div>
          <div>
            <dt>Best hour*</dt>
            <dd>{hourRange(view.bestHour)}</dd>
          </div>
          <div>
            <dt>Most skipped hour*</dt>
            <dd>{hourRange(view.mostSkippedHour)}</dd>
          </div>
        </dl>
        <p className="muted report__note">
          * The hours{exercises.length > 0 ? ' and the exercises done' : ''} cover the last {view.days} days; everything
          else covers the {REPORT_DAYS} days of the report.
        </p>
        <div className="report__card">
          <table className="chart-table report__weeks" data-testid="report-weeks">
            <caption>Movement breaks per week</caption>
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Due</th>
                <th scope="col">Taken</th>
                <th scope="col">Taken (%)</th>
                <th scope="col">Days at target</th>
                <th scope="col">Minutes moved</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.from}>
                  <th scope="row">
                    {shortDate(week.from)} – {shortDate(week.to)}
                  </th>
                  <td>{week.due}</td>
                  <td>{week.taken}</td>
                  <td>{percent(week.adherence)}</td>
                  <td>{week.daysAtTarget}</td>
                  <td>{week.guidedMinutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="report__section report__section--new-page" aria-labelledby="report-pain-title">
        <h2 id="report-pain-title">Breaks and pain</h2>
        <AdherenceChart points={points} target={target} />
        <div className="report__card">
          <table className="chart-table" data-testid="report-checkins">
            <caption>Pain check-ins ({plural(checkIns.length, 'day')})</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Worst pain (0–10)</th>
                <th scope="col">Flare-up</th>
              </tr>
            </thead>
            <tbody>
              {checkIns.length === 0 ? (
                <tr>
                  <td colSpan={3}>No pain check-ins in these 4 weeks.</td>
                </tr>
              ) : (
                checkIns.map((p) => (
                  <tr key={p.date}>
                    <th scope="row">{longDate(p.date)}</th>
                    <td>{p.pain ?? '–'}</td>
                    <td>{p.flareUp ? 'yes' : 'no'}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="report__section report__section--new-page" aria-labelledby="report-movement-title">
        <h2 id="report-movement-title">Movement and exercises</h2>
        <MinutesChart points={points} />
        <ExercisesChart exercises={exercises} days={view.days} />
      </section>
    </main>
  );
}
