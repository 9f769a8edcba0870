import * as os from 'node:os';
import { IpcRejection, type ContractHandlers } from '@shared/ipc-contract';
import type { NotificationActionId, NotificationSpec } from '@shared/notification-content';
import type { ReminderKind } from '@shared/event-log-schema';
import type { DayStats } from '@shared/stats/day-stats';
import { CLI_USAGE, parseCommand, type CommandReply } from '@shared/command-line';
import { describeSchedule, PAUSE_CHOICES, REMINDER_NAMES, SNOOZE_CHOICES } from '@shared/tray-menu';
import { formatLocalDayTime } from '@shared/calendar';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import { resetPatch } from '@shared/settings-groups';
import { exportSettingsText, readSettingsImport } from '@shared/settings-transfer';
import { zodMessages } from './zod-messages';
import type { AppService } from './app-service';

/**
 * What the user can do, from wherever they do it: tray items, notification
 * buttons and the renderer's contract calls all end up here as engine events.
 */

export function handleTrayClick(app: AppService, id: string): void {
  const snooze = SNOOZE_CHOICES.find((minutes) => id === `snooze-${minutes}`);
  if (snooze !== undefined) return app.dispatch({ type: 'snooze', minutes: snooze });
  const pause = PAUSE_CHOICES.find((choice) => choice.id === id);
  if (pause) return app.dispatch({ type: 'pause', length: pause.length });
  switch (id) {
    case 'start-now':
      return app.dispatch({ type: 'start-break', source: 'tray' });
    case 'resume':
      return app.dispatch({ type: 'resume' });
    case 'open-dashboard':
    case 'check-in': // the check-in sits on the dashboard
    case 'settings':
      app.deps.windows.open(id === 'settings' ? 'settings' : 'dashboard');
      return app.publish();
    case 'quit':
      return app.deps.quit();
    default:
      throw new IpcRejection(`there is no tray item "${id}"`);
  }
}

export function handleNotificationAction(app: AppService, spec: NotificationSpec, action: NotificationActionId): void {
  if (spec.kind === 'sitting') {
    if (action === 'start') app.dispatch({ type: 'start-break', source: 'notification' });
    return;
  }
  const kind: ReminderKind = spec.kind;
  switch (action) {
    case 'start':
      return app.dispatch({ type: 'start-break', source: 'notification', kind });
    case 'snooze': {
      const minutes = app.deps.settings.get().breakRules.snoozeMinutes;
      // A check about a drift the camera saw snoozes those checks, not the posture timer.
      if (spec.variant === 'sensed') return app.dispatch({ type: 'snooze-sensed', minutes });
      return app.dispatch({ type: 'snooze', minutes, kind });
    }
    case 'skip':
      return app.dispatch({ type: 'skip', kind });
    case 'ack':
      return app.dispatch({ type: 'acknowledge', kind, breakId: spec.breakId });
    case 'dismiss':
      // Closing the notification leaves the reminder shown but not taken.
      return;
  }
}

