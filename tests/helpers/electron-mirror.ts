import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The pieces of the offline Electron-install test
 * (tests/integration/electron-install.test.ts): a throw-away copy of the
 * project whose node_modules/electron may be written, zips holding a
 * stand-in `electron` executable, a loopback server playing Electron's
 * release mirror, and a loopback HTTP proxy.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const ELECTRON_VERSION: string = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8'),
).version;
/** The file install.js downloads for this machine (@electron/get's artifact-utils naming). */
export const ZIP_NAME = `electron-v${ELECTRON_VERSION}-${process.platform}-${process.arch}.zip`;
export const PYTHON_AVAILABLE = spawnSync('python3', ['--version']).status === 0;

/** Records its arguments (one per line) and its pid, says it runs, and stays up like the tray app. */
export const STANDIN_ELECTRON = `#!/bin/sh
{ echo "$$"; printf '%s\\n' "$@"; } > "$STANDIN_RECORD.tmp" && mv "$STANDIN_RECORD.tmp" "$STANDIN_RECORD"
echo "electron stand-in running"
exec sleep 600
`;

export interface ZipEntry {
  name: string;
  text?: string;
  /** Random bytes of this size instead of text (stored, not compressed). */
  randomBytes?: number;
  executable?: boolean;
}

const MAKE_ZIP = `
import json, os, sys, zipfile
spec = json.load(sys.stdin)
with zipfile.ZipFile(spec['out'], 'w') as z:
    for e in spec['entries']:
        info = zipfile.ZipInfo(e['name'], date_time=(2020, 1, 1, 0, 0, 0))
        info.external_attr = (0o100755 if e.get('executable') else 0o100644) << 16
        if 'randomBytes' in e:
            info.compress_type = zipfile.ZIP_STORED
            z.writestr(info, os.urandom(e['randomBytes']))
        else:
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, e['text'])
if spec.get('corruptLast'):
    with zipfile.ZipFile(spec['out']) as z:
        last = z.infolist()[-1]
    with open(spec['out'], 'r+b') as f:
        f.seek(last.header_offset + 26)
        name_len, extra_len = int.from_bytes(f.read(2), 'little'), int.from_bytes(f.read(2), 'little')
        middle = last.header_offset + 30 + name_len + extra_len + last.compress_size // 2
        f.seek(middle)
        byte = f.read(1)[0]
        f.seek(middle)
        f.write(bytes([byte ^ 0xFF]))
`;

