// Before the player's modules, whose own sheets refine it.
import '../player/player.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult, PostureApi, ProgramView } from '@shared/ipc-contract';
import type { Feedback } from '@shared/program/progression';
import { handleAsync, reportFailure } from '../api';
import { BreakHeader } from '../player/BreakHeader';
import { CompletionScreen } from '../player/CompletionScreen';
import { announcement, outcomes, totalMs, type PlayerItem } from '../player/player-model';
import { PlayerScreen } from '../player/PlayerScreen';
import { announcementText, textOf } from '../player/player-text';
import { ReadyScreen } from '../player/ReadyScreen';
import { resolveSession, type ActiveBreak } from '../player/session';
import { StoppedScreen } from '../player/StoppedScreen';
import { usePlayer, usePlayerKeys, useSoundSetting } from '../player/use-player';
import { useExerciseReports } from '../player/use-exercise-reports';
import { useAppState, type AppState } from '../state/app-state';

/**
 * The break window: the guided player for the break's session (a ready
 * screen, then each hold and repetition counted down, then "How was it?"),
 * or, when a red flag stopped the program, no exercises at all.
 */
export function BreakView({ api }: { api: PostureApi }) {
  const state = useAppState();
  const schedule = state.snapshot?.schedule;
  const active = schedule?.activeBreak ?? null;
  // Due and waiting for the user (with notifications off the break window is how it shows).
  if (!active && schedule?.pendingBreakId && schedule.status === 'running') {
    return (
      <PendingBreak
        api={api}
        canSnooze={schedule.canSnooze}
        canSkip={schedule.canSkip}
        snoozeMinutes={schedule.snoozeMinutes}
      />
    );
  }
  if (!active) return <NoBreak api={api} />;
  if (state.program?.program.stopped) {
    return <StoppedBreak api={api} state={state} active={active} program={state.program} />;
  }
  // A new break starts a new player.
  return <GuidedBreak key={active.id} api={api} state={state} active={active} />;
}

function NoBreak({ api }: { api: PostureApi }) {
  const { t } = useTranslation();
  return (
    <main className="break break--idle">
      <h1>{t('player.idle.title')}</h1>
      <p>{t('player.idle.body')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={handleAsync(async () => reportFailure(await api.startBreak({ source: 'dashboard' }), 'start break'))}
        >
          {t('tray.startNow')}
        </button>
        <button
          type="button"
          className="button"
          onClick={handleAsync(async () => reportFailure(await api.closeView({ view: 'break' }), 'close break'))}
        >
          {t('player.idle.close')}
        </button>
      </div>
    </main>
  );
}

function PendingBreak(props: { api: PostureApi; canSnooze: boolean; canSkip: boolean; snoozeMinutes: number }) {
  const { api } = props;
  const { t } = useTranslation();
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => start.current?.focus(), []);
  // Snoozed or skipped, the break is not happening now: the window goes away.
  const thenClose = async (result: Promise<IpcResult<unknown>>, what: string) => {
    if (reportFailure(await result, what)) reportFailure(await api.closeView({ view: 'break' }), 'close break');
  };
  return (
    <main className="break break--pending" aria-labelledby="pending-title">
      <h1 id="pending-title">{t('notification.movement.title')}</h1>
      <p>{t('player.pending.body')}</p>
      <div className="actions">
        <button
          ref={start}
          type="button"
          className="button button--primary"
          onClick={handleAsync(async () => reportFailure(await api.startBreak({ source: 'dashboard' }), 'start break'))}
        >
          {t('notification.actions.start')}
        </button>
        {props.canSnooze && (
          <button
            type="button"
            className="button"
            onClick={() => void thenClose(api.snooze({ minutes: props.snoozeMinutes }), 'snooze')}
          >
            {t('notification.actions.snooze', { minutes: props.snoozeMinutes })}
          </button>
        )}
        {props.canSkip && (
          <button type="button" className="button" onClick={() => void thenClose(api.skip(), 'skip')}>
            {t('notification.actions.skip')}
          </button>
        )}
      </div>
    </main>
  );
}

