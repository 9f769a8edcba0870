import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { CONTRAINDICATIONS } from '@shared/content/exercise-model';
import { english, type Translate } from '@shared/i18n/english';
import { I18N_OPTIONS } from '@shared/i18n/languages';
import { en } from '@shared/i18n/locales/en';
import type { ExclusionReason, ReasonExtra } from '@shared/program/program-model';
import { describeExclusion, describeFlareUp, describeReason, painAreaLabel } from '@shared/program/program-text';
import { PAIN_AREAS } from '@shared/program/profile-model';

/**
 * The program's reasons and advice are data on the wire and words on screen:
 * the words come from `program.*` in the user's language (here a pseudo-locale
 * that marks every string "⟦…⟧"), in English exactly as before.
 */
function mark(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (Array.isArray(value)) return value.map(mark);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]));
  }
  return value;
}
function pseudo(): Translate {
  const instance = createInstance();
  void instance.init({
    ...I18N_OPTIONS,
    lng: 'xx',
    fallbackLng: false,
    resources: { xx: { translation: mark(en) as Record<string, unknown> } },
    initAsync: false,
  });
  return instance.t.bind(instance);
}
const marked = (text: string) => /^⟦.*⟧$/s.test(text);

const EXTRAS: ReasonExtra[][] = [[], ['out-of-sitting'], ['builds-strength'], ['out-of-sitting', 'builds-strength']];
const EXCLUSIONS: ExclusionReason[] = [...CONTRAINDICATIONS, 'painful'];

describe('describeReason', () => {
  it('reads "Name: why" in English, with what the answers add', () => {
    expect(describeReason({ exerciseId: 'calf-raises', extras: [] }, english, 'en')).toBe(
      'Calf raises: gets the blood moving in legs that have been still under the desk',
    );
    expect(
      describeReason({ exerciseId: 'calf-raises', extras: ['out-of-sitting', 'builds-strength'] }, english, 'en'),
    ).toBe(
      'Calf raises: gets the blood moving in legs that have been still under the desk; gets you out of the sitting position, builds lasting strength',
    );
    expect(describeReason({ exerciseId: 'calf-raises', extras: ['builds-strength'] }, english, 'en')).toMatch(
      /desk; builds lasting strength$/,
    );
  });

  it('takes every sentence, name and why from the translation', () => {
    const t = pseudo();
    const seen = new Set<string>();
    for (const extras of EXTRAS) {
      const text = describeReason({ exerciseId: 'calf-raises', extras }, t, 'xx');
      expect(marked(text), text).toBe(true);
      expect(text).toContain('⟦Calf raises⟧');
      seen.add(text);
    }
    expect(seen.size).toBe(EXTRAS.length);
  });

  it('starts the why in lower case after the colon, except in German', () => {
    const item = { exerciseId: 'calf-raises', extras: [] };
    expect(describeReason(item, english, 'es')).toContain(': gets the blood');
    expect(describeReason(item, english, 'de')).toContain(': Gets the blood');
  });

  it('an exercise the catalogue no longer has shows its id, not a key', () => {
    expect(describeReason({ exerciseId: 'gone', extras: [] }, english, 'en')).toBe('gone');
  });
});

describe('describeExclusion and describeFlareUp', () => {
  it('every reason to leave an exercise out has its own translated words', () => {
    const t = pseudo();
    const english_ = EXCLUSIONS.map((reason) => describeExclusion(reason, english));
    expect(new Set(english_).size).toBe(EXCLUSIONS.length);
    for (const text of english_) expect(text).not.toMatch(/^program\./);
    expect(describeExclusion('recent-spinal-surgery', english)).toBe('not advised with recent spinal surgery');
    for (const reason of EXCLUSIONS) expect(marked(describeExclusion(reason, t)), reason).toBe(true);
  });

  it('says why flare-up advice shows, with plural forms', () => {
    expect(describeFlareUp({ kind: 'flare-ups', count: 3, days: 14 }, english)).toBe('3 flare-ups in the last 14 days');
    expect(describeFlareUp({ kind: 'flare-ups', count: 1, days: 14 }, english)).toBe('1 flare-up in the last 14 days');
    expect(describeFlareUp({ kind: 'severe-pain', pain: 7 }, english)).toBe('pain of 7 or more on two days running');
    const t = pseudo();
    expect(marked(describeFlareUp({ kind: 'flare-ups', count: 3, days: 14 }, t))).toBe(true);
    expect(marked(describeFlareUp({ kind: 'severe-pain', pain: 7 }, t))).toBe(true);
  });
});

describe('program resources', () => {
  it('the panel counts both lists, each with its own plural', () => {
    expect(english('program.panel.workdayAndHome', { count: 8, home: 6 })).toBe(
      '8 exercises rotate through your workday breaks; 6 make up your home routine.',
    );
    expect(english('program.panel.workdayAndHome', { count: 1, home: 1 })).toBe(
      '1 exercise rotates through your workday breaks; 1 makes up your home routine.',
    );
    expect(english('program.panel.workday', { count: 5 })).toBe('5 exercises rotate through your workday breaks.');
  });

  it('pain areas as labels start with a capital', () => {
    expect(PAIN_AREAS.map((area) => painAreaLabel(area, english, 'en'))).toEqual(['Low back', 'Upper back', 'Neck']);
  });
});
