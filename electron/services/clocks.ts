import type { CancelTimer, Clock } from '../ports';

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
        try {
          void Promise.resolve(callback()).catch(this.onError);
        } catch (error) {
          this.onError(error);
        }
      }, delay);
    };
    arm();
    return () => clearTimeout(handle);
  }
}

interface ManualTimer {
  at: number;
  seq: number;
  callback: () => void | Promise<void>;
}

/**
 * A clock that stands still until moved (`--clock manual` and tests).
 * `advance` walks through every timer that falls due on the way, in order,
 * with `now()` equal to each timer's instant while it runs, and waits for
 * each callback to finish before the next.
 */
export class ManualClock implements Clock {
  readonly mode = 'manual';
  private current: number;
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
    const timer: ManualTimer = { at, seq: this.seq++, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a finite, non-negative number of ms');
    const target = this.current + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = Math.max(this.current, due.at);
      await due.callback();
    }
    this.current = target;
  }

  /** Jumps the wall clock without firing timers on the way (a clock change, or sleep). */
  jumpTo(at: number): void {
    this.current = at;
  }
}
