import { content, type ContentStrings } from './content';
import { core } from './core';
import { player } from './player';
import { dashboard } from './dashboard';
import { history } from './history';
import { report } from './report';
import { program } from './program';
import { settings } from './settings';

/**
 * English: the source of every string. Each area of the app has its own file
 * here; every other locale has the same files and the same shape, checked by
 * the compiler (the `Resource` type) and by tests/unit/i18n-locales.test.ts
 * (no missing key, no string left in English, the same placeholders).
 */
export const en = { ...core, content, player, dashboard, history, report, program, settings };

/** Every locale has exactly this shape: strings where English has strings. */
export type Resource = DeepStrings<Omit<typeof en, 'content'>> & { content: ContentStrings };

/** The shape of one area's strings, for a locale's area file. */
export type Strings<K extends keyof Resource> = Resource[K];
export type CoreStrings = DeepStrings<typeof core>;
export type { ContentStrings };

type DeepStrings<T> = T extends string
  ? string
  : T extends readonly string[]
    ? string[]
    : { [K in keyof T]: DeepStrings<T[K]> } & ManyForms;

/**
 * Spanish, French and Portuguese have a third plural form, "many" (for a
 * million and up), which English lacks: their locales add `<key>_many` beside
 * `<key>_one` and `<key>_other` (the locale test checks it is there).
 */
type ManyForms = { [key: `${string}_many`]: string };
