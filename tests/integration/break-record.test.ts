import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '@shared/event-log-schema';
import { dispatchInvoke, type IpcResult } from '@shared/ipc-contract';
import type { ActiveBreak } from '@shared/scheduling/engine-types';
import { FEEDBACK_AFTER_END_MS } from '../../electron/core/break-record';
import { startTestApp } from '../helpers/app-harness';
import { tempDirPerTest } from '../helpers/temp-dir';

/**
 * The break record inside the real backend: the engine's breaks, the IPC
 * handlers and the event log on disk. Every way a break ends writes the
 * exercises not reported done as skipped, just before the break's end line;
 * reports are checked against the engine's session; feedback still lands on
 * a break that has just ended.
 */

const START = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const dir = tempDirPerTest('posture-break-record-');

async function build() {
  const { app, clock, eventLog } = await startTestApp({
    dataDir: dir(),
    start: START,
    // Only the break under test: no reminder lines in between.
    settings: { posture: { enabled: false }, movement: { preBreakNoticeSeconds: 0 } },
  });

  const call = <T = unknown>(channel: string, payload: unknown = {}) =>
    dispatchInvoke(app.handlers, channel, payload) as Promise<IpcResult<T>>;
  /** Starts a movement break from the dashboard; it must hold at least two exercises. */
  const startBreak = async (): Promise<ActiveBreak> => {
    expect((await call('break:start', { source: 'dashboard' })).ok).toBe(true);
    const active = app.runtime.state.activeBreak;
    if (!active) throw new Error('no break started');
    expect(active.items.length).toBeGreaterThanOrEqual(2);
    return active;
  };
  const done = (breakId: string, itemIndex: number) => call('break:exercise-done', { breakId, itemIndex });
  const feedback = (breakId: string, itemIndex: number, given: string) =>
    call('break:exercise-feedback', { breakId, itemIndex, feedback: given });
  const log = (): LogEvent[] => eventLog.readMonth('2026-03');
  /** The break's lines as "type" or "type exerciseId". */
  const lines = (breakId: string) =>
    log()
      .filter((e) => 'breakId' in e && e.breakId === breakId)
      .map((e) => ('exerciseId' in e ? `${e.type} ${e.exerciseId}` : e.type));
  return { app, clock, call, startBreak, done, feedback, log, lines };
}

