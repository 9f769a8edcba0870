import { EXERCISES } from '../content/exercises';
import type { BodyArea, Exercise, PrescribedDose } from '../content/exercise-model';
import type { SettingsPatch } from '../settings-schema';
import type { ExclusionReason, ReasonExtra } from './program-model';
import type { Profile, Safety } from './profile-model';
import { prescribeDose, shouldRemove, type ExerciseHistory } from './progression';

/**
 * The program builder: turns the questionnaire's answers (and the history of
 * feedback) into a workday break rotation and a home program. Pure: the same
 * answers and history always give the same program. Every choice carries a
 * one-line reason the user can read, as data: describeReason()
 * (program-text.ts) words it in the user's language.
 */
export interface ProgramItem {
  exerciseId: string;
  dose: PrescribedDose;
  /**
   * What the answers add to the exercise's own "why": "Knee to chest: eases
   * tension in the low back" plus, say, "gets you out of the sitting position".
   */
  extras: ReasonExtra[];
}

export interface Program {
  /** Desk and standing exercises, taken in turn by movement breaks. */
  workday: ProgramItem[];
  /** The floor routine for the home-program reminder. */
  home: ProgramItem[];
  walk: ProgramItem | null;
  /** Exercises left out, and why ("painful" feedback, or one of the user's conditions). */
  excluded: { exerciseId: string; reason: ExclusionReason }[];
  /** Schedule settings that suit the answers, offered when the questionnaire is saved. */
  suggestedSettings: SettingsPatch;
  /** Set when a red flag stopped the program: no exercises are offered. */
  stopped: boolean;
}

const WORKDAY_SIZE = 8;
const HOME_SIZE_GENTLE = 4;

const AREA_TARGETS: Record<Profile['painAreas'][number], BodyArea[]> = {
  'low-back': ['low-back', 'hips', 'hamstrings', 'core'],
  'upper-back': ['upper-back', 'shoulders', 'chest'],
  neck: ['neck', 'shoulders', 'upper-back'],
};

/** Stretches that round the spine forward: gentler first when bending hurts. */
const FLEXION = new Set(['knee-to-chest', 'seated-knee-hug', 'childs-pose']);
/** Extensions that counter long sitting. */
const EXTENSION = new Set(['standing-back-extension', 'hip-flexor-lunge', 'superman', 'doorway-chest-stretch']);

function isGentle(profile: Profile): boolean {
  return profile.duration === 'under-3-months' || (profile.severity ?? 0) >= 7;
}

/** How well an exercise fits the answers: higher first. */
function score(exercise: Exercise, profile: Profile): number {
  let points = 0;
  const wanted = new Set(profile.painAreas.flatMap((area) => AREA_TARGETS[area]));
  for (const target of exercise.targets) if (wanted.has(target)) points += 3;
  if (profile.painAreas.length === 0 && exercise.targets.includes('whole-body')) points += 1;
  if (profile.worseWith.includes('sitting') && (exercise.position === 'standing' || EXTENSION.has(exercise.id)))
    points += 2;
  if (profile.worseWith.includes('standing') && exercise.position === 'desk') points += 2;
  if (profile.worseWith.includes('bending') && FLEXION.has(exercise.id)) points -= 3;
  if (profile.workSetup === 'sit-stand' && exercise.position === 'standing') points += 1;
  if (profile.goal === 'strength' && exercise.kind === 'strength') points += 2;
  if (profile.goal === 'relief' && (exercise.kind === 'stretch' || exercise.kind === 'breathing')) points += 1;
  if (isGentle(profile) && exercise.kind === 'strength') points -= 2;
  return points;
}

function extrasFor(exercise: Exercise, profile: Profile): ReasonExtra[] {
  const extras: ReasonExtra[] = [];
  // Said only of what is done standing: a floor exercise at home is no escape from the chair.
  if (profile.worseWith.includes('sitting') && exercise.position === 'standing') extras.push('out-of-sitting');
  if (profile.goal === 'strength' && exercise.kind === 'strength') extras.push('builds-strength');
  return extras;
}

