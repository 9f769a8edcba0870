import { describe, expect, it } from 'vitest';
import { describeDose, describeTargets } from '@shared/content/exercises';
import { exerciseText, tipText } from '@shared/content/localized';
import { english, LANGUAGES, RESOURCES, translator, type Language } from '@shared/i18n/i18n';
import { en } from '@shared/i18n/locales/en';
import { type NotificationInput, type NotificationVariant } from '@shared/notification-content';
import { buildTrayMenu, buildTrayTooltip } from '@shared/tray-menu';
import { NOTIFICATION_VARIANTS, notificationIn } from '../helpers/i18n-fixtures';

/**
 * Every locale against English (docs/I18N.md): for each area, the same keys (with the plural forms its grammar needs), the
 * same {{placeholders}}, lists of the same length, nothing empty and nothing
 * left in English. Every area is translated: there is no English fallback
 * (the locales' index files spread no `...en`), so a new English key fails
 * here until each language has it.
 */
/** Every area of English (core's, content, player, …, settings): every language translates them all. */
const AREAS = Object.keys(en);

/**
 * Text that is rightly the same as in English, compared after placeholders and
 * numbers are removed. Keep it short; each entry says why.
 */
const SAME_AS_ENGLISH: Record<'all' | Language, readonly string[]> = {
  all: [
    'Posture Breaks', // the product's name, a brand
    'Superman', // the exercise's usual name in Spanish, German and French gyms and physio practices too
  ],
  en: [],
  es: [
    'no', // "no" is the Spanish word too
    'min', // the SI unit, written as in English
    'h min', // the SI units, written as in English ("1 h 5 min")
    'Osteoporosis', // the Spanish medical term is spelled as in English
  ],
  de: ['Version'], // About: the German word is spelled as in English
  fr: [
    'minute', // the French words are spelled as in English ("30 minutes")
    'minutes',
    'min', // the unit symbols French writes too ("5 min", "1 h 5 min")
    'h min',
    'Version', // About: the French word is spelled as in English
    'Notifications', // the Settings group: the French word, as the systems' own settings name it
  ],
  'pt-BR': [
    'min', // the SI unit, written as in English
    'h min', // the SI units, written as in English ("1 h 5 min")
  ],
};

type Leaf = string | readonly string[];
type Tree = { readonly [key: string]: Leaf | Tree };

/** Every string or list of strings under `tree`, by dotted path. */
function leaves(tree: unknown, prefix: string, out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (typeof tree === 'string' || Array.isArray(tree)) {
    out.set(prefix, tree as Leaf);
  } else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree as Tree)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, String(tree));
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const pluralBase = (path: string) => path.replace(PLURAL_SUFFIX, '');
const categories = (language: string) => new Intl.PluralRules(language).resolvedOptions().pluralCategories;

/** The keys a language must have: English's, with each plural group in the language's own forms. */
function expectedKeys(english: Map<string, Leaf>, language: Language): string[] {
  const keys = new Set<string>();
  for (const path of english.keys()) {
    const isPlural = PLURAL_SUFFIX.test(path) && english.has(`${pluralBase(path)}_other`);
    if (isPlural) for (const category of categories(language)) keys.add(`${pluralBase(path)}_${category}`);
    else keys.add(path);
  }
  return [...keys].sort();
}

/** The English text a translated key stands for (a plural form maps to English's "other"). */
function englishFor(english: Map<string, Leaf>, path: string): Leaf | undefined {
  return english.get(path) ?? english.get(`${pluralBase(path)}_other`);
}

