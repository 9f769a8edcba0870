/**
 * `Notification`: only after ready; ELECTRON_STANDIN_NOTIFICATIONS=unsupported
 * makes `Notification.isSupported()` false. The `notification` command emits
 * events on the ones kept here, with the arguments Electron passes.
 */
import type { Electron, FakeClassOf } from './electron-types';
import { requireReady } from './problems';
import { record, recordCall, REF } from './recorder';
import { fakeEvent, RecordingEmitter } from './recording-emitter';

/** Every notification created, oldest first. */
export const notifications: FakeNotification[] = [];

/** What electron/electron-host/ use of a notification. */
type NotificationUses = 'on' | 'show';

export class FakeNotification
  extends RecordingEmitter<Electron.Notification>
  implements Pick<Electron.Notification, NotificationUses | 'once' | 'off' | 'close'>
{
  readonly options: Electron.NotificationConstructorOptions;

  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super('Notification');
    record('new Notification', { self: this[REF], args: [options] });
    requireReady('new Notification');
    this.options = options;
    notifications.push(this);
  }

  static isSupported(): boolean {
    recordCall('Notification.isSupported', null, []);
    return process.env.ELECTRON_STANDIN_NOTIFICATIONS !== 'unsupported';
  }

  show(): void {
    recordCall('Notification.show', this[REF], []);
  }

  close(): void {
    recordCall('Notification.close', this[REF], []);
    this.standinClosed();
  }

  /** The user clicked the notification's body. */
  standinClick(): void {
    this.emitChecked((on) => on('click', (..._takes) => [fakeEvent()] satisfies typeof _takes));
  }

  /** The user pressed button `actionIndex` (macOS and Windows show them). */
  standinAction(actionIndex: number): void {
    // Electron 45 passes the index in the details and, deprecated, as arguments.
    const details = fakeEvent({ actionIndex, selectionIndex: -1 });
    this.emitChecked((on) => on('action', (..._takes) => [details, actionIndex, -1] satisfies typeof _takes));
  }

  /** The notification went away: dismissed by the user, or close() by the app. */
  standinClosed(): void {
    this.emitChecked((on) =>
      on('close', (..._takes) => [fakeEvent({ reason: 'userCanceled' })] satisfies typeof _takes),
    );
  }

  /** Showing it failed (unsigned macOS builds). */
  standinFailed(error: string): void {
    this.emitChecked((on) => on('failed', (..._takes) => [fakeEvent(), error] satisfies typeof _takes));
  }
}

/** The class the app constructs: Electron's constructor arguments and statics. */
export const Notification = FakeNotification satisfies FakeClassOf<typeof Electron.Notification, 'isSupported'>;
