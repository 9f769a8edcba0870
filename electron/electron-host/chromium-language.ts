import { intlLocale, isLanguage } from '@shared/i18n/languages';

/**
 * The `--lang` switch Chromium should start with, from the settings file's
 * text: the language chosen in Settings, as Intl writes it (English is
 * en-GB). Chromium draws some controls itself in its own locale, such as
 * the time boxes of the working hours ("09:00" or "09:00 AM"), so they follow
 * the app's language rather than the system's. Read before `ready`, when
 * Chromium takes its switches, so a change applies at the next start.
 * `null` keeps Chromium on the system's locale: no file, a file that does
 * not parse, "follow the system", or a language we do not know. The settings
 * store deals with bad files properly later; this read never fails.
 */
export function chromiumLanguage(settingsText: string | null): string | null {
  if (settingsText === null) return null;
  let settings: unknown;
  try {
    settings = JSON.parse(settingsText);
  } catch {
    return null;
  }
  const general =
    typeof settings === 'object' && settings !== null ? (settings as { general?: unknown }).general : null;
  const language =
    typeof general === 'object' && general !== null ? (general as { language?: unknown }).language : undefined;
  return typeof language === 'string' && isLanguage(language) ? intlLocale(language) : null;
}
