import type { Exercise, PrescribedDose } from '@shared/content/exercise-model';

/**
 * The guided player as pure data: a break's session items unrolled into timed
 * steps (for each item, for each side, for each repetition: a hold of
 * `holdSeconds`, or a short movement when there is no hold; with short
 * get-into-position, release and switch-side transitions between them), and a
 * reducer that moves through the steps on a clock it is given. No timers, no
 * DOM: the view feeds it `performance.now()` while playing, and the tests
 * feed it numbers.
 */

export interface PlayerItem {
  exerciseId: string;
  dose: PrescribedDose;
}

export type Side = 'right' | 'left';

/**
 * The first side is the right: most of the catalogue's steps describe the
 * right side first ("rest your right ankle on your left knee"), so the text
 * and the side label agree.
 */
export const SIDES: readonly Side[] = ['right', 'left'];

export type StepKind =
  /** Before each exercise: get into position. */
  | 'get-ready'
  /** Hold a position for `holdSeconds`. */
  | 'hold'
  /** One repetition without a hold: move slowly through it. */
  | 'move'
  /** A short release between two holds. */
  | 'rest'
  /** Between the two sides of a per-side exercise. */
  | 'switch-side'
  /** A walk: one timed stretch of minutes. */
  | 'walk';

export interface PlayerStep {
  kind: StepKind;
  /** The session item the step belongs to. */
  itemIndex: number;
  side: Side | null;
  /** 1-based; for transitions, the repetition that comes next. */
  rep: number;
  reps: number;
  durationMs: number;
  /** Where the step starts in the planned session. */
  offsetMs: number;
}

export const GET_READY_MS = 5_000;
export const SWITCH_SIDE_MS = 5_000;
export const REST_MS = 2_000;
/** A repetition without a hold; the same four seconds `doseSeconds` assumes. */
export const MOVE_MS = 4_000;
/** Previous within this much of a step's start goes to the step before; later, back to its start. */
export const RESTART_WINDOW_MS = 2_000;

const WORK_KINDS: ReadonlySet<StepKind> = new Set(['hold', 'move', 'walk']);

export function isWork(step: PlayerStep): boolean {
  return WORK_KINDS.has(step.kind);
}

/** Unrolls the session into timed steps, in order. */
export function buildSteps(items: readonly PlayerItem[]): PlayerStep[] {
  const steps: PlayerStep[] = [];
  let offsetMs = 0;
  const push = (step: Omit<PlayerStep, 'offsetMs'>) => {
    steps.push({ ...step, offsetMs });
    offsetMs += step.durationMs;
  };
  items.forEach((item, itemIndex) => {
    const { dose } = item;
    if (dose.minutes !== undefined) {
      push({ kind: 'walk', itemIndex, side: null, rep: 1, reps: 1, durationMs: dose.minutes * 60_000 });
      return;
    }
    const reps = Math.max(1, dose.repetitions ?? 1);
    const sides: readonly (Side | null)[] = dose.perSide ? SIDES : [null];
    const hold = dose.holdSeconds;
    sides.forEach((side, sideIndex) => {
      if (sideIndex === 0) push({ kind: 'get-ready', itemIndex, side, rep: 1, reps, durationMs: GET_READY_MS });
      else push({ kind: 'switch-side', itemIndex, side, rep: 1, reps, durationMs: SWITCH_SIDE_MS });
      for (let rep = 1; rep <= reps; rep++) {
        if (hold === undefined) {
          push({ kind: 'move', itemIndex, side, rep, reps, durationMs: MOVE_MS });
          continue;
        }
        if (rep > 1) push({ kind: 'rest', itemIndex, side, rep, reps, durationMs: REST_MS });
        push({ kind: 'hold', itemIndex, side, rep, reps, durationMs: hold * 1000 });
      }
    });
  });
  return steps;
}

export function totalMs(steps: readonly PlayerStep[]): number {
  const last = steps[steps.length - 1];
  return last ? last.offsetMs + last.durationMs : 0;
}

// ---- The reducer

export type PlayerStatus = 'ready' | 'playing' | 'paused' | 'finished';

export interface PlayerState {
  status: PlayerStatus;
  /** The current step. */
  index: number;
  /** Time spent in the current step. */
  elapsedMs: number;
  /** The page clock at the last tick while playing; null otherwise. */
  clockAt: number | null;
  /** Per item: its last hold or repetition ran to the end. */
  done: boolean[];
}