function StoppedBreak(props: { api: PostureApi; state: AppState; active: ActiveBreak; program: ProgramView }) {
  const [busy, setBusy] = useState(false);
  const end = async () => {
    setBusy(true);
    if (!reportFailure(await props.api.closeView({ view: 'break' }), 'end break')) setBusy(false);
  };
  usePlayerKeys({ escape: busy ? undefined : () => void end() });
  return (
    <main className="player-view" aria-labelledby="player-title">
      <BreakHeader state={props.state} active={props.active} />
      <StoppedScreen api={props.api} view={props.program} busy={busy} onEnd={() => void end()} />
    </main>
  );
}

function GuidedBreak({ api, state, active }: { api: PostureApi; state: AppState; active: ActiveBreak }) {
  const { t } = useTranslation();
  // A break's items do not change while it runs: fixed for this player.
  const [session] = useState(() => resolveSession(active.items));
  const [items] = useState<PlayerItem[]>(() => session.map((e) => ({ exerciseId: e.exercise.id, dose: e.dose })));
  const [sound, setSound] = useSoundSetting(api);
  const player = usePlayer(items, sound);
  const [feedback, setFeedback] = useState<(Feedback | null)[]>(() => session.map(() => null));
  const [busy, setBusy] = useState(false);
  // Each exercise is recorded by the backend as it is done; when the break
  // ends, by these buttons or otherwise, the backend records the rest.
  const sendFeedback = useExerciseReports(api, active.id, session, player.state.done);

  // Set while Done, Mark as done or End is on its way (a second key press in the same tick does nothing).
  const finishing = useRef(false);
  const finish = async (how: 'complete' | 'end') => {
    if (finishing.current) return;
    finishing.current = true;
    setBusy(true);
    if (how === 'complete') await sendFeedback(feedback);
    const result = how === 'complete' ? await api.completeBreak() : await api.closeView({ view: 'break' });
    // On success the break window closes; if the backend refused, the break already ended.
    if (!reportFailure(result, how === 'complete' ? 'complete break' : 'end break')) {
      finishing.current = false;
      setBusy(false);
    }
  };

  const { status } = player.state;
  const playing = status === 'playing' || status === 'paused';
  usePlayerKeys(
    busy
      ? {}
      : {
          space: status === 'ready' && session.length > 0 ? player.start : playing ? player.toggle : undefined,
          right: playing ? player.next : undefined,
          left: playing ? player.previous : undefined,
          escape: status === 'finished' ? () => void finish('complete') : () => void finish('end'),
        },
  );

  const minutes = Math.max(1, Math.round(totalMs(player.steps) / 60_000));
  return (
    <main className="player-view" aria-labelledby="player-title">
      <BreakHeader state={state} active={active} sound={{ on: sound, onChange: setSound }} />
      {status === 'ready' && (
        <ReadyScreen
          kind={active.kind}
          session={session}
          minutes={minutes}
          busy={busy}
          onStart={player.start}
          onMarkDone={() => void finish('complete')}
          onEnd={() => void finish('end')}
        />
      )}
      {playing && <PlayerScreen session={session} player={player} busy={busy} onEnd={() => void finish('end')} />}
      {status === 'finished' && (
        <CompletionScreen
          session={session}
          outcomes={outcomes(player.state, session.length)}
          feedback={feedback}
          onFeedback={(index, value) => setFeedback((all) => all.map((f, i) => (i === index ? value : f)))}
          busy={busy}
          onDone={() => void finish('complete')}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="player-announcer">
        {announcementText(announcement(player.steps, player.state), t, (i) => {
          const entry = session[i];
          return entry && textOf(entry.exercise, t).name;
        })}
      </p>
    </main>
  );
}
