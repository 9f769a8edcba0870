import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { describeDose, describeTargets } from '@shared/content/exercises';
import { ExerciseIllustration } from '../components/ExerciseIllustration';
import type { BreakKind, SessionEntry } from './session';

const TITLES: Record<BreakKind, string> = {
  movement: 'Your stretch, step by step',
  posture: 'Your stretch, step by step',
  'home-program': 'Your floor routine',
  walk: 'Time for an easy walk',
};

/** Before Start: what the session holds, each exercise with its dose. */
export function ReadyScreen(props: {
  kind: BreakKind;
  session: readonly SessionEntry[];
  minutes: number;
  busy: boolean;
  onStart: () => void;
  onMarkDone: () => void;
  onEnd: () => void;
}) {
  const { session, minutes } = props;
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const count = session.length === 1 ? 'One exercise' : `${session.length} exercises`;
  return (
    <section className="player player--ready" aria-labelledby="player-title">
      <h1 id="player-title" ref={heading} tabIndex={-1}>
        {TITLES[props.kind]}
      </h1>
      <p className="player__lead">
        {session.length === 0
          ? 'Stand up, stretch the way that feels good and walk around for a minute or two.'
          : props.kind === 'walk'
            ? `${minutes} minutes at a pace where you could still chat. Start when you are out of the chair.`
            : `${count}, about ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}. The player counts every hold and repetition for you.`}
      </p>
      {session.length > 0 && (
        <ol className="player__session" aria-label="This session">
          {session.map(({ exercise, dose }) => (
            <li key={exercise.id} className="player__session-item">
              <div className="player__thumb" aria-hidden="true">
                <ExerciseIllustration id={exercise.id} label={exercise.name} />
              </div>
              <div>
                <strong>{exercise.name}</strong>
                <span className="player__session-dose">{describeDose(dose, t)}</span>
                <span className="muted">{describeTargets(exercise.targets, t, i18n.language)}</span>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="actions player__controls">
        {session.length > 0 && (
          <button
            type="button"
            className="button button--primary player__main-button"
            aria-keyshortcuts="Space"
            disabled={props.busy}
            onClick={props.onStart}
          >
            Start
          </button>
        )}
        <button type="button" className="button" disabled={props.busy} onClick={props.onMarkDone}>
          Mark as done
        </button>
        <button type="button" className="button" aria-keyshortcuts="Escape" disabled={props.busy} onClick={props.onEnd}>
          End
        </button>
      </div>
      <KeyHints />
    </section>
  );
}

export function KeyHints() {
  return (
    <p className="player__keys">
      <kbd>Space</kbd> start or pause · <kbd>←</kbd> <kbd>→</kbd> back and forward · <kbd>Esc</kbd> end
    </p>
  );
}
