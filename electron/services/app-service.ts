import { IpcRejection, type AppSnapshot, type ContractHandlers, type View } from '@shared/ipc-contract';
import type { NotificationActionId, NotificationSpec } from '@shared/notification-content';
import {
  initialEngineState,
  scheduleStatus,
  upcomingReminders,
  type Effect,
  type EngineEvent,
} from '@shared/scheduling/engine';
import { computeDayStats, localDateKey } from '@shared/stats/day-stats';
import { buildTrayMenu, buildTrayTooltip, type Platform, type TrayItemId } from '@shared/tray-menu';
import type { Clock, Logger, Notifier, PowerEvents, TrayHost, TrayModel, WindowHost } from '../ports';
import type { EventLog } from './event-log';
import { SchedulerRuntime } from './scheduler-runtime';
import type { SettingsNotice, SettingsStore } from './settings-store';

export interface AppServiceDeps {
  host: 'electron' | 'web';
  platform: Platform;
  clock: Clock;
  settings: SettingsStore;
  eventLog: EventLog;
  notifier: Notifier;
  windows: WindowHost;
  tray: TrayHost;
  power: PowerEvents;
  logger: Logger;
  newId: () => string;
  /** Ends the app (tray "Quit"). */
  quit: () => void;
}

/** Notifications kept for the state view; older ones are dropped. */
const NOTIFICATION_HISTORY_LIMIT = 500;

/**
 * The backend of both hosts: owns the scheduler runtime and turns its effects
 * into notifications, log lines, windows and tray updates; implements every
 * contract channel. Hosts only wire ports and transports to it.
 */
export class AppService {
  readonly handlers: ContractHandlers;
  private readonly runtime: SchedulerRuntime;
  private readonly notifications: NotificationSpec[] = [];
  private readonly notices: SettingsNotice[] = [];
  private readonly listeners = new Set<(snapshot: AppSnapshot) => void>();
  private lastTray: string | null = null;
  private stopped = false;
  private unsubscribePower: (() => void) | null = null;

  constructor(private readonly deps: AppServiceDeps) {
    if (deps.settings.notice) this.notices.push(deps.settings.notice);
    this.runtime = new SchedulerRuntime({
      clock: deps.clock,
      settings: () => deps.settings.get(),
      newId: deps.newId,
      initialState: initialEngineState(deps.settings.get(), deps.clock.now()),
      applyEffects: (effects) => this.applyEffects(effects),
      onDispatched: () => this.publish(),
    });
    deps.settings.onChange((_next, previous) => this.runtime.dispatch({ type: 'settings-changed', previous }));
    this.handlers = this.createHandlers();
  }

  start(): void {
    this.runtime.start();
    // Waking up or unlocking re-checks every deadline at once: timers may
    // have slept with the machine.
    this.unsubscribePower = this.deps.power.subscribe((event) => {
      if (event === 'resume' || event === 'unlock-screen') this.runtime.dispatch({ type: 'tick' });
    });
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribePower?.();
    this.runtime.stop();
  }

  get wakeUps(): number {
    return this.runtime.wakeUps;
  }

  snapshot(): AppSnapshot {
    const { clock, settings, host, platform } = this.deps;
    const state = this.runtime.state;
    const now = clock.now();
    const tray = this.trayModel(platform);
    return {
      now,
      clock: clock.mode,
      host,
      schedule: {
        status: scheduleStatus(state),
        next: upcomingReminders(state, settings.get()),
        pausedUntil: state.paused?.until ?? null,
        activeBreak: state.activeBreak,
      },
      tray,
      windows: this.deps.windows.list(),
      notices: [...this.notices],
    };
  }

  /** Pushes the current state to pages, e.g. after a manual clock moved. */
  refresh(): void {
    this.publish();
  }

  /** Every notification sent since launch, oldest first. */
  sentNotifications(): readonly NotificationSpec[] {
    return this.notifications;
  }

