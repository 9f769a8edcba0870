import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/web-host-test';

/**
 * One state stream per page, seen from the page's own WebSocket: an hour in
 * which nothing happens brings the page the manual clock's one "time moved"
 * push and sets off no call; a break taken is one change, and the ring, the
 * stat cards and the timeline show it together, with one history request.
 */
test.use({ hostOptions: { now: '2026-03-02T09:00:00Z' } });

/** Counts what the page's WebSocket carries: pushes in, calls out (by channel). */
function watchSocket(page: Page) {
  const seen = { pushes: 0, calls: [] as string[] };
  page.on('websocket', (ws) => {
    ws.on('framereceived', ({ payload }) => {
      if ((JSON.parse(String(payload)) as { type: string }).type === 'push') seen.pushes++;
    });
    ws.on('framesent', ({ payload }) => {
      const message = JSON.parse(String(payload)) as { type: string; channel: string };
      if (message.type === 'invoke') seen.calls.push(message.channel);
    });
  });
  return {
    seen,
    reset: () => {
      seen.pushes = 0;
      seen.calls = [];
    },
  };
}

/** Lets what a push sets off (a render, its requests) happen and be answered. */
async function settled(page: Page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

test('an hour away from the desk sends the page one push and it asks nothing; a break is one change shown everywhere', async ({
  page,
  app,
}) => {
  const socket = watchSocket(page);
  await page.goto(app.url);
  await expect(page.getByTestId('chart-adherence')).toBeVisible();
  await expect(page.getByTestId('tray-tooltip')).toHaveText('Posture Breaks: Next stretch in 50 min');

  // Away from 09:05; the natural break counts, then an hour in which nothing is due.
  await app.idle(10 * 60);
  await app.advance(5 * 60_000);
  await settled(page);
  socket.reset();
  await app.advance(60 * 60_000);
  await settled(page);
  expect(socket.seen).toEqual({ pushes: 1, calls: [] }); // the test control's "the clock moved"
  await expect(page.getByTestId('next-status')).toHaveText('Time for a stretch');

  // Back at the desk (the time away was a natural break), then a break taken
  // from the tray: the ring, the cards and the timeline agree.
  await app.idle(0);
  await app.advance(2 * 60_000);
  await expect(page.getByTestId('today-ring-text')).toHaveText('1 of 1 movement breaks taken.');
  await app.clickTray('start-now');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByTestId('today-ring-text')).toHaveText('2 of 2 movement breaks taken.');
  await expect(page.getByTestId('stat-taken')).toContainText('2');
  await expect(page.getByTestId('stat-due')).toContainText('2');
  const movement = page.getByTestId('timeline').getByRole('listitem').filter({ hasText: 'Movement break' });
  await expect(movement.filter({ hasText: 'Natural break' })).toHaveCount(1);
  await expect(movement.filter({ hasText: 'Taken' })).toHaveCount(1);
  await settled(page);
  // The history was asked for once per change it carried, never twice for one revision.
  const history = socket.seen.calls.filter((channel) => channel === 'stats:get-history');
  expect(history.length).toBeGreaterThan(0);
  expect(history.length).toBeLessThanOrEqual(socket.seen.pushes);
  expect(socket.seen.calls).not.toContain('stats:get-today');
});
