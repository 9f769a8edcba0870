import { expect, type Locator, type Page } from '@playwright/test';
import type { AppSnapshot } from '../../shared/ipc-contract';
import type { TestState, WebHostApp } from './web-host-app';

/**
 * Steps the e2e specs (tests/e2e/) take on the web host's page again and
 * again: load the app and wait for the dashboard, open Settings from the tray
 * and show one of its groups, start a break, call the backend over the
 * page's own WebSocket, read everything the page shows.
 */

/** The page's clock: Playwright's, installed at `install` before the page loads (its timers then run only when the test moves them), paused at `pauseAt` once it has. */
export interface PageClock {
  install: string;
  pauseAt?: string;
}

export type ActiveBreak = NonNullable<AppSnapshot['schedule']['activeBreak']>;

/** Loads the app in `page` and waits for the dashboard's "Today". */
export async function openDashboard(page: Page, app: WebHostApp, clock?: PageClock): Promise<void> {
  if (clock) await page.clock.install({ time: new Date(clock.install) });
  await page.goto(app.url);
  if (clock?.pauseAt) await page.clock.pauseAt(new Date(clock.pauseAt));
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
}

/** Loads the app, then opens Settings from the tray (English). */
export async function openSettings(page: Page, app: WebHostApp): Promise<void> {
  await openDashboard(page, app);
  await app.clickTray('settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

/** Chooses the Settings group whose tab is named `name`, and returns its panel once shown. */
export async function showSettingsGroup(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await expect(panel).toBeVisible();
  return panel;
}

/** The break a test-control state holds: there must be one. */
export function activeBreakOf(state: TestState): ActiveBreak {
  if (!state.schedule.activeBreak) throw new Error('no break in progress');
  return state.schedule.activeBreak as ActiveBreak;
}

/**
 * Calls the backend as the page's API does, over a WebSocket of the page's
 * own (a second connection, with the page's token), and returns the result as
 * it came ({ ok, value } or { ok: false, error }).
 */
export function invokeFromPage(page: Page, token: string, channel: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ channel, token, payload }) => {
      const socket = new WebSocket(`ws://${location.host}/ws?token=${encodeURIComponent(token)}`);
      await new Promise((resolve, reject) => {
        socket.addEventListener('open', resolve);
        socket.addEventListener('error', reject);
      });
      const reply = new Promise<unknown>((resolve) =>
        socket.addEventListener('message', (event) => {
          const message = JSON.parse(String(event.data)) as { type: string; id?: number; result?: unknown };
          if (message.type === 'result' && message.id === 1) resolve(message.result);
        }),
      );
      socket.send(JSON.stringify({ type: 'invoke', id: 1, channel, payload }));
      const answer = await reply;
      socket.close();
      return answer;
    },
    { channel, token, payload },
  );
}

/**
 * Everything the page shows or names, one piece a line: the document's
 * title, its text (with `hidden`, the parts hidden from view too) and every
 * accessible label, title, placeholder and alt text.
 */
export function shownText(page: Page, { hidden = false } = {}): Promise<string> {
  return page.evaluate((hidden) => {
    const attributes = ['aria-label', 'title', 'placeholder', 'alt'];
    return [
      document.title,
      hidden ? (document.body.textContent ?? '') : document.body.innerText,
      ...[...document.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))].flatMap((element) =>
        attributes.map((a) => element.getAttribute(a) ?? ''),
      ),
    ].join('\n');
  }, hidden);
}
