import { useTranslation } from 'react-i18next';
import { Toggle } from '../fields';
import type { SettingsModel } from '../use-settings';

/** Desktop notifications, and what happens without them. */
export function NotificationsPanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const { notifications } = model.settings;
  return (
    <fieldset className="settings-card">
      <legend>{t('settings.notifications.title')}</legend>
      <Toggle
        label={t('settings.notifications.enabled')}
        hint={notifications.enabled ? t('settings.notifications.onHint') : t('settings.notifications.offHint')}
        checked={notifications.enabled}
        onChange={(enabled) => model.save({ notifications: { enabled } })}
      />
      <p className="settings-card__text muted">{t('settings.notifications.buttons')}</p>
    </fieldset>
  );
}
