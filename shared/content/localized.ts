import type { Translate } from '../i18n/english';
import type { ExerciseText, TipText } from '../i18n/locales/en/content';
import { exerciseById } from './exercises';
import { TIPS } from './tips';

/**
 * Exercise and tip text in the user's language. The catalogue holds the
 * English and the structure; translations live in the i18n resources under
 * `content.*`, and a missing one falls back to English, never to a key.
 */
function list(t: Translate, key: string, fallback: readonly string[]): string[] {
  const value: unknown = t(key, { returnObjects: true, defaultValue: fallback });
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : [...fallback];
}

export function exerciseText(id: string, t: Translate): ExerciseText | undefined {
  const exercise = exerciseById(id);
  if (!exercise) return undefined;
  const key = `content.exercises.${id}`;
  return {
    name: t(`${key}.name`, { defaultValue: exercise.name }),
    why: t(`${key}.why`, { defaultValue: exercise.why }),
    steps: list(t, `${key}.steps`, exercise.steps),
    cues: list(t, `${key}.cues`, exercise.cues),
    avoid: list(t, `${key}.avoid`, exercise.avoid),
  };
}

export function tipText(id: string, t: Translate): TipText | undefined {
  const tip = TIPS.find((candidate) => candidate.id === id);
  if (!tip) return undefined;
  const key = `content.tips.${id}`;
  return {
    title: t(`${key}.title`, { defaultValue: tip.title }),
    body: t(`${key}.body`, { defaultValue: tip.body }),
    ...(tip.checklist ? { checklist: list(t, `${key}.checklist`, tip.checklist) } : {}),
  };
}
