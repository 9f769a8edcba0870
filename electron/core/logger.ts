import { inspect, types } from 'node:util';
import type { Logger } from './ports';

/**
 * The detail after a log line's message: an Error as Node prints it, with
 * its stack, its own fields (an errno's `code`, `path`) and its `cause`
 * chain (an AggregateError's `errors` too), which the message alone would
 * lose; anything else as JSON, as before.
 */
export function describeLogDetail(detail: unknown): string {
  // isNativeError also knows an Error made in another realm (a vm sandbox).
  if (detail instanceof Error || types.isNativeError(detail)) return inspect(detail, { depth: 10 });
  try {
    const json = JSON.stringify(detail);
    if (json !== undefined) return json;
  } catch {
    // A cycle or a BigInt: inspect writes those too.
  }
  return inspect(detail, { depth: 4, breakLength: Infinity });
}

/** One entry: `[ISO time] level message detail`, where the detail may run over several lines (a stack). */
export function formatLogEntry(time: Date, level: string, message: string, detail?: unknown): string {
  const suffix = detail === undefined ? '' : ` ${describeLogDetail(detail)}`;
  return `[${time.toISOString()}] ${level} ${message}${suffix}`;
}

/**
 * Logs to stderr, one entry each, so the web host's stdout carries only its
 * "listening on" line. The rotating file log is electron/os/file-logger.ts.
 */
export function createConsoleLogger(
  scope: string,
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const emit = (level: string, message: string, detail?: unknown) =>
    write(`${formatLogEntry(new Date(), level, `${scope}: ${message}`, detail)}\n`);
  return {
    info: (m, d) => emit('info', m, d),
    warn: (m, d) => emit('warn', m, d),
    error: (m, d) => emit('error', m, d),
  };
}