export function createHandlers(app: AppService): ContractHandlers {
  const { settings, windows } = app.deps;
  const ok = { ok: true as const };
  return {
    getSnapshot: () => app.snapshot(),
    getTodayStats: () => todayStats(app),
    startBreak: ({ source, kind }) => {
      app.dispatch({ type: 'start-break', source, kind });
      const active = app.runtime.state.activeBreak;
      if (!active) throw new Error('the break did not start');
      return { breakId: active.id };
    },
    completeBreak: () => {
      app.dispatch({ type: 'complete-break' });
      return ok;
    },
    snooze: ({ minutes, kind }) => {
      app.dispatch({ type: 'snooze', minutes, kind });
      return ok;
    },
    skip: ({ kind }) => {
      app.dispatch({ type: 'skip', kind });
      return ok;
    },
    pause: ({ length }) => {
      app.dispatch({ type: 'pause', length });
      return ok;
    },
    resume: () => {
      app.dispatch({ type: 'resume' });
      return ok;
    },
    getSettings: () => settings.get(),
    updateSettings: (patch) => refusedAsRejection(() => settings.update(patch)),
    // Every group's settings, or one group's, back to the defaults; the
    // questionnaire's answers and the safety state stay (no group holds them).
    resetSettings: ({ scope }) => refusedAsRejection(() => settings.update(resetPatch(scope, DEFAULT_SETTINGS))),
    exportSettings: () => ({
      filename: `posture-breaks-settings-${app.history.today()}.json`,
      content: exportSettingsText(settings.get()),
    }),
    // All or nothing: a file with any problem changes nothing and says why.
    importSettings: ({ text }) => {
      const outcome = readSettingsImport(text, settings.get(), zodMessages(app.language()));
      if (!outcome.imported) return outcome;
      return { ...outcome, settings: refusedAsRejection(() => settings.replace(outcome.settings)) };
    },
    openView: ({ view }) => {
      windows.open(view);
      app.publish();
      return ok;
    },
    closeView: ({ view }) => {
      windows.close(view);
      app.handleWindowClosed(view);
      return ok;
    },
    dismissNotice: ({ id }) => {
      app.dismissNotice(id);
      return ok;
    },
    clickTrayItem: ({ id }) => {
      app.handleTrayClick(id);
      return ok;
    },
    reportPostureLook: (request) => {
      app.sensing.look(request);
      return ok;
    },
    calibratePosture: ({ observations }) => app.sensing.calibrate(observations),
    reportCameraUse: ({ inUse }) => {
      app.sensing.cameraUse(inUse);
      return ok;
    },
    getProgram: () => app.program.view(),
    getDiagnostics: () => {
      const { about, autostart, clock } = app.deps;
      return {
        ...about,
        host: app.deps.host,
        platform: `${process.platform} ${process.arch}`,
        osRelease: os.release(),
        nodeVersion: process.versions.node,
        settingsVersion: settings.get().version,
        autostart: autostart ? autostart.description : 'not managed by this host',
        timeZone: clock.timeZone(),
      };
    },
    openDataFolder: async () => {
      await app.deps.openPath(app.deps.about.dataDir);
      return ok;
    },
    getHistory: ({ days }) => app.history.view(days),
    exportCsv: ({ what }) => app.history.csv(what),
    saveProfile: ({ profile, redFlags, applySuggestions }) => {
      app.program.saveProfile(profile, redFlags, applySuggestions);
      app.publish();
      return app.program.view();
    },
    skipQuestionnaire: () => {
      app.program.skipQuestionnaire();
      app.publish();
      return ok;
    },
    // A new line in the history: pages hear of it now, not at the next minute's tick.
    recordExerciseDone: ({ breakId, itemIndex }) => published(app, app.breakRecord.exerciseDone(breakId, itemIndex)),
    recordExerciseFeedback: ({ breakId, itemIndex, feedback }) =>
      published(app, app.breakRecord.feedback(breakId, itemIndex, feedback)),
    submitPainCheckIn: (input) => {
      const result = app.program.checkIn(input);
      app.publish();
      return result;
    },
    resumeProgram: () => {
      if (settings.get().safety.stoppedAt === null) throw new IpcRejection('the program is not stopped');
      app.program.resume();
      app.publish();
      return ok;
    },
  };
}

/** A settings change the schema or the disk refused, as a typed refusal (nothing changed). */
function refusedAsRejection<T>(change: () => T): T {
  try {
    return change();
  } catch (error) {
    throw new IpcRejection(error instanceof Error ? error.message : String(error));
  }
}

/** Publishes after a handler's change, passing its answer on. */
function published<T>(app: AppService, result: T): T {
  app.publish();
  return result;
}

/** The snapshot's today figures without the timeline: one computation for pages and the command line. */
function todayStats(app: AppService): DayStats {
  const { date, due, taken, snoozed, skipped, minutesMoved } = app.history.todayFigures();
  return { date, due, taken, snoozed, skipped, minutesMoved };
}

function statusText(app: AppService): string {
  const snapshot = app.snapshot();
  const { schedule } = snapshot;
  const lines = [
    describeSchedule({
      now: snapshot.now,
      zone: snapshot.zone,
      status: schedule.status,
      next: schedule.next,
      pausedUntil: schedule.pausedUntil,
      resumesAt: schedule.resumesAt,
    }) + '.',
  ];
  for (const reminder of schedule.next) {
    lines.push(`  ${REMINDER_NAMES[reminder.kind]} at ${formatLocalDayTime(reminder.at, snapshot.now, snapshot.zone)}`);
  }
  const today = todayStats(app);
  lines.push(`Today: ${today.taken} of ${today.due} breaks taken, ${today.snoozed} snoozed, ${today.skipped} skipped.`);
  return lines.join('\n');
}

/**
 * Runs one `posture` command line against the running app: the web host's
 * API and the Electron host's second instance both end here.
 */
export function runCommand(app: AppService, argv: readonly string[]): CommandReply {
  const parsed = parseCommand(argv);
  if (!parsed.ok) return { exitCode: 2, output: `posture: ${parsed.error}\n\n${CLI_USAGE}` };
  const { command } = parsed;
  try {
    switch (command.name) {
      case 'help':
        return { exitCode: 0, output: CLI_USAGE };
      case 'status':
        return { exitCode: 0, output: statusText(app) };
      case 'pause':
        app.dispatch({ type: 'pause', length: command.length });
        return { exitCode: 0, output: statusText(app).split('\n')[0] ?? '' };
      case 'resume':
        app.dispatch({ type: 'resume' });
        return { exitCode: 0, output: statusText(app).split('\n')[0] ?? '' };
      case 'break-now':
        app.dispatch({ type: 'start-break', source: 'command-line' });
        return { exitCode: 0, output: 'Stretch break started.' };
      case 'skip':
        app.dispatch({ type: 'skip' });
        return { exitCode: 0, output: 'Skipped the movement break.' };
    }
  } catch (error) {
    if (error instanceof IpcRejection) return { exitCode: 1, output: `posture: ${error.message}` };
    throw error;
  }
}
