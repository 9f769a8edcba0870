import { describe, expect, it } from 'vitest';
import { ManualClock, SystemClock } from '../../electron/core/clocks';

const START = Date.parse('2026-03-02T09:00:00Z');

describe('ManualClock', () => {
  it('runs wall-clock timers and delays in order, with now() at each one', async () => {
    const clock = new ManualClock(START, 'UTC');
    const seen: string[] = [];
    clock.setTimer(START + 3000, () => void seen.push(`wall@${clock.now() - START}`));
    clock.setDelay(1000, () => void seen.push(`delay@${clock.now() - START}`));
    clock.setDelay(3000, () => void seen.push(`delay@${clock.now() - START}`));
    await clock.advance(2500);
    expect(seen).toEqual(['delay@1000']);
    await clock.advance(1000);
    // Same instant: the one set first runs first.
    expect(seen).toEqual(['delay@1000', 'wall@3000', 'delay@3000']);
    expect(clock.now()).toBe(START + 3500);
  });

  it('a wall clock set back delays wall timers but not elapsed-time ones', async () => {
    const clock = new ManualClock(START, 'UTC');
    const seen: string[] = [];
    clock.setTimer(START + 60_000, () => void seen.push('wall'));
    clock.setDelay(60_000, () => void seen.push('delay'));
    clock.jumpTo(START - 24 * 3600_000);
    await clock.advance(60_000);
    expect(seen).toEqual(['delay']);
    expect(clock.pendingTimers()).toBe(1);
    await clock.advance(24 * 3600_000);
    expect(seen).toEqual(['delay', 'wall']);
  });

  it('a cancelled delay never runs', async () => {
    const clock = new ManualClock(START, 'UTC');
    let runs = 0;
    const cancel = clock.setDelay(10, () => void runs++);
    cancel();
    await clock.advance(100);
    expect(runs).toBe(0);
  });
});

describe('SystemClock', () => {
  it('fires a delay after the elapsed time and reports a failing callback', async () => {
    const errors: unknown[] = [];
    const clock = new SystemClock((error) => errors.push(error));
    const started = performance.now();
    await new Promise<void>((resolve) => clock.setDelay(30, resolve));
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    await new Promise<void>((resolve) =>
      clock.setDelay(1, () => {
        setTimeout(resolve, 5);
        throw new Error('boom');
      }),
    );
    expect(errors).toHaveLength(1);
  });
});
