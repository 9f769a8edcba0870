import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { describeDose, describeTargets } from '@shared/content/exercises';
import { ExerciseIllustration } from '../components/ExerciseIllustration';
import { PlayerButton } from './PlayerButton';
import { textOf } from './player-text';
import type { BreakKind, SessionEntry } from './session';

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
  const duration = t('duration.minutes', { count: minutes });
  return (
    <section className="player player--ready" aria-labelledby="player-title">
      <h1 id="player-title" ref={heading} tabIndex={-1}>
        {t(`player.ready.title.${props.kind}`)}
      </h1>
      <p className="player__lead">
        {session.length === 0
          ? t('player.ready.noExercises')
          : props.kind === 'walk'
            ? t('player.ready.walk', { duration })
            : t('player.ready.summary', { count: session.length, duration })}
      </p>
      {session.length > 0 && (
        <ol className="player__session" aria-label={t('player.ready.session')}>
          {session.map(({ exercise, dose }) => {
            const { name } = textOf(exercise, t);
            return (
              <li key={exercise.id} className="player__session-item">
                <div className="player__thumb" aria-hidden="true">
                  <ExerciseIllustration id={exercise.id} label={name} />
                </div>
                <div>
                  <strong>{name}</strong>
                  <span className="player__session-dose">{describeDose(dose, t)}</span>
                  <span className="muted">{describeTargets(exercise.targets, t, i18n.language)}</span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="actions player__controls">
        {session.length > 0 && (
          <PlayerButton
            kind="primary"
            className="player__main-button"
            keys="Space"
            busy={props.busy}
            onClick={props.onStart}
          >
            {t('player.ready.start')}
          </PlayerButton>
        )}
        <PlayerButton busy={props.busy} onClick={props.onMarkDone}>
          {t('player.ready.markDone')}
        </PlayerButton>
        <PlayerButton keys="Escape" busy={props.busy} onClick={props.onEnd}>
          {t('player.controls.end')}
        </PlayerButton>
      </div>
      <KeyHints />
    </section>
  );
}

export function KeyHints() {
  const { t } = useTranslation();
  return (
    <p className="player__keys">
      <Trans t={t} i18nKey="player.ready.keys" components={{ kbd: <kbd /> }} />
    </p>
  );
}
