import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DESK_EXERCISES,
  EXERCISES,
  describeDose,
  exerciseById,
  exerciseForBreak,
  HOME_PROGRAM_EXERCISE_IDS,
  startingDose,
} from '@shared/content/exercises';
import { english } from '@shared/i18n/english';
import { exerciseSchema, tipSchema } from '@shared/content/content-schema';
import type { DoseSpec } from '@shared/content/exercise-model';
import { TIP_CATEGORIES, TIPS, tipsByCategory } from '@shared/content/tips';
import { ALL_IDS, DESK_IDS, FLOOR_IDS, STANDING_IDS } from '../helpers/catalogue-ids';

/**
 * The summary of the clinic guide the content was written from is not part
 * of the repository (docs/PROGRAM.md "Sources of the content" holds what the
 * app took from it). Whoever has it points POSTURE_GUIDE_SUMMARY at the
 * file, and the "own words" check below reads it.
 */
const GUIDE_SUMMARY_PATH = process.env.POSTURE_GUIDE_SUMMARY ?? '';

const exercise = (id: string) => {
  const found = exerciseById(id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};

describe('exercise catalogue', () => {
  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s satisfies the exercise schema', (_id, entry) => {
    expect(exerciseSchema.safeParse(entry).error?.issues ?? []).toEqual([]);
  });

  it('has unique ids, exactly the agreed list', () => {
    const ids = EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ALL_IDS].sort());
  });

  it('names each illustration after its id', () => {
    for (const e of EXERCISES) expect(e.illustration).toBe(`${e.id}.svg`);
  });

  it('places desk, standing and floor exercises where they belong', () => {
    for (const id of DESK_IDS) expect(exercise(id).position, id).toBe('desk');
    for (const id of STANDING_IDS) expect(exercise(id).position, id).toBe('standing');
    for (const id of FLOOR_IDS) expect(exercise(id).position, id).toBe('floor');
    expect(exercise('walking').kind).toBe('aerobic');
  });

  it('has at least 12 desk or standing variants for workday breaks', () => {
    expect(DESK_EXERCISES.length).toBeGreaterThanOrEqual(12);
    expect(DESK_EXERCISES.map((e) => e.id).sort()).toEqual([...DESK_IDS, ...STANDING_IDS].sort());
  });

  it('keeps the home program to the six floor exercises, in order', () => {
    expect([...HOME_PROGRAM_EXERCISE_IDS]).toEqual(FLOOR_IDS);
  });

  it('writes each why as one line without a closing full stop (the builder uses it verbatim)', () => {
    for (const e of EXERCISES) {
      expect(e.why, e.id).not.toMatch(/[.\n]$/);
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.steps.length, e.id).toBeLessThanOrEqual(6);
    }
  });

  describe('the home-program doses of the clinic guide (docs/PROGRAM.md)', () => {
    const range = (min: number, max: number, start: number, step: number) => ({ min, max, start, step });
    it.each<[string, string, Partial<DoseSpec>]>([
      [
        'knee to chest: hold 30 s, 2-4 repetitions per side',
        'knee-to-chest',
        { holdSeconds: range(30, 30, 30, 1), repetitions: range(2, 4, 2, 1), perSide: true },
      ],
      ["child's pose: hold 60 s", 'childs-pose', { holdSeconds: range(60, 60, 60, 1), repetitions: undefined }],
      [
        'cat-cow: 5-10 repetitions, starting at 5',
        'cat-cow',
        { repetitions: range(5, 10, 5, 1), holdSeconds: undefined },
      ],
      ['plank: 10-20 s to start, building to 60 s', 'plank', { holdSeconds: range(10, 60, 10, 5) }],
      [
        'bird dog: hold 5-10 s, 8-12 repetitions per side',
        'bird-dog',
        { holdSeconds: range(5, 10, 5, 1), repetitions: range(8, 12, 8, 1), perSide: true },
      ],
      [
        'superman: hold 2-3 s, 10-15 repetitions',
        'superman',
        { holdSeconds: range(2, 3, 2, 1), repetitions: range(10, 15, 10, 1), perSide: false },
      ],
      ['walking: 10 minutes to start, up to 30', 'walking', { minutes: range(10, 30, 10, 2) }],
    ])('%s', (_title, id, expected) => {
      const { dose } = exercise(id);
      // Each named field as the guide gives it; `undefined` means the dose has no such field.
      for (const [field, value] of Object.entries(expected))
        expect(dose[field as keyof DoseSpec], field).toEqual(value);
    });
  });

  it('describes a starting dose in words', () => {
    expect(describeDose(startingDose(exercise('knee-to-chest').dose), english)).toBe(
      '2 repetitions per side, hold 30 s each',
    );
    expect(describeDose(startingDose(exercise('childs-pose').dose), english)).toBe('hold 60 s');
    expect(describeDose(startingDose(exercise('walking').dose), english)).toBe('10 minutes');
  });
});

