/**
 * `powerMonitor`: usable only after ready. The system idle time is what the
 * `power` command last set (setIdleSeconds), 0 until then.
 */
import type { Electron, Listener } from './electron-types';
import { requireReady } from './problems';
import { recordCall } from './recorder';
import { RecordingEmitter } from './recording-emitter';

/** Seconds the system has been idle (a live binding; set by setIdleSeconds()). */
export let idleSeconds = 0;

export function setIdleSeconds(seconds: number): void {
  idleSeconds = seconds;
}

/** What electron/electron-host/ use of `powerMonitor`. */
type PowerMonitorUses = 'on' | 'off' | 'getSystemIdleTime';

class FakePowerMonitor
  extends RecordingEmitter<Electron.PowerMonitor>
  implements Pick<Electron.PowerMonitor, PowerMonitorUses | 'once' | 'getSystemIdleState' | 'isOnBatteryPower'>
{
  constructor() {
    super('powerMonitor', 'powerMonitor');
  }

  override on(event: string, listener: Listener): Electron.PowerMonitor {
    requireReady('powerMonitor');
    return super.on(event, listener);
  }

  override once(event: string, listener: Listener): Electron.PowerMonitor {
    requireReady('powerMonitor');
    return super.once(event, listener);
  }

  getSystemIdleTime(): number {
    recordCall('powerMonitor.getSystemIdleTime', null, []);
    requireReady('powerMonitor');
    return idleSeconds;
  }

  getSystemIdleState(idleThreshold: number): 'active' | 'idle' {
    recordCall('powerMonitor.getSystemIdleState', null, [idleThreshold]);
    requireReady('powerMonitor');
    return idleSeconds >= idleThreshold ? 'idle' : 'active';
  }

  isOnBatteryPower(): boolean {
    return false;
  }
}

export const powerMonitor = new FakePowerMonitor();
