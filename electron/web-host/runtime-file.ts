import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `<data dir>/web-host.json`: where a running web host listens, with its
 * token, readable by this user only, so the `posture` command line can reach
 * it. Written at start, removed at stop.
 */
export const RUNTIME_FILE = 'web-host.json';

export interface WebHostRuntime {
  url: string;
  token: string;
  pid: number;
}

export function writeRuntimeFile(dataDir: string, runtime: WebHostRuntime): string {
  const file = path.join(dataDir, RUNTIME_FILE);
  // Whatever is in its place (a world-readable file left behind, a planted
  // symlink) is replaced, never written through: the token goes into a new
  // file, created exclusively, readable by this user only.
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, `${JSON.stringify(runtime)}\n`, { mode: 0o600, flag: 'wx' });
  return file;
}

/** Removes the file if it is still ours (another host may have taken over). */
export function removeRuntimeFile(file: string, pid: number = process.pid): void {
  try {
    const current = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WebHostRuntime>;
    if (current.pid === pid) fs.rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

/** The running host, or null when there is none (no file, or its process is gone). */
export function readRuntimeFile(dataDir: string): WebHostRuntime | null {
  try {
    const runtime = JSON.parse(fs.readFileSync(path.join(dataDir, RUNTIME_FILE), 'utf8')) as WebHostRuntime;
    if (typeof runtime.url !== 'string' || typeof runtime.token !== 'string' || typeof runtime.pid !== 'number')
      return null;
    process.kill(runtime.pid, 0); // throws when that process no longer exists
    return runtime;
  } catch {
    return null;
  }
}
