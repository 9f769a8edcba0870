// `npm start`: the Electron host. The first start downloads Electron's
// binary (install-electron.mjs); when that fails (no internet, a refused or
// damaged download), it says why in one sentence and runs the web host.
import { spawn } from 'node:child_process';
import { ensureBuilt, ROOT } from './ensure-built.mjs';
import { electronBinaryPath } from './electron-binary.mjs';
import { installElectron } from './install-electron.mjs';
import { startWebHost } from './start-web.mjs';

const args = process.argv.slice(2);

const FALLBACK = 'so Posture Breaks is starting in your browser through the web host instead';

async function findOrInstallElectron() {
  const binary = electronBinaryPath();
  if (binary) return { ok: true, binary };
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  // The user named their own Electron; downloading one would not put it there.
  if (override) {
    return {
      ok: false,
      sentence: `ELECTRON_OVERRIDE_DIST_PATH names ${override}, which holds no Electron binary, ${FALLBACK}.`,
    };
  }
  const installed = await installElectron();
  if (installed.ok) return installed;
  return { ok: false, sentence: `Electron could not be installed (${installed.reason}), ${FALLBACK}.` };
}

const electron = await findOrInstallElectron();
if (!electron.ok) {
  process.stderr.write(`${electron.sentence}\n`);
  await startWebHost(args);
} else {
  ensureBuilt();
  const child = spawn(electron.binary, [ROOT, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
