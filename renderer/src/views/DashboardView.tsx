import { format } from 'date-fns';
import type { PostureApi } from '@shared/ipc-contract';
import { describeSchedule } from '@shared/tray-menu';
import { reportFailure } from '../api';
import type { AppState } from '../use-app-state';
import { useNow } from '../use-now';

function Stat({ label, value, testId }: { label: string; value: number | string; testId: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat__value">{value}</span>
      <span className="stat__label">{label}</span>
    </div>
  );
}

/** Today at a glance: what fell due, what was taken, and what comes next. */
export function DashboardView({ api, state }: { api: PostureApi; state: AppState }) {
  const now = useNow(state, 30_000);
  const snapshot = state.snapshot;
  if (!snapshot) return null;
  const { schedule } = snapshot;
  const today = state.today;
  const next = schedule.next.find((r) => r.kind === 'movement');
  const adherence = today && today.due > 0 ? Math.round((today.taken / today.due) * 100) : null;
  const status = describeSchedule({
    now,
    status: schedule.status,
    nextMovementAt: next?.at ?? null,
    pausedUntil: schedule.pausedUntil,
  });
  return (
    <main className="dashboard" aria-labelledby="dashboard-title">
      <p className="eyebrow">{format(now, 'EEEE d MMMM')}</p>
      <h1 id="dashboard-title">Today</h1>
      <section className="stats" aria-label="Today's movement breaks">
        <Stat label="due" value={today?.due ?? '–'} testId="stat-due" />
        <Stat label="taken" value={today?.taken ?? '–'} testId="stat-taken" />
        <Stat label="snoozed" value={today?.snoozed ?? '–'} testId="stat-snoozed" />
        <Stat label="adherence" value={adherence === null ? '–' : `${adherence}%`} testId="stat-adherence" />
      </section>
      {today && (
        <p className="summary" data-testid="today-summary">
          {today.taken} taken of {today.due} due, {today.snoozed} snoozed
          {today.minutesMoved > 0 ? `, ${today.minutesMoved} min of movement` : ''}.
        </p>
      )}
      <section className="next" aria-label="Next reminder">
        <h2>Next up</h2>
        <p className="next__status" data-testid="next-status">
          {status}
          {next && schedule.status === 'running' ? ` (at ${format(next.at, 'HH:mm')})` : ''}
        </p>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={async () => reportFailure(await api.startBreak({ source: 'dashboard' }), 'start break')}
          >
            {schedule.status === 'in-break' ? 'Back to the stretch' : 'Start stretch now'}
          </button>
          {schedule.status === 'paused' ? (
            <button type="button" className="button" onClick={async () => reportFailure(await api.resume(), 'resume')}>
              Resume reminders
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={schedule.status !== 'running'}
              onClick={async () => reportFailure(await api.pause({ minutes: 60 }), 'pause')}
            >
              Pause 1 hour
            </button>
          )}
        </div>
      </section>
      <aside className="tip" aria-label="Posture tip">
        <h2>Sitting tip</h2>
        <p>
          Sit all the way back so the chair supports the curve of your lower back; a small rolled towel works if the
          chair has no lumbar support. Shoulders relaxed, screen at eye height.
        </p>
      </aside>
    </main>
  );
}
