/**
 * The commands a test sends on stdin, one JSON object a line; `ref` is echoed
 * in the result record `{api: "test.result", ref, cmd, ok, value | error}`:
 *   {"cmd":"click-tray","id":"start-now"}          click an item of the tray's menu
 *   {"cmd":"close-window","index":0}               the user closes window #index (creation order)
 *   {"cmd":"destroy-window","index":0}             window #index is destroyed: no `close`, no unload, only `closed`
 *   {"cmd":"invoke","channel":"...","payload":{},"senderUrl":"app://...","subframe":false,"noFrame":false}
 *                                                  ("contents":"webContents#1" picks the sender; else by URL)
 *   {"cmd":"web-contents-created","url":"..."}     a new web contents appears (app event)
 *   {"cmd":"window-open","contents":"webContents#1","url":"..."}   call its window-open handler
 *   {"cmd":"will-navigate","contents":"webContents#1","url":"..."} emit will-navigate
 *   {"cmd":"protocol-request","url":"app://renderer/index.html"}  call the protocol handler
 *   {"cmd":"power","event":"resume","idleSeconds":0}  a powerMonitor event; sets the system idle time if given
 *   {"cmd":"theme","dark":true}                    the system switches to a dark (or light) theme
 *   {"cmd":"permission","name":"media"}            asks the app's permission handlers, as a page would
 *   {"cmd":"app-event","event":"second-instance","args":[[], "/"]}  an app event (after a fake event object)
 *   {"cmd":"notification","index":0,"event":"click","actionIndex":0}   click | action | close | failed
 *   {"cmd":"state"}                                windows, trays, handlers as the stand-in sees them
 *   {"cmd":"quit"}                                 app.quit()
 *
 * Closing stdin ends the process (record `standin.stdin-closed`).
 */
import { createInterface } from 'node:readline';
import { app, quitting } from './app';
import { FakeBrowserWindow } from './browser-window';
import { handOver, type Electron } from './electron-types';
import { invokeHandlers } from './ipc-main';
import { nativeTheme } from './native-theme';
import { notifications } from './notification';
import { idleSeconds, powerMonitor, setIdleSeconds } from './power-monitor';
import { protocolHandlers } from './protocol';
import { ready, record, REF, type Named } from './recorder';
import { fakeEvent } from './recording-emitter';
import { defaultSession, type Permission } from './session';
import { findMenuItem, lastBuiltMenu, trays } from './tray-and-menu';
import { allWebContents, FakeWebContents, frameAt } from './web-contents';
import { createdWindows, openWindows } from './window-lists';

/** A command as the test sends it: JSON, so every field is checked where it is read. */
type Command = Record<string, unknown>;

function text(command: Command, field: string): string {
  const value = command[field];
  if (typeof value !== 'string') throw new TypeError(`"${String(command.cmd)}" needs a string "${field}"`);
  return value;
}

