/**
 * `powerMonitor`: usable only after ready. The system idle time is what the
 * `power` command last set (setIdleSeconds), 0 until then.
 */
import { requireReady } from './problems.mjs';
import { recordCall } from './recorder.mjs';
import { RecordingEmitter } from './recording-emitter.mjs';

/** Seconds the system has been idle (a live binding; set by setIdleSeconds()). */
export let idleSeconds = 0;

export function setIdleSeconds(seconds) {
  idleSeconds = seconds;
}

class PowerMonitor extends RecordingEmitter {
  constructor() {
    super('powerMonitor', 'powerMonitor');
  }

  on(event, listener) {
    requireReady('powerMonitor');
    return super.on(event, listener);
  }

  once(event, listener) {
    requireReady('powerMonitor');
    return super.once(event, listener);
  }

  getSystemIdleTime() {
    recordCall('powerMonitor.getSystemIdleTime', null, []);
    requireReady('powerMonitor');
    return idleSeconds;
  }

  getSystemIdleState(threshold) {
    recordCall('powerMonitor.getSystemIdleState', null, [threshold]);
    requireReady('powerMonitor');
    return idleSeconds >= threshold ? 'idle' : 'active';
  }

  isOnBatteryPower() {
    return false;
  }
}

export const powerMonitor = new PowerMonitor();
