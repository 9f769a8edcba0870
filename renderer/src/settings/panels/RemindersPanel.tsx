import { useTranslation } from 'react-i18next';
import { choiceField, settingAt, SettingsCards } from '../SettingsCard';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';

const { posture, movement } = NUMBER_SETTINGS;

/** Posture checks (or the sit-stand rhythm) and movement breaks. */
export function RemindersPanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const sitStand = model.settings.posture.mode === 'sit-stand';
  const postureCard = {
    title: t('settings.reminders.posture.title'),
    fields: [
      { toggle: settingAt('posture', 'enabled'), label: t('settings.reminders.posture.enabled') },
      choiceField({
        choice: settingAt('posture', 'mode'),
        label: t('settings.reminders.posture.mode'),
        hint: sitStand
          ? t('settings.reminders.posture.modeSitStandHint')
          : t('settings.reminders.posture.modeCheckHint'),
        options: [
          { value: 'check', label: t('settings.reminders.posture.modeCheck') },
          { value: 'sit-stand', label: t('settings.reminders.posture.modeSitStand') },
        ],
      }),
      ...(sitStand
        ? [
            { number: posture.sitSeconds, label: t('settings.reminders.posture.sitMinutes') },
            { number: posture.standSeconds, label: t('settings.reminders.posture.standMinutes') },
            { number: posture.moveSeconds, label: t('settings.reminders.posture.moveMinutes') },
          ]
        : [{ number: posture.intervalSeconds, label: t('settings.reminders.every') }]),
      {
        number: posture.durationSeconds,
        label: t('settings.reminders.posture.durationSeconds'),
        hint: t('settings.reminders.posture.durationHint'),
      },
      {
        number: posture.naturalResetSeconds,
        label: t('settings.reminders.posture.naturalResetMinutes'),
        hint: t('settings.reminders.posture.naturalResetHint'),
      },
    ],
  };
  const movementCard = {
    title: t('settings.reminders.movement.title'),
    fields: [
      { toggle: settingAt('movement', 'enabled'), label: t('settings.reminders.movement.enabled') },
      {
        number: movement.intervalSeconds,
        label: t('settings.reminders.every'),
        hint: t('settings.reminders.movement.intervalHint'),
      },
      { number: movement.durationSeconds, label: t('settings.reminders.movement.durationMinutes') },
      {
        number: movement.preBreakNoticeSeconds,
        label: t('settings.reminders.movement.noticeSeconds'),
        hint: t('settings.reminders.movement.noticeHint'),
      },
    ],
  };
  return <SettingsCards model={model} cards={[postureCard, movementCard]} />;
}
