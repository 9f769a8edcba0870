import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Electronegativity (docs/SECURITY.md) as part of `npm test`: the runner
 * scans electron/ and renderer/ offline and fails on any HIGH or MEDIUM
 * finding not justified in tests/security/electronegativity-justified.json
 * and docs/SECURITY.md. Reports: test-results/electronegativity/.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'tests/security/electronegativity.mjs');

describe('electronegativity', () => {
  it('finds no unjustified HIGH or MEDIUM issue in electron/ or renderer/', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.error, output).toBeUndefined();
    expect(run.status, output).toBe(0);
    expect(run.stdout).toMatch(/scanned electron\/ with \d+ atomic and \d+ global checks/);
    expect(run.stdout).toMatch(/scanned renderer\/ with \d+ atomic and \d+ global checks/);
  }, 40_000);
});
