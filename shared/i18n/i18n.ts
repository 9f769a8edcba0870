import { createInstance } from 'i18next';
import type { Translate } from './english';
import { I18N_OPTIONS, LANGUAGES, type Language } from './languages';
import { resource as de } from './locales/de';
import { en, type Resource } from './locales/en';
import { resource as es } from './locales/es';
import { resource as fr } from './locales/fr';
import { resource as ptBR } from './locales/pt-BR';

/**
 * Every language at once, for the backend (tray, notifications, command
 * line) and tests. The renderer loads only the language it shows
 * (renderer/src/i18n.ts).
 */
export const RESOURCES: Record<Language, Resource> = { en, es, de, fr, 'pt-BR': ptBR };

export { english, type Translate } from './english';
export { LANGUAGE_NAMES, LANGUAGES, resolveLanguage, type Language } from './languages';

const translators = new Map<Language, Translate>();

/** A translate function for a language; created once, synchronously. */
export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    const instance = createInstance();
    void instance.init({
      ...I18N_OPTIONS,
      lng: language,
      resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: RESOURCES[l] }])),
      initAsync: false,
    });
    t = instance.t.bind(instance);
    translators.set(language, t);
  }
  return t;
}
