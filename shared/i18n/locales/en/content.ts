import { EXERCISES } from '../../../content/exercises';
import { POSTURE_CUES, SEATED_MICRO_MOVES } from '../../../content/posture-tips';
import { TIP_CATEGORY_TITLES, TIPS } from '../../../content/tips';

/**
 * The built-in content as translation resources. English is the catalogue
 * itself (shared/content/), never typed twice; other languages translate this
 * shape, keyed by exercise and tip id.
 */
export interface ExerciseText {
  name: string;
  why: string;
  steps: string[];
  cues: string[];
  avoid: string[];
}

export interface TipText {
  title: string;
  body: string;
  checklist?: string[];
}

export interface ContentStrings {
  exercises: Record<string, ExerciseText>;
  tips: Record<string, TipText>;
  tipCategories: Record<string, string>;
  postureCues: string[];
  microMoves: string[];
}

export const content: ContentStrings = {
  exercises: Object.fromEntries(
    EXERCISES.map((e) => [
      e.id,
      { name: e.name, why: e.why, steps: [...e.steps], cues: [...e.cues], avoid: [...e.avoid] },
    ]),
  ),
  tips: Object.fromEntries(
    TIPS.map((tip) => [
      tip.id,
      { title: tip.title, body: tip.body, ...(tip.checklist ? { checklist: [...tip.checklist] } : {}) },
    ]),
  ),
  tipCategories: { ...TIP_CATEGORY_TITLES },
  postureCues: [...POSTURE_CUES],
  microMoves: [...SEATED_MICRO_MOVES],
};
