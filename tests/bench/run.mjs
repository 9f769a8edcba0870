#!/usr/bin/env node
// `npm run bench`: performance figures, not timed tests. Prints one table and
// writes bench/results.json. Every timed figure is the median of several runs,
// with min and max; ratios are taken from figures measured in the same run.
// Linux only for the /proc figures. docs/PERFORMANCE.md explains each one.
//
//   npm run bench -- --runs 5 --idle-seconds 60
//   npm run bench -- --only dashboard,traffic   # some sections only
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { breakPainted, chartsPainted } from './browser.mjs';
import { rendererBundle } from './bundle.mjs';
import { hourOfTraffic } from './traffic.mjs';
import { idleFigures, root, startBareTimer, startWebHost, stop, summary, webHostEntry } from './processes.mjs';
import { startWorkrave, workraveInstalled } from './workrave.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'idle-seconds': { type: 'string', default: '60' },
    only: { type: 'string' },
  },
});
const SECTIONS = ['start', 'idle', 'history', 'dashboard', 'break', 'traffic', 'bundle'];
const only = values.only?.split(',') ?? SECTIONS;
for (const name of only) if (!SECTIONS.includes(name)) throw new Error(`--only: no section "${name}" (${SECTIONS})`);
const want = (name) => only.includes(name);
const RUNS = Math.max(1, Number(values.runs));
// The break figure leaves each break with Skip, and the settings allow 10 skips in a row.
if (RUNS > 10) throw new Error('--runs: at most 10');
const IDLE_SECONDS = Math.max(5, Number(values['idle-seconds']));
const SETTLE_MS = 30_000;
const NOW = '2026-11-27T12:00:00Z';
if (!fs.existsSync(webHostEntry)) {
  console.error('Build first: npm run build');
  process.exit(1);
}
const onLinux = process.platform === 'linux';
const note = (text) => process.stderr.write(`${text}\n`);
const figures = {};
const ratios = {};

// Cold start: one host at a time.
if (want('start')) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const host = await startWebHost();
    samples.push(host.startMs);
    await stop(host);
  }
  figures['web host cold start to "listening" (ms)'] = { ...summary(samples), goal: '<= 400' };
}

// Idle: every host, as many bare Node timers and Workrave (when installed)
// side by side in the same window, so load on the machine affects all alike.
if (want('idle') && onLinux) {
  const withWorkrave = workraveInstalled();
  const hosts = [];
  for (let run = 0; run < RUNS; run++) hosts.push(await startWebHost());
  const timers = Array.from({ length: RUNS }, startBareTimer);
  const workraves = [];
  if (withWorkrave) for (let run = 0; run < RUNS; run++) workraves.push(await startWorkrave(90 + run));
  else note('Workrave is not installed (apt install workrave): no comparison with it');
  note(`measuring idle: ${SETTLE_MS / 1000} s to settle, then ${IDLE_SECONDS} s`);
  const measure = (pid) => idleFigures(pid, SETTLE_MS, IDLE_SECONDS);
  const [idle, bare, workrave] = await Promise.all([
    Promise.all(hosts.map((h) => measure(h.child.pid))),
    Promise.all(timers.map((t) => measure(t.child.pid))),
    Promise.all(workraves.map((w) => measure(w.pid))),
  ]);
  await Promise.all([...hosts, ...timers].map(stop));
  await Promise.all(workraves.map((w) => w.stop()));
  figures['web host idle: context switches / min (all threads)'] = summary(idle.map((f) => f.switchesPerMinute));
  figures['bare Node timer idle: context switches / min'] = summary(bare.map((f) => f.switchesPerMinute));
  figures['web host RSS when idle (MB)'] = { ...summary(idle.map((f) => f.rss)), goal: '< 80' };
  figures['bare Node timer RSS (MB)'] = summary(bare.map((f) => f.rss));
  if (withWorkrave) {
    figures['Workrave idle: context switches / min (all threads)'] = summary(workrave.map((f) => f.switchesPerMinute));
    figures['Workrave RSS when idle (MB)'] = summary(workrave.map((f) => f.rss));
    // Medians of the same window; a host with no switch at all counts as one.
    const ours = Math.max(1, figures['web host idle: context switches / min (all threads)'].median);
    ratios['Workrave wake-ups ÷ ours'] = {
      value: figures['Workrave idle: context switches / min (all threads)'].median / ours,
      goal: '>= 20',
    };
  }
}

