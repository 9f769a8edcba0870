import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { describeDose } from '@shared/content/exercises';
import { ExerciseIllustration } from '../components/ExerciseIllustration';
import { PlayerButton } from './PlayerButton';
import { formatSeconds, highlightedStep, phaseOf, secondsLeft, sessionProgress } from './player-model';
import { phaseText, sideText, textOf } from './player-text';
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
  const text = textOf(exercise, t);
  const paused = state.status === 'paused';
  const left = secondsLeft(steps, state);
  const stepShare = step.durationMs > 0 ? Math.min(1, state.elapsedMs / step.durationMs) : 1;
  const progress = sessionProgress(steps, state);
  const current = highlightedStep(exercise, step);
  const following = session[step.itemIndex + 1];
  const side = step.side === null ? null : sideText(step.side, t);
  const isWalk = step.kind === 'walk';
  const counting = step.kind === 'hold' || step.kind === 'move';
  return (
    <section className={`player player--${paused ? 'paused' : 'playing'}`} aria-labelledby="player-title">
      <div className="player__stage">
        <div className="player__guide">
          <div className="player__figure">
            <ExerciseIllustration
              id={exercise.id}
              label={t('player.screen.illustration', { name: text.name })}
              className="player__illustration"
            />
          </div>
          <ol className="player__steps" aria-label={t('player.screen.steps')}>
            {text.steps.map((line, index) => (
              <li
                key={line}
                className={index === current ? 'player__step player__step--current' : 'player__step'}
                aria-current={index === current ? 'step' : undefined}
              >
                {line}
              </li>
            ))}
          </ol>
        </div>
        <div className="player__now">
          {session.length > 1 && (
            <p className="player__position">
              {t('player.screen.position', { number: step.itemIndex + 1, total: session.length })}
            </p>
          )}
          <h1 id="player-title" ref={heading} tabIndex={-1}>
            {text.name}
          </h1>
          <p className="player__dose">{describeDose(dose, t)}</p>
          <p className="player__phase" data-testid="player-phase">
            {paused ? t('player.screen.paused') : phaseText(phaseOf(step, exercise), t)}
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
              <span className="player__unit">
                {isWalk ? t('player.screen.left') : t('player.screen.seconds', { count: left })}
              </span>
            </div>
          </div>
          <p className="player__counters">
            {counting && (
              <span className="player__badge" data-testid="player-rep">
                {t('player.screen.rep', { rep: step.rep, reps: step.reps })}
              </span>
            )}
            {step.kind === 'rest' && (
              <span className="player__badge">{t('player.screen.repNext', { rep: step.rep, reps: step.reps })}</span>
            )}
            {side && (
              <span className="player__badge player__badge--side" data-testid="player-side">
                {side}
              </span>
            )}
          </p>
          <p className="player__next" data-testid="player-next">
            {following
              ? t('player.screen.next', { name: textOf(following.exercise, t).name })
              : t('player.screen.nextFinish')}
          </p>
        </div>
      </div>
      <p className="player__cue">
        <strong>{t('player.screen.tip')}</strong> {text.cues.join(' ')} <strong>{t('player.screen.avoid')}</strong>{' '}
        {text.avoid.join(' ')} {t('player.screen.stop')}
      </p>
      <div
        className="player__progress"
        role="progressbar"
        aria-label={t('player.screen.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
      >
        <div className="player__progress-fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <div className="player__controls" role="group" aria-label={t('player.screen.controls')}>
        <PlayerButton
          keys="ArrowLeft"
          hint={t('player.controls.previousHint')}
          busy={props.busy}
          onClick={player.previous}
        >
          <Trans t={t} i18nKey="player.controls.previous" components={{ arrow: <span aria-hidden="true" /> }} />
        </PlayerButton>
        <PlayerButton
          kind="primary"
          className="player__main-button"
          keys="Space"
          hint={paused ? t('player.controls.resumeHint') : t('player.controls.pauseHint')}
          busy={props.busy}
          onClick={player.toggle}
        >
          {paused ? t('player.controls.resume') : t('player.controls.pause')}
        </PlayerButton>
        <PlayerButton keys="ArrowRight" hint={t('player.controls.nextHint')} busy={props.busy} onClick={player.next}>
          <Trans t={t} i18nKey="player.controls.next" components={{ arrow: <span aria-hidden="true" /> }} />
        </PlayerButton>
        <PlayerButton
          kind="quiet"
          className="player__end"
          keys="Escape"
          hint={t('player.controls.endHint')}
          busy={props.busy}
          onClick={props.onEnd}
        >
          {t('player.controls.end')}
        </PlayerButton>
      </div>
    </section>
  );
}
