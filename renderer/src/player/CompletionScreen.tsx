import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '@shared/program/progression';
import { PlayerButton } from './PlayerButton';
import type { Outcome } from './player-model';
import { textOf } from './player-text';
import type { SessionEntry } from './session';
import './feedback.css';

/** The answers offered, in order; each is worded by `player.complete.feedback.<value>`. */
const CHOICES: readonly Feedback[] = ['too-easy', 'right', 'painful'];

/**
 * The end of the session: "How was it?" for each exercise done (one optional
 * answer each), then Done sends the answers and completes the break (the
 * exercises themselves were recorded by the backend as they were done).
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
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const done = session.flatMap((entry, index) => (outcomes[index] === 'done' ? [{ entry, index }] : []));
  const skipped = session.filter((_, index) => outcomes[index] !== 'done');
  const names = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  return (
    <section className="player player--complete" aria-labelledby="player-title">
      <h1 id="player-title" ref={heading} tabIndex={-1}>
        {done.length > 0 ? t('player.complete.title') : t('player.complete.titleNothingDone')}
      </h1>
      <p className="player__lead">
        {done.length === 0
          ? t('player.complete.nothingDone')
          : done.length === session.length
            ? t('player.complete.allDone')
            : t('player.complete.someDone', { done: done.length, count: session.length })}
      </p>
      {done.length > 0 && (
        <ul className="feedback">
          {done.map(({ entry, index }) => (
            <FeedbackItem
              key={entry.exercise.id}
              name={textOf(entry.exercise, t).name}
              chosen={feedback[index] ?? null}
              busy={props.busy}
              onChoose={(value) => props.onFeedback(index, value)}
            />
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <p className="muted">
          {t('player.complete.skipped', {
            names: names.format(skipped.map((entry) => textOf(entry.exercise, t).name)),
          })}
        </p>
      )}
      <div className="actions player__controls">
        <PlayerButton kind="primary" className="player__main-button" busy={props.busy} onClick={props.onDone}>
          {t('player.complete.done')}
        </PlayerButton>
      </div>
    </section>
  );
}

/** "How was it?" for one exercise done: one optional answer; choosing it again takes it back. */
function FeedbackItem(props: {
  name: string;
  chosen: Feedback | null;
  busy: boolean;
  onChoose: (feedback: Feedback | null) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const { chosen } = props;
  return (
    <li className="feedback__item">
      <div role="group" aria-labelledby={labelId}>
        <p id={labelId} className="feedback__question">
          <strong>{props.name}</strong> <span>{t('player.complete.question')}</span>
        </p>
        <div className="feedback__choices">
          {CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              className={`button feedback__choice feedback__choice--${choice}`}
              aria-pressed={chosen === choice}
              disabled={props.busy}
              onClick={() => props.onChoose(chosen === choice ? null : choice)}
            >
              {t(`player.complete.feedback.${choice}`)}
            </button>
          ))}
        </div>
      </div>
      {chosen === 'painful' && (
        <p className="feedback__note" role="status">
          {t('player.complete.painfulNote')}
        </p>
      )}
    </li>
  );
}
