import type { CommandReply } from '@shared/command-line';
import { IpcRejection, type AppSnapshot, type ContractHandlers, type View } from '@shared/ipc-contract';
import { renderNotification, type NotificationActionId, type NotificationSpec } from '@shared/notification-content';
import {
  initialEngineState,
  scheduleStatus,
  upcomingReminders,
  type Effect,
  type EngineEvent,
} from '@shared/scheduling/engine';
import { canSkip, canSnooze } from '@shared/scheduling/engine-state';
import { utcOffsetMinutes } from '@shared/calendar';
import type { LogEventDraft } from '@shared/event-log-schema';
import { nextWorkingStart } from '@shared/scheduling/working-hours';
import { resolveLanguage, translator, type Language, type Translate } from '@shared/i18n/i18n';
import { sittingClock, sittingMinutesAt } from '@shared/scheduling/sitting-clock';
import { buildTrayModel } from '@shared/tray-menu';
import type { Platform } from '@shared/platform';
import type {
  Autostart,
  Clock,
  FullscreenDetector,
  IdleSource,
  Logger,
  Notifier,
  PowerEvents,
  TrayHost,
  TrayModel,
  WindowHost,
} from './ports';
import * as path from 'node:path';
import { createHandlers, handleNotificationAction, handleTrayClick, runCommand } from './app-commands';
import { BreakRecord } from './break-record';
import type { EventLog } from './event-log';
import { HistoryService } from './history-service';
import { PostureSensing } from './posture-sensing';
import { ProgramService } from './program-service';
import { StatsService } from './stats-service';
import { SchedulerRuntime } from './scheduler-runtime';
import { timelessKey } from './snapshot-key';
import { noticeMessage, type SettingsNotice, type SettingsStore } from './settings-store';

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
  idle: IdleSource;
  fullscreen: FullscreenDetector;
  /** Starting at login; null where the host does not manage it (the web host). */
  autostart?: Autostart | null;
  /** What the host knows about itself, for the About section. */
  about: HostAbout;
  /** Opens a folder in the system's file manager. */
  openPath: (folder: string) => Promise<void>;
  logger: Logger;
  newId: () => string;
  /** Ends the app (tray "Quit"). */
  quit: () => void;
  /**
   * The OS's preferred languages, most preferred first, for the "system"
   * language setting (Electron: app.getPreferredSystemLanguages()).
   */
  systemLocales?: () => readonly string[];
}

export interface HostAbout {
  appVersion: string;
  electronVersion: string | null;
  chromeVersion: string | null;
  dataDir: string;
  logFile: string | null;
  idleSource: string;
  busyDetection: string;
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
  readonly runtime: SchedulerRuntime;
  readonly program: ProgramService;
  readonly history: HistoryService;
  /** Writes each break's exercises as the player reports them (break-record.ts). */
  readonly breakRecord: BreakRecord;
  /** Camera posture sensing: the looks the page sends (posture-sensing.ts). */
  readonly sensing: PostureSensing;
  private readonly notifications: NotificationSpec[] = [];
  private readonly notices: SettingsNotice[] = [];
  private readonly listeners = new Set<(snapshot: AppSnapshot) => void>();
  private lastTray: string | null = null;
  /** What the last snapshot pushed to pages showed (snapshot-key.ts). */
  private lastPushed: string | null = null;
  private stopped = false;
  private unsubscribePower: (() => void) | null = null;

  constructor(readonly deps: AppServiceDeps) {
    if (deps.settings.notice) this.notices.push(deps.settings.notice);
    const stats = new StatsService(deps.eventLog, deps.logger);
    this.history = new HistoryService(stats, deps.eventLog, deps.settings, deps.clock);
    this.program = new ProgramService(
      deps.settings,
      stats,
      () => this.history.today(),
      deps.clock,
      (event) => this.applyEffects([{ type: 'record', event }]),
    );
    this.breakRecord = new BreakRecord({
      now: () => deps.clock.now(),
      record: (event) => this.writeEvent(event),
      historyChanged: () => this.program.historyChanged(),
    });
    this.sensing = new PostureSensing({
      now: () => deps.clock.now(),
      settings: () => deps.settings.get().sensing,
      // Per computer, like the log's own folder: a synced data folder must not carry one camera's neutral to another.
      neutralFile: path.join(deps.eventLog.dataDir, 'posture', `${deps.eventLog.deviceId}.json`),
      record: (event) => this.writeEvent(event),
      dispatch: (event) => this.runtime.dispatch(event),
      changed: () => this.publish(),
      logger: deps.logger,
    });
    this.runtime = new SchedulerRuntime({
      program: () => this.program.sessionPlan(),
      clock: deps.clock,
      settings: () => deps.settings.get(),
      newId: deps.newId,
      initialState: initialEngineState(deps.settings.get(), deps.clock.now(), deps.clock.timeZone()),
      observe: () => this.observe(),
      applyEffects: (effects) => this.applyEffects(effects),
      onDispatched: () => this.publish(),
    });
    deps.settings.onChange((next, previous) => {
      this.runtime.dispatch({ type: 'settings-changed', previous });
      this.sensing.settingsChanged(previous.sensing);
      if (next.general.launchAtLogin !== previous.general.launchAtLogin) this.applyAutostart();
    });
    this.handlers = createHandlers(this);
  }

