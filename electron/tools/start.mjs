// `npm start`: the Electron host. When the Electron binary is missing (it
// cannot be downloaded on every machine), say so and run the web host.
import { spawn } from 'node:child_process';
import { ensureBuilt, ROOT } from './ensure-built.mjs';
import { electronBinaryPath } from './electron-binary.mjs';
import { startWebHost } from './start-web.mjs';

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
