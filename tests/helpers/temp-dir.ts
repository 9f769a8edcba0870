import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

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
