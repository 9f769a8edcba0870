import { describe, expect, it } from 'vitest';
import { LANGUAGES, RESOURCES, type Language } from '@shared/i18n/i18n';
import { en } from '@shared/i18n/locales/en';
import { core } from '@shared/i18n/locales/en/core';

/**
 * Every translated area of every language against English: the same keys,
 * no empty string, the same {{placeholders}}, the plural forms the
 * language's rules need (Intl.PluralRules), lists of the same length, and
 * nothing left in English.
 *
 * Areas not listed here are not translated yet and fall back to English
 * (`{ ...en, ... }` in the locale's index.ts).
 */
const CORE_AREAS = [
  'app',
  'trayPanel',
  'notices',
  'reminders',
  'schedule',
  'tray',
  'duration',
  'bodyAreas',
  'dose',
  'notification',
  'safety',
] as const;

const TRANSLATED: Record<Exclude<Language, 'en'>, readonly string[]> = {
  es: [...CORE_AREAS, 'content'],
  'pt-BR': [...CORE_AREAS, 'content'],
  // Translated on their own branch; listed there.
  de: [],
  fr: [],
};

/**
 * Strings that are rightly the same as English, by language and key path
 * ('*' for every language). Each needs a reason.
 */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  '*': {
    // The product's name; the tray also shows it untranslated (APP_NAME).
    'app.name': 'brand name',
  },
  es: {
    // Spanish-speaking trainers and physiotherapists call this exercise "superman".
    'content.exercises.superman.name': 'the usual Spanish name of the exercise',
  },
};

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string | string[]>;

function flatten(value: unknown, path: string, out: Flat = new Map()): Flat {
  if (typeof value === 'string' || Array.isArray(value)) out.set(path, value as string | string[]);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, `${path}.${key}`, out);
  } else out.set(path, `<${typeof value}>`);
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/** Nothing to translate: no letters outside the placeholders ("{{app}}: {{status}}"). */
const onlyPlaceholders = (text: string): boolean => !/\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));

function allowedSame(language: string, path: string): boolean {
  return path in (SAME_AS_ENGLISH['*'] ?? {}) || path in (SAME_AS_ENGLISH[language] ?? {});
}

/** The English key a translated key answers to: plural forms map to English's `_other` (or the same form). */
function englishKey(path: string, english: Flat): string {
  if (english.has(path)) return path;
  return path.replace(PLURAL_SUFFIX, '_other');
}

/** The keys a language must have for an area: English's, with plural forms per Intl.PluralRules. */
function expectedKeys(language: string, english: Flat): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const path of english.keys()) {
    if (PLURAL_SUFFIX.test(path)) {
      const base = path.replace(PLURAL_SUFFIX, '');
      for (const category of categories) keys.add(`${base}_${category}`);
    } else keys.add(path);
  }
  return keys;
}

const resource = (language: Language) => RESOURCES[language] as unknown as Record<string, unknown>;
const english = en as unknown as Record<string, unknown>;

describe('the translated areas', () => {
  it('name areas English has', () => {
    for (const areas of Object.values(TRANSLATED)) for (const area of areas) expect(english).toHaveProperty(area);
    expect(Object.keys(TRANSLATED).sort()).toEqual(LANGUAGES.filter((l) => l !== 'en').sort());
  });

  it('list every area of the core strings', () => {
    // A new core area must be added to CORE_AREAS (and translated) or it would go unchecked.
    expect([...CORE_AREAS].sort()).toEqual(Object.keys(core).sort());
  });

  it('allow-list only paths that exist in English', () => {
    for (const paths of Object.values(SAME_AS_ENGLISH)) {
      for (const path of Object.keys(paths)) {
        const area = path.split('.')[0] ?? '';
        expect(flatten(english[area], area).has(path), path).toBe(true);
      }
    }
  });
});

const cases = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en').flatMap((language) =>
  TRANSLATED[language].map((area) => [language, area] as const),
);

describe.each(cases)('%s: %s', (language, area) => {
  const source = flatten(english[area], area);
  const target = flatten(resource(language)[area], area);

  it('has every English key, the plural forms its language needs, and no other', () => {
    const expected = [...expectedKeys(language, source)].sort();
    expect([...target.keys()].sort()).toEqual(expected);
  });

  it('has no empty string and lists as long as English', () => {
    for (const [path, value] of target) {
      const original = source.get(englishKey(path, source));
      if (Array.isArray(original)) {
        expect(Array.isArray(value), path).toBe(true);
        expect(value.length, path).toBe(original.length);
        for (const item of value) expect(typeof item === 'string' && item.trim().length > 0, path).toBe(true);
      } else {
        expect(typeof value, path).toBe('string');
        expect((value as string).trim().length, path).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the placeholders of English', () => {
    for (const [path, value] of target) {
      const original = source.get(englishKey(path, source));
      if (typeof original !== 'string' || typeof value !== 'string') continue;
      expect(placeholders(value), `${path}: ${value}`).toEqual(placeholders(original));
    }
  });

  it('leaves nothing in English', () => {
    const same: string[] = [];
    for (const [path, value] of target) {
      const original = source.get(englishKey(path, source));
      const pairs: [string, string | undefined][] = Array.isArray(value)
        ? value.map((item, i) => [item, Array.isArray(original) ? original[i] : undefined])
        : [[value, typeof original === 'string' ? original : undefined]];
      for (const [text, english] of pairs) {
        if (text === english && !onlyPlaceholders(text) && !allowedSame(language, path)) same.push(`${path}: ${text}`);
      }
    }
    expect(same).toEqual([]);
  });
});
