import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/web-host-app';

/**
 * The start commands in the real checkout. `npm start` downloading Electron
 * is tested in a throw-away copy of the project (electron-install.test.ts);
 * here ELECTRON_OVERRIDE_DIST_PATH names an empty folder, a case where
 * nothing is downloaded and node_modules/electron is not touched.
 */
function runStart(script: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-start-'));
  const child = spawn(
    process.execPath,
    [path.join(REPO_ROOT, script), '--no-open', '--port', '0', '--clock', 'manual', '--data-dir', dataDir],
    { cwd: REPO_ROOT, env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  return {
    firstLine,
    stderr: () => stderr,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('start commands', () => {
  it('npm start with ELECTRON_OVERRIDE_DIST_PATH naming a folder without Electron says so in one sentence and runs the web host', async () => {
    // An empty override dir: the binary cannot be found there, and downloading one would not put it there.
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-electron-'));
    const run = runStart('electron/tools/start.mjs', { ELECTRON_OVERRIDE_DIST_PATH: emptyDir });
    try {
      expect(await run.firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
      expect(run.stderr()).toContain(
        `ELECTRON_OVERRIDE_DIST_PATH names ${emptyDir}, which holds no Electron binary, so Posture Breaks is starting in your browser through the web host instead.\n`,
      );
      expect(run.stderr()).not.toContain('Downloading');
    } finally {
      await run.stop();
      fs.rmSync(emptyDir, { recursive: true, force: true });
    }
  });

  it('npm run start:web prints only the listening line on stdout', async () => {
    const run = runStart('electron/tools/start-web.mjs');
    try {
      expect(await run.firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
    } finally {
      await run.stop();
    }
  });
});
