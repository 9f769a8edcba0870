import type { Clock, FullscreenDetector, IdleSource, PowerEvent, PowerEvents } from '../core/ports';

/**
 * The OS signals the web host's `/__test/*` controls drive under
 * `--clock manual`. They are real port implementations, not mocks: the
 * backend reads them exactly as it reads Electron's powerMonitor.
 */
export class ControlledIdleSource implements IdleSource {
  private idleSince: number | null = null;

  constructor(private readonly clock: Clock) {}

  /** The user has been idle `seconds` as of now; 0 means active. */
  set(seconds: number): void {
    this.idleSince = seconds <= 0 ? null : this.clock.now() - seconds * 1000;
  }

  async idleSeconds(): Promise<number> {
    return this.idleSince === null ? 0 : Math.floor((this.clock.now() - this.idleSince) / 1000);
  }
}

export class ControlledPowerEvents implements PowerEvents {
  private readonly listeners = new Set<(event: PowerEvent) => void>();

  subscribe(listener: (event: PowerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: PowerEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

export class ControlledFullscreen implements FullscreenDetector {
  active = false;

  async isFullscreen(): Promise<boolean> {
    return this.active;
  }
}
