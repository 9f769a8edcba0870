import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageSetting } from '@shared/i18n/languages';
import type { Settings } from '@shared/settings-schema';
import { Choice } from '../fields';
import type { SettingsModel } from '../use-settings';

/** Theme and language; both show at once, without a reload. */
export function AppearancePanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const { general } = model.settings;
  return (
    <fieldset className="settings-card">
      <legend>{t('settings.appearance.title')}</legend>
      <Choice<Settings['general']['theme']>
        label={t('settings.appearance.theme')}
        value={general.theme}
        options={[
          { value: 'system', label: t('settings.appearance.themeSystem') },
          { value: 'light', label: t('settings.appearance.themeLight') },
          { value: 'dark', label: t('settings.appearance.themeDark') },
        ]}
        onChange={(theme) => model.save({ general: { theme } })}
      />
      <Choice<LanguageSetting>
        label={t('settings.appearance.language')}
        hint={t('settings.appearance.languageHint')}
        value={general.language}
        options={[
          { value: 'system', label: t('settings.appearance.languageSystem') },
          // Each language in itself, so a reader finds their own whatever is on screen.
          ...LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language], lang: language })),
        ]}
        onChange={(language) => model.save({ general: { language } })}
      />
    </fieldset>
  );
}
