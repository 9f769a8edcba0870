#!/usr/bin/env node
// `npm run bench`: performance figures, not timed tests. Prints one table and
// writes test-results/bench-results.json. Every figure is the median of
// several runs, with min and max. Linux only for the /proc figures.
//
//   npm run bench -- --runs 5 --idle-seconds 60
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'idle-seconds': { type: 'string', default: '60' } },
});
const RUNS = Math.max(1, Number(values.runs));
const IDLE_SECONDS = Math.max(5, Number(values['idle-seconds']));
const entry = path.join(root, 'out/main/web-host.js');
if (!fs.existsSync(entry)) {
  console.error('Build first: npm run build');
  process.exit(1);
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/** Starts the web host; resolves when it prints its line. */
function startHost() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-'));
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [entry, '--port', '0', '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      if (!line.startsWith('listening on ')) reject(new Error(line));
      resolve({ child, dataDir, startMs: Number(process.hrtime.bigint() - started) / 1e6 });
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
  });
}

function startBareTimer() {
  const child = spawn(process.execPath, ['-e', 'setInterval(()=>{},60000)'], { stdio: 'ignore' });
  return { child, dataDir: null };
}

async function stop({ child, dataDir }) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Voluntary + involuntary context switches of every thread of `pid`. */
function contextSwitches(pid) {
  let total = 0;
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const status = fs.readFileSync(`/proc/${pid}/task/${task}/status`, 'utf8');
    for (const match of status.matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)$/gm)) total += Number(match[1]);
  }
  return total;
}

function rssMb(pid) {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

const SETTLE_MS = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Lets start-up settle (V8's compiler threads and its memory reducer's GCs
 * stay busy for about half a minute after launch), then counts switches
 * over the idle window.
 */
async function idleFigures(proc) {
  await sleep(SETTLE_MS);
  const before = contextSwitches(proc.child.pid);
  await sleep(IDLE_SECONDS * 1000);
  const after = contextSwitches(proc.child.pid);
  return { switchesPerMinute: ((after - before) * 60) / IDLE_SECONDS, rss: rssMb(proc.child.pid) };
}

const results = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version }, figures: {} };
const startSamples = [];
const onLinux = process.platform === 'linux';

// Cold start: one host at a time.
for (let run = 0; run < RUNS; run++) {
  const host = await startHost();
  startSamples.push(host.startMs);
  await stop(host);
}

// Idle: every host and as many bare Node timers side by side, in the same
// window, so load on the machine affects both alike.
let idle = [];
let bare = [];
if (onLinux) {
  const hosts = [];
  for (let run = 0; run < RUNS; run++) hosts.push(await startHost());
  const timers = Array.from({ length: RUNS }, startBareTimer);
  process.stderr.write(`measuring idle: ${SETTLE_MS / 1000} s to settle, then ${IDLE_SECONDS} s\n`);
  [idle, bare] = await Promise.all([Promise.all(hosts.map(idleFigures)), Promise.all(timers.map(idleFigures))]);
  await Promise.all([...hosts, ...timers].map(stop));
}
const idleSwitches = idle.map((f) => f.switchesPerMinute);
const idleRss = idle.map((f) => f.rss);
const bareSwitches = bare.map((f) => f.switchesPerMinute);
const bareRss = bare.map((f) => f.rss);

// History: 5 synthetic years, measured in fresh processes (out/main/stats-bench.js).
function runStatsBench(dataDir, dropCache) {
  const args = [path.join(root, 'out/main/stats-bench.js'), '--data-dir', dataDir, '--now', '2026-11-27T12:00:00Z'];
  if (dropCache) args.push('--drop-cache');
  const result = spawnSync(process.execPath, ['--expose-gc', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`stats bench failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim());
}
/** Starts the built web host on `dataDir` with the manual clock at `now`; resolves with its URL. */
function startWebHost(dataDir, now) {
  const child = spawn(
    process.execPath,
    [entry, '--port', '0', '--no-open', '--clock', 'manual', '--now', now, '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /^listening on (\S+)$/.exec(line);
      if (match) resolve({ child, url: match[1], dataDir: null });
      else reject(new Error(line));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}`)));
  });
}