/** A zip made by Python's zipfile (it keeps the exec bit); `corruptLast` flips a byte inside the last entry's data. */
export function makeZip(entries: ZipEntry[], options: { corruptLast?: boolean } = {}): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-zip-'));
  const out = path.join(dir, ZIP_NAME);
  try {
    const made = spawnSync('python3', ['-c', MAKE_ZIP], {
      input: JSON.stringify({ out, entries, corruptLast: options.corruptLast ?? false }),
    });
    if (made.status !== 0) throw new Error(`python3 zipfile failed: ${made.stderr.toString()}`);
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What Electron's release zip holds, as far as install.js looks: the executable and `version`. */
export function standinElectronZip(): Buffer {
  return makeZip([
    { name: 'electron', text: STANDIN_ELECTRON, executable: true },
    { name: 'version', text: ELECTRON_VERSION },
  ]);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function shasums(zip: Buffer): string {
  return `${sha256(zip)} *${ZIP_NAME}\n`;
}

export interface Mirror {
  /** ELECTRON_MIRROR's value: files are asked for under `v<version>/`. */
  url: string;
  port: number;
  /** Request paths, in order. */
  requests: string[];
  /** Replaces what the mirror serves (file name → bytes). */
  serve(files: Record<string, Buffer | string>): void;
  /** Holds every zip response until the returned function is called. */
  holdZip(): () => void;
  close(): Promise<void>;
}

export async function startMirror(): Promise<Mirror> {
  let files: Record<string, Buffer | string> = {};
  let held: Promise<void> | null = null;
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const prefix = `/v${ELECTRON_VERSION}/`;
    const body = url.startsWith(prefix) ? files[url.slice(prefix.length)] : undefined;
    if (body === undefined) {
      response.writeHead(404, 'Not Found').end();
      return;
    }
    const send = () => response.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body);
    if (held && url.endsWith('.zip')) void held.then(send);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requests,
    serve: (next) => (files = next),
    holdZip: () => {
      let release = () => {};
      held = new Promise<void>((resolve) => (release = resolve));
      return () => {
        held = null;
        release();
      };
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * An HTTP proxy that tunnels CONNECT requests (undici's EnvHttpProxyAgent
 * tunnels plain http too) to the mirror, whatever host was asked for, and
 * records the hosts.
 */
export async function startProxy(mirrorPort: number) {
  const tunnels: string[] = [];
  // Tunnelled sockets leave the server's bookkeeping; close() must end them itself.
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_request, response) => response.writeHead(405).end());
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(request.url ?? '');
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    const upstream = net.connect(mirrorPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    tunnels,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const LONG_AGO = new Date('2001-01-01T00:00:00Z');

/**
 * A copy of the project that `npm start` may install Electron into: the
 * start tools and package.json copied (dated long ago, so ensure-built.mjs
 * sees the real out/ as current), out/ and every other node_modules entry
 * symlinked, node_modules/electron copied without any installed binary.
 */
export function makeTempProject(): { root: string; electronDir: string; remove(): void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-install-'));
  const tools = path.join(root, 'electron/tools');
  fs.mkdirSync(tools, { recursive: true });
  const copies = [path.join(root, 'package.json')];
  fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), copies[0]!);
  for (const file of fs.readdirSync(path.join(REPO_ROOT, 'electron/tools'))) {
    if (!file.endsWith('.mjs')) continue;
    fs.copyFileSync(path.join(REPO_ROOT, 'electron/tools', file), path.join(tools, file));
    copies.push(path.join(tools, file));
  }
  for (const copy of copies) fs.utimesSync(copy, LONG_AGO, LONG_AGO);
  fs.symlinkSync(path.join(REPO_ROOT, 'out'), path.join(root, 'out'));

  const modules = path.join(root, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(REPO_ROOT, 'node_modules'))) {
    if (entry !== 'electron') fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  const electronDir = path.join(modules, 'electron');
  const installed = new Set(['dist', 'path.txt', 'install.lock']);
  fs.cpSync(path.join(REPO_ROOT, 'node_modules/electron'), electronDir, {
    recursive: true,
    filter: (source) => !installed.has(path.relative(path.join(REPO_ROOT, 'node_modules/electron'), source)),
  });
  return { root, electronDir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** Every variable that steers Electron's installer, so the outer environment cannot. */
const INSTALLER_VARIABLE =
  /^(ELECTRON_|electron_|npm_config_electron|npm_package_config_electron|force_no_cache$|https?_proxy$|no_proxy$|npm_config_(platform|arch)$)/i;

export interface StartRun {
  /** Resolves with the first stdout line matching `pattern`. */
  line(pattern: RegExp): Promise<string>;
  stderr(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** `npm start` (node electron/tools/start.mjs) in `root`, with the web host's test flags. */
export function runStart(root: string, env: NodeJS.ProcessEnv): StartRun {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-install-data-'));
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INSTALLER_VARIABLE.test(key)));
  const child = spawn(
    process.execPath,
    [path.join(root, 'electron/tools/start.mjs'), '--no-open', '--port', '0', '--data-dir', dataDir],
    { cwd: root, env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    line: (pattern) => {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return Promise.race([
        new Promise<string>((resolve) => waiters.push({ pattern, resolve })),
        exited.then((code) => Promise.reject(new Error(`start exited ${code} before ${pattern}:\n${stderr}`))),
      ]);
    },
    stderr: () => stderr,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What the stand-in recorded: its pid and its arguments. */
export function readStandinRecord(file: string): { pid: number; args: string[] } {
  const [pid, ...args] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  return { pid: Number(pid), args };
}

/** Ends a stand-in that outlived its start (a failed test); a no-op when it is gone. */
export function killStandin(file: string): void {
  if (!fs.existsSync(file)) return;
  try {
    process.kill(readStandinRecord(file).pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
