import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/web-host-app';

/** `npm start` without an Electron binary says so and runs the web host. */
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

const electronBinaryPresent = (() => {
  try {
    const relative = fs.readFileSync(path.join(REPO_ROOT, 'node_modules/electron/path.txt'), 'utf8').trim();
    return fs.existsSync(path.join(REPO_ROOT, 'node_modules/electron/dist', relative));
  } catch {
    return false;
  }
})();

describe('start commands', () => {
  it.skipIf(electronBinaryPresent)(
    'npm start falls back to the web host with one clear sentence when Electron is missing',
    async () => {
      // An empty override dir: the binary cannot be found, as on a machine without it.
      const run = runStart('electron/tools/start.mjs', {
        ELECTRON_OVERRIDE_DIST_PATH: fs.mkdtempSync(path.join(os.tmpdir(), 'no-electron-')),
      });
      try {
        expect(await run.firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
        expect(run.stderr()).toContain(
          'The Electron binary is not installed on this machine, so Posture Breaks is starting in your browser through the web host instead.',
        );
      } finally {
        await run.stop();
      }
    },
  );

  it('npm run start:web prints only the listening line on stdout', async () => {
    const run = runStart('electron/tools/start-web.mjs');
    try {
      expect(await run.firstLine).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
    } finally {
      await run.stop();
    }
  });
});
