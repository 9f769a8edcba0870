import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinaryPath } from '../../electron/tools/electron-binary.mjs';
import { API_METHOD_NAMES, type AppSnapshot, type IpcResult, type PostureApi } from '../../shared/ipc-contract';

/**
 * Electron E2E smoke (a test layer of docs/ARCHITECTURE.md): the built app
 * in the real Electron binary, driven through Playwright's `_electron`. It
 * runs only where the binary is installed; elsewhere it reports itself
 * skipped by name and counts as no verification. The boot test
 * (tests/integration/electron-boot.test.ts) is what runs everywhere.
 */
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN_ENTRY = path.join(REPO_ROOT, 'out/main/index.js');
const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist missing; the first npm start downloads it where there is internet): Electron E2E skipped';

type PostureWindow = Window & { posture: PostureApi };

async function waitForView(app: ElectronApplication, hash: string): Promise<Page> {
  const existing = app.windows().find((w) => w.url().endsWith(hash));
  if (existing) return existing;
  return app.waitForEvent('window', { predicate: (w) => w.url().endsWith(hash) });
}

test('the Electron app boots to the tray, and its windows reach the backend only through window.posture', async () => {
  // Where node_modules/electron/index.js would find it, asked without requiring that module.
  const binary = electronBinaryPath();
  if (!binary) test.skip(true, SKIP_REASON);
  expect(fs.existsSync(MAIN_ENTRY), 'build first: out/main/index.js is missing').toBe(true);

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-electron-e2e-'));
  // Electron finds the binary itself (path.txt) and adds Playwright's loader.
  const app = await electron.launch({
    args: ['out/main/index.js', `--user-data-dir=${path.join(home, 'userData')}`],
    cwd: REPO_ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: home, TZ: 'UTC' },
  });
  try {
    expect(await app.evaluate(({ app: electronApp }) => electronApp.isReady())).toBe(true);
    // A tray app opens no window by itself.
    expect(app.windows()).toHaveLength(0);

    // A second launch brings up the dashboard (the tray cannot be clicked from here).
    await app.evaluate(({ app: electronApp }) => {
      electronApp.emit('second-instance', {}, [], process.cwd(), {});
    });
    const dashboard = await waitForView(app, '#dashboard');
    expect(dashboard.url()).toBe('app://renderer/index.html#dashboard');

    const exposed = await dashboard.evaluate(() => ({
      keys: Object.keys((window as unknown as PostureWindow).posture),
      process: typeof (window as unknown as { process?: unknown }).process,
      require: typeof (window as unknown as { require?: unknown }).require,
    }));
    expect(new Set(exposed.keys)).toEqual(new Set(API_METHOD_NAMES));
    expect(exposed.process).toBe('undefined');
    expect(exposed.require).toBe('undefined');

    const snapshot = await dashboard.evaluate(() => (window as unknown as PostureWindow).posture.getSnapshot());
    expect(snapshot.ok).toBe(true);
    const value = (snapshot as Extract<IpcResult<AppSnapshot>, { ok: true }>).value;
    expect(value.host).toBe('electron');
    expect(value.tray.tooltip).toMatch(/^Posture Breaks/);
    expect(value.tray.menu.map((item) => item.id)).toEqual(
      expect.arrayContaining(['start-now', 'snooze', 'pause-1h', 'open-dashboard', 'quit']),
    );

    // The tray's "start-now", through the contract, opens the sandboxed break window.
    const clicked = await dashboard.evaluate(() =>
      (window as unknown as PostureWindow).posture.clickTrayItem({ id: 'start-now' }),
    );
    expect(clicked).toEqual({ ok: true, value: { ok: true } });
    const breakWindow = await waitForView(app, '#break');
    expect(breakWindow.url()).toBe('app://renderer/index.html#break');
    // Sandboxed and isolated: the page sees no Node and no Electron.
    const breakGlobals = await breakWindow.evaluate(() => ({
      process: typeof (window as unknown as { process?: unknown }).process,
      require: typeof (window as unknown as { require?: unknown }).require,
      posture: typeof (window as unknown as PostureWindow).posture,
    }));
    expect(breakGlobals).toEqual({ process: 'undefined', require: 'undefined', posture: 'object' });

    // window.open is denied.
    const opened = await dashboard.evaluate(() => window.open('https://evil.example/') === null);
    expect(opened).toBe(true);

    // The user closes the break window: it is destroyed and the break ends.
    await breakWindow.close();
    await expect
      .poll(async () => {
        const after = await dashboard.evaluate(() => (window as unknown as PostureWindow).posture.getSnapshot());
        return after.ok ? after.value.schedule.activeBreak : 'error';
      })
      .toBeNull();
  } finally {
    await app.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
});
