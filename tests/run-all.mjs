#!/usr/bin/env node
// The one test command (`npm test`, `npm run ready`, and CI through .ci/run).
// It sets up what a fresh Debian/Ubuntu machine lacks (system packages when
// it may install them, `npm ci`, the build), then runs the static checks,
// vitest and Playwright, and ends with the line "N passed, N failed" summed
// over every runner. Plain Node with no dependencies: it runs before `npm ci`.
//
//   npm test                     everything
//   npm test -- --no-checks      skip typecheck, lint and format check
//   npm test -- --only vitest    one runner: checks | vitest | playwright
//   node tests/run-all.mjs --setup-only   system packages, npm ci and build only
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const withChecks = !args.includes('--no-checks');
const resultsDir = path.join(root, 'test-results');

/** Debian packages the integration and e2e tests use. */
const APT_PACKAGES = [
  'chromium',
  'xvfb',
  'xauth',
  'dunst',
  'libnotify-bin',
  'dbus-x11',
  'fonts-dejavu-core',
  'xdotool',
  // 7-Zip for the packaging rehearsal's tar.gz and zip targets (electron-builder
  // would otherwise download its own).
  '7zip',
];

function log(message) {
  process.stdout.write(`${message}\n`);
}

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
}

function missingAptPackages() {
  if (process.platform !== 'linux' || spawnSync('dpkg', ['--version']).status !== 0) return [];
  return APT_PACKAGES.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return status.status !== 0 || !status.stdout.includes('install ok installed');
  });
}

function installSystemPackages() {
  const missing = missingAptPackages();
  if (missing.length === 0) return;
  const aptLine = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!isRoot && !canSudo) {
    log(`Missing system packages: ${missing.join(' ')}.\nInstall them with:\n  sudo ${aptLine}`);
    process.exit(1);
  }
  log(`Installing system packages: ${missing.join(' ')}`);
  const shell = isRoot ? ['sh', ['-c', aptLine]] : ['sudo', ['sh', '-c', aptLine]];
  const result = run(shell[0], shell[1], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    log(`Could not install system packages. Run:\n  sudo ${aptLine}`);
    process.exit(1);
  }
}

function installNodeModules() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  const fresh = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (fresh) return;
  log('Installing npm packages (npm ci)…');
  if (run('npm', ['ci', '--no-audit', '--no-fund']).status !== 0) {
    log('npm ci failed.');
    process.exit(1);
  }
}

function build() {
  log('Building (electron-vite build)…');
  const result = run('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    log('The build failed.');
    process.exit(1);
  }
}

/** Each static check counts as one test of the "checks" runner. */
function runChecks() {
  const checks = [
    ['typecheck', ['run', 'typecheck', '--silent']],
    ['lint', ['run', 'lint', '--silent']],
    ['format', ['run', 'format:check', '--silent']],
  ];
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [name, npmArgs] of checks) {
    log(`\n▶ ${name}`);
    const ok = run('npm', npmArgs).status === 0;
    counts[ok ? 'passed' : 'failed']++;
    log(ok ? `✓ ${name}` : `✗ ${name} failed`);
  }
  return counts;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function runVitest() {
  const report = path.join(resultsDir, 'vitest-results.json');
  fs.rmSync(report, { force: true });
  log('\n▶ vitest');
  const status = run('npx', ['vitest', 'run']).status;
  const json = readJson(report);
  if (!json) return { passed: 0, failed: 1, skipped: 0, note: `vitest produced no report (exit ${status})` };
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0),
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

function runPlaywright() {
  const report = path.join(resultsDir, 'playwright-results.json');
  fs.rmSync(report, { force: true });
  log('\n▶ playwright');
  const status = run('npx', ['playwright', 'test']).status;
  const json = readJson(report);
  if (!json?.stats) return { passed: 0, failed: 1, skipped: 0, note: `playwright produced no report (exit ${status})` };
  const { expected, unexpected, flaky, skipped } = json.stats;
  const skippedTitles = [];
  const collect = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'skipped') {
          const reason = test.annotations?.find((a) => a.type === 'skip')?.description;
          skippedTitles.push(`${spec.title}${reason ? ` (${reason})` : ''}`);
        }
      }
    }
    for (const child of suite.suites ?? []) collect(child);
  };
  for (const suite of json.suites ?? []) collect(suite);
  return {
    passed: expected,
    failed: unexpected + flaky + (status !== 0 && unexpected === 0 ? 1 : 0),
    skipped,
    note: skippedTitles.length ? `skipped: ${skippedTitles.join('; ')}` : undefined,
  };
}

installSystemPackages();
installNodeModules();
build();
if (args.includes('--setup-only')) process.exit(0);
fs.mkdirSync(resultsDir, { recursive: true });

const runners = [];
if (withChecks && (!only || only === 'checks')) runners.push(['checks', runChecks()]);
if (!only || only === 'vitest') runners.push(['vitest', runVitest()]);
if (!only || only === 'playwright') runners.push(['playwright', runPlaywright()]);

log('\nSummary');
let passed = 0;
let failed = 0;
for (const [name, counts] of runners) {
  passed += counts.passed;
  failed += counts.failed;
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed${skipped}${counts.note ? ` — ${counts.note}` : ''}`);
}
try {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  log(`  at commit ${commit}`);
} catch {
  // not a git checkout: fine
}
log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
