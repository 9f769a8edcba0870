import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/settings-schema';
import { Choice, NumberField, Toggle } from '../fields';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';

/** Posture checks (or the sit-stand rhythm) and movement breaks. */
export function RemindersPanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const { posture, movement } = model.settings;
  const sitStand = posture.mode === 'sit-stand';
  return (
    <>
      <fieldset className="settings-card">
        <legend>{t('settings.reminders.posture.title')}</legend>
        <Toggle
          label={t('settings.reminders.posture.enabled')}
          checked={posture.enabled}
          onChange={(enabled) => model.save({ posture: { enabled } })}
        />
        <Choice<Settings['posture']['mode']>
          label={t('settings.reminders.posture.mode')}
          hint={
            sitStand ? t('settings.reminders.posture.modeSitStandHint') : t('settings.reminders.posture.modeCheckHint')
          }
          value={posture.mode}
          options={[
            { value: 'check', label: t('settings.reminders.posture.modeCheck') },
            { value: 'sit-stand', label: t('settings.reminders.posture.modeSitStand') },
          ]}
          onChange={(mode) => model.save({ posture: { mode } })}
        />
        {sitStand ? (
          <>
            <NumberField
              model={model}
              setting={NUMBER_SETTINGS.posture.sitSeconds}
              label={t('settings.reminders.posture.sitMinutes')}
            />
            <NumberField
              model={model}
              setting={NUMBER_SETTINGS.posture.standSeconds}
              label={t('settings.reminders.posture.standMinutes')}
            />
            <NumberField
              model={model}
              setting={NUMBER_SETTINGS.posture.moveSeconds}
              label={t('settings.reminders.posture.moveMinutes')}
            />
          </>
        ) : (
          <NumberField
            model={model}
            setting={NUMBER_SETTINGS.posture.intervalSeconds}
            label={t('settings.reminders.every')}
          />
        )}
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.posture.durationSeconds}
          label={t('settings.reminders.posture.durationSeconds')}
          hint={t('settings.reminders.posture.durationHint')}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.posture.naturalResetSeconds}
          label={t('settings.reminders.posture.naturalResetMinutes')}
          hint={t('settings.reminders.posture.naturalResetHint')}
        />
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.reminders.movement.title')}</legend>
        <Toggle
          label={t('settings.reminders.movement.enabled')}
          checked={movement.enabled}
          onChange={(enabled) => model.save({ movement: { enabled } })}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.movement.intervalSeconds}
          label={t('settings.reminders.every')}
          hint={t('settings.reminders.movement.intervalHint')}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.movement.durationSeconds}
          label={t('settings.reminders.movement.durationMinutes')}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.movement.preBreakNoticeSeconds}
          label={t('settings.reminders.movement.noticeSeconds')}
          hint={t('settings.reminders.movement.noticeHint')}
        />
      </fieldset>
    </>
  );
}
