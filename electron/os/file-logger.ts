import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../core/ports';

/**
 * A log file for diagnostics, rotated by size: `main.log`, then `main.1.log`
 * up to `main.<keep>.log`; the oldest goes. Lines are appended synchronously
 * (the app logs little), so the last words before a crash are kept.
 */
export interface FileLoggerOptions {
  dir: string;
  name: string;
  maxBytes?: number;
  keep?: number;
  /** Also write each line here (stderr in the web host). */
  echo?: (line: string) => void;
  now?: () => Date;
}

export function createFileLogger(options: FileLoggerOptions): Logger & { readonly file: string } {
  const file = path.join(options.dir, `${options.name}.log`);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  let failed = false;

  const rotate = () => {
    for (let i = keep - 1; i >= 1; i--) {
      const from = path.join(options.dir, `${options.name}.${i}.log`);
      if (fs.existsSync(from)) fs.renameSync(from, path.join(options.dir, `${options.name}.${i + 1}.log`));
    }
    fs.renameSync(file, path.join(options.dir, `${options.name}.1.log`));
  };

  const write = (level: string, message: string, detail?: unknown) => {
    const suffix = detail === undefined ? '' : ` ${detail instanceof Error ? detail.message : JSON.stringify(detail)}`;
    const line = `[${now().toISOString()}] ${level} ${message}${suffix}\n`;
    options.echo?.(line);
    if (failed) return;
    try {
      fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
      const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      if (size + line.length > maxBytes && size > 0) rotate();
      fs.appendFileSync(file, line, { mode: 0o600 });
    } catch {
      // A log that cannot be written must not take the app down: stop trying.
      failed = true;
    }
  };
  return {
    file,
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
