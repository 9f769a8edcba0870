import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostics, PostureApi } from '@shared/ipc-contract';
import { NotMedicalAdvice } from '../../views/SafetyNotice';
import { diagnosticsText } from '../diagnostics-text';
import { Problem } from '../fields';
import { handleAsync } from '../../api';

/** Version, what the app runs on, where its data and log live, and diagnostics to copy into a bug report. */
export function AboutPanel({ api, about }: { api: PostureApi; about: Diagnostics | null }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <fieldset className="settings-card">
      <legend>{t('app.name')}</legend>
      {about ? (
        <dl className="about">
          <dt>{t('settings.about.version')}</dt>
          <dd data-testid="about-version">{about.appVersion}</dd>
          <dt>{t('settings.about.runsOn')}</dt>
          <dd>
            {about.electronVersion
              ? t('settings.about.runsOnElectron', { electron: about.electronVersion, node: about.nodeVersion })
              : t('settings.about.runsOnWeb', { node: about.nodeVersion })}
          </dd>
          <dt>{t('settings.about.dataFolder')}</dt>
          <dd>
            <code>{about.dataDir}</code>
          </dd>
          <dt>{t('settings.about.logFile')}</dt>
          <dd>{about.logFile ? <code>{about.logFile}</code> : t('settings.about.noLogFile')}</dd>
        </dl>
      ) : (
        <p className="muted" aria-busy="true">
          {t('settings.loading')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={handleAsync(async () => void (await api.openDataFolder()))}>
          {t('settings.about.openFolder')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!about}
          onClick={handleAsync(async () => {
            if (!about) return;
            try {
              await navigator.clipboard.writeText(diagnosticsText(about));
              setCopy('copied');
            } catch {
              setCopy('failed');
            }
          })}
        >
          {copy === 'copied' ? t('settings.about.copied') : t('settings.about.copy')}
        </button>
      </div>
      {copy === 'failed' && <Problem id="about-copy-failed">{t('settings.about.copyFailed')}</Problem>}
      <NotMedicalAdvice />
    </fieldset>
  );
}
