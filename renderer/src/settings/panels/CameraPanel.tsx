import { useTranslation } from 'react-i18next';
import { settingAt, SettingsCards } from '../SettingsCard';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';

const { sensing } = NUMBER_SETTINGS;

/**
 * Camera posture sensing: off until the user turns it on, with what it
 * measures and what it never does said first, in plain words.
 */
export function CameraPanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const privacy = (
    <ul className="settings-card__text muted">
      <li>{t('settings.camera.measures')}</li>
      <li>{t('settings.camera.neverKept')}</li>
      <li>{t('settings.camera.light')}</li>
      <li>{t('settings.camera.nudges')}</li>
    </ul>
  );
  const sensingCard = {
    title: t('settings.camera.title'),
    fields: [
      {
        toggle: settingAt('sensing', 'enabled'),
        label: t('settings.camera.enabled'),
        hint: { on: t('settings.camera.onHint'), off: t('settings.camera.offHint') },
      },
    ],
    extra: privacy,
  };
  const rulesCard = {
    title: t('settings.camera.rulesTitle'),
    fields: [
      {
        number: sensing.lookEverySeconds,
        label: t('settings.camera.lookEvery'),
        hint: t('settings.camera.lookEveryHint'),
      },
      { number: sensing.nudgeAfterMinutes, label: t('settings.camera.nudgeAfter') },
      { number: sensing.cooldownMinutes, label: t('settings.camera.cooldown') },
    ],
  };
  return <SettingsCards model={model} cards={[sensingCard, rulesCard]} />;
}
