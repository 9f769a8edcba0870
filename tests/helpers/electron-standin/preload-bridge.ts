import { handOver, type Electron } from './electron-types';
import { runBuiltPreload, type IpcRendererListener, type PreloadIpcRenderer, type PreloadRun } from './preload-sandbox';
import type { StandinApp } from './standin-app';

/** A window of the running stand-in, as its `state` command lists it. */
export interface StandinWindow {
  ref: string;
  /** Its webContents ("webContents#2"): the sender of its calls, the target of its pushes. */
  contents: string;
  url: string | null;
  destroyed: boolean;
  visible: boolean;
}

/**
 * The renderer end of Electron's IPC for one window of a running stand-in,
 * for the built preload in its vm sandbox (preload-sandbox.ts): `invoke`
 * reaches the main bundle's real `ipcMain.handle` handlers through the
 * stand-in's `invoke` command, sent as from this window's page, and what the
 * main process `webContents.send`s to this window comes back to the
 * preload's `on` listeners, in record order, before the reply of the call
 * that caused it (one channel, as in Electron).
 */
export class StandinIpcRenderer implements PreloadIpcRenderer {
  readonly #listeners = new Map<string, Set<IpcRendererListener>>();
  /** Pushes up to this record seq have been delivered (or were sent before the page had its preload). */
  #deliveredSeq: number;
  /** Every push delivered, oldest first. */
  readonly delivered: { channel: string; payload: unknown }[] = [];

  constructor(
    private readonly app: StandinApp,
    private readonly window: StandinWindow,
  ) {
    if (!window.url) throw new Error(`${window.ref} shows no page`);
    this.#deliveredSeq = app.records().at(-1)?.seq ?? 0;
  }

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const result = await this.app.command('invoke', {
      channel,
      payload: args[0],
      senderUrl: this.window.url,
      contents: this.window.contents,
    });
    this.deliverPushes(result.seq);
    // Electron rejects the renderer's promise when the handler throws.
    if (!result.ok) throw new Error(`Error invoking remote method '${channel}': ${result.error?.message}`);
    return result.value;
  }

  on(channel: string, listener: IpcRendererListener): Electron.IpcRenderer {
    let listeners = this.#listeners.get(channel);
    if (!listeners) this.#listeners.set(channel, (listeners = new Set()));
    listeners.add(listener);
    return handOver<Electron.IpcRenderer>(this);
  }

  removeListener(channel: string, listener: IpcRendererListener): Electron.IpcRenderer {
    this.#listeners.get(channel)?.delete(listener);
    return handOver<Electron.IpcRenderer>(this);
  }

  listenerCount(channel: string): number {
    return this.#listeners.get(channel)?.size ?? 0;
  }

  /**
   * Hands the preload's listeners what the main process sent this window
   * since the last delivery (up to record `untilSeq`). Returns how many.
   */
  deliverPushes(untilSeq = Number.POSITIVE_INFINITY): number {
    const pushes = this.app
      .calls('webContents.send', this.window.contents)
      .filter((r) => r.seq > this.#deliveredSeq && r.seq < untilSeq);
    for (const push of pushes) {
      this.#deliveredSeq = push.seq;
      const [channel, payload] = push.args as [string, unknown];
      this.delivered.push({ channel, payload });
      const event: Electron.IpcRendererEvent = {
        preventDefault: () => {},
        defaultPrevented: false,
        ports: [],
        sender: handOver<Electron.IpcRenderer>(this),
      };
      for (const listener of this.#listeners.get(channel) ?? []) listener(event, payload);
    }
    return pushes.length;
  }
}

/** The open window of the stand-in showing `url`, once there is one. */
export async function windowShowing(app: StandinApp, url: string): Promise<StandinWindow> {
  // A window's URL is set when the app calls loadURL; the state command lists it.
  await app.waitFor(`a window loading ${url}`, (records) =>
    records.some((r) => r.api === 'BrowserWindow.loadURL' && r.args?.[0] === url),
  );
  const { windows } = await app.commandValue<{ windows: StandinWindow[] }>('state');
  const window = windows.find((w) => !w.destroyed && w.url === url);
  if (!window) throw new Error(`no open window shows ${url}: ${JSON.stringify(windows)}`);
  return window;
}

/** The built preload of `window`'s page, in its vm sandbox, wired to the running stand-in. */
export function loadPreload(app: StandinApp, window: StandinWindow): { ipc: StandinIpcRenderer; preload: PreloadRun } {
  const ipc = new StandinIpcRenderer(app, window);
  return { ipc, preload: runBuiltPreload(ipc) };
}
