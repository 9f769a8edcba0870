// Where node_modules/electron keeps its binary, found without triggering
// the package's own download (which fails on machines without internet).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './ensure-built.mjs';

export function electronBinaryPath() {
  const packageDir = path.join(ROOT, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let relative;
  try {
    relative = fs.readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  return fs.existsSync(binary) ? binary : null;
}
