import { DEFAULT_SETTINGS, type Settings } from '@shared/settings-schema';
import { initialEngineState, reduce, type Effect, type EngineEvent, type EngineState } from '@shared/scheduling/engine';

/**
 * Drives the pure engine with a fake clock: `at(ms)` moves time, `send`
 * feeds an event and keeps every effect, ids are predictable.
 */
export class EngineHarness {
  now: number;
  state: EngineState;
  settings: Settings;
  readonly effects: Effect[] = [];
  private ids = 0;

  constructor(start = Date.parse('2026-03-02T09:00:00Z'), settings: Settings = DEFAULT_SETTINGS) {
    this.now = start;
    this.settings = settings;
    this.state = initialEngineState(settings, start);
  }

  send(event: EngineEvent) {
    const transition = reduce(this.state, event, {
      now: this.now,
      settings: this.settings,
      newId: () => `id-${++this.ids}`,
    });
    this.state = transition.state;
    this.effects.push(...transition.effects);
    return transition;
  }

  /** Moves the clock forward and ticks, as the runtime would at a deadline. */
  tickAfter(ms: number) {
    this.now += ms;
    return this.send({ type: 'tick' });
  }

  ofType<T extends Effect['type']>(type: T): Extract<Effect, { type: T }>[] {
    return this.effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
  }

  recorded(): string[] {
    return this.ofType('record').map((e) => e.event.type);
  }
}

export const MINUTE = 60_000;