export type PlayerAction =
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  /** Space: start, pause or resume, whichever fits. */
  | { type: 'toggle'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'next'; now: number }
  | { type: 'previous'; now: number };

export function initialState(steps: readonly PlayerStep[]): PlayerState {
  const items = steps.reduce((n, s) => Math.max(n, s.itemIndex + 1), 0);
  return { status: 'ready', index: 0, elapsedMs: 0, clockAt: null, done: new Array<boolean>(items).fill(false) };
}

/** The item's last work step: running it out finishes the exercise. */
function isLastWorkOfItem(steps: readonly PlayerStep[], index: number): boolean {
  const step = steps[index];
  if (!step || !isWork(step)) return false;
  return !steps.slice(index + 1).some((s) => s.itemIndex === step.itemIndex && isWork(s));
}

/** Runs the clock forward: steps that run out are passed, carrying the rest over. */
function runFor(steps: readonly PlayerStep[], state: PlayerState, ms: number): PlayerState {
  let { index, elapsedMs } = state;
  let done = state.done;
  elapsedMs += Math.max(0, ms);
  for (let step = steps[index]; step && elapsedMs >= step.durationMs; step = steps[index]) {
    if (isLastWorkOfItem(steps, index) && !done[step.itemIndex]) {
      done = done.slice();
      done[step.itemIndex] = true;
    }
    elapsedMs -= step.durationMs;
    index++;
  }
  if (index >= steps.length)
    return { ...state, status: 'finished', index: steps.length, elapsedMs: 0, clockAt: null, done };
  return { ...state, index, elapsedMs, done };
}

/** Moves to `index` (its start), finishing when past the end; keeps playing or paused. */
function jumpTo(steps: readonly PlayerStep[], state: PlayerState, index: number, now: number): PlayerState {
  if (index >= steps.length) return { ...state, status: 'finished', index: steps.length, elapsedMs: 0, clockAt: null };
  return { ...state, index: Math.max(0, index), elapsedMs: 0, clockAt: state.status === 'playing' ? now : null };
}

/** The next step Next lands on: the short releases between holds are passed over. */
function nextIndex(steps: readonly PlayerStep[], from: number): number {
  let index = from + 1;
  while (steps[index]?.kind === 'rest') index++;
  return index;
}

function previousIndex(steps: readonly PlayerStep[], from: number): number {
  let index = from - 1;
  while (index > 0 && steps[index]?.kind === 'rest') index--;
  return Math.max(0, index);
}

export function reducePlayer(steps: readonly PlayerStep[], state: PlayerState, action: PlayerAction): PlayerState {
  if (state.status === 'finished') return state;
  // Whatever the action, time spent playing up to now counts first.
  const caughtUp =
    state.status === 'playing' && state.clockAt !== null ? runFor(steps, state, action.now - state.clockAt) : state;
  if (caughtUp.status === 'finished') return caughtUp;
  const current: PlayerState = caughtUp.status === 'playing' ? { ...caughtUp, clockAt: action.now } : caughtUp;
  switch (action.type) {
    case 'tick':
      return current;
    case 'start':
      if (current.status !== 'ready') return current;
      if (steps.length === 0) return { ...current, status: 'finished' };
      return { ...current, status: 'playing', clockAt: action.now };
    case 'pause':
      return current.status === 'playing' ? { ...current, status: 'paused', clockAt: null } : current;
    case 'resume':
      return current.status === 'paused' ? { ...current, status: 'playing', clockAt: action.now } : current;
    case 'toggle':
      if (current.status === 'ready') return reducePlayer(steps, current, { type: 'start', now: action.now });
      if (current.status === 'playing') return { ...current, status: 'paused', clockAt: null };
      return { ...current, status: 'playing', clockAt: action.now };
    case 'next':
      if (current.status === 'ready') return current;
      return jumpTo(steps, current, nextIndex(steps, current.index), action.now);
    case 'previous':
      if (current.status === 'ready') return current;
      if (current.elapsedMs >= RESTART_WINDOW_MS || current.index === 0) {
        return jumpTo(steps, current, current.index, action.now);
      }
      return jumpTo(steps, current, previousIndex(steps, current.index), action.now);
  }
}

// ---- Reading the state

export type Outcome = 'done' | 'skipped';

/**
 * What became of each session item: done when its last hold or repetition ran
 * to the end (Next on earlier repetitions only shortens it); skipped when the
 * user moved past it with Next, or the break ended before it was finished.
 * The backend records the same: each item as the player reports it done,
 * the rest as skipped when the break ends (electron/core/break-record.ts).
 */
