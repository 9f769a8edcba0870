import { describe, expect, it } from 'vitest';
import type { LogEventDraft } from '@shared/event-log-schema';
import type { ActiveBreak } from '@shared/scheduling/engine-types';
import {
  BreakRecord,
  BreakRecordRefusal,
  ENDED_BREAKS_KEPT,
  FEEDBACK_AFTER_END_MS,
  type BreakRecordRefusalReason,
} from '../../electron/core/break-record';

/**
 * The break record on its own: a fake clock and a list for the log. What it
 * writes for each report, what it refuses, and what the end of a break adds.
 */

const START = Date.parse('2026-03-02T09:50:00Z');

function breakOf(id: string, items: ActiveBreak['items']): ActiveBreak {
  return { id, kind: 'movement', source: 'tray', startedAt: START, endsAt: START + 180_000, items };
}

const SESSION: ActiveBreak['items'] = [
  { exerciseId: 'chin-tucks', dose: { repetitions: 8, perSide: false } },
  { exerciseId: 'standing-hamstring-stretch', dose: { holdSeconds: 20, repetitions: 2, perSide: true } },
  { exerciseId: 'walking', dose: { minutes: 10, perSide: false } },
];

function setUp() {
  let now = START;
  const lines: LogEventDraft[] = [];
  let historyChanges = 0;
  const record = new BreakRecord({
    now: () => now,
    record: (event) => lines.push(event),
    historyChanged: () => historyChanges++,
  });
  return {
    record,
    lines,
    advance: (ms: number) => (now += ms),
    historyChanges: () => historyChanges,
    /** The lines as "type exerciseId", the shape most checks read best in. */
    summary: () => lines.map((l) => ('exerciseId' in l ? `${l.type} ${l.exerciseId}` : l.type)),
  };
}

function refusal(run: () => unknown): BreakRecordRefusalReason | 'none' {
  try {
    run();
  } catch (error) {
    if (error instanceof BreakRecordRefusal) return error.reason;
    throw error;
  }
  return 'none';
}

