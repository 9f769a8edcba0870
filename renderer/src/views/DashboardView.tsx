import { format } from 'date-fns';
import type { PostureApi } from '@shared/ipc-contract';
import { describeSchedule, PAUSE_CHOICES, REMINDER_NAMES } from '@shared/tray-menu';
import { formatLocalDayTime } from '@shared/scheduling/local-time';
import { reportFailure } from '../api';
import { HistorySection, TodayRing } from '../charts/lazy';
import type { AppState } from '../use-app-state';
import { useNow } from '../use-now';
import { PainCheckIn, ProgramPanel } from './ProgramPanels';
import { FlareUpAdvice, RedFlagScreen } from './SafetyNotice';
import { TipsPanel } from './TipsPanel';

function Stat({ label, value, testId }: { label: string; value: number | string; testId: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat__value">{value}</span>
      <span className="stat__label">{label}</span>
    </div>
  );
}

function hoursAndMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

/** Today at a glance: what fell due, what was taken, and what comes next. */
export function DashboardView({ api, state }: { api: PostureApi; state: AppState }) {
  const now = useNow(state, 30_000);
  const snapshot = state.snapshot;
  if (!snapshot) return null;
  const { schedule, sitting, zone } = snapshot;
  const today = state.today;
  const adherence = today && today.due > 0 ? Math.round((today.taken / today.due) * 100) : null;
  const status = describeSchedule({
    now,
    zone,
    status: schedule.status,
    next: schedule.next,
    pausedUntil: schedule.pausedUntil,
    resumesAt: schedule.resumesAt,
  });
  const running = schedule.status === 'running';
  return (
    <main className="dashboard" aria-labelledby="dashboard-title">
      <p className="eyebrow">{format(now, 'EEEE d MMMM')}</p>
      <h1 id="dashboard-title">Today</h1>
      {schedule.pendingBreakId && running && (
        <section className="due" aria-label="Movement break due" role="status">
          <p>
            <strong>Time for a movement break.</strong> A few minutes on your feet now saves your back later.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={async () => reportFailure(await api.startBreak({ source: 'dashboard' }), 'start break')}
            >
              Start stretch
            </button>
            {schedule.canSnooze && (
              <button
                type="button"
                className="button"
                onClick={async () => reportFailure(await api.snooze({ minutes: schedule.snoozeMinutes }), 'snooze')}
              >
                Snooze {schedule.snoozeMinutes} min
              </button>
            )}
            {schedule.canSkip && (
              <button type="button" className="button" onClick={async () => reportFailure(await api.skip(), 'skip')}>
                Skip
              </button>
            )}
          </div>
        </section>
      )}
      {state.program && state.program.safety.stoppedAt !== null && <RedFlagScreen api={api} view={state.program} />}
      <TodayRing api={api} />
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
      <section className="next" aria-label="Next reminders">
        <h2>Next up</h2>
        <p className="next__status" data-testid="next-status">
          {status}
          {schedule.busy && running ? ' (waiting: you seem busy in a fullscreen app)' : ''}
        </p>
        {running && schedule.next.length > 0 && (
          <ul className="next__list">
            {schedule.next.map((reminder) => (
              <li key={reminder.kind}>
                <span>{REMINDER_NAMES[reminder.kind]}</span>
                <span>{formatLocalDayTime(reminder.at, now, zone)}</span>
              </li>
            ))}
          </ul>
        )}
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
            <label className="pause-select">
              <span className="visually-hidden">Pause reminders</span>
              <select
                value=""
                disabled={schedule.status === 'in-break'}
                onChange={async (event) => {
                  const choice = PAUSE_CHOICES.find((c) => c.id === event.target.value);
                  if (choice) reportFailure(await api.pause({ length: choice.length }), 'pause');
                }}
              >
                <option value="">Pause…</option>
                {PAUSE_CHOICES.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </section>
      {state.program && <FlareUpAdvice view={state.program} />}
      {/* A new day, a new check-in: keyed by the date, so yesterday's "saved" does not linger. */}
      {state.program && <PainCheckIn key={today?.date} api={api} view={state.program} />}
      {state.program && <ProgramPanel api={api} view={state.program} />}
      <section className="sitting" aria-label="Sitting today">
        <h2>Sitting today</h2>
        <dl>
          <div>
            <dt>Since your last break</dt>
            <dd data-testid="sitting-current">{hoursAndMinutes(sitting.currentMinutes)}</dd>
          </div>
          <div>
            <dt>Longest stretch</dt>
            <dd data-testid="sitting-longest">{hoursAndMinutes(sitting.longestTodayMinutes)}</dd>
          </div>
          <div>
            <dt>In total</dt>
            <dd data-testid="sitting-total">{hoursAndMinutes(sitting.todayMinutes)}</dd>
          </div>
        </dl>
      </section>
      <HistorySection api={api} />
      <TipsPanel date={state.today?.date ?? format(now, 'yyyy-MM-dd')} />
    </main>
  );
}
