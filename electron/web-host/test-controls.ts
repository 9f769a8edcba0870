import { z } from 'zod';
import { IpcRejection } from '@shared/ipc-contract';
import type { AppService } from '../core/app-service';
import type { ManualClock } from '../core/clocks';
import type { ControlledFullscreen, ControlledIdleSource, ControlledPowerEvents } from './test-ports';

/**
 * The `/__test/*` endpoints of README.md "The web host". They exist only with
 * `--clock manual`; the server answers 404 for them otherwise.
 */
export interface TestControlPorts {
  clock: ManualClock;
  idle: ControlledIdleSource;
  power: ControlledPowerEvents;
  fullscreen: ControlledFullscreen;
}

const bodies = {
  advance: z.object({
    ms: z
      .number()
      .int()
      .min(0)
      .max(366 * 24 * 3600 * 1000),
  }),
  idle: z.object({
    seconds: z
      .number()
      .min(0)
      .max(366 * 24 * 3600),
  }),
  power: z.object({ event: z.enum(['suspend', 'resume', 'lock-screen', 'unlock-screen']) }),
  fullscreen: z.object({ active: z.boolean() }),
  tray: z.object({ item: z.string().min(1).max(100) }),
  notification: z.object({ id: z.string().min(1).max(200), action: z.enum(['start', 'snooze', 'dismiss']) }),
};

export interface TestReply {
  status: number;
  body: unknown;
}

export class TestControls {
  constructor(
    private readonly app: AppService,
    private readonly ports: TestControlPorts,
  ) {}

  /** The state tests read: shapes stay as released, fields are only added (README.md). */
  async state(): Promise<Record<string, unknown>> {
    const snapshot = this.app.snapshot();
    return {
      now: snapshot.now,
      schedule: snapshot.schedule,
      tray: snapshot.tray,
      notifications: this.app.sentNotifications(),
      windows: snapshot.windows,
      sitting: snapshot.sitting,
      zone: snapshot.zone,
      idleSeconds: await this.ports.idle.idleSeconds(),
      fullscreen: await this.ports.fullscreen.isFullscreen(),
      wakeUps: this.app.wakeUps,
      notices: snapshot.notices,
    };
  }

  async handle(method: string, route: string, body: unknown): Promise<TestReply> {
    if (route === 'state') {
      return method === 'GET' ? { status: 200, body: await this.state() } : notAllowed();
    }
    if (method !== 'POST') return notAllowed();
    try {
      switch (route) {
        case 'advance':
          await this.ports.clock.advance(bodies.advance.parse(body).ms);
          // Pages under a manual clock show its time: tell them it moved.
          this.app.publish({ clockMoved: true });
          break;
        case 'idle':
          this.ports.idle.set(bodies.idle.parse(body).seconds);
          // The engine looks at idle time when it wakes; let it look now.
          await this.app.runtime.tick();
          break;
        case 'power':
          this.ports.power.emit(bodies.power.parse(body).event);
          break;
        case 'fullscreen':
          this.ports.fullscreen.active = bodies.fullscreen.parse(body).active;
          await this.app.runtime.tick();
          break;
        case 'tray':
          this.app.handleTrayClick(bodies.tray.parse(body).item);
          break;
        case 'notification': {
          const { id, action } = bodies.notification.parse(body);
          this.app.handleNotificationAction(id, action);
          break;
        }
        default:
          return { status: 404, body: { error: `no test control "${route}"` } };
      }
    } catch (error) {
      if (error instanceof z.ZodError) return { status: 400, body: { error: z.prettifyError(error) } };
      if (error instanceof IpcRejection) return { status: 409, body: { error: error.message } };
      throw error;
    }
    return { status: 200, body: await this.state() };
  }
}

function notAllowed(): TestReply {
  return { status: 405, body: { error: 'method not allowed' } };
}
