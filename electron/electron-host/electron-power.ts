import { powerMonitor } from 'electron';
import type { IdleSource, PowerEvent, PowerEvents } from '../core/ports';

const EVENTS: PowerEvent[] = ['suspend', 'resume', 'lock-screen', 'unlock-screen'];

/** powerMonitor's sleep and lock events (Linux emits no lock events). */
export class ElectronPowerEvents implements PowerEvents {
  subscribe(listener: (event: PowerEvent) => void): () => void {
    const handlers = EVENTS.map((event) => {
      const handler = () => listener(event);
      powerMonitor.on(event as 'suspend', handler);
      return () => powerMonitor.off(event as 'suspend', handler);
    });
    return () => handlers.forEach((off) => off());
  }
}

/** powerMonitor's idle time; Wayland needs the D-Bus sources instead. */
export class ElectronIdleSource implements IdleSource {
  async idleSeconds(): Promise<number> {
    return powerMonitor.getSystemIdleTime();
  }
}
