import { Notification } from 'electron';
import type { NotificationActionId, NotificationSpec } from '@shared/notification-content';
import type { Logger, Notifier } from '../core/ports';

/**
 * Reminders through Electron's Notification: buttons on macOS and Windows, a
 * click everywhere. Unsigned macOS builds emit `failed`; then node-notifier
 * (or, failing that, the break window via the tray) takes over.
 */
export class ElectronNotifier implements Notifier {
  /** Shown notifications are referenced until closed, or GC hides them. */
  private readonly live = new Set<Notification>();

  constructor(
    private readonly fallback: Notifier,
    private readonly logger: Logger,
    private readonly platform: NodeJS.Platform,
  ) {}

  show(spec: NotificationSpec, onAction: (action: NotificationActionId) => void): void {
    if (!Notification.isSupported()) {
      this.fallback.show(spec, onAction);
      return;
    }
    const withButtons = this.platform === 'darwin' || this.platform === 'win32';
    const notification = new Notification({
      title: spec.title,
      body: spec.body,
      silent: spec.quiet,
      // Windows: a break reminder stays until acted on; nudges use the system timeout.
      timeoutType: spec.displaySeconds === null ? 'never' : 'default',
      urgency: spec.quiet ? 'low' : 'normal',
      actions: withButtons ? spec.actions.map((a) => ({ type: 'button' as const, text: a.label })) : [],
    });
    let acted = false;
    const act = (action: NotificationActionId) => {
      if (acted) return;
      acted = true;
      onAction(action);
    };
    // A click on the body does what the first button does (start, or done).
    notification.on('click', () => {
      const first = spec.actions[0];
      if (first) act(first.id);
    });
    notification.on('action', (_event, index) => {
      const action = spec.actions[index];
      if (action) act(action.id);
    });
    notification.on('close', () => {
      this.live.delete(notification);
      act('dismiss');
    });
    notification.on('failed', (_event, error) => {
      this.live.delete(notification);
      this.logger.warn('Electron notification failed; using the fallback notifier', error);
      this.fallback.show(spec, act);
    });
    this.live.add(notification);
    notification.show();
  }
}
