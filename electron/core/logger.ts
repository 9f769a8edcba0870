import type { Logger } from './ports';

/**
 * Logs to stderr, one line each, so the web host's stdout carries only its
 * "listening on" line. A rotating file log comes with the diagnostics work.
 */
export function createConsoleLogger(
  scope: string,
  write: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const emit = (level: string, message: string, detail?: unknown) => {
    const suffix = detail === undefined ? '' : ` ${detail instanceof Error ? detail.message : JSON.stringify(detail)}`;
    write(`[${new Date().toISOString()}] ${level} ${scope}: ${message}${suffix}\n`);
  };
  return {
    info: (m, d) => emit('info', m, d),
    warn: (m, d) => emit('warn', m, d),
    error: (m, d) => emit('error', m, d),
  };
}
