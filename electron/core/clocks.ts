import type { CancelTimer, Clock } from './ports';

/** Node's setTimeout overflows past 2^31-1 ms (about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The real clock. Timers aim at wall-clock instants: when a timeout fires
 * early (it was capped) the timer re-arms, and when it fires late (the
 * machine slept) the callback still runs once.
 */
export class SystemClock implements Clock {
  readonly mode = 'system';

  constructor(private readonly onError: (error: unknown) => void = () => {}) {}

  now(): number {
    return Date.now();
  }

  timeZone(): string {
    return systemZone();
  }

  setTimer(at: number, callback: () => void | Promise<void>): CancelTimer {
    let handle: NodeJS.Timeout | undefined;
    const arm = () => {
      const delay = Math.min(Math.max(0, at - Date.now()), MAX_TIMEOUT_MS);
      handle = setTimeout(() => {
        if (Date.now() < at) {
          arm();
          return;
        }
        this.run(callback);
      }, delay);
    };
    arm();
    return () => clearTimeout(handle);
  }

  setDelay(ms: number, callback: () => void | Promise<void>): CancelTimer {
    // Node's timers run on the monotonic clock: a wall-clock change does not move them.
    const handle = setTimeout(() => this.run(callback), Math.min(Math.max(0, ms), MAX_TIMEOUT_MS));
    return () => clearTimeout(handle);
  }

  private run(callback: () => void | Promise<void>): void {
    try {
      void Promise.resolve(callback()).catch(this.onError);
    } catch (error) {
      this.onError(error);
    }
  }
}

/** A timer at a wall-clock instant, or after an elapsed time (a `monotonic` instant). */
type ManualTimer = { seq: number; callback: () => void | Promise<void> } & (
  { at: number; monotonicAt?: never } | { monotonicAt: number; at?: never }
);

/**
 * A clock that stands still until moved (`--clock manual` and tests).
 * `advance` walks through every timer that falls due on the way, in order,
 * with `now()` equal to each timer's instant while it runs, and waits for
 * each callback to finish before the next. Like a real machine it keeps two
 * times: the wall clock (`now`, which `jumpTo` changes as a user setting the
 * clock would) and elapsed time, which only `advance` moves.
 */
export class ManualClock implements Clock {
  readonly mode = 'manual';
  private current: number;
  /** Elapsed time since the clock was made: what `setDelay` timers wait on. */
  private monotonic = 0;
  private timers: ManualTimer[] = [];
  private seq = 0;
  private zone: string;

  constructor(start: number, zone: string = systemZone()) {
    this.current = start;
    this.zone = zone;
  }

  now(): number {
    return this.current;
  }

  timeZone(): string {
    return this.zone;
  }

  /** The user travelled or changed the system zone. */
  setTimeZone(zone: string): void {
    this.zone = zone;
  }

  setTimer(at: number, callback: () => void | Promise<void>): CancelTimer {
    return this.add({ at, seq: this.seq++, callback });
  }

  setDelay(ms: number, callback: () => void | Promise<void>): CancelTimer {
    return this.add({ monotonicAt: this.monotonic + Math.max(0, ms), seq: this.seq++, callback });
  }

  private add(timer: ManualTimer): CancelTimer {
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** How much more elapsed time until `timer` is due (negative: overdue). */
  private remaining(timer: ManualTimer): number {
    return timer.at === undefined ? timer.monotonicAt - this.monotonic : timer.at - this.current;
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a finite, non-negative number of ms');
    const end = this.monotonic + ms;
    for (;;) {
      const left = end - this.monotonic;
      const due = this.timers
        .map((timer) => ({ timer, wait: Math.max(0, this.remaining(timer)) }))
        .filter(({ wait }) => wait <= left)
        .sort((a, b) => a.wait - b.wait || a.timer.seq - b.timer.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due.timer);
      this.current += due.wait;
      this.monotonic += due.wait;
      await due.timer.callback();
    }
    this.current += end - this.monotonic;
    this.monotonic = end;
  }

  /** Jumps the wall clock without firing timers on the way (a clock change, or sleep). */
  jumpTo(at: number): void {
    this.current = at;
  }
}