  onStateChanged(listener: (snapshot: AppSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  trayModel(platform: Platform = this.deps.platform): TrayModel {
    const state = this.runtime.state;
    const input = {
      now: this.deps.clock.now(),
      status: scheduleStatus(state),
      nextMovementAt: upcomingReminders(state, this.deps.settings.get())[0]?.at ?? null,
      pausedUntil: state.paused?.until ?? null,
      snoozeMinutes: this.deps.settings.get().snoozeMinutes,
    };
    return { tooltip: buildTrayTooltip(input), menu: buildTrayMenu(input, platform) };
  }

  handleTrayClick(id: string): void {
    const settings = this.deps.settings.get();
    switch (id as TrayItemId) {
      case 'start-now':
        this.dispatch({ type: 'start-break', source: 'tray' });
        return;
      case 'snooze':
        this.dispatch({ type: 'snooze', minutes: settings.snoozeMinutes });
        return;
      case 'pause-1h':
        this.dispatch({ type: 'pause', minutes: 60 });
        return;
      case 'resume':
        this.dispatch({ type: 'resume' });
        return;
      case 'open-dashboard':
        this.deps.windows.open('dashboard');
        this.publish();
        return;
      case 'quit':
        this.deps.quit();
        return;
      default:
        throw new IpcRejection(`there is no tray item "${id}"`);
    }
  }

  handleNotificationAction(notificationId: string, action: NotificationActionId): void {
    const spec = this.notifications.find((n) => n.id === notificationId);
    if (!spec) throw new IpcRejection(`there is no notification "${notificationId}"`);
    if (action === 'start') this.dispatch({ type: 'start-break', source: 'notification' });
    else if (action === 'snooze') this.dispatch({ type: 'snooze', minutes: this.deps.settings.get().snoozeMinutes });
    // "dismiss" leaves the reminder as shown-but-not-taken: nothing to change.
  }

  /** A window the user closed themselves (title-bar button, page close). */
  handleWindowClosed(view: View): void {
    // Windows closing because the app quits are not the user ending a break.
    if (this.stopped) return;
    if (view === 'break' && this.runtime.state.activeBreak) this.runtime.dispatch({ type: 'close-break' });
    else this.publish();
  }

  private dispatch(event: EngineEvent): void {
    const transition = this.runtime.dispatch(event);
    if (transition.rejected) throw new IpcRejection(transition.rejected);
  }

  private applyEffects(effects: Effect[]): void {
    const { clock, eventLog, notifier, windows, logger } = this.deps;
    for (const effect of effects) {
      switch (effect.type) {
        case 'record':
          try {
            eventLog.append(effect.event, clock.utcOffsetMinutes(effect.event.at));
          } catch (error) {
            // Reminders keep working from memory even if the disk refuses.
            logger.error('could not write to the event log', error);
          }
          break;
        case 'notify': {
          const spec = effect.notification;
          this.notifications.push(spec);
          if (this.notifications.length > NOTIFICATION_HISTORY_LIMIT) this.notifications.shift();
          notifier.show(spec, (action) => {
            try {
              this.handleNotificationAction(spec.id, action);
            } catch (error) {
              logger.warn(`notification action "${action}" was refused`, error);
            }
          });
          break;
        }
        case 'open-window':
          windows.open(effect.view);
          break;
        case 'close-window':
          windows.close(effect.view);
          break;
      }
    }
  }

  private publish(): void {
    if (this.stopped) return;
    const tray = this.trayModel();
    const key = JSON.stringify(tray);
    if (key !== this.lastTray) {
      this.lastTray = key;
      this.deps.tray.update(tray);
    }
    if (this.listeners.size === 0) return;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }

  private createHandlers(): ContractHandlers {
    const { clock, settings, eventLog, windows } = this.deps;
    const ok = { ok: true as const };
    return {
      getSnapshot: () => this.snapshot(),
      getTodayStats: () => {
        const now = clock.now();
        const date = localDateKey(now, clock.utcOffsetMinutes(now));
        return computeDayStats(eventLog.readMonth(date.slice(0, 7)), date);
      },
      startBreak: ({ source }) => {
        this.dispatch({ type: 'start-break', source });
        const active = this.runtime.state.activeBreak;
        if (!active) throw new Error('the break did not start');
        return { breakId: active.id };
      },
      completeBreak: () => {
        this.dispatch({ type: 'complete-break' });
        return ok;
      },
      snooze: ({ minutes }) => {
        this.dispatch({ type: 'snooze', minutes });
        return ok;
      },
      pause: ({ minutes }) => {
        this.dispatch({ type: 'pause', minutes });
        return ok;
      },
      resume: () => {
        this.dispatch({ type: 'resume' });
        return ok;
      },
      getSettings: () => settings.get(),
      updateSettings: (patch) => {
        try {
          return settings.update(patch);
        } catch (error) {
          throw new IpcRejection(error instanceof Error ? error.message : String(error));
        }
      },
      openView: ({ view }) => {
        windows.open(view);
        this.publish();
        return ok;
      },
      closeView: ({ view }) => {
        windows.close(view);
        this.handleWindowClosed(view);
        return ok;
      },
      dismissNotice: ({ id }) => {
        const index = this.notices.findIndex((n) => n.id === id);
        if (index === -1) throw new IpcRejection(`there is no notice "${id}"`);
        this.notices.splice(index, 1);
        this.publish();
        return ok;
      },
      clickTrayItem: ({ id }) => {
        this.handleTrayClick(id);
        return ok;
      },
    };
  }
}
