import type { CancelTimer, Clock } from '../ports';

/** Node's setTimeout overflows past 2^31-1 ms (about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function systemOffset(at: number): number {
  const offset = -new Date(at).getTimezoneOffset();
  return offset === 0 ? 0 : offset; // avoid -0 in JSON
}

/**
 * The real clock. Timers aim at wall-clock instants: when a timeout fires
 * early (it was capped) the timer re-arms, and when it fires late (the
 * machine slept) the callback still runs once.
 */
export class SystemClock implements Clock {
  readonly mode = 'system';

  now(): number {
    return Date.now();
  }

  utcOffsetMinutes(at: number): number {
    return systemOffset(at);
  }

  setTimer(at: number, callback: () => void): CancelTimer {
    let handle: NodeJS.Timeout | undefined;
    const arm = () => {
      const delay = Math.min(Math.max(0, at - Date.now()), MAX_TIMEOUT_MS);
      handle = setTimeout(() => {
        if (Date.now() < at) arm();
        else callback();
      }, delay);
    };
    arm();
    return () => clearTimeout(handle);
  }
}

interface ManualTimer {
  at: number;
  seq: number;
  callback: () => void;
}

/**
 * A clock that stands still until moved (`--clock manual` and tests).
 * `advance` walks through every timer that falls due on the way, in order,
 * with `now()` equal to each timer's instant while it runs.
 */
export class ManualClock implements Clock {
  readonly mode = 'manual';
  private current: number;
  private timers: ManualTimer[] = [];
  private seq = 0;
  /** How many timer callbacks have run: the runtime's wake-ups. */
  firedCount = 0;

  constructor(
    start: number,
    private readonly offset: (at: number) => number = systemOffset,
  ) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  utcOffsetMinutes(at: number): number {
    return this.offset(at);
  }

  setTimer(at: number, callback: () => void): CancelTimer {
    const timer: ManualTimer = { at, seq: this.seq++, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a finite, non-negative number of ms');
    const target = this.current + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = Math.max(this.current, due.at);
      this.firedCount++;
      due.callback();
    }
    this.current = target;
  }

  /** Jumps the wall clock without firing timers on the way (a clock change). */
  jumpTo(at: number): void {
    this.current = at;
  }
}
