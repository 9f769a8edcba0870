import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The event log as the app leaves it on disk (events/<device>/YYYY-MM.jsonl
 * under the data folder), read back by the tests that check what a break
 * wrote: the web host's (tests/e2e/) and the built Electron bundle's on the
 * stand-in (tests/integration/electron-boot*.test.ts).
 */

/** A logged event, loosely typed: the fields tests read (shared/event-log-schema.ts has the exact shapes). */
export interface LoggedEvent {
  type: string;
  at: number;
  kind?: string;
  variant?: string;
  source?: string;
  breakId?: string;
  exerciseId?: string;
  endedBy?: string;
  reason?: string;
  feedback?: string;
  holdSeconds?: number;
  repetitions?: number;
  durationSeconds?: number;
}

/** Every file in the device folders under `dataDir/events`, device by device. */
export function eventLogFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'events');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .flatMap((device) => fs.readdirSync(path.join(root, device)).map((name) => path.join(root, device, name)));
}

/** Every event the app has written, from every device folder and month, in file order. */
export function readEventLog(dataDir: string): LoggedEvent[] {
  return eventLogFiles(dataDir)
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) => fs.readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LoggedEvent);
}

/** One break's lines as "type" or "type exerciseId", as written. */
export function breakLines(dataDir: string, breakId: string): string[] {
  return readEventLog(dataDir)
    .filter((e) => e.breakId === breakId)
    .map((e) => (e.exerciseId ? `${e.type} ${e.exerciseId}` : e.type));
}
