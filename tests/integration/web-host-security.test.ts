import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebHostApp } from '../helpers/web-host-app';
import { handshake, openSocket, rawGet } from '../helpers/web-host-requests';

/**
 * The web host's guard, against the real built host: loopback only, the
 * launch token on every request and the WebSocket, our Origin and Host only,
 * and the test controls only with --clock manual.
 */
/** The next reply, skipping the state pushes every page also receives. */
function nextMessage(socket: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse((data as Buffer).toString()) as Record<string, unknown>;
      if (message.type === 'push') return;
      socket.off('message', onMessage);
      resolve(message);
    };
    socket.on('message', onMessage);
  });
}

describe('web host with --clock manual', () => {
  let app: WebHostApp;
  let port: number;
  beforeAll(async () => {
    app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z' });
    port = Number(new URL(app.origin).port);
  });
  afterAll(() => app.stop());

  it('prints exactly one line, with a loopback URL and a long token', () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}$/);
  });

  it('serves the page with the token and refuses it without or with a wrong one', async () => {
    expect(await rawGet(port, `/?token=${app.token}`, {})).toBe(200);
    expect(await rawGet(port, '/', {})).toBe(401);
    expect(await rawGet(port, '/?token=guess', {})).toBe(401);
    expect(await rawGet(port, `/?token=${app.token}x`, {})).toBe(401);
  });

  it('sets a same-site, HttpOnly cookie so the page assets load without the token in their URL', async () => {
    const response = await fetch(app.url);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^posture-token-${port}=${app.token};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const asset = /src="\.?(\/assets\/[^"]+\.js)"/.exec(await response.text())?.[1];
    expect(asset).toBeDefined();
    expect(await rawGet(port, asset ?? '', { Cookie: cookie.split(';')[0] ?? '' })).toBe(200);
    expect(await rawGet(port, asset ?? '', {})).toBe(401);
  });

  it('refuses another Origin even with the right token', async () => {
    expect(await rawGet(port, `/?token=${app.token}`, { Origin: 'http://evil.example' })).toBe(403);
    expect(await rawGet(port, `/?token=${app.token}`, { Origin: `http://evil.example:${port}` })).toBe(403);
  });

  it('refuses DNS-rebinding Host values', async () => {
    expect(await rawGet(port, `/?token=${app.token}`, { Host: `evil.example:${port}` })).toBe(403);
    expect(await rawGet(port, `/?token=${app.token}`, { Host: 'evil.example' })).toBe(403);
    expect(await rawGet(port, `/?token=${app.token}`, { Host: `127.0.0.1:${port + 1}` })).toBe(403);
    expect(await rawGet(port, `/?token=${app.token}`, { Host: `localhost:${port}` })).toBe(200);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect(await rawGet(port, `/..%2f..%2fpackage.json?token=${app.token}`, {})).toBe(404);
    expect(await rawGet(port, `/../../package.json?token=${app.token}`, {})).toBe(404);
  });

  it('guards the test controls and the command API with the token too', async () => {
    const response = await fetch(`${app.origin}/__test/state`);
    expect(response.status).toBe(401);
    const command = await fetch(`${app.origin}/api/command`, { method: 'POST', body: '{"argv":["break","now"]}' });
    expect(command.status).toBe(401);
    const fromPage = await fetch(`${app.origin}/api/command`, {
      method: 'POST',
      headers: { 'x-posture-token': app.token, origin: 'http://evil.example' },
      body: '{"argv":["status"]}',
    });
    expect(fromPage.status).toBe(403);
    expect((await app.request('GET', '/__test/state')).status).toBe(200);
  });

  it('drives the idle, power and fullscreen ports', async () => {
    const idle = await app.request('POST', '/__test/idle', { seconds: 120 });
    expect(await idle.json()).toMatchObject({ idleSeconds: 120 });
    expect(await app.advance(60_000)).toMatchObject({ idleSeconds: 180 });
    await app.request('POST', '/__test/idle', { seconds: 0 });
    expect(await app.advance(60_000)).toMatchObject({ idleSeconds: 0 });
    const fullscreen = await app.request('POST', '/__test/fullscreen', { active: true });
    expect(await fullscreen.json()).toMatchObject({ fullscreen: true });
    await app.request('POST', '/__test/fullscreen', { active: false });
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) {
      expect((await app.request('POST', '/__test/power', { event })).status).toBe(200);
    }
    expect((await app.request('POST', '/__test/power', { event: 'reboot' })).status).toBe(400);
  });

  it('answers bad test-control bodies with 400 and keeps running', async () => {
    expect((await app.request('POST', '/__test/advance', { ms: -5 })).status).toBe(400);
    expect((await app.request('POST', '/__test/tray', { item: 'format-disk' })).status).toBe(409);
    const response = await fetch(`${app.origin}/__test/advance`, {
      method: 'POST',
      headers: { 'x-posture-token': app.token },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect((await app.state()).now).toBe(Date.parse('2026-03-02T09:02:00Z'));
  });

  it('accepts the WebSocket only with the token and our Origin', async () => {
    const good = openSocket(app);
    expect(await handshake(good)).toBe('open');
    good.close();
    expect(await handshake(openSocket(app, { token: 'nope' }))).toBe(401);
    expect(await handshake(openSocket(app, { origin: 'http://evil.example' }))).toBe(403);
    expect(await handshake(openSocket(app, { host: `evil.example:${port}` }))).toBe(403);
  });

  it('answers bad payloads over the WebSocket with typed errors and stays up', async () => {
    const socket = openSocket(app);
    await handshake(socket);
    socket.send('this is not json');
    expect(await nextMessage(socket)).toEqual({
      type: 'error',
      error: { code: 'invalid-payload', message: 'malformed message' },
    });
    socket.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'schedule:snooze', payload: { minutes: 'x' } }));
    expect(await nextMessage(socket)).toMatchObject({
      type: 'result',
      id: 1,
      result: { ok: false, error: { code: 'invalid-payload' } },
    });
    socket.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'shell:exec', payload: {} }));
    expect(await nextMessage(socket)).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'unknown-channel' } },
    });
    socket.send(JSON.stringify({ type: 'invoke', id: 3, channel: 'schedule:resume', payload: {} }));
    expect(await nextMessage(socket)).toMatchObject({ id: 3, result: { ok: false, error: { code: 'rejected' } } });
    socket.send(JSON.stringify({ type: 'invoke', id: 4, channel: 'app:get-snapshot', payload: {} }));
    expect(await nextMessage(socket)).toMatchObject({
      id: 4,
      result: { ok: true, value: { host: 'web', clock: 'manual', schedule: { status: 'running' } } },
    });
    socket.close();
    expect(app.child.exitCode).toBeNull();
  });
});

describe('web host without --clock manual', () => {
  let app: WebHostApp;
  beforeAll(async () => {
    app = await WebHostApp.launch({ manualClock: false });
  });
  afterAll(() => app.stop());

  it.each(['state', 'advance', 'idle', 'power', 'fullscreen', 'tray', 'notification'])(
    'has no /__test/%s endpoint',
    async (route) => {
      const method = route === 'state' ? 'GET' : 'POST';
      expect((await app.request(method, `/__test/${route}`, method === 'POST' ? {} : undefined)).status).toBe(404);
    },
  );

  it('still serves the app', async () => {
    expect((await fetch(app.url)).status).toBe(200);
  });
});

describe('web host command line', () => {
  it.each([
    [['--now', '2026-03-02T09:00:00Z'], /--now only makes sense with --clock manual/],
    [['--clock', 'manual', '--now', 'yesterday'], /--now must be an ISO-8601 date-time/],
    [['--port', 'eighty'], /--port must be a number/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ])('refuses %j with a clear message', async (args, message) => {
    await expect(WebHostApp.launch({ manualClock: false, extraArgs: args })).rejects.toThrow(message);
  });
});
