// What one connected page costs the host while nothing happens: the pushes it
// receives and the calls it makes over its WebSocket during an hour driven
// with the manual clock. Counted from the frames Chromium itself sees.
import { prepareSettings, launchChromium } from './browser.mjs';
import { sleep, startWebHost, stop } from './processes.mjs';

const HOUR_MS = 60 * 60_000;

/**
 * Counts, per page, the pushes and the calls over one hour of the host's
 * clock. `pages` dashboards are open on one host. The scenario sets the
 * user's presence before the hour starts: 'away' (idle for longer than a
 * break: nothing is due, nothing moves) or 'desk' (present all hour, the
 * default reminders running). The hour is one `advance`, which fires each
 * minute tick and each deadline on the way as a system clock would, then
 * the test control's own "the clock moved" push at its end.
 */
export async function hourOfTraffic(dataDir, now, { scenario, pages = 2 }) {
  await prepareSettings(dataDir, now);
  const host = await startWebHost({ dataDir, manualNow: now, env: { TZ: 'UTC' } });
  const token = new URL(host.url).searchParams.get('token');
  const control = (route, body) =>
    fetch(new URL(`/__test/${route}`, host.url), {
      method: 'POST',
      headers: { 'x-posture-token': token, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const browser = await launchChromium();
  try {
    const counters = [];
    for (let n = 0; n < pages; n++) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
      const page = await context.newPage();
      const counter = { pushes: 0, calls: 0, counting: false };
      page.on('websocket', (ws) => {
        ws.on('framereceived', ({ payload }) => {
          if (counter.counting && JSON.parse(String(payload)).type === 'push') counter.pushes++;
        });
        ws.on('framesent', ({ payload }) => {
          if (counter.counting && JSON.parse(String(payload)).type === 'invoke') counter.calls++;
        });
      });
      await page.goto(host.url);
      await page.waitForFunction(() => performance.getEntriesByName('charts-painted').length > 0, null, {
        timeout: 30_000,
      });
      counters.push({ page, counter });
    }
    if (scenario === 'away') {
      // Away from the keyboard; the first minutes of it (the natural break
      // being credited) are changes, so they pass before the count starts.
      await control('idle', { seconds: 600 });
      await control('advance', { ms: 5 * 60_000 });
    } else {
      await control('idle', { seconds: 0 });
    }
    await settle();
    for (const { counter } of counters) counter.counting = true;
    await control('advance', { ms: HOUR_MS });
    await settle();
    for (const { counter } of counters) counter.counting = false;
    return counters.map(({ counter }) => ({ pushes: counter.pushes, calls: counter.calls }));
  } finally {
    await browser.close();
    await stop(host);
  }
}

/** What a push sets off (a render, the fetches it asks for) is over well within a second. */
const settle = () => sleep(1000);
