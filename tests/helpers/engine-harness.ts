import { initialEngineState, nextWakeAt, reduce } from '@shared/scheduling/engine';
import type {
  Effect,
  EngineContext,
  EngineEvent,
  EngineState,
  ReminderIntent,
  SessionPlan,
} from '@shared/scheduling/engine-types';
import type { LogEventDraft } from '@shared/event-log-schema';
import { renderNotification, type NotificationSpec } from '@shared/notification-content';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '@shared/settings-schema';

export const SECOND = 1000;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/**
 * Runs the pure engine the way the runtime does, on a fake clock: one wake-up
 * at the engine's next deadline or at the coarse one-minute tick, whichever
 * is first, each with what the "OS" says (idle time, busy). Everything the
 * engine asks for is kept with the time it was asked; its reminder intents are
 * also kept as the host shows them (in English, with the settings of the time).
 */
export class EngineSim {
  now: number;
  zone: string;
  settings: Settings;
  state: EngineState;
  readonly effects: { at: number; effect: Effect }[] = [];
  /** The user's program, as the host passes it (none: the engine's plain rotation). */
  program: SessionPlan | undefined;
  private readonly shown: NotificationSpec[] = [];
  /** When the user last touched the keyboard; null: they are typing now. */
  idleSince: number | null = null;
  busy = false;
  wakeUps = 0;
  private lastCoarse: number;
  private ids = 0;

  constructor(options: { start?: string; zone?: string; settings?: SettingsPatch } = {}) {
    this.now = Date.parse(options.start ?? '2026-03-02T09:00:00+01:00');
    this.zone = options.zone ?? 'Europe/Berlin';
    this.settings = applySettingsPatch(DEFAULT_SETTINGS, options.settings ?? {});
    this.state = initialEngineState(this.settings, this.now, this.zone);
    this.lastCoarse = this.now;
  }

  ctx(): EngineContext {
    const ctx = { now: this.now, settings: this.settings, zone: this.zone, newId: () => `id-${++this.ids}` };
    return this.program ? { ...ctx, program: this.program } : ctx;
  }

  send(event: EngineEvent) {
    const transition = reduce(this.state, event, this.ctx());
    this.state = transition.state;
    for (const effect of transition.effects) {
      this.effects.push({ at: this.now, effect });
      if (effect.type === 'remind') this.shown.push(renderNotification(effect.intent, this.settings));
    }
    return transition;
  }

  tick() {
    const idleSeconds = this.idleSince === null ? 0 : Math.floor((this.now - this.idleSince) / 1000);
    return this.send({ type: 'tick', idleSeconds, busy: this.busy });
  }

  /** Lets `ms` pass with the runtime's wake-ups. */
  run(ms: number): this {
    const end = this.now + ms;
    for (;;) {
      const deadline = nextWakeAt(this.state, this.ctx());
      const coarse = this.lastCoarse + MINUTE;
      const next = Math.min(deadline ?? Number.POSITIVE_INFINITY, coarse);
      if (next > end) break;
      this.now = Math.max(this.now, next);
      if (next === coarse) this.lastCoarse = coarse;
      this.wakeUps++;
      this.tick();
    }
    this.now = end;
    return this;
  }

  /** Runs until the wall clock shows `iso` (in the test's zone offset). */
  runUntil(iso: string): this {
    return this.run(Date.parse(iso) - this.now);
  }

  /** The user steps away now (stops touching the keyboard). */
  away(): this {
    this.idleSince = this.now;
    return this;
  }

  /** The user is back at the keyboard now. */
  back(): this {
    this.idleSince = null;
    return (this.tick(), this);
  }

  /** The user gets up now, stays away `ms`, and comes back. */
  awayFor(ms: number): this {
    return this.away().run(ms).back();
  }

  /** The laptop sleeps for `ms` (no ticks), then wakes. */
  sleep(ms: number, kind: 'sleep' | 'lock' = 'sleep'): this {
    this.send({ type: kind });
    this.now += ms;
    this.lastCoarse = this.now;
    this.send({ type: kind === 'sleep' ? 'wake' : 'unlock' });
    this.tick();
    return this;
  }

  /** The wall clock jumps by `ms` with no event (set by hand, or NTP). */
  jumpClock(ms: number): this {
    this.now += ms;
    this.lastCoarse = this.now;
    this.tick();
    return this;
  }

  changeSettings(patch: SettingsPatch): this {
    const previous = this.settings;
    this.settings = applySettingsPatch(previous, patch);
    this.send({ type: 'settings-changed', previous });
    return this;
  }

  notifications(
    filter: Partial<Pick<NotificationSpec, 'kind' | 'variant'>> = {},
  ): (NotificationSpec & { at: number })[] {
    return this.shown.filter(
      (n) => (filter.kind ? n.kind === filter.kind : true) && (filter.variant ? n.variant === filter.variant : true),
    );
  }

  /** The notifications as the engine asked for them: intents, without words. */
  intents(): ReminderIntent[] {
    return this.effects.flatMap((e) => (e.effect.type === 'remind' ? [e.effect.intent] : []));
  }

  /** Reminders as "kind/variant@HH:MM" in the test zone, for compact assertions. */
  timeline(filter: (n: NotificationSpec) => boolean = () => true): string[] {
    return this.notifications()
      .filter(filter)
      .map((n) => `${n.kind}/${n.variant}@${localHHMM(n.at, this.zone)}`);
  }

  records(type?: LogEventDraft['type']): LogEventDraft[] {
    return this.effects
      .filter((e): e is { at: number; effect: Extract<Effect, { type: 'record' }> } => e.effect.type === 'record')
      .map((e) => e.effect.event)
      .filter((e) => (type ? e.type === type : true));
  }

  windows(): string[] {
    return this.effects
      .filter((e) => e.effect.type === 'open-window' || e.effect.type === 'close-window')
      .map((e) => `${e.effect.type}:${(e.effect as { view: string }).view}`);
  }

  /** The last notification, to act on it. */
  last(kind?: NotificationSpec['kind']): NotificationSpec {
    const list = this.notifications(kind ? { kind } : {});
    const found = list[list.length - 1];
    if (!found) throw new Error(`no ${kind ?? ''} notification yet`);
    return found;
  }
}

export function localHHMM(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hour12: false }).format(
    at,
  );
}

/** Movement-only defaults: posture checks off, no pre-break notice, for focused scenarios. */
export const MOVEMENT_ONLY: SettingsPatch = {
  posture: { enabled: false },
  movement: { preBreakNoticeSeconds: 0 },
};
