import * as fs from 'node:fs';
import { EOL } from 'node:os';
import * as path from 'node:path';
import electronLog from 'electron-log/node';
import { APP_NAME } from '@shared/app-name';
import { formatLogEntry } from '../core/logger';
import type { Logger } from '../core/ports';

/**
 * A log file for diagnostics, written by electron-log's file transport (its
 * Node entry, the same in both hosts, with no Electron in it): `main.log`,
 * rotated by size to `main.1.log` up to `main.<keep>.log`, the oldest
 * dropped; readable by the user only. Entries are written synchronously (the
 * app logs little), so the last words before a crash are kept. An Error is
 * written with its stack and its `cause` chain (core/logger.ts), not just its
 * message; electron-log's own formatting would drop the cause. A log that
 * cannot be written never takes the app down: a folder that cannot be made
 * stops the file log, and a file electron-log cannot open it reports once on
 * stderr and leaves unwritten.
 */
export interface FileLoggerOptions {
  dir: string;
  name: string;
  maxBytes?: number;
  keep?: number;
  /** Also write each entry here (stderr in the web host). */
  echo?: (line: string) => void;
  now?: () => Date;
}

export function createFileLogger(options: FileLoggerOptions): Logger & { readonly file: string } {
  const file = path.join(options.dir, `${options.name}.log`);
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const numbered = (n: number) => path.join(options.dir, `${options.name}.${n}.log`);

  const log = electronLog.create({ logId: `${APP_NAME} ${file}` });
  // The echo below is the only console output: stdout stays the web host's "listening on" line.
  log.transports.console.level = false;
  const transport = log.transports.file;
  // electron-log looks for the app's name to make its default path; the path is ours, the name is set.
  transport.setAppName(APP_NAME);
  transport.resolvePathFn = () => file;
  transport.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  // The entry arrives formatted, with its own time (tests pass a fixed clock).
  transport.format = ({ data }): unknown[] => data;
  transport.archiveLogFn = (current) => {
    try {
      for (let n = keep - 1; n >= 1; n--) if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
      fs.renameSync(current.path, numbered(1));
    } catch {
      // A file held open elsewhere (Windows) cannot move: start this one afresh rather than grow without bound.
      current.clear();
    }
  };

  let folderFailed = false;
  const write = (level: 'info' | 'warn' | 'error', message: string, detail?: unknown) => {
    const entry = formatLogEntry(now(), level, message, detail);
    options.echo?.(`${entry}\n`);
    if (folderFailed) return;
    try {
      // Private like the data folder; made again if someone removed it.
      fs.mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    } catch {
      // A log that cannot be written must not take the app down: stop trying.
      folderFailed = true;
      return;
    }
    // electron-log rotates a file once it has passed maxSize, before the next
    // entry. Lowered by this entry's size, the limit rotates the file when this
    // entry would take it past maxBytes, so no file ever does (one entry larger
    // than that goes alone into a fresh file).
    transport.maxSize = Math.max(1, maxBytes - Buffer.byteLength(`${entry}${EOL}`));
    log[level](entry);
  };
  return {
    file,
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
