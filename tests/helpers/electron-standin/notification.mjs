/**
 * `Notification`: only after ready; ELECTRON_STANDIN_NOTIFICATIONS=unsupported
 * makes `Notification.isSupported()` false. The `notification` command emits
 * events on the ones kept here.
 */
import { requireReady } from './problems.mjs';
import { record, recordCall, REF } from './recorder.mjs';
import { fakeEvent, RecordingEmitter } from './recording-emitter.mjs';

/** Every notification created, oldest first. */
export const notifications = [];

export class Notification extends RecordingEmitter {
  constructor(options = {}) {
    super('Notification');
    record('new Notification', { self: this[REF], args: [options] });
    requireReady('new Notification');
    this.options = options;
    notifications.push(this);
  }

  static isSupported() {
    recordCall('Notification.isSupported', null, []);
    return process.env.ELECTRON_STANDIN_NOTIFICATIONS !== 'unsupported';
  }

  show() {
    recordCall('Notification.show', this[REF], []);
  }

  close() {
    recordCall('Notification.close', this[REF], []);
    this.standinEmit('close', fakeEvent());
  }
}