/**
 * The dashboard in Chromium on 5 seeded years: from navigationStart to the
 * `charts-painted` mark the renderer sets after the frame that first draws its
 * charts with data. The host keeps running as the tray app does: the first
 * navigation after its start (the history still loading) is its own figure,
 * then each run is a fresh browser context (empty cache) on the warm host.
 */
async function chartsPaintedFigures(dataDir) {
  const now = '2026-11-27T12:00:00Z';
  // A returning user: without a settings file the questionnaire would open over
  // the dashboard. The host writes its defaults on first start; mark the
  // questionnaire skipped, as tests/helpers/web-host-app.ts does.
  await stop(await startWebHost(dataDir, now));
  const settingsFile = path.join(dataDir, 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, profile: { ...settings.profile, status: 'skipped' } }));

  const host = await startWebHost(dataDir, now);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const navigate = async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => performance.getEntriesByName('charts-painted').length > 0, null, {
      timeout: 30_000,
    });
    const ms = await page.evaluate(() => performance.getEntriesByName('charts-painted')[0].startTime);
    await context.close();
    return ms;
  };
  try {
    const first = await navigate();
    const warm = [];
    for (let run = 0; run < RUNS; run++) warm.push(await navigate());
    process.stderr.write(
      `charts painted: first ${first.toFixed(0)} ms, then ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms\n`,
    );
    return { first, warm };
  } finally {
    await browser.close();
    await stop(host);
  }
}

const historyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-history-'));
const seeded = spawnSync(
  process.execPath,
  [path.join(root, 'out/main/seed-history.js'), '--data-dir', historyDir, '--years', '5', '--end', '2026-11-27'],
  { encoding: 'utf8' },
);
if (seeded.status !== 0) throw new Error(`seed-history failed: ${seeded.stderr}`);
const noCache = [];
const withCache = [];
for (let run = 0; run < RUNS; run++) noCache.push(runStatsBench(historyDir, true));
for (let run = 0; run < RUNS; run++) withCache.push(runStatsBench(historyDir, false));
const charts = await chartsPaintedFigures(historyDir);
fs.rmSync(historyDir, { recursive: true, force: true });
const eventCount = withCache[0]?.events ?? 0;
process.stderr.write(`history: ${eventCount} events over 5 years\n`);

results.figures['dashboard with 5 years of history: navigation to charts painted (ms)'] = {
  ...summary(charts.warm),
  goal: '<= 500',
};
results.figures['dashboard with 5 years of history: first navigation after host start (ms)'] = summary([charts.first]);
results.figures['web host cold start to "listening" (ms)'] = { ...summary(startSamples), goal: '<= 400' };
results.figures[`5-year history (${eventCount} events): cold load + aggregation, cached (ms)`] = {
  ...summary(withCache.map((r) => r.loadMs)),
  goal: '<= 150',
};
results.figures['5-year history: first load ever, no cache (ms)'] = summary(noCache.map((r) => r.loadMs));
results.figures['90-day dashboard query, first in a cold process (ms)'] = {
  ...summary(withCache.map((r) => r.firstQueryMs)),
  goal: '<= 20',
};
results.figures['90-day dashboard query, warm (ms)'] = summary(withCache.map((r) => r.warmQueryMs));
results.figures['memory of the loaded 5-year history (MB heap)'] = {
  ...summary(withCache.map((r) => r.heapMB)),
  goal: '<= 50',
};
results.figures['memory after a first load without cache (MB heap)'] = summary(noCache.map((r) => r.heapMB));
if (onLinux) {
  results.figures['web host idle context switches / min'] = { ...summary(idleSwitches), goal: '<= 15' };
  results.figures['bare node timer idle context switches / min'] = summary(bareSwitches);
  results.figures['web host RSS when idle (MB)'] = { ...summary(idleRss), goal: '< 80' };
  results.figures['bare node timer RSS (MB)'] = summary(bareRss);
}

const rows = Object.entries(results.figures).map(([name, f]) => [
  name,
  f.median.toFixed(1),
  f.min.toFixed(1),
  f.max.toFixed(1),
  String(f.runs),
  f.goal ?? '',
]);
const header = ['figure', 'median', 'min', 'max', 'runs', 'goal'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const out = path.join(root, 'test-results', 'bench-results.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  `${JSON.stringify({ ...results, idleSeconds: IDLE_SECONDS, at: new Date().toISOString() }, null, 2)}\n`,
);
console.log(`\nwritten to ${path.relative(root, out)}`);
