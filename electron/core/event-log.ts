import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EVENT_VERSION, parseLogLine, type LogEvent, type LogEventDraft } from '@shared/event-log-schema';
import { localDateAtOffset } from '@shared/calendar';
import type { Logger } from './ports';

/**
 * The append-only history: `events/<device-id>/YYYY-MM.jsonl` under the data
 * dir. Each device writes only its own folder, so a data dir in a synced
 * folder merges several computers without conflicts; reads take the union.
 * Appends are synchronous and flushed before they return, so an event the
 * app has acknowledged survives a crash right after.
 */

interface CachedFile {
  /** Bytes consumed so far: everything up to the last complete line. */
  offset: number;
  events: LogEvent[];
  /** An unfinished last line was reported once; not again on every read. */
  warnedUnfinished?: boolean;
}

export interface EventLogOptions {
  dataDir: string;
  deviceId: string;
  logger: Logger;
  newId?: () => string;
}

export class EventLog {
  readonly root: string;
  private readonly ownDir: string;
  private readonly cache = new Map<string, CachedFile>();
  /** Files we have checked end in a newline (a crash may leave them torn). */
  private readonly sealed = new Set<string>();

  constructor(private readonly options: EventLogOptions) {
    if (!/^[A-Za-z0-9._-]{1,80}$/.test(options.deviceId)) throw new Error(`invalid device id ${options.deviceId}`);
    this.root = path.join(options.dataDir, 'events');
    this.ownDir = path.join(this.root, options.deviceId);
  }

  /** The month file a local date falls in. */
  static monthOf(at: number, tz: number): string {
    return localDateAtOffset(at, tz).slice(0, 7);
  }

  append(draft: LogEventDraft, tz: number): LogEvent {
    const event = { v: EVENT_VERSION, id: (this.options.newId ?? randomUUID)(), ...draft, tz } as LogEvent;
    const file = path.join(this.ownDir, `${EventLog.monthOf(event.at, tz)}.jsonl`);
    fs.mkdirSync(this.ownDir, { recursive: true, mode: 0o700 });
    const fd = fs.openSync(file, 'a+', 0o600);
    try {
      let prefix = '';
      if (!this.sealed.has(file)) {
        // A crash mid-write leaves a last line without its newline; start
        // ours on a fresh line so the torn one stays the only casualty.
        const { size } = fs.fstatSync(fd);
        if (size > 0) {
          const last = Buffer.alloc(1);
          fs.readSync(fd, last, 0, 1, size - 1);
          if (last[0] !== 0x0a) prefix = '\n';
        }
        this.sealed.add(file);
      }
      const line = Buffer.from(`${prefix}${JSON.stringify(event)}\n`);
      let written = 0;
      try {
        written = fs.writeSync(fd, line);
        // A full disk makes write(2) fall short without an error: that event is not saved.
        if (written < line.length) {
          throw Object.assign(new Error(`ENOSPC: wrote only ${written} of ${line.length} bytes to ${file}`), {
            code: 'ENOSPC',
          });
        }
        fs.fsyncSync(fd);
      } catch (error) {
        // Take back a partial line, and have the next append check the file's
        // end again, so a later event is never glued onto a torn one.
        this.sealed.delete(file);
        if (written > 0) {
          try {
            fs.ftruncateSync(fd, fs.fstatSync(fd).size - written);
          } catch {
            // the torn line stays: readers skip it, the next append starts on a fresh line
          }
        }
        throw error;
      }
    } finally {
      fs.closeSync(fd);
    }
    return event;
  }

  private devices(): string[] {
    try {
      return fs.readdirSync(this.root);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return [];
      // Unreadable history must not stop reminders: read nothing and say so.
      this.options.logger.warn(`cannot read the event log folder ${this.root}: ${code ?? String(error)}`);
      return [];
    }
  }

  /** Every device's events of one local month ("YYYY-MM"), oldest first. */
  readMonth(month: string): LogEvent[] {
    const events: LogEvent[] = [];
    for (const device of this.devices()) {
      events.push(...this.readFile(path.join(this.root, device, `${month}.jsonl`)));
    }
    return events.sort((a, b) => a.at - b.at);
  }

  /**
   * Changes whenever a month's history changes on any device: its files'
   * sizes and modification times. Keys the per-month stats cache.
   */
  monthSignature(month: string): string {
    const parts: string[] = [];
    for (const device of this.devices().sort()) {
      try {
        const stat = fs.statSync(path.join(this.root, device, `${month}.jsonl`));
        parts.push(`${device}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
      } catch {
        // this device has nothing for that month
      }
    }
    return parts.join('|');
  }

  get deviceId(): string {
    return this.options.deviceId;
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** The months that have history on any device, oldest first. */
  months(): string[] {
    const months = new Set<string>();
    for (const device of this.devices()) {
      let files: string[];
      try {
        files = fs.readdirSync(path.join(this.root, device));
      } catch {
        continue; // a stray file where a device folder should be
      }
      for (const file of files) {
        const match = /^(\d{4}-\d{2})\.jsonl$/.exec(file);
        if (match?.[1]) months.add(match[1]);
      }
    }
    return [...months].sort();
  }

  /**
   * Drops what is kept of a month's files: past months are read once into
   * the stats cache and need not stay in memory.
   */
  forget(month: string): void {
    for (const file of [...this.cache.keys()]) if (path.basename(file) === `${month}.jsonl`) this.cache.delete(file);
  }

  /** The whole history, every device, oldest first. */
  readAll(): LogEvent[] {
    return this.months().flatMap((month) => this.readMonth(month));
  }

  /** Reads a file incrementally: only bytes appended since the last read. */
  private readFile(file: string): LogEvent[] {
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      return [];
    }
    let cached = this.cache.get(file);
    if (!cached || size < cached.offset) cached = { offset: 0, events: [] };
    if (size > cached.offset) {
      const fd = fs.openSync(file, 'r');
      let chunk: Buffer;
      try {
        chunk = Buffer.alloc(size - cached.offset);
        fs.readSync(fd, chunk, 0, chunk.length, cached.offset);
      } finally {
        fs.closeSync(fd);
      }
      const lastNewline = chunk.lastIndexOf(0x0a);
      const complete = lastNewline === -1 ? '' : chunk.subarray(0, lastNewline).toString('utf8');
      // One warning per file and read, however many lines a damaged file has.
      const skipped = new Map<string, number>();
      for (const line of complete.split('\n')) {
        if (line.trim() === '') continue;
        const parsed = parseLogLine(line);
        if (parsed.ok) cached.events.push(parsed.event);
        else skipped.set(parsed.reason, (skipped.get(parsed.reason) ?? 0) + 1);
      }
      const problems = [...skipped].map(([reason, n]) => (n === 1 ? `a ${reason} line` : `${n} ${reason} lines`));
      if (lastNewline < chunk.length - 1 && !cached.warnedUnfinished) {
        problems.push('an unfinished last line');
        cached.warnedUnfinished = true;
      }
      if (problems.length > 0) this.options.logger.warn(`skipped ${problems.join(', ')} in ${file}`);
      cached.offset += lastNewline + 1;
    }
    this.cache.set(file, cached);
    return cached.events;
  }
}
