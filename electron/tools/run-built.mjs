// Runs one of the built command-line entries (out/main/<name>.js), building
// first when the sources are newer: `node electron/tools/run-built.mjs seed-history --years 5`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuilt, ROOT } from './ensure-built.mjs';

const [name, ...args] = process.argv.slice(2);
const entry = path.join(ROOT, 'out/main', `${name ?? ''}.js`);
ensureBuilt();
if (!name || !fs.existsSync(entry)) {
  process.stderr.write(`no built command "${name ?? ''}" (looked for ${entry})\n`);
  process.exit(2);
}
process.exit(spawnSync(process.execPath, [entry, ...args], { stdio: 'inherit' }).status ?? 1);
