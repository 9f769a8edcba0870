// Where node_modules/electron keeps its binary, found the way the package's
// own index.js finds it (path.txt names it inside dist/, or inside
// ELECTRON_OVERRIDE_DIST_PATH), without requiring that module: requiring it
// starts a download when the binary is missing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './ensure-built.mjs';

export const ELECTRON_PACKAGE_DIR = path.join(ROOT, 'node_modules', 'electron');

/** The binary's path, or null when it is not installed. */
export function electronBinaryPath() {
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(ELECTRON_PACKAGE_DIR, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: Electron's installer has not (completely) run.
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  // index.js falls back to `electron` when an override has no path.txt beside it.
  const binary = override
    ? path.join(override, relative || 'electron')
    : relative && path.join(ELECTRON_PACKAGE_DIR, 'dist', relative);
  return binary && fs.existsSync(binary) ? binary : null;
}
