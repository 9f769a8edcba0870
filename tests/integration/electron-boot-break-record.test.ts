import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppSnapshot, IpcResult } from '@shared/ipc-contract';
import { StandinApp, type StandinRecord } from '../helpers/electron-standin/standin-app';

/**
 * The break record in the built Electron main bundle (run on Node with the
 * recording stand-in): the break page reports an exercise over IPC, then its
 * window is destroyed the way `window.destroy()` or a dead renderer does it,
 * with no `close` event and no unload, so no page code runs after the report.
 * The event log must still hold the whole break: the exercise done, the rest
 * skipped, the break's end. Feedback for it is still taken afterwards.
 */

const BREAK_URL = 'app://renderer/index.html#break';
const DASHBOARD_URL = 'app://renderer/index.html#dashboard';

interface LogLine {
  type: string;
  breakId?: string;
  exerciseId?: string;
  reason?: string;
  feedback?: string;
}

/** Every event line the app wrote under userData/events, in file order. */
function readLog(userData: string): LogLine[] {
  const root = path.join(userData, 'events');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.jsonl'))
    .flatMap((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogLine);
}

describe('the break record in the built main bundle, booted with the electron stand-in', () => {
  let app: StandinApp;
  let active: NonNullable<AppSnapshot['schedule']['activeBreak']>;
  let breakWindow: StandinRecord;

  const breakLines = () =>
    readLog(app.userData)
      .filter((e) => e.breakId === active.id)
      .map((e) => (e.exerciseId ? `${e.type} ${e.exerciseId}` : e.type));

  beforeAll(async () => {
    app = StandinApp.launch();
    await app.waitFor('the tray menu', (records) => records.some((r) => r.api === 'Tray.setContextMenu'));
    await app.commandValue('click-tray', { id: 'start-now' });
    breakWindow = await app.waitFor('the break window', (records) =>
      records.find((r) => r.api === 'new BrowserWindow'),
    );
    await app.waitFor('the break page to load', (records) =>
      records.some((r) => r.api === 'BrowserWindow.loadURL' && r.self === breakWindow.self),
    );
    const snapshot = await app.invoke<IpcResult<AppSnapshot>>('app:get-snapshot', {}, BREAK_URL);
    if (!snapshot.ok || !snapshot.value.schedule.activeBreak) throw new Error('no break in progress');
    active = snapshot.value.schedule.activeBreak;
  });

  afterEach(() => {
    expect(app.problems(), app.diagnostics()).toEqual([]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('writes an exercise the break page reports over IPC at once', async () => {
    expect(active.items.length, 'the test needs a break of two exercises or more').toBeGreaterThanOrEqual(2);
    const reported = await app.invoke('break:exercise-done', { breakId: active.id, itemIndex: 0 }, BREAK_URL);
    expect(reported).toEqual({ ok: true, value: { recorded: true } });
    expect(breakLines()).toEqual(['break-started', `exercise-done ${active.items[0]!.exerciseId}`]);
  });

  it('refuses a report of an item the break does not have, over IPC too', async () => {
    const refused = await app.invoke(
      'break:exercise-done',
      { breakId: active.id, itemIndex: active.items.length },
      BREAK_URL,
    );
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'rejected' }) });
  });

  it('loses nothing when the break window is destroyed with no unload: the rest is skipped, the break ends', async () => {
    const destroyed = await app.commandValue<{ destroyed: boolean }>('destroy-window', { index: 0 });
    expect(destroyed.destroyed).toBe(true);
    const emitted = app
      .records()
      .filter((r) => r.api === 'BrowserWindow.emit' && r.self === breakWindow.self)
      .map((r) => r.event);
    expect(emitted).toContain('closed');
    expect(emitted).not.toContain('close'); // no page code had a chance to run

    const snapshot = await app.invoke<IpcResult<AppSnapshot>>('app:get-snapshot', {}, DASHBOARD_URL);
    expect(snapshot.ok && snapshot.value.schedule.activeBreak).toBeNull();
    const [first, ...rest] = active.items.map((i) => i.exerciseId);
    expect(breakLines()).toEqual([
      'break-started',
      `exercise-done ${first}`,
      ...rest.map((id) => `exercise-skipped ${id}`),
      'break-skipped',
    ]);
    expect(readLog(app.userData).find((e) => e.type === 'break-skipped')?.reason).toBe('closed');
  });

  it('still adds feedback to the break after its end, and no more exercises', async () => {
    const feedback = await app.invoke(
      'break:exercise-feedback',
      { breakId: active.id, itemIndex: 0, feedback: 'right' },
      DASHBOARD_URL,
    );
    expect(feedback).toEqual({ ok: true, value: { recorded: true } });
    const late = await app.invoke('break:exercise-done', { breakId: active.id, itemIndex: 1 }, DASHBOARD_URL);
    expect(late).toEqual({ ok: false, error: expect.objectContaining({ code: 'rejected' }) });
    expect(breakLines().at(-1)).toBe(`exercise-feedback ${active.items[0]!.exerciseId}`);
    expect(app.exit).toBeNull(); // a tray app keeps running with no window open
  });
});