export function outcomes(state: PlayerState, itemCount: number): Outcome[] {
  return Array.from({ length: itemCount }, (_, i) => (state.done[i] ? 'done' : 'skipped'));
}

/** Share of the planned session behind the player, 0 to 1. */
export function sessionProgress(steps: readonly PlayerStep[], state: PlayerState): number {
  const total = totalMs(steps);
  if (state.status === 'finished') return 1;
  const step = steps[state.index];
  if (!step || total === 0) return 0;
  return Math.min(1, (step.offsetMs + state.elapsedMs) / total);
}

/** Whole seconds left in the current step, counting down to 1 (never 0 while it runs). */
export function secondsLeft(steps: readonly PlayerStep[], state: PlayerState): number {
  const step = steps[state.index];
  if (!step) return 0;
  return Math.max(0, Math.ceil((step.durationMs - state.elapsedMs) / 1000));
}

/** "1:05" for a minute or more, "45" below. */
export function formatSeconds(seconds: number, alwaysMinutes = false): string {
  if (!alwaysMinutes && seconds < 60) return String(seconds);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${s.toString().padStart(2, '0')}`;
}

const HOLD_WORDS = /\b(hold|pause)\b/i;
const STAY_WORDS = /\b(stay|keep)\b/i;

function lastIndexMatching(lines: readonly string[], pattern: RegExp): number {
  for (let i = lines.length - 1; i >= 0; i--) if (pattern.test(lines[i] ?? '')) return i;
  return -1;
}

/**
 * Which of the exercise's numbered steps to highlight: the setup while
 * getting into position; during a hold the step that says to hold (or to stay
 * or keep a shape); otherwise, and while releasing or switching sides, the
 * last step, which says how to repeat or change sides. It reads the
 * catalogue's (English) steps; a translation has the same steps in the same
 * order, so the index holds for every language.
 */
export function highlightedStep(exercise: Pick<Exercise, 'steps'>, step: PlayerStep): number {
  const last = exercise.steps.length - 1;
  switch (step.kind) {
    case 'get-ready':
    case 'walk':
      return 0;
    case 'hold': {
      const hold = lastIndexMatching(exercise.steps, HOLD_WORDS);
      if (hold > 0) return hold;
      const stay = lastIndexMatching(exercise.steps, STAY_WORDS);
      return stay > 0 ? stay : last;
    }
    case 'move':
    case 'rest':
    case 'switch-side':
      return last;
  }
}

/**
 * What the current step asks of the user (the view words it): get into
 * position, hold, move (or breathe, for a breathing exercise), release,
 * switch to a side, walk.
 */
export type Phase =
  'get-ready' | 'hold' | 'move' | 'breathe' | 'rest' | 'switch-to-right' | 'switch-to-left' | 'switch-side' | 'walk';

export function phaseOf(step: PlayerStep, exercise: Pick<Exercise, 'kind'>): Phase {
  switch (step.kind) {
    case 'move':
      return exercise.kind === 'breathing' ? 'breathe' : 'move';
    case 'switch-side':
      return step.side === 'right' ? 'switch-to-right' : step.side === 'left' ? 'switch-to-left' : 'switch-side';
    default:
      return step.kind;
  }
}

/**
 * What the polite live region says for a step, as data (the view words it):
 * said once when the step begins, never each second. Releases between holds
 * say nothing new, so they give the hold before them (an unchanged live
 * region is not read again).
 */
export type Announcement =
  | { kind: 'finished' }
  | {
      kind: 'get-ready' | 'switch-side' | 'hold' | 'move' | 'walk';
      paused: boolean;
      itemIndex: number;
      side: Side | null;
      rep: number;
      reps: number;
      /** Whole minutes, for a walk. */
      minutes: number;
    };

/** Nothing to say (the ready screen) is null. */
export function announcement(steps: readonly PlayerStep[], state: PlayerState): Announcement | null {
  if (state.status === 'ready') return null;
  if (state.status === 'finished') return { kind: 'finished' };
  let index = state.index;
  while (index > 0 && steps[index]?.kind === 'rest') index--;
  const step = steps[index];
  if (!step || step.kind === 'rest') return null;
  return {
    kind: step.kind,
    paused: state.status === 'paused',
    itemIndex: step.itemIndex,
    side: step.side,
    rep: step.rep,
    reps: step.reps,
    minutes: Math.round(step.durationMs / 60_000),
  };
}
