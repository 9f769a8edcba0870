import { describe, expect, it } from 'vitest';
import { exerciseById } from '@shared/content/exercises';
import { english } from '@shared/i18n/english';
import {
  announcement,
  buildSteps,
  formatSeconds,
  GET_READY_MS,
  highlightedStep,
  initialState,
  MOVE_MS,
  outcomes,
  phaseOf,
  reducePlayer,
  REST_MS,
  secondsLeft,
  sessionProgress,
  SWITCH_SIDE_MS,
  totalMs,
  type PlayerAction,
  type PlayerItem,
  type PlayerState,
  type PlayerStep,
} from '../../renderer/src/player/player-model';
import { isMarked, pseudoTranslator } from '../helpers/i18n-fixtures';
import { announcementText, phaseText, sideText, textOf } from '../../renderer/src/player/player-text';

const exercise = (id: string) => {
  const found = exerciseById(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

const HAMSTRING: PlayerItem = {
  exerciseId: 'standing-hamstring-stretch',
  dose: { holdSeconds: 20, repetitions: 2, perSide: true },
};
const CHIN_TUCKS: PlayerItem = { exerciseId: 'chin-tucks', dose: { holdSeconds: 5, repetitions: 3, perSide: false } };
const CAT_COW: PlayerItem = { exerciseId: 'seated-cat-cow', dose: { repetitions: 3, perSide: false } };
const WALK: PlayerItem = { exerciseId: 'walking', dose: { minutes: 10, perSide: false } };

/** The steps as short strings: kind, side and repetition. */
const shape = (steps: readonly PlayerStep[]) =>
  steps.map((s) =>
    [s.kind, s.itemIndex, s.side ?? '-', s.kind === 'get-ready' ? null : `${s.rep}/${s.reps}`, s.durationMs / 1000]
      .filter((part) => part !== null)
      .join(' '),
  );

/** Runs actions on a page clock that starts at 1000 ms. */
function player(items: PlayerItem[]) {
  const steps = buildSteps(items);
  let state: PlayerState = initialState(steps);
  let now = 1000;
  const api = {
    steps,
    get state() {
      return state;
    },
    send(type: PlayerAction['type']) {
      state = reducePlayer(steps, state, { type, now });
      return api;
    },
    /** Moves the page clock; the view ticks every 250 ms while playing. */
    wait(ms: number, tickEvery = 250) {
      for (let left = ms; left > 0; left -= tickEvery) {
        now += Math.min(tickEvery, left);
        if (state.status === 'playing') state = reducePlayer(steps, state, { type: 'tick', now });
      }
      return api;
    },
    get step() {
      return steps[state.index];
    },
  };
  return api;
}

describe('the session unrolled into steps', () => {
  it('a per-side hold: get ready, then each side its holds with a short release between, switching sides once', () => {
    expect(shape(buildSteps([HAMSTRING]))).toEqual([
      'get-ready 0 right 5',
      'hold 0 right 1/2 20',
      'rest 0 right 2/2 2',
      'hold 0 right 2/2 20',
      'switch-side 0 left 1/2 5',
      'hold 0 left 1/2 20',
      'rest 0 left 2/2 2',
      'hold 0 left 2/2 20',
    ]);
  });

  it('repetitions without a hold are four-second moves, back to back; a walk is one timed stretch', () => {
    expect(shape(buildSteps([CAT_COW, WALK]))).toEqual([
      'get-ready 0 - 5',
      'move 0 - 1/3 4',
      'move 0 - 2/3 4',
      'move 0 - 3/3 4',
      'walk 1 - 1/1 600',
    ]);
  });

  it('a hold without repetitions is held once; offsets add up to the total', () => {
    const steps = buildSteps([{ exerciseId: 'childs-pose', dose: { holdSeconds: 60, perSide: false } }, CHIN_TUCKS]);
    expect(shape(steps)).toEqual([
      'get-ready 0 - 5',
      'hold 0 - 1/1 60',
      'get-ready 1 - 5',
      'hold 1 - 1/3 5',
      'rest 1 - 2/3 2',
      'hold 1 - 2/3 5',
      'rest 1 - 3/3 2',
      'hold 1 - 3/3 5',
    ]);
    expect(steps.map((s) => s.offsetMs / 1000)).toEqual([0, 5, 65, 70, 75, 77, 82, 84]);
    expect(totalMs(steps)).toBe(89_000);
  });

  it('the player never takes longer than the dose estimate the break was fitted with', () => {
    // doseSeconds: sides x reps x (hold or 4 s, + 2 s) + 10 s to get into position.
    const estimate = (item: PlayerItem) => {
      const d = item.dose;
      if (d.minutes) return d.minutes * 60;
      return (d.perSide ? 2 : 1) * (d.repetitions ?? 1) * ((d.holdSeconds ?? 4) + 2) + 10;
    };
    for (const item of [HAMSTRING, CHIN_TUCKS, CAT_COW, WALK]) {
      expect(totalMs(buildSteps([item])) / 1000).toBeLessThanOrEqual(estimate(item));
    }
  });
});

describe('playing on the page clock', () => {
  it('waits on the ready screen until Start; nothing moves before', () => {
    const p = player([HAMSTRING]).wait(60_000);
    expect(p.state).toMatchObject({ status: 'ready', index: 0, elapsedMs: 0 });
    p.send('next').send('previous');
    expect(p.state.status).toBe('ready');
  });

  it('counts a hold down second by second and moves on by itself when it runs out', () => {
    const p = player([HAMSTRING]).send('start');
    expect(p.step?.kind).toBe('get-ready');
    expect(secondsLeft(p.steps, p.state)).toBe(5);
    p.wait(GET_READY_MS);
    expect(p.step).toMatchObject({ kind: 'hold', side: 'right', rep: 1 });
    expect(secondsLeft(p.steps, p.state)).toBe(20);
    p.wait(7_250);
    expect(secondsLeft(p.steps, p.state)).toBe(13);
    p.wait(12_750);
    expect(p.step).toMatchObject({ kind: 'rest', rep: 2 });
    p.wait(REST_MS + 20_000);
    expect(p.step).toMatchObject({ kind: 'switch-side', side: 'left' });
    p.wait(SWITCH_SIDE_MS);
    expect(p.step).toMatchObject({ kind: 'hold', side: 'left', rep: 1 });
  });

  it('a late tick catches up over several steps, carrying the rest over', () => {
    const p = player([CAT_COW])
      .send('start')
      .wait(GET_READY_MS + 2 * MOVE_MS + 1_500, GET_READY_MS + 2 * MOVE_MS + 1_500);
    expect(p.step).toMatchObject({ kind: 'move', rep: 3 });
    expect(p.state.elapsedMs).toBe(1_500);
  });

  it('pause stops the countdown and resume carries on from where it was', () => {
    const p = player([CHIN_TUCKS])
      .send('start')
      .wait(GET_READY_MS + 2_000);
    expect(secondsLeft(p.steps, p.state)).toBe(3);
    p.send('pause').wait(60_000);
    expect(p.state).toMatchObject({ status: 'paused', clockAt: null });
    expect(secondsLeft(p.steps, p.state)).toBe(3);
    p.send('resume').wait(1_000);
    expect(secondsLeft(p.steps, p.state)).toBe(2);
  });

  it('Space toggles: start, pause, resume', () => {
    const p = player([CHIN_TUCKS]);
    expect(p.send('toggle').state.status).toBe('playing');
    expect(p.send('toggle').state.status).toBe('paused');
    expect(p.send('toggle').state.status).toBe('playing');
  });

  it('the time played until an action counts before it (no tick needed)', () => {
    const p = player([CHIN_TUCKS]).send('start');
    p.wait(GET_READY_MS + 3_000, 100_000); // no tick arrives in between
    p.send('pause');
    expect(p.step?.kind).toBe('hold');
    expect(p.state.elapsedMs).toBe(3_000);
  });

  it('Next goes to the next hold, passing over the release; Previous restarts the step, or goes back near its start', () => {
    const p = player([CHIN_TUCKS]).send('start').send('next');
    expect(p.step).toMatchObject({ kind: 'hold', rep: 1 });
    p.wait(1_000).send('next');
    expect(p.step).toMatchObject({ kind: 'hold', rep: 2 });
    expect(p.state.elapsedMs).toBe(0);
    p.wait(3_000).send('previous');
    expect(p.step).toMatchObject({ kind: 'hold', rep: 2 });
    expect(p.state.elapsedMs).toBe(0);
    p.send('previous');
    expect(p.step).toMatchObject({ kind: 'hold', rep: 1 });
    p.send('previous').send('previous');
    expect(p.state.index).toBe(0);
  });

  it('Next while paused moves and stays paused', () => {
    const p = player([CHIN_TUCKS]).send('start').send('pause').send('next');
    expect(p.state).toMatchObject({ status: 'paused', clockAt: null });
    expect(p.step?.kind).toBe('hold');
  });

  it('the session finishes when the last step runs out, or with Next on the last step', () => {
    const ran = player([CHIN_TUCKS])
      .send('start')
      .wait(totalMs(buildSteps([CHIN_TUCKS])));
    expect(ran.state.status).toBe('finished');
    const skipped = player([CHIN_TUCKS]).send('start').send('next').send('next').send('next');
    expect(skipped.step).toMatchObject({ kind: 'hold', rep: 3 });
    skipped.send('next');
    expect(skipped.state.status).toBe('finished');
    // Finished stays finished.
    expect(reducePlayer(skipped.steps, skipped.state, { type: 'toggle', now: 0 })).toBe(skipped.state);
  });

  it('an empty session finishes at Start', () => {
    expect(player([]).send('start').state.status).toBe('finished');
  });
});

describe('what is recorded', () => {
  it('an exercise is done when its last hold runs out, even if earlier ones were cut short', () => {
    const p = player([CHIN_TUCKS, CAT_COW]).send('start').send('next').send('next').send('next');
    expect(p.step).toMatchObject({ itemIndex: 0, kind: 'hold', rep: 3 });
    p.wait(5_000);
    expect(p.step).toMatchObject({ itemIndex: 1, kind: 'get-ready' });
    expect(outcomes(p.state, 2)).toEqual(['done', 'skipped']);
  });

  it('Next past an exercise before its end skips it; an exercise never reached is skipped', () => {
    const p = player([CHIN_TUCKS, CAT_COW, WALK]).send('start');
    for (let i = 0; i < 4; i++) p.send('next'); // get-ready -> holds 1..3 -> next exercise
    expect(p.step).toMatchObject({ itemIndex: 1, kind: 'get-ready' });
    p.wait(GET_READY_MS + 3 * MOVE_MS);
    expect(p.step?.kind).toBe('walk');
    expect(outcomes(p.state, 3)).toEqual(['skipped', 'done', 'skipped']);
  });

  it('going back into a finished exercise does not undo it', () => {
    const p = player([CAT_COW, CHIN_TUCKS])
      .send('start')
      .wait(GET_READY_MS + 3 * MOVE_MS);
    p.send('previous').send('previous');
    expect(p.step?.itemIndex).toBe(0);
    expect(outcomes(p.state, 2)).toEqual(['done', 'skipped']);
  });
});

describe('reading the state for the view', () => {
  it('progress runs over the whole planned session', () => {
    const p = player([CHIN_TUCKS]);
    expect(sessionProgress(p.steps, p.state)).toBe(0);
    p.send('start').wait(GET_READY_MS + 5_000 + 2_000);
    expect(sessionProgress(p.steps, p.state)).toBeCloseTo(12 / 24);
    p.wait(60_000);
    expect(sessionProgress(p.steps, p.state)).toBe(1);
  });

  it('highlights the setup while getting ready, the hold step while holding, the last step to release or switch', () => {
    const steps = buildSteps([HAMSTRING]);
    const hamstring = exercise('standing-hamstring-stretch');
    expect(steps.map((s) => highlightedStep(hamstring, s))).toEqual([0, 3, 3, 3, 3, 3, 3, 3]);
    const chin = buildSteps([CHIN_TUCKS]);
    expect(chin.map((s) => highlightedStep(exercise('chin-tucks'), s))).toEqual([0, 2, 3, 2, 3, 2]);
    // "Keep one straight line ..." when no step says hold.
    const plank = buildSteps([{ exerciseId: 'plank', dose: { holdSeconds: 10, perSide: false } }]);
    expect(plank.map((s) => highlightedStep(exercise('plank'), s))).toEqual([0, 2]);
    // Movement: the last step says how to keep moving.
    const cat = buildSteps([CAT_COW]);
    expect(highlightedStep(exercise('seated-cat-cow'), cat[1] as PlayerStep)).toBe(3);
  });

  it('announces each step once, politely: releases say nothing new', () => {
    const p = player([CHIN_TUCKS, HAMSTRING]);
    const items = [CHIN_TUCKS, HAMSTRING];
    const said = () => announcement(p.steps, p.state);
    const say = () => announcementText(said(), english, (i) => exercise(items[i]?.exerciseId ?? '').name);
    expect(said()).toBeNull();
    expect(say()).toBe('');
    p.send('start');
    expect(said()).toMatchObject({ kind: 'get-ready', itemIndex: 0, side: null, paused: false });
    expect(say()).toBe('Chin tucks. Get into position.');
    p.wait(GET_READY_MS);
    expect(said()).toMatchObject({ kind: 'hold', itemIndex: 0, rep: 1, reps: 3 });
    expect(say()).toBe('Chin tucks. Hold 1 of 3.');
    const during = said();
    p.wait(2_000);
    expect(said()).toEqual(during);
    p.wait(3_000); // the release
    expect(p.step?.kind).toBe('rest');
    expect(said()).toEqual(during);
    p.send('pause');
    expect(said()).toEqual({ ...during, paused: true });
    expect(say()).toBe('Paused. Chin tucks. Hold 1 of 3.');
    p.send('resume').send('next').send('next').send('next');
    expect(said()).toMatchObject({ kind: 'get-ready', itemIndex: 1, side: 'right' });
    expect(say()).toBe('Standing hamstring stretch. Get into position. Right side.');
    p.wait(GET_READY_MS);
    expect(say()).toBe('Standing hamstring stretch. Right side. Hold 1 of 2.');
    p.wait(20_000 + REST_MS + 20_000);
    expect(said()).toMatchObject({ kind: 'switch-side', itemIndex: 1, side: 'left' });
    expect(say()).toBe('Standing hamstring stretch. Switch to the left side.');
    p.send('next').send('next').send('next');
    expect(said()).toEqual({ kind: 'finished' });
    expect(say()).toBe('Session complete. How was it?');
  });

  it('announces repetitions and walks; an exercise it cannot name says nothing', () => {
    const p = player([CAT_COW, WALK]).send('start').wait(GET_READY_MS);
    const names = ['Seated cat-cow', 'Walking'];
    const say = () => announcementText(announcement(p.steps, p.state), english, (i) => names[i]);
    expect(say()).toBe('Seated cat-cow. Repetition 1 of 3.');
    p.wait(3 * MOVE_MS);
    expect(announcement(p.steps, p.state)).toMatchObject({ kind: 'walk', itemIndex: 1, minutes: 10 });
    expect(say()).toBe('Walking. 10 minutes.');
    expect(announcementText(announcement(p.steps, p.state), english, () => undefined)).toBe('');
  });

  it('names the phase: breathing exercises breathe, the switch names the side', () => {
    const hamstring = buildSteps([HAMSTRING]);
    expect(hamstring.map((s) => phaseOf(s, exercise('standing-hamstring-stretch')))).toEqual([
      'get-ready',
      'hold',
      'rest',
      'hold',
      'switch-to-left',
      'hold',
      'rest',
      'hold',
    ]);
    const move = buildSteps([CAT_COW])[1] as PlayerStep;
    expect(phaseOf(move, { kind: 'mobility' })).toBe('move');
    expect(phaseOf(move, { kind: 'breathing' })).toBe('breathe');
    expect(phaseText('switch-to-left', english)).toBe('Switch to the left side');
    expect(phaseText('breathe', english)).toBe('Breathe slowly');
    expect(sideText('right', english)).toBe('Right side');
  });

  it('every word the player says goes through the translations', () => {
    const t = pseudoTranslator(); // every string of the resources wrapped in ⟦…⟧
    const p = player([CHIN_TUCKS, HAMSTRING, WALK]).send('start');
    const seen = new Set<string>();
    const chin = textOf(exercise('chin-tucks'), t);
    expect([chin.name, ...chin.steps, ...chin.cues, ...chin.avoid].every(isMarked)).toBe(true);
    for (let i = 0; i < 40 && p.state.status !== 'finished'; i++) {
      const step = p.step as PlayerStep;
      seen.add(phaseText(phaseOf(step, exercise([CHIN_TUCKS, HAMSTRING, WALK][step.itemIndex]?.exerciseId ?? '')), t));
      p.send(i % 3 === 0 ? 'pause' : 'resume');
      seen.add(announcementText(announcement(p.steps, p.state), t, (index) => `⟦item ${index}⟧`));
      p.send('resume').send('next');
    }
    seen.add(announcementText(announcement(p.steps, p.state), t, () => 'unused'));
    expect(seen.size).toBeGreaterThan(8);
    for (const text of seen) expect(text, text).toSatisfy(isMarked);
  });

  it('formats seconds, with minutes for walks', () => {
    expect(formatSeconds(20)).toBe('20');
    expect(formatSeconds(65)).toBe('1:05');
    expect(formatSeconds(600, true)).toBe('10:00');
    expect(formatSeconds(5, true)).toBe('0:05');
  });
});
