#!/usr/bin/env node
// Runs Electronegativity (@doyensec/electronegativity) on electron/ and
// renderer/, offline, and fails on any HIGH or MEDIUM finding that is not
// justified: listed in electronegativity-justified.json next to this script
// AND explained in docs/SECURITY.md (the id must appear there).
//
//   node tests/security/electronegativity.mjs
//
// Reports go to test-results/electronegativity/ (one SARIF file per scanned
// folder, and summary.json with every finding and its verdict).
//
// Offline by construction: the online check AvailableSecurityFixesGlobalCheck
// is excluded (it needs the internet; docs/SECURITY.md), and the tool's
// start-up fetch of updated translations is answered locally (its `got` is
// replaced by a stub that answers 404, so it keeps the bundled en-US texts
// and sends nothing).
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
const Module = require('node:module');

const SCANS = ['electron', 'renderer'];
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
const JUSTIFIED_FILE = path.join(here, 'electronegativity-justified.json');
const SECURITY_DOC = path.join(root, 'docs/SECURITY.md');
const OUT_DIR = path.join(root, 'test-results/electronegativity');

function log(message = '') {
  process.stdout.write(`${message}\n`);
}

/** Electronegativity's only network use outside the excluded check: answer it here. */
function stubNetwork() {
  const originalLoad = Module._load;
  const offline = () => Promise.resolve({ statusCode: 404, body: '', headers: {} });
  offline.head = offline;
  Module._load = function load(request, parent, isMain) {
    if (
      request === 'got' &&
      parent?.filename?.includes(`${path.sep}@doyensec${path.sep}electronegativity${path.sep}`)
    ) {
      return offline;
    }
    return originalLoad.call(this, request, parent, isMain);
  };
}

function electronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    const declared = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies?.electron;
    return String(declared ?? '').replace(/^[^\d]*/, '') || undefined;
  }
}

function key(finding) {
  return `${finding.scan}:${finding.id}:${finding.file}`;
}

async function main() {
  let run;
  try {
    stubNetwork();
    run = require('@doyensec/electronegativity');
  } catch (error) {
    log(`electronegativity is not installed (npm install -D @doyensec/electronegativity): ${error.message}`);
    return 2;
  }
  const version = electronVersion();
  const justified = JSON.parse(fs.readFileSync(JUSTIFIED_FILE, 'utf8'));
  const securityDoc = fs.existsSync(SECURITY_DOC) ? fs.readFileSync(SECURITY_DOC, 'utf8') : '';
  fs.mkdirSync(OUT_DIR, { recursive: true });

  const findings = [];
  const problems = [];
  for (const scan of SCANS) {
    const started = Date.now();
    const result = await run(
      {
        input: path.join(root, scan),
        output: path.join(OUT_DIR, `${scan}.sarif`),
        isSarif: true,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
        isRelative: true,
        electronVersionOverride: version,
        parserPlugins: [],
      },
      false,
    );
    log(
      `scanned ${scan}/ with ${result.atomicChecks} atomic and ${result.globalChecks} global checks ` +
        `(Electron ${version}) in ${Date.now() - started} ms: ${result.issues.length} findings`,
    );
    for (const error of result.errors) {
      const message = `${scan}/${path.relative(path.join(root, scan), error.file)}: ${error.message}`;
      // A file the tool could not parse was not checked at all.
      if (error.tolerable) log(`  warning: ${message}`);
      else problems.push(`could not parse ${message}`);
    }
    for (const issue of result.issues) {
      findings.push({
        scan,
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: issue.file === 'N/A' ? 'N/A' : path.posix.join(scan, String(issue.file).split(path.sep).join('/')),
        line: issue.location?.line ?? 0,
        manualReview: Boolean(issue.manualReview),
        description: issue.description,
      });
    }
  }

  const justifiedKeys = new Map(justified.map((entry) => [key(entry), entry]));
  for (const finding of findings) {
    const entry = justifiedKeys.get(key(finding));
    finding.verdict = !FAILING_SEVERITIES.has(finding.severity)
      ? 'below threshold'
      : entry
        ? 'justified'
        : 'UNJUSTIFIED';
    if (entry) entry.seen = true;
    if (finding.verdict === 'UNJUSTIFIED') {
      problems.push(
        `${finding.severity} ${finding.id} in ${finding.file}:${finding.line} is not justified ` +
          `(fix it, or add {"scan":"${finding.scan}","id":"${finding.id}","file":"${finding.file}","reason":"..."} ` +
          `to ${path.relative(root, JUSTIFIED_FILE)} and explain it in docs/SECURITY.md)`,
      );
    }
  }
  for (const entry of justified) {
    if (!securityDoc.includes(entry.id))
      problems.push(`${entry.id} is listed as justified but docs/SECURITY.md does not explain it`);
    if (!entry.reason) problems.push(`${key(entry)} is listed as justified without a reason`);
  }
  const stale = justified.filter((entry) => !entry.seen).map(key);

  log('');
  for (const finding of findings) {
    log(
      `  ${finding.verdict.padEnd(15)} ${finding.severity.padEnd(13)} ${finding.confidence.padEnd(9)} ` +
        `${finding.id} ${finding.file}${finding.line ? `:${finding.line}` : ''}`,
    );
  }
  for (const entry of stale) log(`  note: justified but no longer reported (remove it from the list): ${entry}`);
  fs.writeFileSync(
    path.join(OUT_DIR, 'summary.json'),
    `${JSON.stringify({ electronVersion: version, excludedChecks: EXCLUDED_CHECKS, findings, stale, problems }, null, 2)}\n`,
  );
  log('');
  if (problems.length > 0) {
    for (const problem of problems) log(`✗ ${problem}`);
    return 1;
  }
  log(`✓ no unjustified HIGH or MEDIUM finding (reports in ${path.relative(root, OUT_DIR)}/)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`electronegativity failed to run: ${error?.stack ?? error}`);
    process.exit(2);
  },
);
