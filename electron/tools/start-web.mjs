// `npm run start:web`: build if needed, then run the web host in this process
// with the command line passed through (see `--help`).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from './ensure-built.mjs';

export async function startWebHost(argv) {
  ensureBuilt();
  const entry = path.join(ROOT, 'out/main/web-host.js');
  process.argv = [process.argv[0], entry, ...argv];
  await import(pathToFileURL(entry).href);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await startWebHost(process.argv.slice(2));
}
