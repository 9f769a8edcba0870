import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '@shared/i18n/languages';
import { choiceField, settingAt, SettingsCard } from '../SettingsCard';
import type { SettingsModel } from '../use-settings';

/** Theme and language; both show at once, without a reload. */
export function AppearancePanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const card = {
    title: t('settings.appearance.title'),
    fields: [
      choiceField({
        choice: settingAt('general', 'theme'),
        label: t('settings.appearance.theme'),
        options: [
          { value: 'system', label: t('settings.appearance.themeSystem') },
          { value: 'light', label: t('settings.appearance.themeLight') },
          { value: 'dark', label: t('settings.appearance.themeDark') },
        ],
      }),
      choiceField({
        choice: settingAt('general', 'language'),
        label: t('settings.appearance.language'),
        hint: t('settings.appearance.languageHint'),
        options: [
          { value: 'system', label: t('settings.appearance.languageSystem') },
          // Each language in itself, so a reader finds their own whatever is on screen.
          ...LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language], lang: language })),
        ],
      }),
    ],
  };
  return <SettingsCard model={model} card={card} />;
}
