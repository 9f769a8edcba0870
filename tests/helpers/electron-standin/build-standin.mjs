// @ts-check
/**
 * The stand-in is TypeScript (typed against Electron's own types), but the
 * boot test runs it on plain Node, which has no TypeScript loader: this
 * bundles electron.ts and what it imports into one ESM file with vite, and
 * keeps it in node_modules/.cache/electron-standin/, named by a hash of the
 * stand-in's sources. An unchanged stand-in is never built twice; a changed
 * one is rebuilt by whichever process first needs it (register.mjs, or the
 * vitest global setup once per run).
 *
 * Plain ESM JavaScript with JSDoc, as register.mjs runs it before any
 * loader exists.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleForNode } from '../bundle-for-node.mjs';

const HERE = import.meta.dirname;
const REPO_ROOT = path.resolve(HERE, '../../..');
const ENTRY = path.join(HERE, 'electron.ts');
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'electron-standin');
const BUNDLE_PREFIX = 'electron-';

/**
 * A hash of every TypeScript file beside the entry, of this file and of the
 * bundler's options: a change to any of them (a few are test-side helpers,
 * which costs a needless rebuild at worst) gives a new bundle.
 */
function sourceHash() {
  const hash = createHash('sha256');
  const files = fs
    .readdirSync(HERE)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  for (const name of [...files, path.basename(import.meta.filename), '../bundle-for-node.mjs']) {
    hash.update(`${name}\0`);
    hash.update(fs.readFileSync(path.join(HERE, name)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Bundles the stand-in into `outDir/electron.mjs`.
 * @param {string} outDir
 */
const bundle = (outDir) => bundleForNode(ENTRY, outDir, 'electron.mjs');

/**
 * The path of the bundled stand-in for the current sources, building it
 * first if needed. Safe when several processes race: each builds into its
 * own folder and renames the file into place, which is atomic.
 * @returns {Promise<string>}
 */
export async function ensureStandinBuilt() {
  const target = path.join(CACHE_DIR, `${BUNDLE_PREFIX}${sourceHash()}.mjs`);
  if (fs.existsSync(target)) return target;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const workDir = fs.mkdtempSync(path.join(CACHE_DIR, 'build-'));
  try {
    fs.renameSync(await bundle(workDir), target);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  // Bundles of older sources are of no further use.
  for (const name of fs.readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, name);
    if (name.startsWith(BUNDLE_PREFIX) && file !== target) fs.rmSync(file, { force: true });
  }
  return target;
}