const placeholders = (text: string) => [...new Set(text.match(/{{\s*[^}]+?\s*}}/g) ?? [])].sort();
const words = (text: string) =>
  text
    .replace(/{{[^}]*}}/g, ' ')
    .replace(/<\/?[\w-]+>/g, ' ') // <Trans> markup (<strong>, <1>) is not text
    .replace(/[\d.,:;!?()…–%/-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function mayEqualEnglish(text: string, language: Language): boolean {
  const rest = words(text);
  return rest === '' || [...SAME_AS_ENGLISH.all, ...SAME_AS_ENGLISH[language]].includes(rest);
}

/** Pairs of (translated, English) strings for one key: a string, or a list item by item. */
function pairs(value: Leaf, english: Leaf): [string, string][] {
  if (typeof value === 'string') return [[value, typeof english === 'string' ? english : '']];
  return value.map((item, i): [string, string] => [item, Array.isArray(english) ? (english[i] ?? '') : '']);
}

const locales = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');

describe.each(locales)('%s', (language) => {
  const resource = RESOURCES[language] as unknown as Record<string, unknown>;
  const source = en as unknown as Record<string, unknown>;

  it('has every area English has, and no other', () => {
    expect(Object.keys(resource).sort()).toEqual(Object.keys(source).sort());
  });

  describe.each(AREAS.map((area) => [area]))('%s', (area) => {
    const english = leaves(source[area], area);
    const translated = leaves(resource[area], area);

    it('has every key English has, in the plural forms the language needs, and no other', () => {
      expect([...translated.keys()].sort()).toEqual(expectedKeys(english, language));
    });

    it('has text everywhere, lists as long as English, and the same placeholders', () => {
      for (const [path, value] of translated) {
        const source = englishFor(english, path);
        expect(source, path).toBeDefined();
        if (source === undefined) continue;
        expect(Array.isArray(value), `${path} is a list in English: ${String(Array.isArray(source))}`).toBe(
          Array.isArray(source),
        );
        if (Array.isArray(value)) expect(value.length, path).toBe(source.length);
        for (const [text, original] of pairs(value, source)) {
          expect(text.trim(), path).not.toBe('');
          expect(placeholders(text), `${path}: ${text}`).toEqual(placeholders(original));
        }
      }
    });

    it('leaves nothing in English', () => {
      const same: string[] = [];
      for (const [path, value] of translated) {
        const source = englishFor(english, path);
        if (source === undefined) continue;
        for (const [text, original] of pairs(value, source)) {
          if (text === original && !mayEqualEnglish(text, language)) same.push(`${path}: ${text}`);
        }
      }
      expect(same).toEqual([]);
    });
  });
});

/** The translated strings of a language, one by one. */
function allText(language: Language): [string, string][] {
  const resource = RESOURCES[language] as unknown as Record<string, unknown>;
  const out: [string, string][] = [];
  for (const area of AREAS) {
    for (const [path, value] of leaves(resource[area], area)) {
      for (const text of typeof value === 'string' ? [value] : value) out.push([path, text]);
    }
  }
  return out;
}

describe('French typography', () => {
  it('puts a non-breaking space before : ; ? ! and uses the typographic apostrophe', () => {
    // A nested $t(key, {"count": …}) is i18next syntax (strict JSON), not prose: it is left out.
    const prose = (text: string) => text.replace(/\$t\([^)]*\)/g, '');
    const wrong = allText('fr').filter(
      ([, text]) =>
        /(^|[^\u00a0\u202f])[:;?!]/.test(prose(text)) || text.includes("'") || /\u00a0(?![:;?!])/.test(text),
    );
    expect(wrong).toEqual([]);
  });
});

describe('German units', () => {
  it('abbreviates seconds and minutes as "Sek." and "Min." everywhere', () => {
    const wrong = allText('de').filter(([, text]) => /(?<=(\d|\}\})\s?)(s|sec|min|Sek|Min)(?![\p{L}.])/u.test(text));
    expect(wrong).toEqual([]);
  });
});

