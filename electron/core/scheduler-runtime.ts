import {
  nextWakeAt,
  reduce,
  type Effect,
  type EngineContext,
  type EngineEvent,
  type EngineState,
  type SessionPlan,
  type Transition,
} from '@shared/scheduling/engine';
import type { Settings } from '@shared/settings-schema';
import type { CancelTimer, Clock } from './ports';

/** The coarse tick that catches clock jumps, presence changes and missed wake-ups. */
export const COARSE_TICK_MS = 60_000;

/** What the OS says at a wake-up: seconds idle (null if unknown) and busy. */
export interface Observations {
  idleSeconds: number | null;
  busy: boolean;
}

export interface SchedulerRuntimeOptions {
  clock: Clock;
  settings: () => Settings;
  newId: () => string;
  initialState: EngineState;
  /**
   * The user's program as data, which breaks draw their exercises from. Read
   * before each event, so keep it cached: the engine only takes what it is given.
   */
  program?: () => SessionPlan;
  /** Reads idle time and fullscreen/do-not-disturb at each wake-up. */
  observe: () => Promise<Observations>;
  /** Carries out what the engine asked for (reminder intents, log lines, windows). */
  applyEffects: (effects: Effect[]) => void;
  /** Called after every dispatch, so surfaces can refresh. */
  onDispatched: () => void;
}

/**
 * Runs the pure engine against a clock: one timer to the earliest deadline
 * plus the coarse tick, never a 1 Hz poll. Each timer firing is a wake-up;
 * the count is kept so tests can bound them.
 */
export class SchedulerRuntime {
  private current: EngineState;
  private cancelDeadline: CancelTimer | null = null;
  private cancelCoarse: CancelTimer | null = null;
  private armedAt: number | null = null;
  private running = false;
  wakeUps = 0;

  constructor(private readonly options: SchedulerRuntimeOptions) {
    this.current = options.initialState;
  }

  get state(): EngineState {
    return this.current;
  }

  /** The engine's context for reading its state (deadlines, the next reminders). */
  context(): EngineContext {
    const { clock } = this.options;
    return { now: clock.now(), settings: this.options.settings(), zone: clock.timeZone(), newId: this.options.newId };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.scheduleCoarseTick();
    await this.tick();
  }

  stop(): void {
    this.running = false;
    this.cancelDeadline?.();
    this.cancelCoarse?.();
    this.cancelDeadline = this.cancelCoarse = null;
    this.armedAt = null;
  }

  dispatch(event: EngineEvent): Transition {
    // Only an event can choose a break's exercises, so only events get the program.
    const program = this.options.program?.();
    const transition = reduce(this.current, event, { ...this.context(), ...(program ? { program } : {}) });
    this.current = transition.state;
    if (transition.effects.length > 0) this.options.applyEffects(transition.effects);
    this.armDeadline();
    this.options.onDispatched();
    return transition;
  }

  /** Looks at the OS, then lets the engine catch up with the clock. */
  async tick(): Promise<void> {
    let observations: Observations;
    try {
      observations = await this.options.observe();
    } catch {
      observations = { idleSeconds: null, busy: false };
    }
    if (!this.running) return;
    this.dispatch({ type: 'tick', ...observations });
  }

  private armDeadline(): void {
    if (!this.running) return;
    const at = nextWakeAt(this.current, this.context());
    if (at === this.armedAt) return; // already armed for that instant
    this.cancelDeadline?.();
    this.cancelDeadline = null;
    this.armedAt = at;
    if (at === null) return;
    this.cancelDeadline = this.options.clock.setTimer(at, () => {
      this.cancelDeadline = null;
      this.armedAt = null;
      this.wakeUps++;
      return this.tick();
    });
  }

  private scheduleCoarseTick(): void {
    // On elapsed time: a wall clock set back must not silence the app until it catches up.
    this.cancelCoarse = this.options.clock.setDelay(COARSE_TICK_MS, () => {
      if (!this.running) return;
      this.wakeUps++;
      this.scheduleCoarseTick();
      return this.tick();
    });
  }
}