function optionalNumber(command: Command, field: string): number | undefined {
  const value = command[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new TypeError(`"${String(command.cmd)}": "${field}" must be a number`);
  return value;
}

/** An item of `list` by index (a number) or by record name ("kind#n", or n as a string). */
function byRef<T extends Named>(list: readonly T[], ref: unknown, kind: string): T {
  const found =
    typeof ref === 'number'
      ? list[ref]
      : list.find((item) => item[REF] === ref || item[REF] === `${kind}#${String(ref)}`);
  if (!found) throw new Error(`no ${kind} ${JSON.stringify(ref)}`);
  return found;
}

/** The web contents an `invoke` comes from: the one named, or the open window showing `senderUrl`. */
function senderOf(command: Command, senderUrl: string): FakeWebContents {
  if (command.contents !== undefined) return byRef(allWebContents, command.contents, 'webContents');
  const shown = openWindows.find((w) => w.standinContents.getURL() === senderUrl)?.standinContents;
  if (shown) return shown;
  const contents = new FakeWebContents(null);
  contents.standinSetUrl(senderUrl);
  return contents;
}

/** The page that asks for a permission: the newest open window, or a page made for the purpose. */
function askingPage(): FakeWebContents {
  const shown = openWindows.at(-1)?.standinContents;
  if (shown) return shown;
  const contents = new FakeWebContents(null);
  contents.standinSetUrl('app://renderer/index.html');
  return contents;
}

const NAVIGATION_EVENTS = ['will-navigate', 'will-attach-webview', 'will-redirect', 'will-frame-navigate'];

const commands: Record<string, (command: Command) => unknown> = {
  'click-tray'(command) {
    const id = text(command, 'id');
    const tray = trays.filter((t) => !t.isDestroyed()).at(-1);
    const menu = tray?.standinContextMenu ?? lastBuiltMenu;
    if (!menu) throw new Error('no tray menu has been built');
    const item = findMenuItem(menu.standinTemplate, id);
    if (!item) throw new Error(`the tray menu has no item "${id}"`);
    if (item.enabled === false) return { clicked: false, reason: 'disabled', menu: menu[REF] };
    if (typeof item.click !== 'function') return { clicked: false, reason: 'no click handler', menu: menu[REF] };
    const menuItem = handOver<Electron.MenuItem>({
      id,
      label: item.label ?? '',
      enabled: true,
      checked: item.checked ?? false,
      type: item.type ?? 'normal',
    });
    const keys: Electron.KeyboardEvent = {
      shiftKey: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      triggeredByAccelerator: false,
    };
    item.click(menuItem, FakeBrowserWindow.getFocusedWindow() ?? undefined, keys);
    return { clicked: true, menu: menu[REF] };
  },
  'close-window'(command) {
    const window = byRef(createdWindows, command.index ?? command.window, 'BrowserWindow');
    const closed = window.standinClose();
    return { window: window[REF], closed, destroyed: window.isDestroyed() };
  },
  'destroy-window'(command) {
    const window = byRef(createdWindows, command.index ?? command.window, 'BrowserWindow');
    window.destroy();
    return { window: window[REF], destroyed: window.isDestroyed() };
  },
  async invoke(command) {
    const channel = text(command, 'channel');
    const handler = invokeHandlers.get(channel);
    if (!handler) throw new Error(`no ipcMain.handle handler for "${channel}"`);
    const senderUrl = typeof command.senderUrl === 'string' ? command.senderUrl : '';
    const sender = senderOf(command, senderUrl);
    if (!sender.getURL()) sender.standinSetUrl(senderUrl);
    const senderFrame = command.noFrame ? null : frameAt(senderUrl, command.subframe === true);
    const event: Electron.IpcMainInvokeEvent = fakeEvent({
      sender: handOver<Electron.WebContents>(sender),
      senderFrame,
      frameId: senderFrame?.routingId ?? 0,
      processId: 1,
      type: 'frame' as const,
    });
    // The renderer gets a structured clone of what the handler resolves to.
    return structuredClone(await handler(event, command.payload));
  },
  'web-contents-created'(command) {
    const contents = new FakeWebContents(null);
    contents.standinSetUrl(typeof command.url === 'string' ? command.url : 'about:blank');
    const given = handOver<Electron.WebContents>(contents);
    app.emitChecked((on) => on('web-contents-created', (..._takes) => [fakeEvent(), given] satisfies typeof _takes));
    return {
      contents: contents[REF],
      listening: NAVIGATION_EVENTS.filter((event) => contents.listenerCount(event) > 0),
      windowOpenHandler: contents.standinOpenHandler !== null,
    };
  },
  'window-open'(command) {
    const contents = byRef(allWebContents, command.contents, 'webContents');
    const response = contents.standinWindowOpen(text(command, 'url'));
    return response === null ? { handled: false } : { handled: true, response };
  },
  'will-navigate'(command) {
    const contents = byRef(allWebContents, command.contents, 'webContents');
    return { prevented: contents.standinWillNavigate(text(command, 'url')) };
  },
  async 'protocol-request'(command) {
    const url = text(command, 'url');
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`no protocol.handle handler for "${scheme}"`);
    const response = await handler(new Request(url));
    const body = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      bodyLength: body.length,
      bodyStart: body.subarray(0, 200).toString('utf8'),
    };
  },
  power(command) {
    const idle = optionalNumber(command, 'idleSeconds');
    if (idle !== undefined) setIdleSeconds(idle);
    // The test names the event (suspend, resume, lock-screen...): Electron passes an event object.
    if (command.event !== undefined) powerMonitor.standinEmit(text(command, 'event'), fakeEvent());
    return { event: command.event ?? null, idleSeconds };
  },
  permission(command) {
    const name = text(command, 'name') as Permission;
    const { requestHandler, checkHandler } = defaultSession;
    const page = askingPage();
    const requestingUrl = page.getURL();
    let granted: boolean | null = null;
    requestHandler?.(handOver<Electron.WebContents>(page), name, (answer) => (granted = answer), {
      isMainFrame: true,
      requestingUrl,
    });
    return {
      requested: granted,
      checked: checkHandler ? checkHandler(null, name, 'app://renderer', { isMainFrame: true, requestingUrl }) : null,
    };
  },
  theme(command) {
    nativeTheme.setSystemDark(Boolean(command.dark));
    return { shouldUseDarkColors: nativeTheme.shouldUseDarkColors };
  },
  'app-event'(command) {
    const event = text(command, 'event');
    const listened = app.listenerCount(event);
    // The test names the event and gives its arguments.
    app.standinEmit(event, fakeEvent(), ...(Array.isArray(command.args) ? command.args : []));
    return { event, listeners: listened };
  },
  notification(command) {
    const notification = byRef(notifications, command.index ?? command.notification, 'Notification');
    const event = text(command, 'event');
    if (event === 'click') notification.standinClick();
    else if (event === 'action') notification.standinAction(optionalNumber(command, 'actionIndex') ?? 0);
    else if (event === 'close') notification.standinClosed();
    else if (event === 'failed')
      notification.standinFailed(typeof command.error === 'string' ? command.error : 'failed');
    else notification.standinEmit(event, fakeEvent());
    return { notification: notification[REF], event };
  },
  state() {
    return {
      ready,
      quitting,
      windows: createdWindows.map((w) => ({
        ref: w[REF],
        contents: w.standinContents[REF],
        url: w.isDestroyed() ? null : w.standinContents.getURL(),
        destroyed: w.isDestroyed(),
        visible: w.standinVisible,
      })),
      trays: trays.map((t) => ({ ref: t[REF], destroyed: t.isDestroyed() })),
      invokeChannels: [...invokeHandlers.keys()],
      protocols: [...protocolHandlers.keys()],
    };
  },
  quit() {
    app.quit();
    return { quitting };
  },
};

function stackOf(error: unknown): string | undefined {
  return error instanceof Error ? error.stack : undefined;
}

/** Runs one stdin line and records its result (`test.result`), success or failure. */
async function runCommand(line: string): Promise<void> {
  if (!line.trim()) return;
  let command: Command;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new SyntaxError('a command is a JSON object');
    command = parsed as Command;
  } catch (error) {
    record('test.result', { ref: null, cmd: null, ok: false, error: { name: 'SyntaxError', message: String(error) } });
    return;
  }
  const { ref = null, cmd = null } = command;
  try {
    const run = typeof cmd === 'string' ? commands[cmd] : undefined;
    if (!run) throw new Error(`unknown stand-in command "${String(cmd)}"`);
    const value = await run(command);
    record('test.result', { ref, cmd, ok: true, value });
  } catch (error) {
    record('test.result', { ref, cmd, ok: false, error, stack: stackOf(error) });
  }
}

/** Runs the commands arriving on stdin; stdin closing (the test went away) ends the process. */
export function listenForCommands(): void {
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => void runCommand(line));
  // The test went away: do not linger as an orphan.
  input.on('close', () => {
    record('standin.stdin-closed');
    process.exit(0);
  });
}
