// Process helpers for the benchmark: starting the built web host, and what
// /proc says about a process (context switches of all threads, RSS).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webHostEntry = path.join(root, 'out/main/web-host.js');
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Median, min and max of the samples. */
export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/**
 * Starts the built web host and resolves when it prints "listening on URL",
 * with the time that took. `manualNow` starts it with the test controls
 * (`--clock manual`); otherwise it runs on the system clock as users run it.
 * The environment is English, whatever this machine's locale; `env` adds to it.
 */
export function startWebHost({ dataDir, manualNow, env = {} } = {}) {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-'));
  const args = [webHostEntry, '--port', '0', '--no-open', '--data-dir', dir];
  if (manualNow) args.push('--clock', 'manual', '--now', manualNow);
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, LC_ALL: 'en_US.UTF-8', LANGUAGE: '', ...env },
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /^listening on (\S+)$/.exec(line);
      if (!match) return reject(new Error(line));
      resolve({
        child,
        url: match[1],
        dataDir: dataDir ? null : dir, // removed on stop only when we made it
        startMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    child.once('exit', (code) => reject(new Error(`web host exited ${code}`)));
  });
}

export function startBareTimer() {
  const child = spawn(process.execPath, ['-e', 'setInterval(()=>{},60000)'], { stdio: 'ignore' });
  return { child, dataDir: null };
}

export async function stop({ child, dataDir }) {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Voluntary + involuntary context switches of every thread of `pid`. */
export function contextSwitches(pid) {
  let total = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const status = fs.readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8');
    for (const match of status.matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)$/gm)) total += Number(match[1]);
  }
  return total;
}

export function rssMb(pid) {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/**
 * Lets start-up settle (V8's compiler threads and its memory reducer's GCs
 * stay busy for about half a minute after launch), then counts switches
 * over the idle window.
 */
export async function idleFigures(pid, settleMs, idleSeconds) {
  await sleep(settleMs);
  const before = contextSwitches(pid);
  await sleep(idleSeconds * 1000);
  const after = contextSwitches(pid);
  return { switchesPerMinute: ((after - before) * 60) / idleSeconds, rss: rssMb(pid) };
}
