import { useEffect, useRef } from 'react';
import type { Feedback } from '@shared/program/progression';
import type { Outcome } from './player-model';
import type { SessionEntry } from './session';

const CHOICES: readonly { value: Feedback; label: string }[] = [
  { value: 'too-easy', label: 'Too easy' },
  { value: 'right', label: 'About right' },
  { value: 'painful', label: 'Painful' },
];

/**
 * The end of the session: "How was it?" for each exercise done (one optional
 * answer each), then Done records the session and completes the break.
 */
export function CompletionScreen(props: {
  session: readonly SessionEntry[];
  outcomes: readonly Outcome[];
  feedback: readonly (Feedback | null)[];
  onFeedback: (index: number, feedback: Feedback | null) => void;
  busy: boolean;
  onDone: () => void;
}) {
  const { session, outcomes, feedback } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const done = session.flatMap((entry, index) => (outcomes[index] === 'done' ? [{ entry, index }] : []));
  const skipped = session.filter((_, index) => outcomes[index] !== 'done');
  return (
    <section className="player player--complete" aria-labelledby="player-title">
      <h1 id="player-title" ref={heading} tabIndex={-1}>
        {done.length > 0 ? 'Nicely done' : 'Break over'}
      </h1>
      <p className="player__lead">
        {done.length > 0
          ? `You finished ${done.length === session.length ? 'every exercise' : `${done.length} of ${session.length} exercises`}. Your answers shape the next sessions.`
          : 'You moved past the exercises this time; the break still counts when you press Done.'}
      </p>
      {done.length > 0 && (
        <ul className="feedback">
          {done.map(({ entry, index }) => {
            const chosen = feedback[index] ?? null;
            const labelId = `feedback-${entry.exercise.id}`;
            return (
              <li key={entry.exercise.id} className="feedback__item">
                <div role="group" aria-labelledby={labelId}>
                  <p id={labelId} className="feedback__question">
                    <strong>{entry.exercise.name}</strong> <span>How was it?</span>
                  </p>
                  <div className="feedback__choices">
                    {CHOICES.map((choice) => (
                      <button
                        key={choice.value}
                        type="button"
                        className={`button feedback__choice feedback__choice--${choice.value}`}
                        aria-pressed={chosen === choice.value}
                        disabled={props.busy}
                        onClick={() => props.onFeedback(index, chosen === choice.value ? null : choice.value)}
                      >
                        {choice.label}
                      </button>
                    ))}
                  </div>
                </div>
                {chosen === 'painful' && (
                  <p className="feedback__note" role="status">
                    Thanks for saying so: next time this one will be eased or swapped. Stop anything that hurts.
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {skipped.length > 0 && (
        <p className="muted">Skipped: {skipped.map((entry) => entry.exercise.name).join(', ')}.</p>
      )}
      <div className="actions player__controls">
        <button
          type="button"
          className="button button--primary player__main-button"
          disabled={props.busy}
          onClick={props.onDone}
        >
          Done
        </button>
      </div>
    </section>
  );
}
