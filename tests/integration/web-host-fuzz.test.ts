import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { INVOKE_CHANNELS, invokeContract, ipcErrorCodeSchema, type InvokeName } from '@shared/ipc-contract';
import { anyValue, asJson, payloadArbitrary, PROTOTYPE_KEYS } from '../helpers/fuzz-arbitraries';
import { filesUnder } from '../helpers/files';
import { handshake, openSocket } from '../helpers/web-host-requests';
import { REPO_ROOT, WebHostApp } from '../helpers/web-host-app';

/**
 * The built web host (out/main/web-host.js), fuzzed over the network as any
 * local process could: random bytes and JSON over the WebSocket, random
 * bodies to the test controls and the command API, random paths and query
 * strings. The process must stay up, every WebSocket message must get a
 * typed reply or a clean close, no request may get a 5xx, and no byte from
 * outside the renderer folder may ever be served.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_302);
const RENDERER_DIR = path.join(REPO_ROOT, 'out/renderer');

/** Channels left out over the network: they act on the machine, not the app. */
const EFFECTFUL: ReadonlySet<string> = new Set([invokeContract.openDataFolder.channel]);

/** Tray items that end the host (fuzzing "quit" would stop the test, not find a bug). */
const ENDS_THE_HOST = new Set(['quit']);

interface RawResponse {
  status: number;
  headers: string;
  body: Buffer;
}

/**
 * One HTTP/1.0 request written byte for byte (no URL normalisation, unlike
 * fetch), read to the end of the connection.
 */
function rawRequest(port: number, head: string, body: Buffer = Buffer.alloc(0)): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
    });
    const timer = setTimeout(() => socket.destroy(new Error(`no answer to ${head.split('\r\n')[0]}`)), 5_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finish = (error?: Error) => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      if (split < 0) {
        if (error) reject(error);
        else reject(new Error(`no HTTP response to ${head.split('\r\n')[0]}: ${all.toString('latin1')}`));
        return;
      }
      const headers = all.subarray(0, split).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headers)?.[1] ?? 0);
      resolve({ status, headers, body: all.subarray(split + 4) });
    };
    // The host may answer (413) and close before it read the whole body.
    socket.on('error', (error) => finish(error));
    socket.on('close', () => finish());
  });
}

