import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { describeDose } from '@shared/content/exercises';
import { ExerciseIllustration } from '../components/ExerciseIllustration';
import { formatSeconds, highlightedStep, phaseLabel, secondsLeft, sessionProgress, sideLabel } from './player-model';
import type { SessionEntry } from './session';
import type { PlayerControls } from './use-player';

const RING_RADIUS = 54;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;

/** One step of the session: the figure, the steps, a large countdown, the counters and the controls. */
export function PlayerScreen(props: {
  session: readonly SessionEntry[];
  player: PlayerControls;
  onEnd: () => void;
  busy: boolean;
}) {
  const { session, player } = props;
  const { t } = useTranslation();
  const { steps, state } = player;
  const step = steps[state.index];
  const entry = step ? session[step.itemIndex] : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  // The ready screen's Start went away with it: rather than fall to the page, the focus moves to the exercise.
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, []);
  if (!step || !entry) return null;
  const { exercise, dose } = entry;
  const paused = state.status === 'paused';
  const left = secondsLeft(steps, state);
  const stepShare = step.durationMs > 0 ? Math.min(1, state.elapsedMs / step.durationMs) : 1;
  const progress = sessionProgress(steps, state);
  const current = highlightedStep(exercise, step);
  const following = session[step.itemIndex + 1];
  const side = sideLabel(step.side);
  const isWalk = step.kind === 'walk';
  const counting = step.kind === 'hold' || step.kind === 'move';
  return (
    <section className={`player player--${paused ? 'paused' : 'playing'}`} aria-labelledby="player-title">
      <div className="player__stage">
        <div className="player__guide">
          <div className="player__figure">
            <ExerciseIllustration
              id={exercise.id}
              label={`${exercise.name}: illustration`}
              className="player__illustration"
            />
          </div>
          <ol className="player__steps" aria-label="Steps">
            {exercise.steps.map((text, index) => (
              <li
                key={text}
                className={index === current ? 'player__step player__step--current' : 'player__step'}
                aria-current={index === current ? 'step' : undefined}
              >
                {text}
              </li>
            ))}
          </ol>
        </div>
        <div className="player__now">
          {session.length > 1 && (
            <p className="player__position">
              Exercise {step.itemIndex + 1} of {session.length}
            </p>
          )}
          <h1 id="player-title" ref={heading} tabIndex={-1}>
            {exercise.name}
          </h1>
          <p className="player__dose">{describeDose(dose, t)}</p>
          <p className="player__phase" data-testid="player-phase">
            {paused ? 'Paused' : phaseLabel(step, exercise)}
          </p>
          <div className={`player__clock player__clock--${step.kind}`}>
            <svg className="player__ring" viewBox="0 0 120 120" aria-hidden="true">
              <circle className="player__ring-track" cx="60" cy="60" r={RING_RADIUS} />
              <circle
                className="player__ring-fill"
                cx="60"
                cy="60"
                r={RING_RADIUS}
                strokeDasharray={RING_LENGTH}
                strokeDashoffset={RING_LENGTH * stepShare}
                transform="rotate(-90 60 60)"
              />
            </svg>
            <div className="player__clock-text">
              <span className="player__countdown" role="timer" aria-live="off" data-testid="hold-countdown">
                {formatSeconds(left, isWalk)}
              </span>
              <span className="player__unit">{isWalk ? 'left' : left === 1 ? 'second' : 'seconds'}</span>
            </div>
          </div>
          <p className="player__counters">
            {counting && (
              <span className="player__badge" data-testid="player-rep">
                Rep {step.rep} of {step.reps}
              </span>
            )}
            {step.kind === 'rest' && (
              <span className="player__badge">
                Rep {step.rep} of {step.reps} next
              </span>
            )}
            {side && (
              <span className="player__badge player__badge--side" data-testid="player-side">
                {side}
              </span>
            )}
          </p>
          <p className="player__next" data-testid="player-next">
            Next: {following ? following.exercise.name : 'finish and say how it went'}
          </p>
        </div>
      </div>
      <p className="player__cue">
        <strong>Tip:</strong> {exercise.cues.join(' ')} <strong>Avoid:</strong> {exercise.avoid.join(' ')} Stop anything
        that hurts.
      </p>
      <div
        className="player__progress"
        role="progressbar"
        aria-label="Session progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div className="player__progress-fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <div className="player__controls" role="group" aria-label="Player controls">
        <button
          type="button"
          className="button"
          aria-keyshortcuts="ArrowLeft"
          title="Previous step (←)"
          disabled={props.busy}
          onClick={player.previous}
        >
          <span aria-hidden="true">← </span>Previous
        </button>
        <button
          type="button"
          className="button button--primary player__main-button"
          aria-keyshortcuts="Space"
          title={paused ? 'Resume (Space)' : 'Pause (Space)'}
          disabled={props.busy}
          onClick={player.toggle}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="ArrowRight"
          title="Next step (→)"
          disabled={props.busy}
          onClick={player.next}
        >
          Next<span aria-hidden="true"> →</span>
        </button>
        <button
          type="button"
          className="button button--quiet player__end"
          aria-keyshortcuts="Escape"
          title="End the break (Esc)"
          disabled={props.busy}
          onClick={props.onEnd}
        >
          End
        </button>
      </div>
    </section>
  );
}
