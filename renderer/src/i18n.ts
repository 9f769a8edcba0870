import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_OPTIONS, type Language } from '@shared/i18n/languages';
import { en, type Resource } from '@shared/i18n/locales/en';

/**
 * The renderer's translations. English ships in the main bundle (it is also
 * every fallback); each other language is its own chunk, loaded when the
 * backend says the user reads it.
 */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ resource: Resource }>> = {
  es: () => import('@shared/i18n/locales/es'),
  de: () => import('@shared/i18n/locales/de'),
  fr: () => import('@shared/i18n/locales/fr'),
  'pt-BR': () => import('@shared/i18n/locales/pt-BR'),
};

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  ...I18N_OPTIONS,
  lng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  react: { useSuspense: false },
});

/** Loads a language if needed and makes it current (also `<html lang>`). */
export async function switchLanguage(language: Language): Promise<void> {
  if (language !== 'en' && !i18n.hasResourceBundle(language, 'translation')) {
    const { resource } = await LOADERS[language]();
    i18n.addResourceBundle(language, 'translation', resource);
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
