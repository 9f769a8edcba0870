import type { View, WindowState } from '@shared/ipc-contract';
import type { NotificationActionId, NotificationSpec } from '@shared/notification-content';
import type { Notifier, TrayHost, TrayModel, WindowHost } from '../../electron/core/ports';

/**
 * Fakes for the OS ports: real, tiny implementations that remember. Power,
 * idle and fullscreen are the web host's own controls
 * (electron/web-host/test-ports.ts), which tests use as they are.
 */
export class RecordingNotifier implements Notifier {
  readonly shown: { spec: NotificationSpec; act: (action: NotificationActionId) => void }[] = [];
  show(spec: NotificationSpec, onAction: (action: NotificationActionId) => void): void {
    this.shown.push({ spec, act: onAction });
  }
}

export class RecordingWindows implements WindowHost {
  readonly windows: WindowState[] = [];
  constructor(private readonly now: () => number) {}
  open(view: View): void {
    if (!this.windows.some((w) => w.view === view && w.open)) {
      this.windows.push({ id: `${view}-${this.windows.length + 1}`, view, open: true, openedAt: this.now() });
    }
  }
  close(view: View): void {
    for (const w of this.windows) if (w.view === view) w.open = false;
  }
  list(): WindowState[] {
    return this.windows.map((w) => ({ ...w }));
  }
}

export class RecordingTray implements TrayHost {
  readonly updates: TrayModel[] = [];
  update(model: TrayModel): void {
    this.updates.push(model);
  }
}
