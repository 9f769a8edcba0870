import {
  describeDose,
  describeTargets,
  exerciseById,
  type Exercise,
  type PrescribedDose,
} from '@shared/content/exercises';
import type { PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';
import type { AppState } from '../use-app-state';
import { useNow } from '../use-now';

function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

/** The guided break: one exercise, its steps, a countdown and Done. */
export function BreakView({ api, state }: { api: PostureApi; state: AppState }) {
  const now = useNow(state, 1000);
  const active = state.snapshot?.schedule.activeBreak ?? null;
  if (!active) {
    return (
      <main className="break break--idle">
        <h1>No stretch in progress</h1>
        <p>Your next movement break will appear here when it is due.</p>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={async () => reportFailure(await api.startBreak({ source: 'dashboard' }), 'start break')}
          >
            Start stretch now
          </button>
          <button
            type="button"
            className="button"
            onClick={async () => reportFailure(await api.closeView({ view: 'break' }), 'close break')}
          >
            Close
          </button>
        </div>
      </main>
    );
  }
  // Each item carries the dose the engine prescribed for this session.
  const items = active.items.flatMap((item): { exercise: Exercise; dose: PrescribedDose }[] => {
    const found = exerciseById(item.exerciseId);
    return found ? [{ exercise: found, dose: item.dose }] : [];
  });
  const exercise = items[0]?.exercise;
  const dose = items[0]?.dose;
  const routine = items.length > 1 ? items : null;
  const eyebrow = {
    movement: 'Movement break',
    posture: 'Posture break',
    'home-program': 'Home program',
    walk: 'Walk',
  }[active.kind];
  const total = active.endsAt - active.startedAt;
  const remaining = active.endsAt - now;
  const progress = total > 0 ? Math.min(1, Math.max(0, 1 - remaining / total)) : 1;
  return (
    <main className="break" aria-labelledby="break-title">
      <p className="eyebrow">{eyebrow}</p>
      <h1 id="break-title">{routine ? 'Your floor routine' : (exercise?.name ?? 'Stand up and move')}</h1>
      {exercise && dose && !routine && (
        <>
          <p className="break__meta">
            <span>{describeTargets(exercise.targets)}</span>
            <span aria-hidden="true"> · </span>
            <span>{describeDose(dose)}</span>
          </p>
          <p className="break__why">{exercise.why}.</p>
        </>
      )}
      <div className="break__body">
        <section className="break__timer" aria-label="Time left">
          <div className="timer" role="timer" aria-live="off" data-testid="break-countdown">
            {formatCountdown(remaining)}
          </div>
          <div
            className="timer__bar"
            role="progressbar"
            aria-label="Break progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
          >
            <div className="timer__fill" style={{ width: `${progress * 100}%` }} />
          </div>
          <p className="timer__hint">{remaining > 0 ? 'left in this break' : 'Time is up. Nicely done.'}</p>
        </section>
        {routine && (
          <section className="break__steps" aria-label="Routine">
            <ol>
              {routine.map((item) => (
                <li key={item.exercise.id}>
                  <strong>{item.exercise.name}</strong>: {describeDose(item.dose)}. {item.exercise.steps[0]}
                </li>
              ))}
            </ol>
          </section>
        )}
        {exercise && !routine && (
          <section className="break__steps" aria-label="Steps">
            <ol>
              {exercise.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {exercise.cues.length > 0 && (
              <p className="break__cue">
                <strong>Tip:</strong> {exercise.cues.join(' ')}
              </p>
            )}
            {exercise.avoid.length > 0 && (
              <p className="break__avoid">
                <strong>Stop if:</strong> {exercise.avoid.join(' ')}
              </p>
            )}
          </section>
        )}
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          onClick={async () => reportFailure(await api.completeBreak(), 'complete break')}
        >
          Done
        </button>
        <button
          type="button"
          className="button"
          onClick={async () => reportFailure(await api.closeView({ view: 'break' }), 'end break')}
        >
          End early
        </button>
      </div>
    </main>
  );
}