describe('the builders in a translated language', () => {
  const notification = (
    language: Language,
    variant: NotificationVariant,
    kind: NotificationInput['kind'],
    extra: Partial<NotificationInput> = {},
  ) => notificationIn(translator(language), variant, kind, extra);

  it.each(locales)('%s: no notification shows English', (language) => {
    for (const [variant, kind, extra] of NOTIFICATION_VARIANTS) {
      const spec = notification(language, variant, kind, extra);
      const original = notification('en', variant, kind, extra);
      expect(spec.title, `${variant} ${kind}`).not.toBe(original.title);
      expect(spec.body, `${variant} ${kind}`).not.toBe(original.body);
      spec.actions.forEach((action, i) => expect(action.label).not.toBe(original.actions[i]?.label));
    }
  });

  it('German: a movement break names the exercise in German', () => {
    const spec = notification('de', 'reminder', 'movement', { detail: { exerciseId: 'seated-cat-cow' } });
    expect(spec.title).toBe('Zeit für eine Bewegungspause');
    expect(spec.body).toBe('Steh auf und dehn dich 3 Minuten lang. Heutige Übung: Katze-Kuh im Sitzen.');
    expect(spec.actions.map((a) => a.label)).toEqual(['Dehnpause starten', '10 Min. später', 'Überspringen']);
  });

  it('French: a movement break names the exercise in French', () => {
    const spec = notification('fr', 'reminder', 'movement', { detail: { exerciseId: 'seated-cat-cow' } });
    expect(spec.title).toBe('C’est l’heure d’une pause active');
    expect(spec.body).toBe('Levez-vous et étirez-vous pendant 3 minutes. Exercice du jour\u00a0: Chat-vache assis.');
    expect(spec.actions.map((a) => a.label)).toEqual(['S’étirer', 'Reporter de 10 min', 'Passer']);
  });

  it('durations, doses and body areas read naturally', () => {
    const de = translator('de');
    const fr = translator('fr');
    expect(notification('de', 'pre-break', 'movement').title).toBe('Bewegungspause in 30 Sekunden');
    expect(notification('fr', 'limit', 'sitting').body).toBe(
      'Vous avez passé plus de 8 heures en position assise aujourd’hui. Une marche ferait du bien à votre dos.',
    );
    const dose = { repetitions: 8, holdSeconds: 5, perSide: true };
    expect(describeDose(dose, de)).toBe('8 Wiederholungen pro Seite, jeweils 5 Sek. halten');
    expect(describeDose(dose, fr)).toBe('8 répétitions de chaque côté, tenir 5 s à chaque fois');
    expect(describeDose({ repetitions: 1, holdSeconds: 20, perSide: true }, de)).toBe(
      '1-mal pro Seite, 20 Sek. halten',
    );
    expect(describeTargets(['low-back', 'hips', 'core'], de, 'de')).toBe('Unterer Rücken, Hüften und Rumpf');
    expect(describeTargets(['low-back', 'hips', 'core'], fr, 'fr')).toBe('Bas du dos, hanches et sangle abdominale');
  });

  it('the tray speaks the language', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    const model = {
      now,
      zone: 'UTC',
      language: 'de',
      status: 'running' as const,
      next: [{ kind: 'movement' as const, at: now + 5 * 60_000 }],
      canSnooze: true,
    };
    const labels = buildTrayMenu(model, 'linux', translator('de')).map((item) => item.label);
    expect(labels).toContain('Nächste Dehnpause in 5 Min.');
    expect(labels).toContain('Bewegungspause um 09:05');
    expect(labels.at(-1)).toBe('Beenden');
    expect(buildTrayTooltip({ ...model, language: 'fr' }, translator('fr'))).toBe(
      'Posture Breaks\u00a0: Prochains étirements dans 5 min',
    );
  });

  it("exercise and tip text comes from the language's content", () => {
    expect(exerciseText('plank', translator('de'))?.name).toBe('Unterarmstütz');
    expect(exerciseText('plank', english)?.name).toBe('Plank');
    expect(tipText('heat-or-cold', translator('fr'))?.title).toBe('Le froid pour calmer, le chaud pour détendre');
  });
});