function conditionConflict(exercise: Exercise, profile: Profile): ExclusionReason | null {
  return exercise.contraindications.find((c) => profile.conditions.includes(c)) ?? null;
}

/** Suggested schedule for the answers: break rhythm, sit-stand desks. */
export function suggestedSettings(profile: Profile): SettingsPatch {
  const patch: SettingsPatch = {};
  if (profile.breakStyle === 'short-frequent') patch.movement = { intervalSeconds: 30 * 60, durationSeconds: 2 * 60 };
  if (profile.breakStyle === 'fewer-longer') patch.movement = { intervalSeconds: 60 * 60, durationSeconds: 5 * 60 };
  if (profile.workSetup === 'sit-stand') patch.posture = { mode: 'sit-stand' };
  if (profile.status === 'completed' && profile.painAreas.length > 0) {
    patch.homeProgram = { enabled: true };
    patch.walk = { enabled: true };
  }
  return patch;
}

export function buildProgram(
  profile: Profile,
  safety: Safety,
  histories: ReadonlyMap<string, ExerciseHistory> = new Map(),
): Program {
  const excluded: Program['excluded'] = [];
  const eligible: Exercise[] = [];
  for (const exercise of EXERCISES) {
    const conflict = conditionConflict(exercise, profile);
    if (conflict) excluded.push({ exerciseId: exercise.id, reason: conflict });
    else if (shouldRemove(histories.get(exercise.id))) {
      excluded.push({ exerciseId: exercise.id, reason: 'painful' });
    } else eligible.push(exercise);
  }
  const stopped = safety.stoppedAt !== null;
  const item = (exercise: Exercise): ProgramItem => ({
    exerciseId: exercise.id,
    dose: prescribeDose(exercise.dose, histories.get(exercise.id)),
    extras: extrasFor(exercise, profile),
  });
  // Stable order: by fit, then by catalogue order.
  const ranked = (list: Exercise[]) =>
    list
      .map((exercise, index) => ({ exercise, index, points: score(exercise, profile) }))
      .sort((a, b) => b.points - a.points || a.index - b.index)
      .map((r) => r.exercise);

  const workday = ranked(eligible.filter((e) => e.position !== 'floor' && e.kind !== 'aerobic')).slice(0, WORKDAY_SIZE);
  let homeCandidates = eligible.filter((e) => e.position === 'floor');
  if (isGentle(profile)) homeCandidates = homeCandidates.filter((e) => e.kind !== 'strength');
  const home = ranked(homeCandidates)
    .slice(0, isGentle(profile) ? HOME_SIZE_GENTLE : homeCandidates.length)
    // The routine runs in catalogue order: stretches to warm up, then strength.
    .sort((a, b) => EXERCISES.indexOf(a) - EXERCISES.indexOf(b));
  const walking = eligible.find((e) => e.kind === 'aerobic') ?? null;

  return {
    workday: stopped ? [] : workday.map(item),
    home: stopped ? [] : home.map(item),
    walk: stopped || !walking ? null : item(walking),
    excluded,
    suggestedSettings: suggestedSettings(profile),
    stopped,
  };
}

/**
 * The exercises for one workday break: the next ones in the rotation that fit
 * the break's length (at least one).
 */
export function sessionFor<Item extends { dose: PrescribedDose }>(
  workday: readonly Item[],
  rotation: number,
  durationSeconds: number,
  fit: (dose: PrescribedDose) => number,
): Item[] {
  if (workday.length === 0) return [];
  const session: Item[] = [];
  let used = 0;
  for (let i = 0; i < workday.length; i++) {
    const candidate = workday[(rotation + i) % workday.length] as Item;
    const seconds = fit(candidate.dose);
    if (session.length > 0 && used + seconds > durationSeconds) break;
    session.push(candidate);
    used += seconds;
  }
  return session;
}
