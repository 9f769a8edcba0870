import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every file below `dir`, at any depth, as full paths; none when `dir` does not exist. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every file below `dir` by relative path, with its size and modification time: any write shows. */
export function fileStamps(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of filesUnder(dir)) {
    const stat = fs.statSync(file);
    out[path.relative(dir, file)] = `${stat.size}@${stat.mtimeMs}`;
  }
  return out;
}
