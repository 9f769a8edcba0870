/**
 * The languages the app speaks, and how one is chosen: the setting, else the
 * operating system's preferred languages, else English. No resources here, so
 * the renderer can import it without shipping every translation.
 */
export const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = 'system' | Language;

/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The locale Intl formats with. The app's English writes the day before the
 * month and times on the 24-hour clock ("3 March 2026", "09:15"), as it
 * always has: British English does. Every other language is its own locale.
 */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** The language to use: the setting, else the first OS locale we have, else English. */
export function resolveLanguage(setting: LanguageSetting, systemLocales: readonly string[]): Language {
  if (setting !== 'system') return setting;
  for (const locale of systemLocales) {
    // POSIX locales look like "de_DE.UTF-8"; BCP 47 ones like "de-DE".
    const normalized = locale.split('.')[0]?.replace('_', '-') ?? '';
    if (/^pt(-|$)/i.test(normalized)) return 'pt-BR'; // Portuguese speakers get the Brazilian text
    const exact = LANGUAGES.find((l) => l.toLowerCase() === normalized.toLowerCase());
    if (exact) return exact;
    const base = LANGUAGES.find((l) => l === normalized.split('-')[0]?.toLowerCase());
    if (base) return base;
  }
  return 'en';
}

/** The i18next options every instance shares (main, renderer, tests). */
export const I18N_OPTIONS = {
  fallbackLng: 'en',
  // React and the notification hosts escape for themselves.
  interpolation: { escapeValue: false },
  returnNull: false,
  // Exercise ids and tip ids are keys; none contains a dot or a colon.
  nsSeparator: false,
} as const;
