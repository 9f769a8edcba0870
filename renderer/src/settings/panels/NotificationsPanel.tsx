import { useTranslation } from 'react-i18next';
import { settingAt, SettingsCard } from '../SettingsCard';
import type { SettingsModel } from '../use-settings';

/** Desktop notifications, and what happens without them. */
export function NotificationsPanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const card = {
    title: t('settings.notifications.title'),
    fields: [
      {
        toggle: settingAt('notifications', 'enabled'),
        label: t('settings.notifications.enabled'),
        hint: { on: t('settings.notifications.onHint'), off: t('settings.notifications.offHint') },
      },
    ],
    extra: <p className="settings-card__text muted">{t('settings.notifications.buttons')}</p>,
  };
  return <SettingsCard model={model} card={card} />;
}
