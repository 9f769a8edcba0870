import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandinApp } from '../helpers/electron-standin/standin-app';

/**
 * Navigation and window.open guards in the *built* main bundle (booted with
 * the electron stand-in), beyond the one evil URL electron-boot.test.ts
 * tries: every kind of URL a page could navigate to or open, for every web
 * contents the app gets, including the one it is showing.
 */

const PAGE = 'app://renderer/index.html#dashboard';

const ELSEWHERE = [
  'https://evil.example/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://renderer/index.html#settings',
  'app://renderer/other.html',
  'app://evil/index.html',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'mailto:someone@example.com',
  'ms-msdt:/id PCWDiagnostic',
  'smb://server/share',
];

describe('the built main bundle denies navigation and new windows', () => {
  let app: StandinApp;
  let contents: string;

  beforeAll(async () => {
    app = StandinApp.launch();
    await app.waitFor('the tray menu', (records) => records.some((r) => r.api === 'Tray.setContextMenu'));
    const created = await app.createWebContents(PAGE);
    contents = created.contents;
    expect(created.listening).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(created.windowOpenHandler).toBe(true);
  });

  afterAll(async () => {
    expect(app.problems(), app.diagnostics()).toEqual([]);
    await app?.stop();
  });

  it.each(ELSEWHERE)('prevents will-navigate to %s', async (url) => {
    const navigate = await app.commandValue<{ prevented: boolean }>('will-navigate', { contents, url });
    expect(navigate.prevented).toBe(true);
  });

  it('lets a page reload itself (the same URL)', async () => {
    const navigate = await app.commandValue<{ prevented: boolean }>('will-navigate', { contents, url: PAGE });
    expect(navigate.prevented).toBe(false);
  });

  it.each([...ELSEWHERE, 'https://example.com/', PAGE])(
    'denies window.open(%s) and opens nothing in the browser',
    async (url) => {
      const open = await app.windowOpen(contents, url);
      expect(open).toEqual({ handled: true, response: { action: 'deny' } });
      // The allow list is empty today: nothing may reach shell.openExternal.
      expect(app.calls('shell.openExternal')).toEqual([]);
    },
  );

  it('guards every web contents, also one created later and showing another page', async () => {
    const later = await app.createWebContents('about:blank');
    expect(later.listening).toContain('will-navigate');
    expect(later.windowOpenHandler).toBe(true);
    const navigate = await app.commandValue<{ prevented: boolean }>('will-navigate', {
      contents: later.contents,
      url: PAGE,
    });
    expect(navigate.prevented).toBe(true);
  });
});