  /** Makes the OS's login item match the setting; a refusal is logged, not fatal. */
  private applyAutostart(): void {
    const { autostart, settings, logger } = this.deps;
    if (!autostart) return;
    const wanted = settings.get().general.launchAtLogin;
    try {
      if (autostart.isEnabled() !== wanted) autostart.setEnabled(wanted);
    } catch (error) {
      logger.warn(`could not ${wanted ? 'add' : 'remove'} the login item (${autostart.description})`, error);
    }
  }

  async start(): Promise<void> {
    this.applyAutostart();
    // Sleep and lock end the user's sitting; waking re-checks every deadline.
    this.unsubscribePower = this.deps.power.subscribe((event) => {
      const type = ({ suspend: 'sleep', resume: 'wake', 'lock-screen': 'lock', 'unlock-screen': 'unlock' } as const)[
        event
      ];
      this.runtime.dispatch({ type });
      if (type === 'wake' || type === 'unlock') void this.runtime.tick();
    });
    await this.runtime.start();
  }

  stop(): void {
    this.sensing.stop();
    this.stopped = true;
    this.unsubscribePower?.();
    this.runtime.stop();
  }

  get wakeUps(): number {
    return this.runtime.wakeUps;
  }

  private async observe(): Promise<{ idleSeconds: number | null; busy: boolean }> {
    const [idle, busy] = await Promise.all([
      this.deps.idle.idleSeconds().catch(() => null),
      this.deps.fullscreen.isFullscreen().catch(() => false),
    ]);
    return { idleSeconds: idle, busy };
  }

  /** The language of every visible string: the setting, else the OS's, else English. */
  language(): Language {
    return resolveLanguage(this.deps.settings.get().general.language, this.deps.systemLocales?.() ?? []);
  }

  translate(): Translate {
    return translator(this.language());
  }

  snapshot(): AppSnapshot {
    const { clock, settings, host } = this.deps;
    const state = this.runtime.state;
    const language = this.language();
    const t = translator(language);
    const schedule = this.schedule();
    const sitting = sittingClock(state, schedule.now);
    const historyRevision = this.history.revision();
    return {
      now: schedule.now,
      clock: clock.mode,
      host,
      zone: schedule.zone,
      language,
      theme: settings.get().general.theme,
      schedule: {
        status: schedule.status,
        next: schedule.next,
        pausedUntil: schedule.pausedUntil,
        resumesAt: schedule.resumesAt,
        activeBreak: state.activeBreak,
        pendingBreakId: state.intervals.movement.pendingBreakId,
        canSnooze: schedule.canSnooze,
        snoozeMinutes: schedule.snoozeMinutes,
        canSkip: schedule.canSkip,
        busy: state.busy,
      },
      sitting: { ...sittingMinutesAt(sitting, schedule.now, schedule.now), ...sitting },
      today: this.history.todayFigures(),
      sensing: this.sensing.snapshot(),
      historyRevision,
      programRevision: this.program.revision(historyRevision),
      tray: {
        ...buildTrayModel(schedule, this.deps.platform, t),
        platform: this.deps.platform,
        checkInDue: schedule.checkInDue,
      },
      windows: this.deps.windows.list(),
      notices: this.notices.map((notice) => ({ id: notice.id, message: noticeMessage(notice, t) })),
    };
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
    return buildTrayModel(this.schedule(), platform, this.translate());
  }

