import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostureApi } from '@shared/ipc-contract';
import type { ResetScope } from '@shared/settings-groups';
import { ConfirmDialog } from './ConfirmDialog';
import type { SettingsModel } from './use-settings';

/**
 * "Reset to defaults" for one group, or for every setting, after a question.
 * The questionnaire's answers and the safety state are kept, and the
 * question says so.
 */
export function ResetButton({ api, model, scope }: { api: PostureApi; model: SettingsModel; scope: ResetScope }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const group = scope === 'all' ? '' : t(`settings.groups.${scope}.title`);

  const reset = async () => {
    setAsking(false);
    const result = await api.resetSettings({ scope });
    if (result.ok) {
      model.replace(result.value);
      setOutcome({
        ok: true,
        text: scope === 'all' ? t('settings.reset.doneAll') : t('settings.reset.done', { group }),
      });
    } else setOutcome({ ok: false, text: t('settings.reset.failed', { message: result.error.message }) });
  };

  return (
    <div className="settings-reset">
      <button
        type="button"
        className="button button--quiet settings-reset__button"
        onClick={() => {
          setOutcome(null);
          setAsking(true);
        }}
      >
        {scope === 'all' ? t('settings.reset.allButton') : t('settings.reset.groupButton', { group })}
      </button>
      <p className="settings-reset__status" role="status">
        {outcome?.ok && outcome.text}
      </p>
      {outcome && !outcome.ok && (
        <p className="setting__problem" role="alert">
          {outcome.text}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={scope === 'all' ? t('settings.reset.askAll') : t('settings.reset.ask', { group })}
          confirmLabel={t('settings.reset.confirm')}
          danger
          onConfirm={() => void reset()}
          onClose={() => setAsking(false)}
        >
          <p>{scope === 'all' ? t('settings.reset.explainAll') : t('settings.reset.explain', { group })}</p>
          <p>{t('settings.reset.keeps')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
