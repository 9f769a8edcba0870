// Workrave, the long-standing break reminder, idle beside our web host: run
// under a private Xvfb display and a private D-Bus session so it neither needs
// nor touches a desktop. Only when the Debian package is installed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sleep } from './processes.mjs';

export function workraveInstalled() {
  return ['workrave', 'Xvfb', 'dbus-run-session'].every((tool) => spawnSync('which', [tool]).status === 0);
}

function waitForChild(parentPid, name, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return (async () => {
    while (Date.now() < deadline) {
      const found = spawnSync('pgrep', ['-x', '-P', String(parentPid), name], { encoding: 'utf8' }).stdout.trim();
      if (found) return Number(found.split('\n')[0]);
      await sleep(200);
    }
    throw new Error(`${name} did not start`);
  })();
}

/** Starts Workrave; resolves with its pid and a stop function. */
export async function startWorkrave(display) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-workrave-'));
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await sleep(1000);
  const env = { ...process.env, HOME: home, DISPLAY: `:${display}`, XDG_CONFIG_HOME: path.join(home, '.config') };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  const session = spawn('dbus-run-session', ['--', 'workrave'], { env, stdio: 'ignore' });
  const pid = await waitForChild(session.pid, 'workrave', 15_000);
  return {
    pid,
    async stop() {
      for (const child of [session, xvfb]) {
        if (child.exitCode !== null) continue;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(3000)]);
      }
      spawnSync('pkill', ['-P', String(session.pid)]);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