// History: 5 synthetic years, measured in fresh processes (out/main/stats-bench.js).
function runStatsBench(dataDir, dropCache) {
  const args = [path.join(root, 'out/main/stats-bench.js'), '--data-dir', dataDir, '--now', NOW];
  if (dropCache) args.push('--drop-cache');
  const result = spawnSync(process.execPath, ['--expose-gc', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`stats bench failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim());
}
if (want('history') || want('dashboard')) {
  const historyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-history-'));
  const seeded = spawnSync(
    process.execPath,
    [path.join(root, 'out/main/seed-history.js'), '--data-dir', historyDir, '--years', '5', '--end', NOW.slice(0, 10)],
    { encoding: 'utf8' },
  );
  if (seeded.status !== 0) throw new Error(`seed-history failed: ${seeded.stderr}`);
  if (want('history')) {
    const noCache = [];
    const withCache = [];
    for (let run = 0; run < RUNS; run++) noCache.push(runStatsBench(historyDir, true));
    for (let run = 0; run < RUNS; run++) withCache.push(runStatsBench(historyDir, false));
    const eventCount = withCache[0]?.events ?? 0;
    figures[`5-year history (${eventCount} events): cold load + aggregation, cached (ms)`] = {
      ...summary(withCache.map((r) => r.loadMs)),
      goal: '<= 150',
    };
    figures['5-year history: first load ever, no cache (ms)'] = summary(noCache.map((r) => r.loadMs));
    figures['90-day dashboard query, first in a cold process (ms)'] = {
      ...summary(withCache.map((r) => r.firstQueryMs)),
      goal: '<= 20',
    };
    figures['90-day dashboard query, warm (ms)'] = summary(withCache.map((r) => r.warmQueryMs));
    figures['memory of the loaded 5-year history (MB heap)'] = {
      ...summary(withCache.map((r) => r.heapMB)),
      goal: '<= 50',
    };
    figures['memory after a first load without cache (MB heap)'] = summary(noCache.map((r) => r.heapMB));
  }
  if (want('dashboard')) {
    // The same dashboard with no history at all, in the same run: what 5 years add.
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-empty-'));
    const [empty, years] = await chartsPainted([emptyDir, historyDir], NOW, RUNS);
    fs.rmSync(emptyDir, { recursive: true, force: true });
    for (const [name, { first, warm }] of Object.entries({ empty, '5 years': years })) {
      note(
        `charts painted, ${name}: first ${first.toFixed(0)} ms, then ${warm.map((ms) => ms.toFixed(0)).join(', ')} ms`,
      );
    }
    figures['dashboard, no history: navigation → charts painted (ms)'] = summary(empty.warm);
    figures['dashboard, 5 years of history: navigation → charts painted (ms)'] = {
      ...summary(years.warm),
      goal: '<= 500',
    };
    figures['dashboard, 5 years: first navigation after host start (ms)'] = summary([years.first]);
    figures['dashboard, no history: main-thread work until charts painted (ms)'] = summary(empty.work);
    figures['dashboard, 5 years: main-thread work until charts painted (ms)'] = summary(years.work);
    figures['dashboard, no history: calls until charts painted'] = summary(empty.calls);
    figures['dashboard, 5 years: calls until charts painted'] = summary(years.calls);
    figures['dashboard, 5 years: KB the answers carried'] = summary(years.kb);
    ratios['dashboard: 5 years ÷ no history (medians)'] = {
      value: summary(years.warm).median / summary(empty.warm).median,
      goal: '<= 1.3',
    };
    ratios['dashboard main-thread work: 5 years ÷ no history (medians)'] = {
      value: summary(years.work).median / summary(empty.work).median,
      goal: '<= 1.3',
    };
  }
  fs.rmSync(historyDir, { recursive: true, force: true });
}

// A due break on screen: a fresh data folder.
if (want('break')) {
  const breakDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-break-'));
  const samples = await breakPainted(breakDir, NOW, RUNS);
  fs.rmSync(breakDir, { recursive: true, force: true });
  figures['movement break due → break view painted in Chromium (ms)'] = { ...summary(samples), goal: '<= 300' };
}

// An hour of the manual clock with two dashboards open: what each page receives and asks for.
if (want('traffic')) {
  for (const scenario of ['away', 'desk']) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-bench-traffic-'));
    const perPage = await hourOfTraffic(dir, NOW, { scenario, pages: 2 });
    fs.rmSync(dir, { recursive: true, force: true });
    const where = scenario === 'away' ? 'away from the keyboard' : 'at the desk';
    figures[`an hour ${where}: pushes per page`] = summary(perPage.map((p) => p.pushes));
    figures[`an hour ${where}: calls per page`] = summary(perPage.map((p) => p.calls));
  }
}

const bundle = want('bundle') ? rendererBundle() : null;
const sizes = bundle
  ? {
      'renderer JS, initial load of every page (KB gzipped)': bundle.initial,
      ...Object.fromEntries(bundle.lazy.map((c) => [`  + ${c.name}, loaded when needed (KB gzipped)`, c.kb])),
      'renderer JS a page can load, one language (KB gzipped)': bundle.oneLanguage,
      'renderer JS shipped, all files (KB gzipped)': bundle.all,
    }
  : {};

const rows = [
  ...Object.entries(figures).map(([name, f]) => [
    name,
    f.median.toFixed(1),
    f.min.toFixed(1),
    f.max.toFixed(1),
    String(f.runs),
    f.goal ?? '',
  ]),
  ...Object.entries(sizes).map(([name, kb]) => [
    name,
    kb.toFixed(1),
    '',
    '',
    '',
    name.startsWith('renderer JS a page') ? '<= 250' : '',
  ]),
  ...Object.entries(ratios).map(([name, r]) => [name, r.value.toFixed(1), '', '', '', r.goal]),
];
const header = ['figure', 'median', 'min', 'max', 'runs', 'goal'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model,
  memoryGiB: os.totalmem() / 2 ** 30,
  node: process.version,
  os: `${os.type()} ${os.release()}`,
};
const out = path.join(root, 'bench', 'results.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  `${JSON.stringify({ machine, runs: RUNS, idleSeconds: IDLE_SECONDS, at: new Date().toISOString(), figures, sizes, ratios }, null, 2)}\n`,
);
console.log(`\nwritten to ${path.relative(root, out)}`);
