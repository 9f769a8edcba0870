import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../electron/os/file-logger';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-logs-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file logger', () => {
  it('appends timestamped lines and rotates by size, keeping a bounded number of files', () => {
    const logger = createFileLogger({
      dir,
      name: 'main',
      maxBytes: 200,
      keep: 2,
      now: () => new Date('2026-03-02T09:00:00Z'),
    });
    for (let i = 0; i < 20; i++) logger.info(`line ${i}`, { n: i });
    expect(fs.readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, file)).size).toBeLessThanOrEqual(200);
    const last = fs.readFileSync(path.join(dir, 'main.log'), 'utf8').trim().split('\n').at(-1);
    expect(last).toBe('[2026-03-02T09:00:00.000Z] info line 19 {"n":19}');
  });

  it('never throws when the folder cannot be written', () => {
    const blocked = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocked, 'x');
    const echoed: string[] = [];
    const logger = createFileLogger({ dir: blocked, name: 'main', echo: (l) => echoed.push(l) });
    expect(() => logger.error('boom', new Error('disk'))).not.toThrow();
    expect(echoed[0]).toMatch(/error boom disk/);
  });
});
