/**
 * The commands a test sends on stdin, one JSON object a line; `ref` is echoed
 * in the result record `{api: "test.result", ref, cmd, ok, value | error}`:
 *   {"cmd":"click-tray","id":"start-now"}          click an item of the tray's menu
 *   {"cmd":"close-window","index":0}               the user closes window #index (creation order)
 *   {"cmd":"destroy-window","index":0}             window #index is destroyed: no `close`, no unload, only `closed`
 *   {"cmd":"invoke","channel":"...","payload":{},"senderUrl":"app://...","subframe":false,"noFrame":false}
 *   {"cmd":"web-contents-created","url":"..."}     a new web contents appears (app event)
 *   {"cmd":"window-open","contents":"webContents#1","url":"..."}   call its window-open handler
 *   {"cmd":"will-navigate","contents":"webContents#1","url":"..."} emit will-navigate
 *   {"cmd":"protocol-request","url":"app://renderer/index.html"}  call the protocol handler
 *   {"cmd":"power","event":"resume","idleSeconds":0}  a powerMonitor event; sets the system idle time if given
 *   {"cmd":"theme","dark":true}                    the system switches to a dark (or light) theme
 *   {"cmd":"permission","name":"media"}            asks the app's permission handlers, as a page would
 *   {"cmd":"app-event","event":"second-instance","args":[[], "/"]}  an app event (after a fake event object)
 *   {"cmd":"notification","index":0,"event":"click","actionIndex":0}
 *   {"cmd":"state"}                                windows, trays, handlers as the stand-in sees them
 *   {"cmd":"quit"}                                 app.quit()
 *
 * Closing stdin ends the process (record `standin.stdin-closed`).
 */
import { createInterface } from 'node:readline';
import { app, quitting } from './app.mjs';
import { BrowserWindow } from './browser-window.mjs';
import { invokeHandlers } from './ipc-main.mjs';
import { nativeTheme } from './native-theme.mjs';
import { notifications } from './notification.mjs';
import { idleSeconds, powerMonitor, setIdleSeconds } from './power-monitor.mjs';
import { protocolHandlers } from './protocol.mjs';
import { session } from './session.mjs';
import { ready, record, REF } from './recorder.mjs';
import { fakeEvent } from './recording-emitter.mjs';
import { findMenuItem, lastBuiltMenu, trays } from './tray-and-menu.mjs';
import { allWebContents, WebContents } from './web-contents.mjs';
import { createdWindows, openWindows } from './window-lists.mjs';

/** An item of `list` by index (a number) or by record name ("kind#n", or n as a string). */
function byRef(list, ref, kind) {
  const found =
    typeof ref === 'number' ? list[ref] : list.find((item) => item[REF] === ref || item[REF] === `${kind}#${ref}`);
  if (!found) throw new Error(`no ${kind} ${JSON.stringify(ref)}`);
  return found;
}

/** The `senderFrame` of an `invoke`: the top frame at `senderUrl`, a subframe of it, or null (frame gone). */
function senderFrameFor(command) {
  if (command.noFrame) return null;
  const url = command.senderUrl ?? '';
  const top = { url, parent: null, top: null, routingId: 1, processId: 1, frameTreeNodeId: 1, origin: safeOrigin(url) };
  top.top = top;
  if (!command.subframe) return top;
  return { url, parent: top, top, routingId: 2, processId: 1, frameTreeNodeId: 2, origin: safeOrigin(url) };
}

