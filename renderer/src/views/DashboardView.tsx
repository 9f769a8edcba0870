import { useTranslation } from 'react-i18next';
import type { PostureApi } from '@shared/ipc-contract';
import { describeSchedule, PAUSE_CHOICES, pauseChoiceLabel, reminderName } from '@shared/tray-menu';
import { formatLocalDayTime } from '@shared/calendar';
import { handleAsync, reportFailure } from '../api';
import { intlDateFormat, intlLocale, intlNumberFormat, useHistoryFormat } from '../format/history-format';
import { HistorySection, TodayRing } from '../charts/lazy';
import { useAppState } from '../state/app-state';
import { sittingMinutesAt } from '@shared/scheduling/sitting-clock';
import { PAGE_CLOCK_MS, useNow } from '../state/use-now';
import { PainCheckIn, ProgramPanel } from './ProgramPanels';
import { FlareUpAdvice, RedFlagScreen } from './SafetyNotice';
import { TipsPanel } from './TipsPanel';
import './dashboard.css';

function Stat({ label, value, testId }: { label: string; value: number | string; testId: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat__value">{value}</span>
      <span className="stat__label">{label}</span>
    </div>
  );
}

/**
 * Today at a glance: what fell due, what was taken, and what comes next.
 * Every figure of today (the ring, the four numbers, the summary, the
 * timeline, the sitting card) comes from the same snapshot.
 */
export function DashboardView({ api }: { api: PostureApi }) {
  const { t, i18n } = useTranslation();
  const format = useHistoryFormat();
  const state = useAppState();
  const now = useNow(state, PAGE_CLOCK_MS);
  const snapshot = state.snapshot;
  if (!snapshot) return null;
  const { schedule, zone, today } = snapshot;
  // The sitting clock run forward to the page's now, as the tray's minutes are.
  const sitting = sittingMinutesAt(snapshot.sitting, snapshot.now, now);
  const language = i18n.language;
  const adherence = today.adherence;
  const status = describeSchedule(
    {
      now,
      zone,
      language,
      status: schedule.status,
      next: schedule.next,
      pausedUntil: schedule.pausedUntil,
      resumesAt: schedule.resumesAt,
    },
    t,
  );
  const running = schedule.status === 'running';
  // The day as the user reads it, in the app's zone ("Monday 2 March", "lundi 2 mars").
  const day = intlDateFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  }).format(now);
  return (
    <main className="dashboard" aria-labelledby="dashboard-title">
      <p className="eyebrow">{day}</p>
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      {schedule.pendingBreakId && running && (
        <section className="due" aria-label={t('dashboard.due.region')} role="status">
          <p>
            <strong>{t('dashboard.due.title')}</strong> {t('dashboard.due.body')}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={handleAsync(async () =>
                reportFailure(await api.startBreak({ source: 'dashboard' }), 'start break'),
              )}
            >
              {t('notification.actions.start')}
            </button>
            {schedule.canSnooze && (
              <button
                type="button"
                className="button"
                onClick={handleAsync(async () =>
                  reportFailure(await api.snooze({ minutes: schedule.snoozeMinutes }), 'snooze'),
                )}
              >
                {t('notification.actions.snooze', { minutes: schedule.snoozeMinutes })}
              </button>
            )}
            {schedule.canSkip && (
              <button
                type="button"
                className="button"
                onClick={handleAsync(async () => reportFailure(await api.skip(), 'skip'))}
              >
                {t('notification.actions.skip')}
              </button>
            )}
          </div>
        </section>
      )}
      {state.program && state.program.safety.stoppedAt !== null && <RedFlagScreen api={api} view={state.program} />}
      <TodayRing today={today} longestSittingMinutes={sitting.longestTodayMinutes} />
      <section className="stats" aria-label={t('dashboard.stats.region')}>
        <Stat label={t('dashboard.stats.due')} value={format.number(today.due)} testId="stat-due" />
        <Stat label={t('dashboard.stats.taken')} value={format.number(today.taken)} testId="stat-taken" />
        <Stat label={t('dashboard.stats.snoozed')} value={format.number(today.snoozed)} testId="stat-snoozed" />
        <Stat
          label={t('dashboard.stats.adherence')}
          value={
            adherence === null
              ? format.none
              : intlNumberFormat(format.locale, { style: 'percent' }).format(adherence / 100)
          }
          testId="stat-adherence"
        />
      </section>
      <p className="summary" data-testid="today-summary">
        {t(today.minutesMoved > 0 ? 'dashboard.summaryWithMovement' : 'dashboard.summary', {
          taken: today.taken,
          due: today.due,
          snoozed: today.snoozed,
          minutes: today.minutesMoved,
        })}
      </p>
      <section className="next" aria-label={t('dashboard.next.region')}>
        <h2>{t('dashboard.next.title')}</h2>
        <p className="next__status" data-testid="next-status">
          {schedule.busy && running ? t('dashboard.next.busy', { status }) : status}
        </p>
        {running && schedule.next.length > 0 && (
          <ul className="next__list">
            {schedule.next.map((reminder) => (
              <li key={reminder.kind}>
                <span>{reminderName(reminder.kind, t)}</span>
                <span>{formatLocalDayTime(reminder.at, now, zone, language)}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={handleAsync(async () =>
              reportFailure(await api.startBreak({ source: 'dashboard' }), 'start break'),
            )}
          >
            {schedule.status === 'in-break' ? t('dashboard.next.backToStretch') : t('tray.startNow')}
          </button>
          {schedule.status === 'paused' ? (
            <button
              type="button"
              className="button"
              onClick={handleAsync(async () => reportFailure(await api.resume(), 'resume'))}
            >
              {t('tray.resume')}
            </button>
          ) : (
            <label className="pause-select">
              <span className="visually-hidden">{t('dashboard.next.pauseLabel')}</span>
              <select
                value=""
                disabled={schedule.status === 'in-break'}
                onChange={handleAsync(async (event) => {
                  const choice = PAUSE_CHOICES.find((c) => c.id === event.target.value);
                  if (choice) reportFailure(await api.pause({ length: choice.length }), 'pause');
                })}
              >
                <option value="">{t('dashboard.next.pausePrompt')}</option>
                {PAUSE_CHOICES.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {pauseChoiceLabel(choice.id, t)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </section>
      {state.program && <FlareUpAdvice view={state.program} />}
      {/* A new day, a new check-in: keyed by the date, so yesterday's "saved" does not linger. */}
      {state.program && <PainCheckIn key={today.date} api={api} view={state.program} />}
      {state.program && <ProgramPanel api={api} view={state.program} />}
      <section className="sitting" aria-label={t('dashboard.sitting.region')}>
        <h2>{t('dashboard.sitting.title')}</h2>
        <dl>
          <div>
            <dt>{t('dashboard.sitting.current')}</dt>
            <dd data-testid="sitting-current">{format.minutes(sitting.currentMinutes)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.sitting.longest')}</dt>
            <dd data-testid="sitting-longest">{format.minutes(sitting.longestTodayMinutes)}</dd>
          </div>
          <div>
            <dt>{t('dashboard.sitting.total')}</dt>
            <dd data-testid="sitting-total">{format.minutes(sitting.todayMinutes)}</dd>
          </div>
        </dl>
      </section>
      <HistorySection api={api} timeline={today.timeline} zone={zone} />
      <TipsPanel date={today.date} />
    </main>
  );
}
