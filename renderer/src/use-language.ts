import { useEffect, useState } from 'react';
import type { Language } from '@shared/i18n/languages';
import { switchLanguage } from './i18n';

/**
 * Follows the language the backend resolved (setting, else the OS). Returns
 * the language on screen, or null until the first one is loaded, so a page
 * never flashes English before its own language.
 */
export function useLanguage(wanted: Language | null): Language | null {
  const [shown, setShown] = useState<Language | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    switchLanguage(wanted).then(
      () => {
        if (!cancelled) setShown(wanted);
      },
      (error: unknown) => {
        // A chunk that fails to load leaves the page in the language it had.
        console.warn(`could not load the ${wanted} translation`, error);
        if (!cancelled) setShown((current) => current ?? 'en');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return shown;
}
