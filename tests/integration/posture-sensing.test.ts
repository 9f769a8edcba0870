import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNEL_BY_NAME } from '@shared/ipc-channels';
import { dispatchInvoke, type AppSnapshot } from '@shared/ipc-contract';
import { startTestApp } from '../helpers/app-harness';
import { observe, type Sitter } from '../helpers/posture-looks';
import { tempDirPerTest } from '../helpers/temp-dir';

/**
 * Camera posture sensing through the backend (electron/core/posture-sensing.ts):
 * the page's looks come in as keypoints over the contract; the backend keeps
 * this computer's neutral, writes the posture lines, and a held drift brings
 * a posture check through the engine's rules.
 */
const SECOND = 1000;
const dir = tempDirPerTest('posture-sensing-');
const channel = INVOKE_CHANNEL_BY_NAME;
const HEAD_FORWARD: Sitter = { headRise: 0.4 };

async function started(options: { enabled?: boolean; dataDir?: string } = {}) {
  const harness = await startTestApp({
    dataDir: options.dataDir ?? dir(),
    settings: {
      movement: { enabled: false },
      posture: { enabled: false },
      sensing: { enabled: options.enabled ?? true },
    },
  });
  const call = (name: string, payload: unknown = {}) => dispatchInvoke(harness.app.handlers, name, payload);
  const sensing = () => harness.app.snapshot().sensing;
  /** One look every 30 s, as the page takes them. */
  const looks = async (count: number, sitter: Sitter = {}) => {
    for (let n = 0; n < count; n++) {
      await harness.clock.advance(30 * SECOND);
      const result = await call(channel.reportPostureLook, { observation: observe(sitter) });
      expect(result).toEqual({ ok: true, value: { ok: true } });
    }
  };
  const calibrateUpright = () =>
    call(channel.calibratePosture, { observations: Array.from({ length: 5 }, () => observe()) });
  return { ...harness, call, sensing, looks, calibrateUpright };
}

describe('posture sensing in the backend', () => {
  it('is refused while it is off, and off by default', async () => {
    const { call, sensing, settings } = await started({ enabled: false });
    expect(settings.get().sensing.enabled).toBe(false);
    expect(await call(channel.reportPostureLook, { observation: observe() })).toMatchObject({
      ok: false,
      error: { code: 'rejected', message: 'posture sensing is off' },
    });
    expect(await call(channel.reportCameraUse, { inUse: true })).toMatchObject({ ok: false });
    expect(sensing()).toMatchObject({ enabled: false, cameraInUse: false });
  });

  it('refuses a look that is not keypoints: unknown fields, values out of range', async () => {
    const { call } = await started();
    const looks = observe();
    for (const bad of [
      { observation: { ...looks, frame: 'data:image/png;base64,AAAA' } },
      { observation: { ...looks, keypoints: { nose: { x: Number.NaN, y: 0.2, score: 0.9 } } } },
      { observation: { ...looks, brightness: 2 } },
      { problem: 'camera-on-fire' },
    ]) {
      expect(await call(channel.reportPostureLook, bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
  });

  it('calibrates, keeps the neutral for this computer, and says why a calibration failed', async () => {
    const dataDir = dir();
    const first = await started({ dataDir });
    expect(first.sensing()).toMatchObject({ calibrated: false, posture: 'unknown', reason: 'not-calibrated' });
    const moving = [observe(), observe(), observe({ headRise: 0.1 }), observe(), observe()];
    expect(await first.call(channel.calibratePosture, { observations: moving })).toEqual({
      ok: true,
      value: { ok: false, reason: 'moving' },
    });
    expect(await first.calibrateUpright()).toEqual({ ok: true, value: { ok: true } });
    expect(first.sensing().calibrated).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'posture', 'test-device.json'))).toBe(true);
    expect(first.eventLog.readAll().map((event) => event.type)).toContain('posture-calibrated');
    first.app.stop();

    const again = await started({ dataDir });
    expect(again.sensing().calibrated).toBe(true);
    again.app.stop();

    fs.writeFileSync(path.join(dataDir, 'posture', 'test-device.json'), '{"headRise": "tall"}');
    const unreadable = await started({ dataDir });
    expect(unreadable.sensing().calibrated).toBe(false);
    expect(unreadable.logger.lines.some((line) => line.message.includes('unreadable neutral'))).toBe(true);
  });

  it('a drift held four minutes brings a posture check that says what was seen, and the log has the posture lines', async () => {
    const { app, looks, calibrateUpright, notifier, eventLog, sensing } = await started();
    await calibrateUpright();
    await looks(2);
    expect(sensing().posture).toBe('upright');
    await looks(10, HEAD_FORWARD);
    expect(sensing().posture).toBe('forward-head');
    const checks = notifier.shown.map(({ spec }) => spec).filter((spec) => spec.variant === 'sensed');
    expect(checks).toHaveLength(1);
    expect(checks[0]!.body).toMatch(/^Your head has drifted forward for 4 minutes/);
    const lines = eventLog
      .readAll()
      .filter((event) => event.type === 'posture-state' || event.type === 'posture-nudge');
    expect(lines.map((event) => ('posture' in event ? `${event.type}:${event.posture}` : ''))).toEqual([
      'posture-state:upright',
      'posture-state:forward-head',
      'posture-nudge:forward-head',
    ]);
    // Sitting up again ends the drift; turning sensing off ends the run in the log.
    await looks(2);
    app.deps.settings.update({ sensing: { enabled: false } });
    expect(eventLog.readAll().at(-1)).toMatchObject({ type: 'posture-state', posture: 'off' });
    expect(sensing()).toMatchObject({ enabled: false, posture: 'unknown', cameraInUse: false });
  });

  it('shows the camera in use in the tray and the snapshot, and a camera problem in the snapshot', async () => {
    const { app, call, tray, sensing } = await started();
    const pushed: AppSnapshot[] = [];
    app.onStateChanged((snapshot) => pushed.push(snapshot));
    await call(channel.reportCameraUse, { inUse: true });
    expect(tray.updates.at(-1)!.menu.map((item) => item.id)).toContain('camera');
    expect(tray.updates.at(-1)!.tooltip).toMatch(/\(camera on\)$/);
    expect(pushed.at(-1)!.sensing.cameraInUse).toBe(true);
    await call(channel.reportCameraUse, { inUse: false });
    expect(tray.updates.at(-1)!.menu.map((item) => item.id)).not.toContain('camera');
    await call(channel.reportPostureLook, { problem: 'camera-denied' });
    expect(sensing().problem).toBe('camera-denied');
  });
});
