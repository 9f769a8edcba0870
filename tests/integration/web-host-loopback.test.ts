import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebHostApp } from '../helpers/web-host-app';
import { handshake, rawGet } from '../helpers/web-host-requests';

/**
 * Refusals web-host-security.test.ts does not cover: the host listens on
 * 127.0.0.1 only (no other address reaches it), the token's other carriers
 * (Bearer header, cookie) refuse wrong values, and more DNS-rebinding and
 * Origin shapes.
 */

const LISTEN = '0A';

/** Local addresses of the sockets listening on `port`, from /proc/net/tcp and tcp6 (Linux). */
function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== LISTEN) continue;
      const [address = '', portHex = ''] = local.split(':');
      if (parseInt(portHex, 16) === port) found.push(address);
    }
  }
  return found;
}

function connectOutcome(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/** A WebSocket to `at` with exactly this query and these headers; closed again once open. */
async function socketOutcome(
  port: number,
  query: string,
  headers: Record<string, string>,
  at = '/ws',
): Promise<'open' | number> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}${at}${query}`, { headers });
  const result = await handshake(socket);
  if (result === 'open') socket.close();
  return result;
}

/** The machine's first non-loopback IPv4 address, if it has one. */
function nonLoopbackIPv4(): string | null {
  for (const addresses of Object.values(os.networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return null;
}

describe('the web host is reachable on 127.0.0.1 only', () => {
  let app: WebHostApp;
  let port: number;
  beforeAll(async () => {
    app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z' });
    port = Number(new URL(app.origin).port);
  });
  afterAll(async () => {
    await app.stop();
    fs.rmSync(app.dataDir, { recursive: true, force: true });
  });

  it.skipIf(process.platform !== 'linux')(
    'listens on 127.0.0.1 alone: no wildcard, no IPv6 socket (Linux /proc/net)',
    () => {
      // 127.0.0.1 as /proc/net/tcp writes it (little-endian hex).
      expect(listeningAddresses(port)).toEqual(['0100007F']);
    },
  );

  it.skipIf(process.platform !== 'linux')(
    'refuses a connection to another loopback address, 127.0.0.2 (a wildcard bind would accept it)',
    async () => {
      expect(await connectOutcome('127.0.0.2', port)).toBe('ECONNREFUSED');
      expect(await connectOutcome('127.0.0.1', port)).toBe('connected');
    },
  );

  // Connecting to the machine's own LAN address sends traffic to a private
  // range address, which some sandboxes (this team's included) forbid and
  // flag; the two checks above prove the same binding without it. Opt in
  // where that is allowed: POSTURE_TEST_NON_LOOPBACK=1.
  const lanAddress = nonLoopbackIPv4();
  const optedIn = process.env.POSTURE_TEST_NON_LOOPBACK === '1';
  it.skipIf(!optedIn || lanAddress === null)(
    `refuses a connection on the machine's non-loopback IPv4 address (${
      lanAddress === null
        ? 'skipped: this machine has none'
        : optedIn
          ? lanAddress
          : 'skipped: set POSTURE_TEST_NON_LOOPBACK=1 to run it'
    })`,
    async () => {
      expect(await connectOutcome(lanAddress ?? '', port)).toBe('ECONNREFUSED');
    },
  );

  it('refuses wrong tokens in every carrier: query, Bearer header, x-posture-token, cookie', async () => {
    expect(await rawGet(port, '/', { Authorization: `Bearer ${app.token}` })).toBe(200);
    expect(await rawGet(port, '/', { Authorization: 'Bearer guess' })).toBe(401);
    expect(await rawGet(port, '/', { Authorization: `Basic ${app.token}` })).toBe(401);
    expect(await rawGet(port, '/', { 'x-posture-token': app.token.slice(1) })).toBe(401);
    expect(await rawGet(port, '/', { Cookie: `posture-token-${port}=guess` })).toBe(401);
    // Another host's cookie (cookies ignore ports) is not ours.
    expect(await rawGet(port, '/', { Cookie: `posture-token-${port + 1}=${app.token}` })).toBe(401);
    // The query wins over a good header: a wrong token in the URL is refused.
    expect(await rawGet(port, '/?token=guess', { 'x-posture-token': app.token })).toBe(401);
  });

  it('refuses more DNS-rebinding Host shapes and foreign Origins', async () => {
    const good = `/?token=${app.token}`;
    for (const host of ['127.0.0.1', `127.0.0.1.:${port}`, `[::1]:${port}`, `127.1:${port}`, `localhost.:${port}`]) {
      expect(await rawGet(port, good, { Host: host }), `Host "${host}"`).toBe(403);
    }
    expect(await rawGet(port, good, { Host: `LOCALHOST:${port}` })).toBe(200);
    for (const origin of [
      'null',
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
      `http://localhost`,
      'file://',
    ]) {
      expect(await rawGet(port, good, { Origin: origin }), `Origin "${origin}"`).toBe(403);
    }
    expect(await rawGet(port, good, { Origin: app.origin })).toBe(200);
  });

  it('refuses the WebSocket without any token, and with a foreign Origin or Host even with it', async () => {
    expect(await socketOutcome(port, '', { Origin: app.origin })).toBe(401);
    expect(await socketOutcome(port, `?token=${app.token}`, { Origin: 'null' })).toBe(403);
    expect(await socketOutcome(port, `?token=${app.token}`, { Origin: app.origin, Host: `127.0.0.1` })).toBe(403);
    expect(await socketOutcome(port, '', { Origin: app.origin, Cookie: `posture-token-${port}=${app.token}` })).toBe(
      'open',
    );
    // Any other path is not the WebSocket.
    expect(await socketOutcome(port, `?token=${app.token}`, { Origin: app.origin }, '/ws2')).toBe(404);
    expect(await socketOutcome(port, `?token=${app.token}`, { Origin: app.origin }, '/')).toBe(404);
  });
});
