import { Trans, useTranslation } from 'react-i18next';
import type { AppState } from '../state/app-state';
import { useNow } from '../state/use-now';
import { formatSeconds } from './player-model';
import type { ActiveBreak } from './session';
import './break-header.css';

/**
 * The break's own clock: the backend ends the break at `endsAt` whatever the
 * player does. With the web host's manual clock it moves only with the host.
 */
export function BreakHeader(props: {
  state: AppState;
  active: ActiveBreak;
  sound?: { on: boolean; onChange: (on: boolean) => void };
}) {
  const { t } = useTranslation();
  const now = useNow(props.state, 1000);
  const left = Math.max(0, Math.ceil((props.active.endsAt - now) / 1000));
  return (
    <header className="player-view__header">
      <p className="eyebrow">{t(`reminders.${props.active.kind}`)}</p>
      <p className="player-view__clock">
        <Trans
          t={t}
          i18nKey="player.header.timeLeft"
          values={{ time: formatSeconds(left, true) }}
          components={{ clock: <span data-testid="break-countdown" /> }}
        />
      </p>
      {props.sound && (
        <button
          type="button"
          className="button button--quiet player-view__sound"
          aria-pressed={props.sound.on}
          onClick={() => props.sound?.onChange(!props.sound.on)}
        >
          <span className="player-view__switch" aria-hidden="true" />
          {t('player.header.sound')}
        </button>
      )}
    </header>
  );
}
