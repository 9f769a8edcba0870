// `npm start`: the Electron host. When the Electron binary is missing (it
// cannot be downloaded on every machine), say so and run the web host.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, ROOT } from './ensure-built.mjs';
import { startWebHost } from './start-web.mjs';

/** Where node_modules/electron keeps its binary, without triggering its download. */
export function electronBinaryPath() {
  const packageDir = path.join(ROOT, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let relative;
  try {
    relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinaryPath();
if (!binary) {
  process.stderr.write(
    'The Electron binary is not installed on this machine, so Posture Breaks is starting in your browser through the web host instead.\n',
  );
  await startWebHost(process.argv.slice(2));
} else {
  ensureBuilt();
  const child = spawn(binary, [ROOT, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