function safeOrigin(url) {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

const commands = {
  'click-tray'(command) {
    const tray = trays.filter((t) => !t.isDestroyed()).at(-1);
    const menu = tray?.contextMenu ?? lastBuiltMenu;
    if (!menu) throw new Error('no tray menu has been built');
    const item = findMenuItem(menu.items, command.id);
    if (!item) throw new Error(`the tray menu has no item "${command.id}"`);
    if (item.enabled === false) return { clicked: false, reason: 'disabled', menu: menu[REF] };
    if (typeof item.click !== 'function') return { clicked: false, reason: 'no click handler', menu: menu[REF] };
    item.click(item, BrowserWindow.getFocusedWindow() ?? undefined, {
      shiftKey: false,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      triggeredByAccelerator: false,
    });
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
    const handler = invokeHandlers.get(command.channel);
    if (!handler) throw new Error(`no ipcMain.handle handler for "${command.channel}"`);
    const sender =
      openWindows.find((w) => w.webContents.getURL() === command.senderUrl)?.webContents ?? new WebContents(null);
    if (!sender.getURL()) sender.standinSetUrl(command.senderUrl ?? '');
    const senderFrame = senderFrameFor(command);
    const event = { sender, senderFrame, frameId: senderFrame?.routingId ?? 0, processId: 1, type: 'frame' };
    // The renderer gets a structured clone of what the handler resolves to.
    return structuredClone(await handler(event, command.payload));
  },
  'web-contents-created'(command) {
    const contents = new WebContents(null);
    contents.standinSetUrl(command.url ?? 'about:blank');
    app.standinEmit('web-contents-created', fakeEvent(), contents);
    return {
      contents: contents[REF],
      listening: ['will-navigate', 'will-attach-webview', 'will-redirect', 'will-frame-navigate'].filter(
        (event) => contents.listenerCount(event) > 0,
      ),
      windowOpenHandler: typeof contents.standinOpenHandler === 'function',
    };
  },
  'window-open'(command) {
    const contents = byRef(allWebContents, command.contents, 'webContents');
    const handler = contents.standinOpenHandler;
    if (!handler) return { handled: false };
    const details = {
      url: command.url,
      frameName: '',
      features: '',
      disposition: 'foreground-tab',
      referrer: { url: contents.getURL(), policy: 'strict-origin-when-cross-origin' },
    };
    return { handled: true, response: handler(details) };
  },
  'will-navigate'(command) {
    const contents = byRef(allWebContents, command.contents, 'webContents');
    const event = fakeEvent({ url: command.url, isMainFrame: true });
    contents.standinEmit('will-navigate', event, command.url);
    return { prevented: event.defaultPrevented };
  },
  async 'protocol-request'(command) {
    const scheme = new URL(command.url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`no protocol.handle handler for "${scheme}"`);
    const response = await handler(new Request(command.url));
    const body = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      bodyLength: body.length,
      bodyStart: body.subarray(0, 200).toString('utf8'),
    };
  },
  power(command) {
    if (command.idleSeconds !== undefined) setIdleSeconds(command.idleSeconds);
    if (command.event) powerMonitor.standinEmit(command.event, fakeEvent());
    return { event: command.event ?? null, idleSeconds };
  },
  permission(command) {
    const { requestHandler, checkHandler } = session.defaultSession;
    let granted = null;
    requestHandler?.(null, command.name, (answer) => (granted = answer), {});
    return {
      requested: granted,
      checked: checkHandler ? checkHandler(null, command.name, 'app://renderer', {}) : null,
    };
  },
  theme(command) {
    nativeTheme.setSystemDark(Boolean(command.dark));
    return { shouldUseDarkColors: nativeTheme.shouldUseDarkColors };
  },
  'app-event'(command) {
    const listened = app.listenerCount(command.event);
    app.standinEmit(command.event, fakeEvent(), ...(command.args ?? []));
    return { event: command.event, listeners: listened };
  },
  notification(command) {
    const notification = byRef(notifications, command.index ?? command.notification, 'Notification');
    if (command.event === 'action') notification.standinEmit('action', fakeEvent(), command.actionIndex ?? 0);
    else if (command.event === 'failed') notification.standinEmit('failed', fakeEvent(), command.error ?? 'failed');
    else notification.standinEmit(command.event, fakeEvent());
    return { notification: notification[REF], event: command.event };
  },
  state() {
    return {
      ready,
      quitting,
      windows: createdWindows.map((w) => ({
        ref: w[REF],
        url: w.isDestroyed() ? null : w.webContents.getURL(),
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

/** Runs one stdin line and records its result (`test.result`), success or failure. */
async function runCommand(line) {
  if (!line.trim()) return;
  let command;
  try {
    command = JSON.parse(line);
  } catch (error) {
    record('test.result', { ref: null, cmd: null, ok: false, error: { name: 'SyntaxError', message: String(error) } });
    return;
  }
  const { ref = null, cmd } = command;
  try {
    const run = commands[cmd];
    if (!run) throw new Error(`unknown stand-in command "${cmd}"`);
    const value = await run(command);
    record('test.result', { ref, cmd, ok: true, value });
  } catch (error) {
    record('test.result', { ref, cmd, ok: false, error, stack: error?.stack });
  }
}

/** Runs the commands arriving on stdin; stdin closing (the test went away) ends the process. */
export function listenForCommands() {
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => void runCommand(line));
  // The test went away: do not linger as an orphan.
  input.on('close', () => {
    record('standin.stdin-closed');
    process.exit(0);
  });
}
