import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { t as listTar } from 'tar';

/**
 * The files an archive target produced, as relative path -> { mode, crc32 },
 * to compare with the app folder they were made from. The tar.gz is read
 * with node-tar (electron-builder's own tar library), the zip from its
 * central directory (each entry's CRC-32 and Unix mode are stored there).
 */
export interface ArchivedFile {
  /** Permission bits, e.g. 0o755. */
  mode: number;
  crc32: number;
}

export function filesOfFolder(dir: string): Map<string, ArchivedFile> {
  const files = new Map<string, ArchivedFile>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), {
      mode: fs.statSync(file).mode & 0o777,
      crc32: crc32(fs.readFileSync(file)),
    });
  }
  return files;
}

export function filesOfTarGz(file: string, prefix: string): Map<string, ArchivedFile> {
  const files = new Map<string, ArchivedFile>();
  listTar({
    file,
    sync: true,
    onReadEntry: (entry) => {
      if (entry.type !== 'File') return;
      if (!entry.path.startsWith(prefix)) throw new Error(`${entry.path} is not under ${prefix}`);
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
      entry.on('end', () =>
        files.set(entry.path.slice(prefix.length), {
          mode: (entry.mode ?? 0) & 0o777,
          crc32: crc32(Buffer.concat(chunks)),
        }),
      );
    },
  });
  return files;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

export function filesOfZip(file: string): Map<string, ArchivedFile> {
  const zip = fs.readFileSync(file);
  // The end record is the last 22 bytes plus a comment of up to 64 KiB.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error(`${file}: no zip end-of-central-directory record`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, ArchivedFile>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`${file}: bad central directory at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const unixMode = zip.readUInt32LE(at + 38) >>> 16;
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (!name.endsWith('/')) files.set(name, { mode: unixMode & 0o777, crc32: zip.readUInt32LE(at + 16) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
