import type { NotificationActionId, NotificationSpec } from '@shared/notification-content';
import { APP_NAME } from '@shared/app-name';
import type { Logger, Notifier } from '../core/ports';

/**
 * Desktop notifications through node-notifier: notify-send (libnotify) on
 * Linux, terminal-notifier on macOS, SnoreToast on Windows. Only macOS and
 * Windows report button presses back; on Linux the reminder still shows and
 * the tray or the break window carries the actions.
 */
export interface NodeNotifierLike {
  notify(
    options: Record<string, unknown>,
    callback?: (error: Error | null, response: string, metadata?: object) => void,
  ): unknown;
}

export const APP_ID = 'org.posturebreaks.app';

export function supportsActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** Maps what node-notifier reports back to one of our action ids. */
export function actionFromResponse(
  spec: NotificationSpec,
  response: string | undefined,
  metadata: object | undefined,
): NotificationActionId | null {
  const fields = (metadata ?? {}) as Record<string, unknown>;
  const said = [response, fields.activationValue, fields.button]
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim().toLowerCase());
  for (const action of spec.actions) {
    if (said.includes(action.label.toLowerCase())) return action.id;
  }
  // A click on the notification body does what its first button does.
  if (said.some((v) => v === 'activate' || v === 'clicked' || v === 'contentsclicked'))
    return spec.actions[0]?.id ?? null;
  if (said.some((v) => v === 'timeout' || v === 'dismissed' || v === 'closed')) return 'dismiss';
  return null;
}

export class OsNotifier implements Notifier {
  private failures = 0;

  constructor(
    private readonly backend: NodeNotifierLike,
    private readonly logger: Logger,
    private readonly platform: NodeJS.Platform = process.platform,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  show(spec: NotificationSpec, onAction: (action: NotificationActionId) => void): void {
    const withActions = supportsActions(this.platform);
    const options: Record<string, unknown> = {
      title: spec.title,
      message: spec.body,
      appID: APP_ID,
      // notify-send names the sender after itself unless told otherwise.
      ...(this.platform === 'linux' ? { 'app-name': APP_NAME } : {}),
      // notify-send: a hint that lets daemons group and theme our reminders.
      category: 'posture-breaks.reminder',
      urgency: spec.quiet ? 'low' : 'normal',
      sound: !spec.quiet,
      wait: withActions,
      // A nudge fades after its own time; a break reminder stays until acted on.
      ...(this.platform === 'linux'
        ? { time: spec.displaySeconds ?? 0 } // seconds; node-notifier converts, 0 = until closed
        : { timeout: spec.displaySeconds ?? false }),
      ...(withActions ? { actions: spec.actions.map((a) => a.label) } : {}),
    };
    let acted = false;
    try {
      this.backend.notify(options, (error, response, metadata) => {
        if (error) {
          this.reportFailure(error);
          return;
        }
        const action = actionFromResponse(spec, response, metadata);
        if (action && !acted) {
          acted = true;
          onAction(action);
        }
      });
    } catch (error) {
      this.reportFailure(error);
    }
  }

  private reportFailure(error: unknown): void {
    // One warning, then a quiet count: a machine without a notification
    // daemon should not fill the log every 50 minutes.
    this.failures++;
    if (this.failures === 1) {
      const hint = this.platform === 'linux' && !this.env.DBUS_SESSION_BUS_ADDRESS ? ' (no D-Bus session bus)' : '';
      this.logger.warn(`a desktop notification could not be shown${hint}; the break window still works`, error);
    }
  }
}
