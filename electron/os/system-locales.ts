/**
 * The user's preferred languages as a POSIX system states them (the web host
 * and command line; Electron asks the OS directly). LANGUAGE may list several
 * ("de:en"); LC_ALL, LC_MESSAGES and LANG name one ("de_DE.UTF-8"). "C" and
 * "POSIX" mean no preference.
 */
export function posixLocales(env: NodeJS.ProcessEnv, intlLocale?: string): string[] {
  const found: string[] = [];
  const add = (value: string | undefined) => {
    for (const part of (value ?? '').split(':')) {
      const locale = part.trim();
      if (locale && locale !== 'C' && locale !== 'POSIX' && !locale.startsWith('C.')) found.push(locale);
    }
  };
  // LC_ALL overrides everything; LANGUAGE is GNU's priority list for messages.
  add(env.LC_ALL);
  add(env.LANGUAGE);
  add(env.LC_MESSAGES);
  add(env.LANG);
  add(intlLocale ?? Intl.DateTimeFormat().resolvedOptions().locale);
  return [...new Set(found)];
}
