import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createConsoleLogger } from '../../electron/core/logger';
import { createFileLogger } from '../../electron/os/file-logger';
import { tempDirPerTest } from '../helpers/temp-dir';

const dir = tempDirPerTest('posture-logs-');

const fixedClock = () => new Date('2026-03-02T09:00:00Z');
const read = (name = 'main.log') => fs.readFileSync(path.join(dir(), name), 'utf8');
const mode = (file: string) => fs.statSync(file).mode & 0o777;

/** An error three deep, the way a failed save reports why: each cause made in its own function. */
function failedSave(): Error {
  const disk = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const write = new Error('could not write events/device-1/2026-03.jsonl', { cause: disk });
  return new Error('the break was not recorded', { cause: write });
}

describe('file logger', () => {
  it('appends timestamped lines and rotates by size, keeping a bounded number of files', () => {
    const logger = createFileLogger({
      dir: dir(),
      name: 'main',
      maxBytes: 200,
      keep: 2,
      now: () => new Date('2026-03-02T09:00:00Z'),
    });
    for (let i = 0; i < 20; i++) logger.info(`line ${i}`, { n: i });
    expect(fs.readdirSync(dir()).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of fs.readdirSync(dir())) expect(fs.statSync(path.join(dir(), file)).size).toBeLessThanOrEqual(200);
    const last = fs.readFileSync(path.join(dir(), 'main.log'), 'utf8').trim().split('\n').at(-1);
    expect(last).toBe('[2026-03-02T09:00:00.000Z] info line 19 {"n":19}');
  });

  it('never throws when the folder cannot be written', () => {
    const blocked = path.join(dir(), 'not-a-folder');
    fs.writeFileSync(blocked, 'x');
    const echoed: string[] = [];
    const logger = createFileLogger({ dir: blocked, name: 'main', echo: (l) => echoed.push(l) });
    expect(() => logger.error('boom', new Error('disk'))).not.toThrow();
    // The detail is the whole Error now, its stack under the first line.
    expect(echoed[0]).toMatch(/error boom Error: disk\n {4}at /);
  });

  it('never throws when the log file itself cannot be opened, and still echoes', () => {
    fs.mkdirSync(path.join(dir(), 'main.log')); // a folder where the file should be
    const echoed: string[] = [];
    const logger = createFileLogger({ dir: dir(), name: 'main', echo: (l) => echoed.push(l), now: fixedClock });
    expect(() => logger.warn('first')).not.toThrow();
    expect(() => logger.warn('second')).not.toThrow();
    expect(echoed).toEqual(['[2026-03-02T09:00:00.000Z] warn first\n', '[2026-03-02T09:00:00.000Z] warn second\n']);
    expect(fs.statSync(path.join(dir(), 'main.log')).isDirectory()).toBe(true);
  });

  it("keeps an Error's stack and its whole cause chain, in English, in the file", () => {
    const logger = createFileLogger({ dir: dir(), name: 'main', now: fixedClock });
    logger.error('could not write to the event log', failedSave());
    const text = read();
    expect(text.startsWith('[2026-03-02T09:00:00.000Z] error could not write to the event log Error: the break')).toBe(
      true,
    );
    // Each error of the chain with its message and its own stack frames, innermost last.
    const messages = [
      'Error: the break was not recorded',
      '[cause]: Error: could not write events/device-1/2026-03.jsonl',
      '[cause]: Error: ENOSPC: no space left on device, write',
    ];
    let from = 0;
    for (const message of messages) {
      const at = text.indexOf(message, from);
      expect(at, `${message} after offset ${from} in:\n${text}`).toBeGreaterThanOrEqual(from);
      from = at + message.length;
      expect(text.slice(from).split('\n')[1], `a stack frame under ${message}`).toMatch(/^\s+at .*failedSave/);
    }
    // The innermost error's own fields (an errno's code) come along.
    expect(text).toContain("code: 'ENOSPC'");
    // This file, by name: a stack that points at the code that failed.
    expect(text).toContain('file-logger.test.ts');
  });

  it("keeps an AggregateError's errors and an Error from another realm", () => {
    const logger = createFileLogger({ dir: dir(), name: 'main', now: fixedClock });
    logger.warn(
      'both idle sources failed',
      new AggregateError([new Error('X11 said no'), new Error('D-Bus said no')], 'no idle time'),
    );
    const foreign = vm.runInNewContext('new Error("made in a sandbox")') as unknown;
    expect(foreign instanceof Error).toBe(false);
    logger.error('the preload failed', foreign);
    const text = read();
    expect(text).toContain('AggregateError: no idle time');
    expect(text).toMatch(/\[errors\]: \[\s+Error: X11 said no\n\s+at /);
    expect(text).toContain('Error: D-Bus said no');
    expect(text).toMatch(/error the preload failed Error: made in a sandbox\n\s+at /);
  });

  it('writes the detail as JSON as before, and data JSON cannot hold without failing', () => {
    const logger = createFileLogger({ dir: dir(), name: 'main', now: fixedClock });
    const cycle: Record<string, unknown> = { name: 'cycle' };
    cycle.self = cycle;
    logger.info('plain', { source: 'x11', seconds: 12 });
    logger.info('a cycle', cycle);
    logger.info('a bigint', { bytes: 10n });
    logger.info('100% done, %s and %d stay as written');
    const lines = read().trim().split('\n');
    expect(lines[0]).toBe('[2026-03-02T09:00:00.000Z] info plain {"source":"x11","seconds":12}');
    expect(lines[1]).toBe("[2026-03-02T09:00:00.000Z] info a cycle <ref *1> { name: 'cycle', self: [Circular *1] }");
    expect(lines[2]).toBe('[2026-03-02T09:00:00.000Z] info a bigint { bytes: 10n }');
    expect(lines[3]).toBe('[2026-03-02T09:00:00.000Z] info 100% done, %s and %d stay as written');
  });

  it('writes at once, readable by the user only, in a private folder it makes (again if removed)', () => {
    const logs = path.join(dir(), 'data', 'logs');
    const logger = createFileLogger({ dir: logs, name: 'web-host' });
    logger.info('started');
    // Synchronous: on disk before the call returns, so a crash right after loses nothing.
    expect(fs.readFileSync(path.join(logs, 'web-host.log'), 'utf8')).toMatch(/\] info started\n$/);
    expect(mode(logs)).toBe(0o700);
    expect(mode(path.join(logs, 'web-host.log'))).toBe(0o600);
    fs.rmSync(logs, { recursive: true });
    logger.warn('after the folder went');
    expect(fs.readFileSync(path.join(logs, 'web-host.log'), 'utf8')).toMatch(/\] warn after the folder went\n$/);
    expect(mode(path.join(logs, 'web-host.log'))).toBe(0o600);
  });

  it('rotates entries with long stacks too, never past the size limit, the files private', () => {
    const logger = createFileLogger({ dir: dir(), name: 'main', maxBytes: 4_000, keep: 3, now: fixedClock });
    for (let i = 0; i < 40; i++) logger.error(`failure ${i}`, failedSave());
    expect(fs.readdirSync(dir()).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    for (const file of fs.readdirSync(dir())) {
      expect(fs.statSync(path.join(dir(), file)).size, file).toBeLessThanOrEqual(4_000);
      expect(mode(path.join(dir(), file)), file).toBe(0o600);
    }
    // Whole entries only: every file starts with an entry's first line.
    for (const file of fs.readdirSync(dir()))
      expect(read(file), file).toMatch(/^\[2026-03-02T09:00:00\.000Z\] error failure \d+ /);
    expect(read()).toContain('error failure 39 ');
    // The oldest went: the first failures are in no file.
    expect(fs.readdirSync(dir()).some((file) => read(file).includes('failure 0 '))).toBe(false);
  });

  it('puts an entry larger than the limit alone into a fresh file', () => {
    const logger = createFileLogger({ dir: dir(), name: 'main', maxBytes: 100, keep: 2, now: fixedClock });
    logger.info('short');
    logger.info('long', { text: 'x'.repeat(300) });
    expect(read('main.1.log')).toBe('[2026-03-02T09:00:00.000Z] info short\n');
    expect(read()).toMatch(/^\[2026-03-02T09:00:00\.000Z\] info long \{"text":"x{300}"\}\n$/);
  });
});

describe('console logger', () => {
  it('writes one entry per call with its scope, and an Error with its stack and cause', () => {
    const lines: string[] = [];
    const logger = createConsoleLogger('web-host', (line) => lines.push(line));
    logger.info('refused a handover request', { from: 'web' });
    logger.error('the settings file cannot be written', failedSave());
    expect(lines[0]).toMatch(/^\[[^\]]+\] info web-host: refused a handover request \{"from":"web"\}\n$/);
    expect(lines[1]).toMatch(
      /^\[[^\]]+\] error web-host: the settings file cannot be written Error: the break was not recorded\n\s+at /,
    );
    expect(lines[1]).toContain('[cause]: Error: ENOSPC: no space left on device, write');
    expect(lines[1]!.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(2);
  });
});
