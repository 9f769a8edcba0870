import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';

/**
 * A fresh temporary folder for each test of the file (or describe block) that
 * calls this, removed after the test. Returns the current test's folder.
 */
export function tempDirPerTest(prefix: string): () => string {
  let dir: string | null = null;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return () => {
    if (!dir) throw new Error('the temporary folder exists only while a test runs');
    return dir;
  };
}

/**
 * Makes temporary folders on demand, each named from its prefix, and removes
 * every one of them after the last test of the file (or describe block).
 */
export function tempDirsUntilAfterAll(): (prefix: string) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return (prefix) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
