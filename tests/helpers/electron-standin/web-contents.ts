/**
 * A window's `webContents`: `send`, the window-open handler, the URL it
 * shows, and its frames (the `senderFrame` of an IPC call). Calls on
 * destroyed contents throw. The stdin commands reach every contents ever
 * made (allWebContents), also those made without a window.
 */
import { handOver, type Electron } from './electron-types';
import { recordCall, REF } from './recorder';
import { fakeEvent, RecordingEmitter } from './recording-emitter';
import { defaultSession } from './session';

/** Every webContents created, oldest first. */
export const allWebContents: FakeWebContents[] = [];

type OpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0];

/** What electron/electron-host/ use of a web contents (and its `senderFrame`, in ipc-wiring.ts). */
type WebContentsUses = 'on' | 'getURL' | 'setWindowOpenHandler' | 'send';
type WebContentsAlsoFaked =
  'id' | 'session' | 'once' | 'off' | 'loadURL' | 'isLoading' | 'openDevTools' | 'isDestroyed';
type WebFrameUses = 'url' | 'parent';
type WebFrameAlsoFaked = 'top' | 'origin' | 'routingId' | 'processId' | 'frameTreeNodeId' | 'name';

class FakeWebFrame implements Pick<Electron.WebFrameMain, WebFrameUses | WebFrameAlsoFaked> {
  readonly top: Electron.WebFrameMain;
  readonly origin: string;
  readonly processId = 1;
  readonly name = '';

  constructor(
    readonly url: string,
    readonly parent: Electron.WebFrameMain | null,
    readonly routingId: number,
  ) {
    this.top = parent?.top ?? handOver<Electron.WebFrameMain>(this);
    this.origin = originOf(url);
  }

  get frameTreeNodeId(): number {
    return this.routingId;
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/** The top frame of a page at `url`, or (`subframe`) a frame inside it, as Electron's WebFrameMain. */
export function frameAt(url: string, subframe = false): Electron.WebFrameMain {
  const top = handOver<Electron.WebFrameMain>(new FakeWebFrame(url, null, 1));
  return subframe ? handOver<Electron.WebFrameMain>(new FakeWebFrame(url, top, 2)) : top;
}

export class FakeWebContents
  extends RecordingEmitter<Electron.WebContents>
  implements Pick<Electron.WebContents, WebContentsUses | WebContentsAlsoFaked>
{
  readonly id: number;
  readonly session = handOver<Electron.Session>(defaultSession);
  #destroyed = false;
  #url = '';
  #openHandler: OpenHandler | null = null;

  /** `owner`: the window showing it, or null for contents made without one. */
  constructor(readonly standinOwner: { readonly standinName: string } | null) {
    super('webContents');
    this.id = Number(this[REF].split('#')[1]);
    allWebContents.push(this);
  }

  #call(method: string, args: readonly unknown[]): void {
    recordCall(`webContents.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  send(channel: string, ...args: unknown[]): void {
    this.#call('send', [channel, ...args]);
  }

  setWindowOpenHandler(handler: OpenHandler): void {
    this.#call('setWindowOpenHandler', [handler]);
    this.#openHandler = handler;
  }

  get standinOpenHandler(): OpenHandler | null {
    return this.#openHandler;
  }

  getURL(): string {
    return this.#url;
  }

  standinSetUrl(url: string): void {
    this.#url = url;
  }

  loadURL(url: string): Promise<void> {
    this.#call('loadURL', [url]);
    this.#url = url;
    return Promise.resolve();
  }

  isLoading(): boolean {
    return false;
  }

  openDevTools(options?: Electron.OpenDevToolsOptions): void {
    this.#call('openDevTools', options === undefined ? [] : [options]);
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  standinLoaded(): void {
    this.emitChecked((on) => on('did-finish-load', (..._takes) => [] satisfies typeof _takes));
  }

  /** The page asks to go to `url` in its main frame; returns whether a listener prevented it. */
  standinWillNavigate(url: string): boolean {
    const frame = frameAt(this.#url);
    const details = fakeEvent({ url, isSameDocument: false, isMainFrame: true, frame, initiator: frame });
    this.emitChecked((on) =>
      on(
        'will-navigate',
        (..._takes) => [details, url, false, true, frame.processId, frame.routingId] satisfies typeof _takes,
      ),
    );
    return details.defaultPrevented;
  }

  /** What the window-open handler answers for `url`, or null when there is none. */
  standinWindowOpen(url: string): Electron.WindowOpenHandlerResponse | null {
    if (!this.#openHandler) return null;
    return this.#openHandler({
      url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: this.#url, policy: 'strict-origin-when-cross-origin' },
    });
  }

  standinDestroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.emitChecked((on) => on('destroyed', (..._takes) => [] satisfies typeof _takes));
  }
}
