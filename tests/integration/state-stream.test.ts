import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appSnapshotSchema,
  dispatchInvoke,
  historyViewSchema,
  type AppSnapshot,
  type HistoryView,
} from '@shared/ipc-contract';
import { translator } from '@shared/i18n/i18n';
import { sittingMinutesAt } from '@shared/scheduling/sitting-clock';
import { trayModelAt } from '../../renderer/src/views/tray-model';
import { startTestApp } from '../helpers/app-harness';
import { tempDirPerTest } from '../helpers/temp-dir';

/**
 * One state stream per page (electron/core/app-service.ts publish): a push
 * goes out only when something a page shows changed, today's figures ride
 * in it, and the history revision moves only when history may have changed.
 */
const START = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const dir = tempDirPerTest('posture-stream-');

async function started() {
  const harness = await startTestApp({ dataDir: dir(), start: START });
  const pushed: AppSnapshot[] = [];
  harness.app.onStateChanged((snapshot) => pushed.push(snapshot));
  const call = async <T>(channel: string, payload: unknown = {}) => {
    const result = await dispatchInvoke(harness.app.handlers, channel, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return { ...harness, pushed, call };
}

describe('the state stream', () => {
  it('sends nothing while only time passes, away or at the desk, and the history revision stays', async () => {
    const { app, clock, idle, pushed } = await started();
    // Away long enough for the natural break to count; those first minutes are changes.
    idle.set(10 * 60);
    await clock.advance(5 * MINUTE);
    const revision = app.snapshot().historyRevision;
    pushed.length = 0;
    await clock.advance(60 * MINUTE);
    expect(pushed).toEqual([]);
    expect(app.snapshot().historyRevision).toBe(revision);
    // Back at the desk: the return is a change; then the sitting minutes run on the page's clock.
    idle.set(0);
    await clock.advance(2 * MINUTE);
    const back = app.snapshot();
    pushed.length = 0;
    await clock.advance(10 * MINUTE);
    expect(pushed).toEqual([]);
    // What the page works out from the snapshot it has is what the backend counts now.
    const later = app.snapshot();
    expect(sittingMinutesAt(back.sitting, back.now, later.now)).toEqual({
      currentMinutes: later.sitting.currentMinutes,
      longestTodayMinutes: later.sitting.longestTodayMinutes,
      todayMinutes: later.sitting.todayMinutes,
    });
    expect(later.sitting.currentMinutes).toBeGreaterThanOrEqual(10);
  });

  it('pushes what changed, and never the same thing twice', async () => {
    const { app, clock, pushed } = await started();
    await clock.advance(MINUTE);
    app.dispatch({ type: 'pause', length: { until: 'resumed' } });
    const paused = pushed.length;
    expect(pushed.at(-1)?.schedule.status).toBe('paused');
    // Asked to publish again with nothing new: nothing goes out.
    app.publish();
    app.publish();
    expect(pushed).toHaveLength(paused);
    // The manual clock moved by hand: pages are told its time even when nothing else changed.
    app.publish({ clockMoved: true });
    expect(pushed).toHaveLength(paused + 1);
  });

  it('carries today’s figures, made from the same aggregate as the history and the command line', async () => {
    const { app, clock, call, pushed } = await started();
    await clock.advance(50 * MINUTE); // 09:50: the first movement break is due
    app.dispatch({ type: 'start-break', source: 'dashboard' });
    app.dispatch({ type: 'complete-break' });
    await clock.advance(50 * MINUTE);
    app.dispatch({ type: 'skip' });
    const snapshot = pushed.at(-1);
    if (!snapshot) throw new Error('nothing pushed');
    expect(snapshot.today).toMatchObject({ date: '2026-03-02', due: 2, taken: 1, skipped: 1, adherence: 50 });
    const history = await call<HistoryView>('stats:get-history', { days: 7 });
    expect(history.revision).toBe(snapshot.historyRevision);
    expect(history.points.at(-1)).toMatchObject({ due: 2, taken: 1, adherence: 50 });
    expect(history.timeline).toEqual(snapshot.today.timeline);
    const { timeline: _timeline, adherence: _adherence, ...four } = snapshot.today;
    expect(await call('stats:get-today')).toEqual(four);
    expect(app.runCommand(['status']).output).toContain('Today: 1 of 2 breaks taken, 0 snoozed, 1 skipped.');
  });

  it('moves the history revision on a record, a synced computer’s file, a settings change and a new day', async () => {
    const { app, clock, settings } = await started();
    const revisions = [app.snapshot().historyRevision];
    const moved = () => {
      revisions.push(app.snapshot().historyRevision);
      return revisions.at(-1)! > revisions.at(-2)!;
    };
    expect(moved()).toBe(false); // asked twice, nothing in between
    await clock.advance(50 * MINUTE); // a reminder shown is a line in the log
    expect(moved()).toBe(true);
    // Another computer's breaks arrive through the synced folder.
    const other = path.join(dir(), 'events', 'laptop');
    fs.mkdirSync(other, { recursive: true });
    const line = {
      v: 1,
      id: 'x1',
      type: 'break-skipped',
      at: START + 3 * 60 * MINUTE,
      kind: 'movement',
      breakId: 'b1',
      reason: 'user',
      tz: 0,
    };
    fs.writeFileSync(path.join(other, '2026-03.jsonl'), `${JSON.stringify(line)}\n`);
    expect(moved()).toBe(true);
    expect(app.snapshot().today.skipped).toBe(1);
    settings.update({ stats: { adherenceTargetPercent: 70 } });
    expect(moved()).toBe(true);
    clock.jumpTo(Date.parse('2026-03-03T08:00:00Z'));
    expect(moved()).toBe(true);
    expect(app.snapshot().today).toMatchObject({ date: '2026-03-03', due: 0 });
  });

  it('moves the program revision only when the program a page shows may have changed', async () => {
    const { app, clock, call, settings } = await started();
    const program = () => app.snapshot().programRevision;
    const first = program();
    await clock.advance(50 * MINUTE); // reminders shown: history moved, the program did not
    expect(program()).toBe(first);
    await call('program:pain-checkin', { regions: { neck: 3 }, flareUp: false, redFlags: [] });
    const checkedIn = program();
    expect(checkedIn).toBeGreaterThan(first); // checkedInToday changed
    const { breakId } = await call<{ breakId: string }>('break:start', { source: 'dashboard' });
    expect(program()).toBe(checkedIn);
    await call('break:exercise-done', { breakId, itemIndex: 0 }); // the doses are worked out again
    const exercised = program();
    expect(exercised).toBeGreaterThan(checkedIn);
    settings.update({ profile: { status: 'skipped' } });
    expect(program()).toBeGreaterThan(exercised);
  });

  it('pushes when the player records an exercise, so pages hear of it before the next tick', async () => {
    const { app, call, pushed } = await started();
    const { breakId } = await call<{ breakId: string }>('break:start', { source: 'dashboard' });
    const before = pushed.length;
    const revision = app.snapshot().historyRevision;
    await call('break:exercise-done', { breakId, itemIndex: 0 });
    expect(pushed.length).toBe(before + 1);
    expect(pushed.at(-1)?.historyRevision).toBeGreaterThan(revision);
  });

  it('lets a page make the tray again: the same words at the snapshot’s instant, the minutes moved on later', async () => {
    const { app, clock, settings } = await started();
    const same = () => {
      const snapshot = app.snapshot();
      const { tooltip, title, menu } = snapshot.tray;
      expect(trayModelAt(snapshot, snapshot.now, translator(snapshot.language))).toEqual({ tooltip, title, menu });
      return snapshot;
    };
    const first = same();
    expect(first.tray.tooltip).toBe('Posture Breaks: Next stretch in 50 min');
    // Ten minutes on, on the page's clock alone.
    expect(trayModelAt(first, first.now + 10 * MINUTE, translator('en')).tooltip).toBe(
      'Posture Breaks: Next stretch in 40 min',
    );
    await clock.advance(50 * MINUTE); // due
    same();
    app.dispatch({ type: 'start-break', source: 'dashboard' });
    same();
    app.dispatch({ type: 'complete-break' });
    app.dispatch({ type: 'pause', length: { minutes: 30 } });
    same();
    settings.update({ general: { language: 'de' } });
    same();
    settings.update({ workingHours: { enabled: true } });
    clock.jumpTo(Date.parse('2026-03-02T19:00:00Z')); // outside working hours (09:00-17:30)
    await clock.advance(MINUTE);
    expect(same().schedule.status).toBe('outside-hours');
  });

  it('keeps the contract: pushed snapshots and history answers pass its schemas, and one without its figures does not', async () => {
    const { app, clock, call, pushed } = await started();
    await clock.advance(50 * MINUTE);
    app.dispatch({ type: 'start-break', source: 'dashboard' });
    expect(pushed.length).toBeGreaterThan(0);
    for (const snapshot of pushed) expect(appSnapshotSchema.safeParse(snapshot).success).toBe(true);
    const history = await call<HistoryView>('stats:get-history', { days: 30 });
    expect(historyViewSchema.safeParse(history).success).toBe(true);
    const { today: _today, ...withoutToday } = pushed.at(-1)!;
    expect(appSnapshotSchema.safeParse(withoutToday).success).toBe(false);
    const { historyRevision: _revision, ...withoutRevision } = pushed.at(-1)!;
    expect(appSnapshotSchema.safeParse(withoutRevision).success).toBe(false);
    const { revision: _answerRevision, ...unrevised } = history;
    expect(historyViewSchema.safeParse(unrevised).success).toBe(false);
  });
});