describe('the break record in the backend', () => {
  it('writes exercise-done at once with the engine session dose, before the break ends', async () => {
    const t = await build();
    const active = await t.startBreak();
    await t.clock.advance(40_000);
    expect(await t.done(active.id, 1)).toEqual({ ok: true, value: { recorded: true } });
    const item = active.items[1]!;
    const written = t.log().find((e) => e.type === 'exercise-done');
    expect(written).toMatchObject({
      breakId: active.id,
      exerciseId: item.exerciseId,
      at: START + 40_000,
      ...(item.dose.holdSeconds ? { holdSeconds: item.dose.holdSeconds } : {}),
      ...(item.dose.repetitions ? { repetitions: item.dose.repetitions } : {}),
    });
    expect(t.app.runtime.state.activeBreak?.id).toBe(active.id); // still running
  });

  // Each way a break ends, with the first exercise done and the rest not reported.
  it.each([
    ['Done (break:complete)', 'break-completed', (t: Built) => t.call('break:complete')],
    ['End (window:close from the page)', 'break-skipped', (t: Built) => t.call('window:close', { view: 'break' })],
    ['the window closed or destroyed by the user', 'break-skipped', (t: Built) => t.app.handleWindowClosed('break')],
    ['Skip', 'break-skipped', (t: Built) => t.call('schedule:skip', {})],
    ['its own time running out', 'break-completed', (t: Built) => t.clock.advance(3 * MINUTE)],
  ] as const)('ended by %s: the rest become exercise-skipped, then the end line', async (_how, endLine, end) => {
    const t = await build();
    const active = await t.startBreak();
    await t.done(active.id, 0);
    await end(t);
    expect(t.app.runtime.state.activeBreak).toBeNull();
    const [first, ...rest] = active.items.map((i) => i.exerciseId);
    expect(t.lines(active.id)).toEqual([
      'break-started',
      `exercise-done ${first}`,
      ...rest.map((id) => `exercise-skipped ${id}`),
      endLine,
    ]);
  });

  it('records the whole session as skipped when nothing was reported (Mark as done)', async () => {
    const t = await build();
    const active = await t.startBreak();
    await t.call('break:complete');
    expect(t.lines(active.id)).toEqual([
      'break-started',
      ...active.items.map((i) => `exercise-skipped ${i.exerciseId}`),
      'break-completed',
    ]);
  });

  it('puts feedback given before Done between the exercise and the end, and takes it after the end too', async () => {
    const t = await build();
    const active = await t.startBreak();
    await t.done(active.id, 0);
    await t.done(active.id, 1);
    expect(await t.feedback(active.id, 0, 'too-easy')).toEqual({ ok: true, value: { recorded: true } });
    await t.clock.advance(3 * MINUTE); // the break's time runs out on the "How was it?" screen
    await t.clock.advance(FEEDBACK_AFTER_END_MS - 3 * MINUTE);
    expect(await t.feedback(active.id, 1, 'painful')).toEqual({ ok: true, value: { recorded: true } });
    const [first, second, ...rest] = active.items.map((i) => i.exerciseId);
    expect(t.lines(active.id)).toEqual([
      'break-started',
      `exercise-done ${first}`,
      `exercise-done ${second}`,
      `exercise-feedback ${first}`,
      ...rest.map((id) => `exercise-skipped ${id}`),
      'break-completed',
      `exercise-feedback ${second}`,
    ]);
    // The program's history reads both answers: the stats are the same as when the page wrote them.
    const history = await t.call<{ exercises: { exerciseId: string; count: number }[] }>('stats:get-history', {
      days: 7,
    });
    expect(history.ok && history.value.exercises).toEqual(
      expect.arrayContaining([
        { exerciseId: first, count: 1 },
        { exerciseId: second, count: 1 },
      ]),
    );
  });

  it('refuses reports that do not fit the break, and writes nothing for them', async () => {
    const t = await build();
    const active = await t.startBreak();
    const before = fs.readFileSync(path.join(dir(), 'events', 'test-device', '2026-03.jsonl'), 'utf8');
    const rejected = expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'rejected' }) });
    const invalid = expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'invalid-payload' }) });
    expect(await t.done('another-break', 0)).toEqual(rejected);
    expect(await t.done(active.id, active.items.length)).toEqual(rejected);
    expect(await t.feedback(active.id, 0, 'right')).toEqual(rejected); // not done
    expect(await t.done(active.id, -1)).toEqual(invalid);
    expect(await t.done(active.id, 1.5)).toEqual(invalid);
    expect(await t.call('break:exercise-done', { breakId: active.id, itemIndex: 0, exerciseId: 'plank' })).toEqual(
      invalid,
    );
    expect(await t.feedback(active.id, 0, 'meh')).toEqual(invalid);
    expect(fs.readFileSync(path.join(dir(), 'events', 'test-device', '2026-03.jsonl'), 'utf8')).toBe(before);

    // After the end: no more exercises done; long after it, no feedback either.
    await t.done(active.id, 0);
    await t.call('break:complete');
    expect(await t.done(active.id, 1)).toEqual(rejected);
    await t.clock.advance(FEEDBACK_AFTER_END_MS + MINUTE);
    expect(await t.feedback(active.id, 0, 'right')).toEqual(rejected);
  });

  it('answers a repeated report with recorded: false and one line per fact', async () => {
    const t = await build();
    const active = await t.startBreak();
    await t.done(active.id, 0);
    expect(await t.done(active.id, 0)).toEqual({ ok: true, value: { recorded: false } });
    await t.feedback(active.id, 0, 'right');
    expect(await t.feedback(active.id, 0, 'painful')).toEqual({ ok: true, value: { recorded: false } });
    const id = active.items[0]!.exerciseId;
    expect(t.lines(active.id)).toEqual(['break-started', `exercise-done ${id}`, `exercise-feedback ${id}`]);
  });

  it("follows each break's own session: the next break's reports go to the next break", async () => {
    const t = await build();
    const first = await t.startBreak();
    await t.call('break:complete');
    const second = await t.startBreak();
    expect(second.id).not.toBe(first.id);
    await t.done(second.id, 0);
    expect(t.lines(second.id)).toEqual(['break-started', `exercise-done ${second.items[0]!.exerciseId}`]);
  });

  it('keeps what was done when the app stops mid-break (no end line, nothing lost)', async () => {
    const t = await build();
    const active = await t.startBreak();
    await t.done(active.id, 0);
    t.app.stop();
    expect(t.lines(active.id)).toEqual(['break-started', `exercise-done ${active.items[0]!.exerciseId}`]);
  });
});

type Built = Awaited<ReturnType<typeof build>>;
