import * as fs from 'node:fs';
import * as net from 'node:net';
import { z } from 'zod';
import type { Logger } from '../../core/ports';

/**
 * The handover: a second start of either host asks the one that holds the
 * data folder to come forward, over a local socket (a Unix socket in the
 * 0700 runtime folder, a named pipe on Windows). One JSON line each way.
 */

export const hostKindSchema = z.enum(['web', 'electron']);
export type HostKind = z.infer<typeof hostKindSchema>;

export const handoverRequestSchema = z
  .object({
    type: z.literal('handover'),
    from: hostKindSchema,
    pid: z.number().int().positive(),
    /** A command for the running app (`posture-breaks pause 30m`); empty: open the dashboard. */
    argv: z.array(z.string().max(200)).max(10),
    /** Whether the owner may open a browser when it has no page to show the dashboard in. */
    openBrowser: z.boolean(),
  })
  .strict();
export type HandoverRequest = z.infer<typeof handoverRequestSchema>;

const commandReplySchema = z.object({ exitCode: z.number().int(), output: z.string() });

export const handoverReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    host: hostKindSchema,
    pid: z.number().int(),
    /** The web host's address (with its token), which the second start prints. */
    url: z.string().nullable(),
    command: commandReplySchema.nullable(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type HandoverReply = z.infer<typeof handoverReplySchema>;

/** What the owner does for a second start; the channel fills in `ok`, host and pid. */
export type HandoverHandler = (
  request: HandoverRequest,
) => Promise<{ url: string | null; command: { exitCode: number; output: string } | null }>;

const MAX_LINE_BYTES = 4096;
/** A connection that sends no full line in this time is dropped. */
const REQUEST_TIMEOUT_MS = 5_000;

/** Reads one newline-terminated line (at most MAX_LINE_BYTES) from a socket. */
function readLine(socket: net.Socket, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (error: Error | null, line = '') => {
      clearTimeout(timer);
      socket.off('data', onData).off('error', finish).off('end', onEnd);
      if (!error) return resolve(line);
      socket.destroy();
      reject(error);
    };
    const onData = (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end >= 0) finish(null, text.slice(0, end));
      else if (Buffer.byteLength(text) > MAX_LINE_BYTES) finish(new Error('line too long'));
    };
    const onEnd = () => finish(new Error('closed before a full line'));
    const timer = setTimeout(() => finish(new Error('no answer in time')), timeoutMs);
    socket.setEncoding('utf8');
    socket.on('data', onData).on('error', finish).on('end', onEnd);
  });
}

export interface HandoverServer {
  close(): void;
}

/**
 * Serves the handover at `socketPath`. The caller holds the data-folder lock,
 * so whatever socket file is there was left by an owner that is gone.
 */
export async function serveHandover(options: {
  socketPath: string;
  host: HostKind;
  handle: HandoverHandler;
  logger: Logger;
}): Promise<HandoverServer> {
  const { socketPath, host, handle, logger } = options;
  const server = net.createServer((socket) => {
    socket.on('error', () => {}); // the second start went away; nothing to answer
    void (async () => {
      let reply: HandoverReply;
      try {
        const request = handoverRequestSchema.parse(JSON.parse(await readLine(socket, REQUEST_TIMEOUT_MS)));
        logger.info(`a second start (${request.from}, pid ${request.pid}) handed over to this one`);
        reply = { ok: true, host, pid: process.pid, ...(await handle(request)) };
      } catch (error) {
        logger.warn('refused a handover request', error);
        reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      if (!socket.destroyed) socket.end(`${JSON.stringify(reply)}\n`);
    })();
  });
  if (process.platform !== 'win32') fs.rmSync(socketPath, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A failure after listening (too many open files, say) must not end the host.
  server.on('error', (error) => logger.warn('the handover socket failed', error));
  if (process.platform !== 'win32') fs.chmodSync(socketPath, 0o600);
  server.unref();
  return {
    close: () => {
      server.close();
      // close() unlinks the socket file only once every connection ends; a quit cannot wait.
      if (process.platform !== 'win32') fs.rmSync(socketPath, { force: true });
    },
  };
}

export type AskResult =
  | { kind: 'answered'; reply: HandoverReply }
  /** Nothing listens there: the owner is gone (or not listening yet). */
  | { kind: 'nobody' }
  /** Something listens but gave no valid answer in time: the owner is stuck. */
  | { kind: 'no-answer'; reason: string };

/** Asks the owner at `socketPath` to hand over; never throws. */
export function askToHandOver(socketPath: string, request: HandoverRequest, timeoutMs: number): Promise<AskResult> {
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    let connected = false;
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (!connected) resolve({ kind: 'nobody' });
      else resolve({ kind: 'no-answer', reason: error.message });
    });
    socket.once('connect', () => {
      connected = true;
      socket.write(`${JSON.stringify(request)}\n`);
      readLine(socket, timeoutMs).then(
        (line) => {
          socket.end();
          try {
            resolve({ kind: 'answered', reply: handoverReplySchema.parse(JSON.parse(line)) });
          } catch {
            resolve({ kind: 'no-answer', reason: 'the answer was not understood' });
          }
        },
        (error: Error) => resolve({ kind: 'no-answer', reason: error.message }),
      );
    });
  });
}
