// Figures measured in Debian's Chromium against the built web host: the
// dashboard's charts on five years of history, and a due break on screen.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.mjs';
import { startWebHost, stop } from './processes.mjs';

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A returning user: without a settings file the questionnaire would open over
 * the dashboard. The host writes its defaults on first start; mark the
 * questionnaire skipped (as tests/helpers/web-host-app.ts does) and apply
 * `changes` per section.
 */
export async function prepareSettings(dataDir, now, changes = {}) {
  await stop(await startWebHost({ dataDir, manualNow: now }));
  const file = path.join(dataDir, 'settings.json');
  const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  const next = { ...settings, profile: { ...settings.profile, status: 'skipped' } };
  for (const [section, values] of Object.entries(changes)) next[section] = { ...settings[section], ...values };
  fs.writeFileSync(file, JSON.stringify(next));
}

/**
 * The dashboard on each data folder's history: from navigationStart to the
 * `charts-painted` mark the renderer sets after the frame that first draws
 * its charts with data. Every folder gets its own host, kept running as the
 * tray app is: the first navigation after its start (the history still
 * loading) is its own figure. Then each run is a fresh browser context
 * (empty cache) on the warm hosts, the folders taking turns so a busy moment
 * of the machine falls on them alike. Beside the time, each warm run gives
 * what the page's main thread worked until then (Chromium's TaskDuration,
 * which a busy machine stretches less than the clock), and the calls the
 * page made and the KB their answers carried over the WebSocket.
 */
export async function chartsPainted(dataDirs, now, runs) {
  for (const dataDir of dataDirs) await prepareSettings(dataDir, now);
  const hosts = [];
  const browser = await launchChromium();
  const navigate = async (host) => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const traffic = { calls: 0, bytes: 0 };
    page.on('websocket', (ws) => {
      ws.on('framesent', ({ payload }) => {
        if (JSON.parse(String(payload)).type === 'invoke') traffic.calls++;
      });
      ws.on('framereceived', ({ payload }) => {
        if (JSON.parse(String(payload)).type === 'result') traffic.bytes += Buffer.byteLength(String(payload));
      });
    });
    await page.goto(host.url);
    await page.waitForFunction(() => performance.getEntriesByName('charts-painted').length > 0, null, {
      timeout: 30_000,
    });
    const ms = await page.evaluate(() => performance.getEntriesByName('charts-painted')[0].startTime);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskMs = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
    await context.close();
    return { ms, taskMs, calls: traffic.calls, kb: traffic.bytes / 1024 };
  };
  try {
    for (const dataDir of dataDirs) hosts.push(await startWebHost({ dataDir, manualNow: now }));
    const results = [];
    for (const host of hosts) results.push({ first: (await navigate(host)).ms, warm: [], work: [], calls: [], kb: [] });
    for (let run = 0; run < runs; run++) {
      for (const [index, host] of hosts.entries()) {
        const { ms, taskMs, calls, kb } = await navigate(host);
        results[index].warm.push(ms);
        results[index].work.push(taskMs);
        results[index].calls.push(calls);
        results[index].kb.push(kb);
      }
    }
    return results;
  } finally {
    await browser.close();
    await Promise.all(hosts.map(stop));
  }
}

/**
 * A movement break falling due while the dashboard is open, with
 * notifications off so the break view opens by itself: from the page asking
 * the manual clock to move over the due instant (so it includes that request
 * and the host's whole tick) to the `break-painted` mark after the first frame
 * showing the break view.
 * The break view is left between runs; each run waits for the next due break.
 */
export async function breakPainted(dataDir, now, runs) {
  await prepareSettings(dataDir, now, {
    notifications: { enabled: false },
    posture: { enabled: false },
    movement: { enabled: true, intervalSeconds: 50 * 60, durationSeconds: 60, preBreakNoticeSeconds: 0 },
    // Each run leaves the break with Skip; the default allows two skips in a row.
    breakRules: { maxSkipsInRow: 10 },
  });
  const host = await startWebHost({ dataDir, manualNow: now });
  const browser = await launchChromium();
  const token = new URL(host.url).searchParams.get('token');
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForSelector('[data-view="dashboard"]');
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const ms = await page.evaluate(async (secret) => {
        const control = (route, body) =>
          fetch(`/__test/${route}`, {
            method: body ? 'POST' : 'GET',
            headers: { 'x-posture-token': secret, 'content-type': 'application/json' },
            ...(body ? { body: JSON.stringify(body) } : {}),
          }).then((r) => r.json());
        performance.clearMarks('break-painted');
        const state = await control('state');
        const due = state.schedule.next.find((n) => n.kind === 'movement').at;
        // Up to a second before it falls due (the minutes on the way tick as they
        // would), let the page settle, then time the last second.
        await control('advance', { ms: due - state.now - 1000 });
        await new Promise((resolve) => setTimeout(resolve, 500));
        const started = performance.now();
        await control('advance', { ms: 1000 });
        await new Promise((resolve) => {
          const poll = () =>
            performance.getEntriesByName('break-painted').length > 0 ? resolve() : setTimeout(poll, 1);
          poll();
        });
        return performance.getEntriesByName('break-painted')[0].startTime - started;
      }, token);
      samples.push(ms);
      // Leave the break view as a user would: the due break waits with Start,
      // Snooze and Skip (English: the bench runs the host in English).
      await page.locator('[data-view="break"]').getByRole('button', { name: 'Skip', exact: true }).first().click();
      await page.waitForSelector('[data-view="dashboard"]', { timeout: 10_000 });
    }
    await context.close();
    return samples;
  } finally {
    await browser.close();
    await stop(host);
  }
}