function requestHead(method: string, target: string, port: number, headers: Record<string, string> = {}): string {
  const lines = [`${method} ${target} HTTP/1.0`, `Host: 127.0.0.1:${port}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

type Reply = { kind: 'message'; message: Record<string, unknown> } | { kind: 'closed'; code: number };

/** The next non-push message on `socket`, or its close. */
function nextReply(socket: WebSocket): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error('the WebSocket neither answered nor closed within 5 s'));
    }, 5_000);
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse((data as Buffer).toString()) as Record<string, unknown>;
      if (message.type === 'push') return;
      cleanup();
      resolve({ kind: 'message', message });
    };
    const onClose = (code: number) => {
      cleanup();
      resolve({ kind: 'closed', code });
    };
    const cleanup = () => {
      clearTimeout(timer);
      socket.off('message', onMessage);
      socket.off('close', onClose);
    };
    socket.on('message', onMessage);
    socket.on('close', onClose);
  });
}

/** An open page socket, or a rejection saying why the host refused it. */
async function openPageSocket(app: WebHostApp): Promise<WebSocket> {
  const socket = openSocket(app);
  socket.on('error', () => {}); // a close follows; the test reads that
  const result = await handshake(socket);
  if (result !== 'open') throw new Error(`WebSocket refused: ${result}`);
  return socket;
}

/** A contract call whose reply we can match by id; "quit" and effectful channels left out. */
const contractCall = fc
  .constantFrom(...(Object.keys(invokeContract) as InvokeName[]))
  .filter((name) => !EFFECTFUL.has(invokeContract[name].channel))
  .chain((name) =>
    payloadArbitrary(invokeContract[name].request).map((payload) => ({
      channel: invokeContract[name].channel,
      payload,
    })),
  )
  .filter(({ channel, payload }) => {
    if (channel !== invokeContract.clickTrayItem.channel) return true;
    const id = (payload as { id?: unknown } | null)?.id;
    return !(typeof id === 'string' && ENDS_THE_HOST.has(id));
  });

type Frame = { data: Buffer | string; binary: boolean; expectId?: number };

/** The call id a text frame carries, as the host reads it: a JSON object's non-negative integer `id`. */
function carriedId(data: Buffer | string): number | undefined {
  try {
    const message: unknown = JSON.parse(data.toString());
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
    const id = (message as { id?: unknown }).id;
    return Number.isSafeInteger(id) && (id as number) >= 0 ? (id as number) : undefined;
  } catch {
    return undefined;
  }
}

let nextId = 1;
const frame: fc.Arbitrary<Frame> = fc.oneof(
  // Well-formed calls on the contract, guided payloads.
  {
    weight: 5,
    arbitrary: contractCall.map(({ channel, payload }) => {
      const json = asJson(payload);
      const id = nextId++;
      return {
        data: JSON.stringify({ type: 'invoke', id, channel, payload: json.ok ? json.value : null }),
        binary: false,
        expectId: id,
      };
    }),
  },
  // Calls on channels that do not exist.
  {
    weight: 1,
    arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...PROTOTYPE_KEYS)).map((channel) => {
      const id = nextId++;
      return { data: JSON.stringify({ type: 'invoke', id, channel, payload: {} }), binary: false, expectId: id };
    }),
  },
  // Calls of the wrong shape that carry their id: the page waits on that id.
  {
    weight: 2,
    arbitrary: fc
      .record({
        type: fc.oneof(fc.constant('invoke'), anyValue),
        channel: fc.oneof(fc.constantFrom(...INVOKE_CHANNELS), anyValue),
        payload: anyValue,
      })
      .filter((message) => message.type !== 'invoke' || typeof message.channel !== 'string')
      .map((message) => {
        const id = nextId++;
        const json = asJson(message);
        return {
          data: JSON.stringify({ ...(json.ok ? (json.value as object) : {}), id }),
          binary: false,
          expectId: id,
        };
      }),
  },
  // Messages of the wrong shape: any JSON at all.
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }).map((text) => ({ data: text, binary: false })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ type: anyValue, id: anyValue, channel: anyValue, payload: anyValue }, { requiredKeys: [] })
      .map((message) => {
        const json = asJson(message);
        return { data: json.ok ? JSON.stringify(json.value) : '{}', binary: false };
      }),
  },
  // Random text, random bytes (binary frames, and text frames that are not UTF-8).
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ data: text, binary: false })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.uint8Array({ maxLength: 300 }), fc.boolean())
      .map(([bytes, binary]) => ({ data: Buffer.from(bytes), binary })),
  },
  // Over the host's 64 KiB message limit.
  { weight: 1, arbitrary: fc.constant({ data: `"${'x'.repeat(70_000)}"`, binary: false }) },
);

describe('the built web host, fuzzed over the network', () => {
  let app: WebHostApp;
  let port: number;
  let rendererFiles: Buffer[];
  let forbidden: { name: string; bytes: Buffer }[];

  beforeAll(async () => {
    app = await WebHostApp.launch({ now: '2026-03-02T09:00:00Z' });
    port = Number(new URL(app.origin).port);
    rendererFiles = filesUnder(RENDERER_DIR).map((file) => fs.readFileSync(file));
    forbidden = [
      'package.json',
      'package-lock.json',
      'out/main/web-host.js',
      'renderer/index.html', // the source page: the host serves the built one
      '/etc/passwd',
      '/etc/hostname',
      path.join(app.dataDir, 'settings.json'),
    ]
      .map((name) => path.resolve(REPO_ROOT, name))
      .filter((file) => fs.existsSync(file))
      .map((file) => ({ name: file, bytes: fs.readFileSync(file) }));
  });

  afterEach(() => {
    expect(app.child.exitCode, `the host exited:\n${app.logs.slice(-2_000)}`).toBeNull();
  });

  afterAll(async () => {
    await app?.stop();
    if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  });

  it('answers random WebSocket frames with a typed reply or a clean close, and stays up', async () => {
    let socket = await openPageSocket(app);
    const closes: number[] = [];
    let repliedOk = 0;
    let malformedWithId = 0;
    await fc.assert(
      fc.asyncProperty(frame, async ({ data, binary, expectId }) => {
        if (socket.readyState !== WebSocket.OPEN) socket = await openPageSocket(app);
        const reply = nextReply(socket);
        socket.send(data, { binary });
        const got = await reply;
        if (got.kind === 'closed') {
          // ws closes a socket on a frame it refuses: 1007 not UTF-8, 1009 too big.
          expect([1007, 1009]).toContain(got.code);
          closes.push(got.code);
          return;
        }
        const { message } = got;
        const id = carriedId(data);
        if (message.type === 'error') {
          // Only a message that names no call may be answered outside one.
          expect(id, `${data.toString().slice(0, 200)} → ${JSON.stringify(message)}`).toBeUndefined();
          expect(message).toEqual({ type: 'error', error: { code: 'invalid-payload', message: 'malformed message' } });
          return;
        }
        expect(message.type).toBe('result');
        // Every reply names the call it answers: the id the frame carried.
        expect(message.id, data.toString().slice(0, 200)).toBe(id);
        if (expectId !== undefined) expect(message.id).toBe(expectId);
        const result = message.result as { ok: boolean; error?: { code: string; message: string } };
        if (!result.ok) {
          expect(ipcErrorCodeSchema.safeParse(result.error?.code).success, JSON.stringify(result)).toBe(true);
          expect(result.error?.code, result.error?.message).not.toBe('internal');
        } else {
          repliedOk++;
        }
        if (!result.ok && result.error?.message === 'malformed message') malformedWithId++;
      }),
      { numRuns: 300, seed: SEED },
    );
    socket.close();
    expect(closes.length, 'the generator sent frames the host must refuse').toBeGreaterThan(0);
    expect(malformedWithId, 'malformed frames with an id were answered on their id').toBeGreaterThan(0);
    expect(repliedOk, 'well-formed calls were answered').toBeGreaterThan(0);

    // A fresh page still gets answers.
    const fresh = await openPageSocket(app);
    const reply = nextReply(fresh);
    fresh.send(JSON.stringify({ type: 'invoke', id: 0, channel: invokeContract.getSnapshot.channel, payload: {} }));
    expect(await reply).toMatchObject({ kind: 'message', message: { id: 0, result: { ok: true } } });
    fresh.close();
  });

  it('answers random requests to the test controls and the command API with 2xx or 4xx, never 5xx', async () => {
    const routes = ['advance', 'idle', 'power', 'fullscreen', 'tray', 'notification', 'state', 'nothing', ''];
    const guided: Record<string, fc.Arbitrary<unknown>> = {
      // Bounded: a valid advance of months is slow, not a bug.
      advance: fc.record({ ms: fc.oneof(fc.integer({ min: -10, max: 600_000 }), anyValue) }, { requiredKeys: [] }),
      idle: fc.record({ seconds: fc.oneof(fc.double({ min: -1, max: 1e9 }), anyValue) }, { requiredKeys: [] }),
      power: fc.record(
        { event: fc.oneof(fc.constantFrom('suspend', 'resume', 'lock-screen', 'unlock-screen', 'reboot'), anyValue) },
        { requiredKeys: [] },
      ),
      fullscreen: fc.record({ active: fc.oneof(fc.boolean(), anyValue) }, { requiredKeys: [] }),
      tray: fc
        .record({
          item: fc.oneof(fc.constantFrom('start-now', 'snooze-5', 'pause-60', 'resume', 'settings'), anyValue),
        })
        .filter(({ item }) => !(typeof item === 'string' && ENDS_THE_HOST.has(item))),
      notification: fc.record(
        {
          id: fc.oneof(fc.string(), anyValue),
          action: fc.oneof(fc.constantFrom('start', 'snooze', 'dismiss'), anyValue),
        },
        { requiredKeys: [] },
      ),
      command: fc.record(
        {
          argv: fc.oneof(
            fc.array(
              fc.oneof(
                fc.constantFrom('status', 'pause', '30m', 'resume', 'break', 'now', 'skip', '--help'),
                fc.string(),
              ),
              { maxLength: 12 },
            ),
            anyValue,
          ),
        },
        { requiredKeys: [] },
      ),
    };
    const body = (route: string): fc.Arbitrary<Buffer> =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: (guided[route] ?? anyValue).map((value) => {
            const json = asJson(value);
            return Buffer.from(json.ok ? JSON.stringify(json.value) : 'null');
          }),
        },
        { weight: 1, arbitrary: fc.json({ maxDepth: 3 }).map((text) => Buffer.from(text)) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
        { weight: 1, arbitrary: fc.constant(Buffer.from(`{"ms":"${'x'.repeat(70_000)}"}`)) },
      );
    const request = fc.oneof(
      fc
        .tuple(fc.constantFrom(...routes), fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'OPTIONS'))
        .chain(([route, method]) => body(route).map((bytes) => ({ target: `/__test/${route}`, method, bytes }))),
      fc
        .constantFrom('POST', 'POST', 'POST', 'GET', 'PUT')
        .chain((method) => body('command').map((bytes) => ({ target: '/api/command', method, bytes }))),
    );
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async ({ target, method, bytes }, withType) => {
        const head = requestHead(method, target, port, {
          'x-posture-token': app.token,
          'Content-Length': String(bytes.length),
          ...(withType ? { 'Content-Type': 'application/json' } : {}),
        });
        const response = await rawRequest(port, head, bytes);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${method} ${target} ${bytes.subarray(0, 200).toString()}`).toBeGreaterThanOrEqual(200);
        expect(
          response.status,
          `${method} ${target} ${bytes.subarray(0, 200).toString()}\n${response.body.toString()}`,
        ).toBeLessThan(500);
        expect(response.headers).toMatch(/content-type: application\/json/i);
      }),
      { numRuns: 300, seed: SEED },
    );
    expect(
      [...statuses.keys()].some((s) => s >= 400),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect((await app.request('GET', '/__test/state')).status).toBe(200);
  });

  it('never serves a byte from outside the renderer folder, whatever the path or query', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        '%2e%2e',
        '%2E%2E',
        '.%2e',
        '%2e.',
        '..%2f',
        '..%2F',
        '..%5c',
        '..\\',
        '%2f',
        '%5c',
        '%00',
        'index.html%00.js',
        '%',
        '%zz',
        '%c0%ae%c0%ae',
        '%252e%252e',
        '..;',
        '~',
        'package.json',
        'package-lock.json',
        'out',
        'main',
        'web-host.js',
        'renderer',
        'assets',
        'index.html',
        '.git',
        'config',
        'etc',
        'passwd',
        'hostname',
        'settings.json',
        'node_modules',
      ),
      fc.webSegment(),
      fc.string({ unit: 'binary-ascii', maxLength: 12 }).map((text) => encodeURIComponent(text)),
    );
    const target = fc
      .tuple(
        fc.array(segment, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('', '', '/', '//'),
        fc.constantFrom('good', 'good', 'good', 'none', 'wrong', 'twice'),
        fc.webQueryParameters(),
        fc.constantFrom('', '', `http://127.0.0.1:PORT`, 'http://evil.example'),
      )
      .map(([segments, lead, token, query, absolute]) => {
        const pathPart = `/${lead.slice(1)}${segments.join('/')}`;
        const tokenPart =
          token === 'good'
            ? `token=${encodeURIComponent('TOKEN')}`
            : token === 'wrong'
              ? 'token=guess'
              : token === 'twice'
                ? `token=guess&token=TOKEN`
                : '';
        const params = [tokenPart, query].filter(Boolean).join('&');
        return `${absolute}${pathPart}${params ? `?${params}` : ''}`;
      });
    let served = 0;
    await fc.assert(
      fc.asyncProperty(target, fc.constantFrom('GET', 'GET', 'HEAD', 'POST'), async (template, method) => {
        const requestTarget = template.replaceAll('PORT', String(port)).replaceAll('TOKEN', app.token);
        // Spaces and line breaks would end the request line: the raw client sends them escaped.
        const safeTarget = requestTarget.replace(/[\s]/g, (c) => encodeURIComponent(c));
        const response = await rawRequest(port, requestHead(method, safeTarget, port));
        const context = `${method} ${safeTarget} → ${response.status}`;
        expect(response.status, context).toBeGreaterThanOrEqual(200);
        expect(response.status, context).toBeLessThan(500);
        if (response.status !== 200 || method !== 'GET') return;
        served++;
        for (const { name, bytes } of forbidden)
          expect(response.body.equals(bytes), `${context} served ${name}`).toBe(false);
        expect(
          rendererFiles.some((bytes) => bytes.equals(response.body)),
          `${context} served something that is not a file of out/renderer`,
        ).toBe(true);
      }),
      { numRuns: 500, seed: SEED },
    );
    expect(served, 'some paths named real renderer files').toBeGreaterThan(0);
  });

  describe('regressions: each of these ended the host before it was fixed', () => {
    it('a request target that is not a URL gets 400, before any token check', async () => {
      for (const target of ['http://[', '//[::1', 'http://%zz/', 'http://a:b@c:99999/']) {
        expect((await rawRequest(port, requestHead('GET', target, port))).status, target).toBe(400);
      }
    });

    it('a NUL byte in the path gets 404', async () => {
      for (const target of ['/%00', '/index.html%00', '/assets/%00.js']) {
        const response = await rawRequest(port, requestHead('GET', `${target}?token=${app.token}`, port));
        expect(response.status, target).toBe(404);
      }
    });

    it('a malformed message that carries an id is answered on that id; one without gets a bare error', async () => {
      const socket = await openPageSocket(app);
      const error = { code: 'invalid-payload', message: 'malformed message' };
      for (const [message, reply] of [
        [
          { type: 'invoke', id: 41, channel: 42 },
          { type: 'result', id: 41, result: { ok: false, error } },
        ],
        [
          { type: 'call', id: 0, channel: INVOKE_CHANNELS[0], payload: {} },
          { type: 'result', id: 0, result: { ok: false, error } },
        ],
        [{ id: 9 }, { type: 'result', id: 9, result: { ok: false, error } }],
        [
          { type: 'invoke', id: -1, channel: INVOKE_CHANNELS[0] },
          { type: 'error', error },
        ],
        [
          { type: 'invoke', id: 1.5, channel: INVOKE_CHANNELS[0] },
          { type: 'error', error },
        ],
        [
          { type: 'invoke', id: '3', channel: INVOKE_CHANNELS[0] },
          { type: 'error', error },
        ],
        [[{ id: 3 }], { type: 'error', error }],
      ] as const) {
        const next = nextReply(socket);
        socket.send(JSON.stringify(message));
        expect(await next, JSON.stringify(message)).toEqual({ kind: 'message', message: reply });
      }
      const next = nextReply(socket);
      socket.send('{"type":"invoke","id":5,');
      expect(await next).toEqual({ kind: 'message', message: { type: 'error', error } });
      socket.close();
    });

    it('a WebSocket frame over the size limit or not UTF-8 closes that socket (1009, 1007) only', async () => {
      for (const [data, code] of [
        ['x'.repeat(70_000), 1009],
        [Buffer.from([0xff, 0xfe, 0xfd]), 1007],
      ] as const) {
        const socket = await openPageSocket(app);
        const reply = nextReply(socket);
        socket.send(data, { binary: false });
        expect(await reply).toEqual({ kind: 'closed', code });
      }
      const socket = await openPageSocket(app);
      const reply = nextReply(socket);
      socket.send(JSON.stringify({ type: 'invoke', id: 7, channel: INVOKE_CHANNELS[0], payload: {} }));
      expect(await reply).toMatchObject({ kind: 'message', message: { id: 7, type: 'result' } });
      socket.close();
    });
  });
});