describe('BreakRecord', () => {
  it("writes exercise-done the moment it is reported, with the session's dose, not a dose from the page", () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    t.advance(40_000);
    expect(t.record.exerciseDone('b1', 1)).toEqual({ recorded: true });
    expect(t.lines).toEqual([
      {
        type: 'exercise-done',
        at: START + 40_000,
        breakId: 'b1',
        exerciseId: 'standing-hamstring-stretch',
        holdSeconds: 20,
        repetitions: 2,
      },
    ]);
    t.record.exerciseDone('b1', 2);
    expect(t.lines[1]).toEqual({
      type: 'exercise-done',
      at: START + 40_000,
      breakId: 'b1',
      exerciseId: 'walking',
      minutes: 10,
    });
    expect(t.historyChanges()).toBe(2);
  });

  it('turns every item not reported done into exercise-skipped when the break ends, in session order', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    t.record.exerciseDone('b1', 1);
    t.advance(60_000);
    t.record.ended('b1');
    expect(t.summary()).toEqual([
      'exercise-done standing-hamstring-stretch',
      'exercise-skipped chin-tucks',
      'exercise-skipped walking',
    ]);
    expect(t.lines.slice(1).every((l) => l.at === START + 60_000)).toBe(true);
  });

  it('writes nothing more at the end when every item was done, and nothing twice if the end is heard twice', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION.slice(0, 1)));
    t.record.exerciseDone('b1', 0);
    t.record.ended('b1');
    t.record.ended('b1');
    expect(t.summary()).toEqual(['exercise-done chin-tucks']);
  });

  it('has nothing to write for a break it never saw begin (a natural break)', () => {
    const t = setUp();
    t.record.ended('natural-1');
    expect(t.lines).toEqual([]);
  });

  it('treats a repeated done report as a no-op that says so', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    expect(t.record.exerciseDone('b1', 0)).toEqual({ recorded: true });
    expect(t.record.exerciseDone('b1', 0)).toEqual({ recorded: false });
    expect(t.summary()).toEqual(['exercise-done chin-tucks']);
    expect(t.historyChanges()).toBe(1);
  });

  it.each([
    ['an unknown break', 'nope', 0, 'unknown-break'],
    ['an index past the session', 'b1', 3, 'no-such-item'],
    ['a negative index', 'b1', -1, 'no-such-item'],
    ['a fractional index', 'b1', 0.5, 'no-such-item'],
  ] as const)('refuses a done report for %s and writes nothing', (_label, breakId, index, reason) => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    expect(refusal(() => t.record.exerciseDone(breakId, index))).toBe(reason);
    expect(t.lines).toEqual([]);
  });

  it('refuses an item whose exercise the catalogue does not know, and skips it silently at the end', () => {
    const t = setUp();
    t.record.began(breakOf('b1', [{ exerciseId: 'retired-stretch', dose: { perSide: false } }, ...SESSION]));
    expect(refusal(() => t.record.exerciseDone('b1', 0))).toBe('no-such-item');
    t.record.exerciseDone('b1', 1);
    t.record.ended('b1');
    expect(t.summary()).toEqual([
      'exercise-done chin-tucks',
      'exercise-skipped standing-hamstring-stretch',
      'exercise-skipped walking',
    ]);
  });

  it('refuses a done report once the break has ended: its items are already recorded', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    t.record.ended('b1');
    const before = t.lines.length;
    expect(refusal(() => t.record.exerciseDone('b1', 0))).toBe('break-ended');
    expect(t.lines).toHaveLength(before);
  });

  it('takes feedback for an exercise done, during the break and after its end', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    t.record.exerciseDone('b1', 0);
    t.record.exerciseDone('b1', 1);
    expect(t.record.feedback('b1', 0, 'right')).toEqual({ recorded: true });
    t.record.ended('b1');
    t.advance(FEEDBACK_AFTER_END_MS);
    expect(t.record.feedback('b1', 1, 'too-easy')).toEqual({ recorded: true });
    expect(t.lines.filter((l) => l.type === 'exercise-feedback')).toEqual([
      { type: 'exercise-feedback', at: START, breakId: 'b1', exerciseId: 'chin-tucks', feedback: 'right' },
      {
        type: 'exercise-feedback',
        at: START + FEEDBACK_AFTER_END_MS,
        breakId: 'b1',
        exerciseId: 'standing-hamstring-stretch',
        feedback: 'too-easy',
      },
    ]);
  });

  it('keeps one answer per exercise: a second one is a no-op that says so', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    t.record.exerciseDone('b1', 0);
    t.record.feedback('b1', 0, 'right');
    expect(t.record.feedback('b1', 0, 'painful')).toEqual({ recorded: false });
    expect(t.lines.filter((l) => l.type === 'exercise-feedback')).toHaveLength(1);
  });

  it('refuses feedback for an exercise not done, during the break or after it', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    expect(refusal(() => t.record.feedback('b1', 0, 'right'))).toBe('not-done');
    t.record.ended('b1');
    const before = t.lines.length;
    expect(refusal(() => t.record.feedback('b1', 0, 'right'))).toBe('not-done');
    expect(refusal(() => t.record.feedback('b1', 7, 'right'))).toBe('no-such-item');
    expect(t.lines).toHaveLength(before);
  });

  it('forgets an ended break FEEDBACK_AFTER_END_MS after its end', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION));
    t.record.exerciseDone('b1', 0);
    t.record.ended('b1');
    t.advance(FEEDBACK_AFTER_END_MS + 1);
    expect(refusal(() => t.record.feedback('b1', 0, 'right'))).toBe('unknown-break');
  });

  it(`keeps the last ${ENDED_BREAKS_KEPT} ended breaks for feedback, not more`, () => {
    const t = setUp();
    const ids = Array.from({ length: ENDED_BREAKS_KEPT + 1 }, (_, i) => `b${i}`);
    for (const id of ids) {
      t.record.began(breakOf(id, SESSION));
      t.record.exerciseDone(id, 0);
      t.record.ended(id);
    }
    expect(refusal(() => t.record.feedback('b0', 0, 'right'))).toBe('unknown-break');
    for (const id of ids.slice(1)) expect(t.record.feedback(id, 0, 'right')).toEqual({ recorded: true });
  });

  it('ends the previous break if a new one begins without its end being heard', () => {
    const t = setUp();
    t.record.began(breakOf('b1', SESSION.slice(0, 1)));
    t.record.began(breakOf('b2', SESSION.slice(1, 2)));
    t.record.began(breakOf('b2', SESSION.slice(1, 2))); // heard twice: still one break
    expect(t.summary()).toEqual(['exercise-skipped chin-tucks']);
    expect(t.record.exerciseDone('b2', 0)).toEqual({ recorded: true });
    expect(refusal(() => t.record.exerciseDone('b1', 0))).toBe('break-ended');
  });
});
