import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nodeNotifier from 'node-notifier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES } from '@shared/content/exercises';
import { buildNotification } from '@shared/notification-content';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import { createMemoryLogger } from '../helpers/memory-logger';
import { OsNotifier, type NodeNotifierLike } from '../../electron/os/os-notifier';
import {
  assertDesktopToolsInstalled,
  overrideEnv,
  startDesktopSession,
  startSessionBus,
  waitFor,
  type DesktopSession,
  type SessionBus,
} from '../helpers/desktop-session';

/**
 * OsNotifier with the real node-notifier, which on Linux runs notify-send,
 * against a real notification daemon: dunst on a private D-Bus session bus
 * under a private Xvfb, never the user's session. dunst's test config has a rule
 * whose script records what dunst showed; that is what the test reads back.
 */

/**
 * Passes every call straight to the real node-notifier and counts the
 * callbacks, so the test knows notify-send has finished (on Linux OsNotifier
 * has no other completion signal) before it asserts on the log.
 */
function observed(backend: NodeNotifierLike) {
  const results: { error: unknown }[] = [];
  const wrapper: NodeNotifierLike = {
    notify: (options, callback) =>
      backend.notify(options, (error, response, metadata) => {
        results.push({ error });
        callback?.(error, response, metadata);
      }),
  };
  const finished = (count: number) =>
    waitFor(`${count} notify-send call(s) to finish`, () => (results.length >= count ? results : undefined), {
      timeoutMs: 5000,
    });
  return { backend: wrapper, results, finished };
}

function reminder(id: string) {
  const exercise = EXERCISES[0];
  if (!exercise) throw new Error('the exercise catalogue is empty');
  return buildNotification({
    id,
    kind: 'movement',
    variant: 'reminder',
    breakId: `break-${id}`,
    at: Date.parse('2026-03-02T10:00:00Z'),
    settings: DEFAULT_SETTINGS,
    canSnooze: true,
    canSkip: true,
    detail: { exerciseId: exercise.id },
  });
}

const warnings = (logger: ReturnType<typeof createMemoryLogger>) => logger.lines.filter((l) => l.level === 'warn');

describe('OsNotifier through node-notifier and notify-send', () => {
  let session: DesktopSession | undefined;
  const buses: SessionBus[] = [];
  const tempDirs: string[] = [];

  let setupError: Error | undefined;

  beforeAll(async () => {
    // A failure here is rethrown by each test, so the tests are reported as
    // failed (with the apt packages to install when a tool is missing), never
    // as skipped.
    try {
      session = await startDesktopSession();
    } catch (error) {
      setupError = error instanceof Error ? error : new Error(String(error));
    }
  });

  afterAll(async () => {
    // Each step runs even if an earlier one throws.
    const steps: Array<() => unknown> = [
      ...buses.map((bus) => () => bus.stop()),
      () => session?.stop(),
      ...tempDirs.map((dir) => () => fs.rmSync(dir, { recursive: true, force: true })),
    ];
    const errors: unknown[] = [];
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'desktop session teardown failed');
  });

  it('delivers the exact reminder text, category and urgency to dunst without warnings', async () => {
    if (!session) throw setupError ?? new Error('no desktop session');
    const restore = overrideEnv(session.env);
    try {
      const logger = createMemoryLogger();
      const { backend, results, finished } = observed(nodeNotifier);
      const notifier = new OsNotifier(backend, logger);
      const spec = reminder('it-dunst-1');
      const actions: string[] = [];

      notifier.show(spec, (action) => actions.push(action));

      await finished(1);
      const shown = await session.waitForNotifications(1);
      expect(
        results.map((r) => r.error || null),
        session.diagnostics(),
      ).toEqual([null]);
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatchObject({
        summary: 'Time for a movement break',
        body: "Stand up and stretch for 3 minutes. Today's move: Seated cat-cow.",
        category: 'posture-breaks.reminder',
        urgency: 'NORMAL',
        appName: 'Posture Breaks',
        // A break reminder stays on screen until the user acts on it.
        timeout: '0',
      });
      expect(shown[0]?.summary).toBe(spec.title);
      expect(shown[0]?.body).toBe(spec.body);
      expect(warnings(logger)).toEqual([]);
      // Linux reports no button presses back.
      expect(actions).toEqual([]);
    } finally {
      restore();
    }
  });

  async function failTwice(busAddress: string) {
    assertDesktopToolsInstalled();
    const restore = overrideEnv({ DBUS_SESSION_BUS_ADDRESS: busAddress });
    try {
      const logger = createMemoryLogger();
      const { backend, results, finished } = observed(nodeNotifier);
      const notifier = new OsNotifier(backend, logger);

      expect(() => notifier.show(reminder('it-fail-1'), () => {})).not.toThrow();
      expect(() => notifier.show(reminder('it-fail-2'), () => {})).not.toThrow();

      await waitFor('the first warning', () => (warnings(logger).length > 0 ? true : undefined), { timeoutMs: 5000 });
      // Both callbacks have run (both notify-send calls failed) before counting.
      await finished(2);
      expect(results.every((r) => Boolean(r.error))).toBe(true);
      expect(warnings(logger)).toEqual([
        { level: 'warn', message: 'a desktop notification could not be shown; the break window still works' },
      ]);
      return results;
    } finally {
      restore();
    }
  }

  it('shows a quiet posture nudge with low urgency for its 20 seconds', async () => {
    if (!session) throw setupError ?? new Error('no desktop session');
    const restore = overrideEnv(session.env);
    try {
      const logger = createMemoryLogger();
      const { backend, finished } = observed(nodeNotifier);
      const nudge = buildNotification({
        id: 'it-dunst-nudge',
        kind: 'posture',
        variant: 'micro-move',
        breakId: 'nudge-1',
        at: Date.parse('2026-03-02T10:00:00Z'),
        settings: DEFAULT_SETTINGS,
        canSnooze: false,
        canSkip: false,
        detail: { microMove: 0 },
      });
      const before = (await session.waitForNotifications(0)).length;
      new OsNotifier(backend, logger).show(nudge, () => {});
      await finished(1);
      const shown = await session.waitForNotifications(before + 1);
      expect(shown.at(-1)).toMatchObject({
        summary: 'Seated micro-move',
        body: 'Slowly roll your shoulders back three times.',
        urgency: 'LOW',
        timeout: '20000',
      });
    } finally {
      restore();
    }
  });

  it('logs one warning for two failures on a bus without a notification daemon', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bare-bus-'));
    tempDirs.push(dir);
    const bus = await startSessionBus(dir);
    buses.push(bus);

    const results = await failTwice(bus.address);
    expect(String(results[0]?.error)).toContain('org.freedesktop.DBus.Error.ServiceUnknown');
  });

  it('logs one warning for two failures when the session bus cannot be reached', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-no-bus-'));
    tempDirs.push(dir);

    const results = await failTwice(`unix:path=${path.join(dir, 'no-such-socket')}`);
    expect(String(results[0]?.error)).toMatch(/Could not connect/);
  });
});
