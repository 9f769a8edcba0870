import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { dispatchInvoke, pushContract } from '@shared/ipc-contract';
import type { Logger } from '../core/ports';
import type { AppService } from '../core/app-service';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { contentTypeOf, resolveRendererFile } from '../core/static-files';
import { checkRequest, cookieName } from './request-guard';
import type { TestControls } from './test-controls';

/**
 * The web host's HTTP and WebSocket server: serves the built renderer on
 * 127.0.0.1 only and carries the IPC contract over a WebSocket at /ws.
 */

const MAX_BODY_BYTES = 64 * 1024;

const commandBodySchema = z.object({ argv: z.array(z.string().max(200)).max(10) }).strict();

/** One message from a page: a call on the contract. */
const clientMessageSchema = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(200),
  payload: z.unknown(),
});

/** The call id a malformed message carries, if it carries one the page could have sent. */
function callIdOf(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const id = clientMessageSchema.shape.id.safeParse((raw as { id?: unknown }).id);
  return id.success ? id.data : undefined;
}

export interface WebServerOptions {
  app: AppService;
  port: number;
  token: string;
  rendererDir: string;
  testControls: TestControls | null;
  logger: Logger;
}

export interface RunningWebServer {
  port: number;
  url: string;
  /** Pages connected over the WebSocket now: where a view opened shows up. */
  connectedPages(): number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json', ...headers });
  response.end(text);
}

async function readJsonBody(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, 'request body too large');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'request body is not valid JSON');
  }
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const { app, token, logger, testControls } = options;
  const { rendererDir } = options;
  let port = options.port;

  const serveFile = (response: http.ServerResponse, pathname: string, setCookie: boolean) => {
    const file = resolveRendererFile(rendererDir, pathname);
    // fs.readFile throws (not calls back) on a NUL byte ("/%00"), which would end the host.
    if (!file || file.includes('\0')) return send(response, 404, { error: 'not found' });
    fs.readFile(file, (error, data) => {
      if (error) return send(response, 404, { error: 'not found' });
      const headers: Record<string, string> = {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeOf(file),
      };
      // The page's own requests (scripts, styles, the WebSocket) carry the
      // token as a same-site cookie, so it never appears in another URL.
      if (setCookie) headers['Set-Cookie'] = `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      response.writeHead(200, headers);
      response.end(data);
    });
  };

  const server = http.createServer((request, response) => {
    const verdict = checkRequest(request, port, token);
    if (!verdict.ok) {
      logger.warn(`refused ${request.method} ${request.url?.split('?')[0]}: ${verdict.reason}`);
      return send(response, verdict.status, { error: verdict.reason });
    }
    const { url } = verdict;
    if (url.pathname.startsWith('/__test/')) {
      if (!testControls) return send(response, 404, { error: 'not found' });
      const route = url.pathname.slice('/__test/'.length);
      void (async () => {
        try {
          const body = request.method === 'POST' ? await readJsonBody(request) : undefined;
          const reply = await testControls.handle(request.method ?? 'GET', route, body);
          send(response, reply.status, reply.body);
        } catch (error) {
          if (error instanceof BodyError) return send(response, error.status, { error: error.message });
          logger.error(`test control ${route} failed`, error);
          send(response, 500, { error: error instanceof Error ? error.message : String(error) });
        }
      })();
      return;
    }
    if (url.pathname === '/api/command') {
      // The `posture` command line (status, pause 30m, resume, break now, skip).
      if (request.method !== 'POST') return send(response, 405, { error: 'method not allowed' });
      void (async () => {
        try {
          const parsed = commandBodySchema.safeParse(await readJsonBody(request));
          if (!parsed.success) return send(response, 400, { error: 'expected {"argv": [strings]}' });
          send(response, 200, app.runCommand(parsed.data.argv));
        } catch (error) {
          if (error instanceof BodyError) return send(response, error.status, { error: error.message });
          logger.error('a command failed', error);
          send(response, 500, { error: error instanceof Error ? error.message : String(error) });
        }
      })();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, { error: 'method not allowed' });
    serveFile(response, url.pathname, verdict.tokenFromQuery);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });
  server.on('upgrade', (request, socket, head) => {
    const verdict = checkRequest(request, port, token);
    if (!verdict.ok || verdict.url.pathname !== '/ws') {
      const status = verdict.ok ? 404 : verdict.status;
      logger.warn(`refused WebSocket: ${verdict.ok ? 'wrong path' : verdict.reason}`);
      socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });

  sockets.on('connection', (ws: WebSocket) => {
    // A frame ws refuses (invalid UTF-8, over maxPayload, a bad opcode) closes
    // this socket and emits 'error': unheard, that error would end the host.
    ws.on('error', (error) => logger.warn(`closed a WebSocket: ${error.message}`));
    ws.on('message', (data) => {
      void (async () => {
        let raw: unknown;
        try {
          // A Buffer: ws's default binaryType is 'nodebuffer' (never ArrayBuffer or fragments here).
          raw = JSON.parse((data as Buffer).toString());
        } catch {
          raw = undefined;
        }
        const parsed = clientMessageSchema.safeParse(raw);
        if (!parsed.success) {
          const error = { code: 'invalid-payload', message: 'malformed message' } as const;
          // A message that names its call gets its answer on that call, so the page stops waiting at once.
          const id = callIdOf(raw);
          const reply =
            id === undefined ? { type: 'error', error } : { type: 'result', id, result: { ok: false, error } };
          if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
          return;
        }
        const message = parsed.data;
        const result = await dispatchInvoke(app.handlers, message.channel, message.payload);
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id: message.id, result }));
      })();
    });
  });

  const unsubscribe = app.onStateChanged((snapshot) => {
    const text = JSON.stringify({ type: 'push', channel: pushContract.onStateChanged.channel, payload: snapshot });
    for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(text);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    connectedPages: () => [...sockets.clients].filter((client) => client.readyState === client.OPEN).length,
    close: async () => {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
