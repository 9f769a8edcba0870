import { BrowserWindow } from 'electron';
import type { View, WindowState } from '@shared/ipc-contract';
import type { Clock, WindowHost, WindowHostEvents } from '../core/ports';
import { browserWindowOptions, rendererUrl } from './window-options';

interface OpenWindow {
  window: BrowserWindow;
  state: WindowState;
  closingByApp: boolean;
}

/**
 * Break and dashboard windows, created on demand and destroyed when closed:
 * no hidden window is kept alive between breaks.
 */
export class ElectronWindowHost implements WindowHost {
  private readonly windows = new Map<View, OpenWindow>();
  private counter = 0;

  constructor(
    private readonly preloadPath: string,
    private readonly clock: Clock,
    private readonly events: WindowHostEvents,
  ) {}

  open(view: View): void {
    const existing = this.windows.get(view);
    if (existing && !existing.window.isDestroyed()) {
      if (existing.window.isMinimized()) existing.window.restore();
      existing.window.show();
      existing.window.focus();
      return;
    }
    const window = new BrowserWindow(browserWindowOptions(view, this.preloadPath));
    const entry: OpenWindow = {
      window,
      state: { id: `${view}-${++this.counter}`, view, open: true, openedAt: this.clock.now() },
      closingByApp: false,
    };
    this.windows.set(view, entry);
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (this.windows.get(view) === entry) this.windows.delete(view);
      if (!entry.closingByApp) this.events.closedByUser(view);
    });
    void window.loadURL(rendererUrl(view));
  }

  close(view: View): void {
    const entry = this.windows.get(view);
    if (!entry) return;
    entry.closingByApp = true;
    if (!entry.window.isDestroyed()) entry.window.destroy();
    this.windows.delete(view);
  }

  list(): WindowState[] {
    return [...this.windows.values()].map((e) => ({ ...e.state }));
  }

  /** Sends a push to every open window. */
  broadcast(channel: string, payload: unknown): void {
    for (const { window } of this.windows.values()) {
      if (!window.isDestroyed()) window.webContents.send(channel, payload);
    }
  }
}
