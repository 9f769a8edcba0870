import { Trans, useTranslation } from 'react-i18next';
import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { RedFlagScreen } from '../views/SafetyNotice';
import { PlayerButton } from './PlayerButton';

/**
 * A red flag stopped the program: the break shows no exercises, only the
 * advice to get help, a gentle walk instead, and End.
 */
export function StoppedScreen(props: { api: PostureApi; view: ProgramView; busy: boolean; onEnd: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="player player--stopped" aria-labelledby="player-title">
      <h1 id="player-title">{t('player.stopped.title')}</h1>
      <RedFlagScreen api={props.api} view={props.view} />
      <p className="player__walk">
        <Trans t={t} i18nKey="player.stopped.walk" components={{ strong: <strong /> }} />
      </p>
      <div className="actions player__controls">
        <PlayerButton kind="primary" keys="Escape" busy={props.busy} onClick={props.onEnd}>
          {t('player.controls.end')}
        </PlayerButton>
      </div>
    </section>
  );
}
