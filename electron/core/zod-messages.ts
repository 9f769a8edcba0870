import type { z } from 'zod';
import { de, en, es, fr, pt } from 'zod/locales';
import type { Language } from '@shared/i18n/languages';

/**
 * zod's own wording of a refused value ("Too small: expected number to be
 * >=300"), in the app's language, for the problems an imported settings file
 * is refused with. Main process only: the renderer never ships these.
 */
const LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = {
  en,
  es,
  de,
  fr,
  'pt-BR': pt,
};

export function zodMessages(language: Language): z.core.$ZodErrorMap {
  return LOCALES[language]().localeError;
}