describe('movement break rotation', () => {
  it('starts with seated cat-cow and cycles through the desk set only', () => {
    expect(exerciseForBreak(0).id).toBe('seated-cat-cow');
    const n = DESK_EXERCISES.length;
    const seen = new Set<string>();
    for (let i = 0; i < 2 * n; i++) {
      const e = exerciseForBreak(i);
      expect(e).toBe(DESK_EXERCISES[i % n]);
      expect(e.position).not.toBe('floor');
      expect(e.kind).not.toBe('aerobic');
      seen.add(e.id);
    }
    expect(seen.size).toBe(n);
    expect(exerciseForBreak(-1)).toBe(DESK_EXERCISES[n - 1]);
  });
});

describe('tips library', () => {
  it.each(TIPS.map((t) => [t.id, t] as const))('%s satisfies the tip schema', (_id, tip) => {
    expect(tipSchema.safeParse(tip).error?.issues ?? []).toEqual([]);
  });

  it('has at least 12 tips with unique ids, each body two to four sentences', () => {
    expect(TIPS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(TIPS.map((t) => t.id)).size).toBe(TIPS.length);
    for (const tip of TIPS) {
      const sentences = tip.body.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
      expect(sentences.length, tip.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, tip.id).toBeLessThanOrEqual(4);
    }
  });

  it('covers every category', () => {
    for (const category of TIP_CATEGORIES) expect(tipsByCategory(category).length, category).toBeGreaterThan(0);
  });

  it('gives the workstation a checklist covering chair, lumbar roll, monitor, feet, keyboard and mouse', () => {
    const items = tipsByCategory('workstation').flatMap((t) => t.checklist ?? []);
    const text = items.join(' ').toLowerCase();
    for (const word of ['chair', 'lumbar roll', 'monitor', 'feet', 'keyboard', 'mouse']) expect(text).toContain(word);
  });
});

describe('own words', () => {
  const WINDOW = 8;
  const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const windows = (text: string): string[] => {
    const w = words(text);
    const out: string[] = [];
    for (let i = 0; i + WINDOW <= w.length; i++) out.push(w.slice(i, i + WINDOW).join(' '));
    return out;
  };

  const ourTexts: [string, string][] = [
    ...EXERCISES.flatMap((e) =>
      [e.why, ...e.steps, ...e.cues, ...e.avoid].map((text): [string, string] => [e.id, text]),
    ),
    ...TIPS.flatMap((t) => [t.title, t.body, ...(t.checklist ?? [])].map((text): [string, string] => [t.id, text])),
  ];

  // The app's exercise and tip texts are written in our own words from the
  // guide's facts, not copied: none of them may share a run of WINDOW words
  // with the summary of the guide. Without the summary on this machine there
  // is nothing to compare against, so the check skips itself by name.
  const summaryPresent = GUIDE_SUMMARY_PATH !== '' && existsSync(GUIDE_SUMMARY_PATH);
  it.skipIf(!summaryPresent)(
    summaryPresent
      ? `shares no run of ${WINDOW}+ consecutive words with the summary of the clinic guide`
      : `skipped: POSTURE_GUIDE_SUMMARY names no file with the summary of the clinic guide, so copied text cannot be checked`,
    () => {
      const facts = new Set(windows(readFileSync(GUIDE_SUMMARY_PATH, 'utf8')));
      const copied = ourTexts.filter(([, text]) => windows(text).some((w) => facts.has(w)));
      expect(copied).toEqual([]);
    },
  );
});
