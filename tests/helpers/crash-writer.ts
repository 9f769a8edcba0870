/**
 * A child process for the crash-safety test (tests/integration/crash-safety.test.ts),
 * bundled on the fly by `bundleForNode()`: it runs the REAL EventLog and
 * SettingsStore on conf, appending events and saving settings as fast as it
 * can until the test kills it with SIGKILL.
 *
 *   node crash-writer.mjs <data dir> <device id> <month start, epoch ms> <big at>
 *
 * It loads, prints `loaded`, then waits for a line on stdin before touching
 * the data dir (so the test can load the next writer while this one runs).
 * Then it prints `ready` and loops: after each append has returned it prints
 * `ack <id>`, after each settings write `saved <intervalSeconds>`. Event
 * number `big at` (none if negative) is a line of half a megabyte, announced
 * by `big` just before it is written, so that a kill can land inside the
 * write(2) itself and tear the line for real (small lines never tear).
 * Every line goes out in one blocking write(2): a line the test has read was
 * printed after the write it reports had returned.
 */
import * as fs from 'node:fs';
import { createConfBackend, settingsFilePath } from '../../electron/web-host/conf-backend';
import { EventLog } from '../../electron/core/event-log';
import { noticeMessage, SettingsStore } from '../../electron/core/settings-store';
import type { Logger } from '../../electron/core/ports';

const [dataDir, deviceId, monthStartText, bigAtText] = process.argv.slice(2);
if (!dataDir || !deviceId || !monthStartText || !bigAtText) {
  process.stderr.write('usage: crash-writer <data dir> <device id> <month start ms> <big at>\n');
  process.exit(2);
}
const monthStart = Number(monthStartText);
const bigAt = Number(bigAtText);
/**
 * One line to stdout with write(2) itself, blocking while the test catches up:
 * process.stdout would queue lines in memory when the pipe is full, and a
 * kill would lose lines about writes that did happen.
 */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += fs.writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
const logger: Logger = {
  info: () => {},
  warn: (message) => say(`warn ${message}`),
  error: (message) => say(`error ${message}`),
};

/** Movement intervals cycle through this range, one second more per save. */
const MIN_INTERVAL = 300;
const MAX_INTERVAL = 14_400;
/** A half-megabyte break id: cheap to serialize, slow enough to write that a kill can land inside. */
const BIG_ID = 'x'.repeat(512 * 1024);

function run(): void {
  const settings = SettingsStore.open({
    filePath: settingsFilePath(dataDir as string),
    createBackend: () => createConfBackend(dataDir as string),
    now: Date.now(),
    logger,
  });
  if (settings.notice) say(`notice ${noticeMessage(settings.notice)}`);
  const log = new EventLog({ dataDir: dataDir as string, deviceId: deviceId as string, logger });
  say('ready');
  for (let i = 0; ; i++) {
    // Spread over the month's first days, never past them.
    const at = monthStart + ((process.pid * 7919 + i) % 500_000) * 1000;
    const breakId = `b-${process.pid}-${i}`;
    const big = i === bigAt;
    if (big) say('big');
    const event = log.append(
      {
        type: 'reminder-shown',
        at,
        kind: 'movement',
        breakId: big ? `${breakId}-${BIG_ID}` : breakId,
        variant: 'reminder',
      },
      60,
    );
    say(`ack ${event.id}`);
    if (i % 3 === 2) {
      const current = settings.get().movement.intervalSeconds;
      const next = current >= MAX_INTERVAL ? MIN_INTERVAL : current + 1;
      settings.update({ movement: { intervalSeconds: next } });
      say(`saved ${next}`);
    }
  }
}

say('loaded');
process.stdin.once('data', run);
