// Builds `out/` when it is missing or older than the sources, so the start
// commands always run what is in the tree. Build output goes to stderr: the
// web host's stdout must carry only its "listening on" line.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = ['electron', 'renderer', 'shared', 'electron.vite.config.ts', 'package.json'];
const OUTPUTS = ['out/main/index.js', 'out/main/web-host.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function ensureBuilt() {
  const outputs = OUTPUTS.map((file) => fs.statSync(path.join(ROOT, file), { throwIfNoEntry: false }));
  const oldestOutput = outputs.every(Boolean) ? Math.min(...outputs.map((s) => s.mtimeMs)) : 0;
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (oldestOutput >= newestSource) return;
  process.stderr.write('Building the app…\n');
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: ['ignore', process.stderr, process.stderr],
    },
  );
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(1);
  }
}
