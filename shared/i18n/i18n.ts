import { createInstance, type TFunction } from 'i18next';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { ptBR } from './locales/pt-BR';

/**
 * Translations for every visible string: the renderer, notifications, the
 * tray and the command line all translate through here. English is the
 * source; the other locales have the same shape (checked by the compiler
 * and by a test). The language follows the setting, else the OS.
 */
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
};

export const RESOURCES = { en, es, de, fr, 'pt-BR': ptBR } as const;

export type Translate = TFunction;

/** The language to use: the setting, else the first OS locale we have, else English. */
export function resolveLanguage(setting: 'system' | Language, systemLocales: readonly string[]): Language {
  if (setting !== 'system') return setting;
  for (const locale of systemLocales) {
    const normalized = locale.replace('_', '-');
    if (/^pt(-|$)/i.test(normalized)) return 'pt-BR'; // Portuguese speakers get the Brazilian text
    const exact = LANGUAGES.find((l) => l.toLowerCase() === normalized.toLowerCase());
    if (exact) return exact;
    const base = LANGUAGES.find((l) => l === normalized.split('-')[0]?.toLowerCase());
    if (base) return base;
  }
  return 'en';
}

const translators = new Map<Language, Translate>();

/** A translate function for a language; created once, synchronously. */
export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    const instance = createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'en',
      resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: RESOURCES[l] }])),
      initAsync: false,
      interpolation: { escapeValue: false }, // React and notifications escape for themselves
      returnNull: false,
    });
    t = instance.t.bind(instance) as Translate;
    translators.set(language, t);
  }
  return t;
}

/** English, for code paths that have no language yet (and tests). */
export const english: Translate = translator('en');