  /** The schedule at this instant: what the tray and the snapshot are made of. */
  private schedule() {
    const state = this.runtime.state;
    const ctx = this.runtime.context();
    return {
      now: ctx.now,
      zone: ctx.zone,
      language: this.language(),
      status: scheduleStatus(state),
      next: upcomingReminders(state, ctx),
      pausedUntil: state.paused?.until ?? null,
      resumesAt: state.outsideHours ? nextWorkingStart(ctx.now, ctx.settings.workingHours, ctx.zone) : null,
      canSnooze: canSnooze(state.intervals.movement.snoozes, ctx),
      snoozeMinutes: ctx.settings.breakRules.snoozeMinutes,
      canSkip: canSkip(state, ctx),
      checkInDue: !this.history.checkedInToday(),
      cameraInUse: this.sensing.snapshot().cameraInUse,
    };
  }

  handleTrayClick(id: string): void {
    handleTrayClick(this, id);
  }

  /** A `posture …` command line from the terminal. */
  runCommand(argv: readonly string[]): CommandReply {
    return runCommand(this, argv);
  }

  handleNotificationAction(notificationId: string, action: NotificationActionId): void {
    const spec = this.notifications.find((n) => n.id === notificationId);
    if (!spec) throw new IpcRejection(`there is no notification "${notificationId}"`);
    handleNotificationAction(this, spec, action);
  }

  /** A window the user closed themselves (title-bar button, page close). */
  handleWindowClosed(view: View): void {
    // Windows closing because the app quits are not the user ending a break.
    if (this.stopped) return;
    if (view === 'break' && this.runtime.state.activeBreak) this.runtime.dispatch({ type: 'close-break' });
    else this.publish();
  }

  /** Dispatches a user action; a refusal becomes a typed IPC rejection. */
  dispatch(event: EngineEvent): void {
    const transition = this.runtime.dispatch(event);
    if (transition.rejected) throw new IpcRejection(transition.rejected);
  }

  dismissNotice(id: string): void {
    const index = this.notices.findIndex((n) => n.id === id);
    if (index === -1) throw new IpcRejection(`there is no notice "${id}"`);
    this.notices.splice(index, 1);
    this.publish();
  }

  private applyEffects(effects: Effect[]): void {
    const { notifier, windows, logger } = this.deps;
    for (const effect of effects) {
      switch (effect.type) {
        case 'record':
          this.recordBreakEvent(effect.event);
          break;
        case 'remind': {
          // The engine says what to tell; the words are the user's language, now.
          const spec = renderNotification(effect.intent, this.deps.settings.get(), this.translate());
          this.notifications.push(spec);
          if (this.notifications.length > NOTIFICATION_HISTORY_LIMIT) this.notifications.shift();
          notifier.show(spec, (action) => {
            try {
              handleNotificationAction(this, spec, action);
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

  /**
   * Writes an engine event, letting the break record follow the break: every
   * end path (Done, the timer, the window closed, Skip) ends in one of these
   * two lines, so the unreported exercises are written just before it; a
   * break that started takes its session from the engine's new state.
   */
  private recordBreakEvent(event: LogEventDraft): void {
    if (event.type === 'break-completed' || event.type === 'break-skipped') this.breakRecord.ended(event.breakId);
    this.writeEvent(event);
    if (event.type === 'break-started') {
      const active = this.runtime.state.activeBreak;
      if (active?.id === event.breakId) this.breakRecord.began(active);
      else this.deps.logger.warn(`break "${event.breakId}" started but is not the engine's active break`);
    }
  }

  private writeEvent(event: LogEventDraft): void {
    const { clock, eventLog, logger } = this.deps;
    try {
      eventLog.append(event, utcOffsetMinutes(event.at, clock.timeZone()));
    } catch (error) {
      // Reminders keep working from memory even if the disk refuses.
      logger.error('could not write to the event log', error);
    }
  }

  /**
   * Pushes the current state to the tray and to pages, each only when what
   * it shows changed. For pages, time passing is no change: they run the
   * snapshot's clocks forward themselves (the sitting minutes, the tray's
   * "in N min", see snapshot-key.ts), so a minute tick that changed nothing
   * else sends nothing. `clockMoved`: the manual clock was moved by hand,
   * and its pages, which cannot run it forward, are told the new time.
   */
  publish(options: { clockMoved?: boolean } = {}): void {
    if (this.stopped) return;
    const tray = this.trayModel();
    const key = JSON.stringify(tray);
    if (key !== this.lastTray) {
      this.lastTray = key;
      this.deps.tray.update(tray);
    }
    if (this.listeners.size === 0) return;
    const snapshot = this.snapshot();
    const pushed = timelessKey(snapshot);
    if (pushed === this.lastPushed && !options.clockMoved) return;
    this.lastPushed = pushed;
    for (const listener of this.listeners) listener(snapshot);
  }
}
