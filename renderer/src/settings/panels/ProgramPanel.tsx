import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostureApi } from '@shared/ipc-contract';
import { ConfirmDialog } from '../ConfirmDialog';
import { Problem } from '../fields';
import { settingAt, SettingsCard } from '../SettingsCard';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';

/**
 * The program: the questionnaire's answers (changed in the questionnaire
 * itself), the safety state (a red flag stops the program until the user
 * confirms a professional has cleared them), the player's sound and the
 * daily adherence goal.
 */
export function ProgramPanel({ api, model }: { api: PostureApi; model: SettingsModel }) {
  const { t, i18n } = useTranslation();
  const { profile, safety } = model.settings;
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const stoppedAt = safety.stoppedAt;

  const openQuestionnaire = async () => {
    const result = await api.openView({ view: 'onboarding' });
    setProblem(result.ok ? null : t('settings.program.openFailed', { message: result.error.message }));
  };
  const resume = async () => {
    setAsking(false);
    const result = await api.resumeProgram({ confirmed: true });
    if (result.ok) {
      setProblem(null);
      await model.reload();
    } else setProblem(t('settings.program.resumeFailed', { message: result.error.message }));
  };

  const playerCard = {
    title: t('settings.program.playerTitle'),
    fields: [
      { toggle: settingAt('player', 'sound'), label: t('settings.program.sound') },
      {
        number: NUMBER_SETTINGS.stats.adherenceTargetPercent,
        label: t('settings.program.target'),
        hint: t('settings.program.targetHint'),
      },
    ],
  };

  return (
    <>
      <fieldset className="settings-card">
        <legend>{t('settings.program.answersTitle')}</legend>
        <p className="settings-card__text">{t(`settings.program.answers.${profile.status}`)}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => void openQuestionnaire()}>
            {profile.status === 'completed' ? t('settings.program.changeAnswers') : t('settings.program.answerNow')}
          </button>
        </div>
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.program.safetyTitle')}</legend>
        {stoppedAt === null ? (
          <p className="settings-card__text">{t('settings.program.running')}</p>
        ) : (
          <div className="settings-stopped" data-testid="program-stopped">
            <p>
              {t('settings.program.stopped', {
                date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(stoppedAt),
              })}
            </p>
            {safety.reasons.length > 0 && (
              <>
                <p>{t('settings.program.youSaid')}</p>
                <ul>
                  {safety.reasons.map((reason) => (
                    <li key={reason}>{t(`safety.redFlags.${reason}`)}</li>
                  ))}
                </ul>
              </>
            )}
            <p>{t('settings.program.stoppedAdvice')}</p>
            <div className="actions">
              <button type="button" className="button" onClick={() => setAsking(true)}>
                {t('settings.program.resume')}
              </button>
            </div>
          </div>
        )}
        {problem && <Problem id="program-problem">{problem}</Problem>}
      </fieldset>

      <SettingsCard model={model} card={playerCard} />

      {asking && (
        <ConfirmDialog
          title={t('settings.program.resumeAsk')}
          confirmLabel={t('settings.program.resumeConfirm')}
          onConfirm={() => void resume()}
          onClose={() => setAsking(false)}
        >
          <p>{t('settings.program.resumeExplain')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
