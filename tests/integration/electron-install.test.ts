import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  closedPort,
  ELECTRON_VERSION,
  killStandin,
  makeTempProject,
  makeZip,
  PYTHON_AVAILABLE,
  readStandinRecord,
  REPO_ROOT,
  runStart,
  sha256,
  shasums,
  standinElectronZip,
  startMirror,
  startProxy,
  STANDIN_ELECTRON,
  ZIP_NAME,
  type Mirror,
  type StartRun,
} from '../helpers/electron-mirror';

/**
 * `npm start` installs Electron at the first start (electron/tools/
 * install-electron.mjs), fully offline: a loopback server plays Electron's
 * release mirror (ELECTRON_MIRROR) and serves a zip holding a stand-in
 * `electron` executable. Everything runs in a throw-away copy of the
 * project with its own electron_config_cache; the real node_modules/electron
 * is never written.
 */
const LISTENING = /^listening on http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/;
const STANDIN_RUNNING = /^electron stand-in running$/;
const FALLBACK = ', so Posture Breaks is starting in your browser through the web host instead.';

let mirror: Mirror;
let project: ReturnType<typeof makeTempProject>;
let cacheDir: string;
let recordDir: string;
const runs: StartRun[] = [];

function start(extraEnv: NodeJS.ProcessEnv = {}, record = path.join(recordDir, `run-${runs.length}`)) {
  const run = runStart(project.root, {
    ELECTRON_MIRROR: mirror.url,
    electron_config_cache: cacheDir,
    electron_use_remote_checksums: '1',
    STANDIN_RECORD: record,
    ...extraEnv,
  });
  runs.push(run);
  return { run, record };
}

/** What a failed install may leave: the extracted files, path.txt, a cached zip. */
function leftovers(): string[] {
  const found = ['dist', 'path.txt'].filter((entry) => fs.existsSync(path.join(project.electronDir, entry)));
  const cached = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }) : [];
  return [...found, ...cached.filter((file) => file.endsWith('.zip')).map((file) => `cache/${file}`)];
}

async function expectStandinLaunched(run: StartRun, record: string) {
  await run.line(STANDIN_RUNNING);
  const { args } = readStandinRecord(record);
  // The app's folder first (Electron runs the package.json's `main`), then the command line.
  expect(args).toEqual([project.root, '--no-open', '--port', '0', '--data-dir', expect.any(String)]);
  const binary = path.join(project.electronDir, 'dist/electron');
  expect(fs.statSync(binary).mode & 0o111, 'the exec bit survives extraction').not.toBe(0);
  expect(fs.readFileSync(path.join(project.electronDir, 'path.txt'), 'utf8')).toBe('electron');
}

async function expectWebHostFallback(run: StartRun, reason: string | RegExp) {
  expect(await run.line(LISTENING)).toMatch(LISTENING);
  const sentence = run
    .stderr()
    .split('\n')
    .find((line) => line.startsWith('Electron could not be installed ('));
  expect(sentence, run.stderr()).toBeDefined();
  expect(sentence!.endsWith(FALLBACK)).toBe(true);
  const said = sentence!.slice('Electron could not be installed ('.length, -FALLBACK.length - 1);
  if (typeof reason === 'string') expect(said).toBe(reason);
  else expect(said).toMatch(reason);
}

describe.skipIf(process.platform !== 'linux' || !PYTHON_AVAILABLE)(
  'npm start installs Electron (needs Linux and python3 to build the stand-in zip)',
  () => {
    let goodZip: Buffer;
    const realElectronDir = path.join(REPO_ROOT, 'node_modules/electron');
    const realElectronEntries = fs.readdirSync(realElectronDir).sort();

    beforeAll(async () => {
      // The copies run the real out/ (symlinked); build first, as npm test does.
      expect(fs.existsSync(path.join(REPO_ROOT, 'out/main/web-host.js')), 'build first: out/ is missing').toBe(true);
      goodZip = standinElectronZip();
      mirror = await startMirror();
    });
    afterAll(async () => {
      await mirror.close();
      expect(fs.readdirSync(realElectronDir).sort(), 'the real node_modules/electron is never written').toEqual(
        realElectronEntries,
      );
    });

    beforeEach(() => {
      project = makeTempProject();
      cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-cache-'));
      recordDir = fs.mkdtempSync(path.join(os.tmpdir(), 'electron-standin-'));
      mirror.requests.length = 0;
      mirror.serve({ [ZIP_NAME]: goodZip, 'SHASUMS256.txt': shasums(goodZip) });
    });
    afterEach(async () => {
      await Promise.all(runs.splice(0).map((run) => run.stop()));
      for (const record of fs.readdirSync(recordDir)) killStandin(path.join(recordDir, record));
      project.remove();
      fs.rmSync(cacheDir, { recursive: true, force: true });
      fs.rmSync(recordDir, { recursive: true, force: true });
    });

    it('downloads Electron from ELECTRON_MIRROR, verifies and extracts it, and launches it with the app; the next start just launches', async () => {
      const first = start();
      await expectStandinLaunched(first.run, first.record);
      expect(first.run.stderr()).toContain(`Downloading Electron ${ELECTRON_VERSION} from 127.0.0.1:${mirror.port}…\n`);
      expect(first.run.stderr()).toMatch(/: done, 1 kB\.\n/);
      // The zip once; the checksums twice: for the download, then for install.js's own check of the cached zip.
      const file = (name: string) => `/v${ELECTRON_VERSION}/${name}`;
      expect(mirror.requests).toEqual([file(ZIP_NAME), file('SHASUMS256.txt'), file('SHASUMS256.txt')]);
      expect(leftovers()).toEqual(['dist', 'path.txt', expect.stringMatching(new RegExp(`^cache/\\w+/${ZIP_NAME}$`))]);
      await first.run.stop();

      mirror.requests.length = 0;
      const second = start();
      await expectStandinLaunched(second.run, second.record);
      expect(second.run.stderr()).not.toContain('Downloading');
      expect(mirror.requests).toEqual([]);
    });

    it('with the mirror unreachable, names the reason in one sentence and opens the web host', async () => {
      const port = await closedPort();
      const { run } = start({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/` });
      await expectWebHostFallback(run, `127.0.0.1:${port} refused the connection`);
      expect(leftovers()).toEqual([]);
    });

    it('refuses a zip that does not match the mirror’s SHASUMS256.txt', async () => {
      mirror.serve({
        [ZIP_NAME]: goodZip,
        'SHASUMS256.txt': `${sha256(Buffer.from('something else'))} *${ZIP_NAME}\n`,
      });
      const { run } = start();
      await expectWebHostFallback(
        run,
        `the downloaded ${ZIP_NAME} does not match its SHA-256 checksum, so it was refused`,
      );
      expect(leftovers()).toEqual([]);
    });

    it('by default checks against the checksums Electron ships (checksums.json), which no stand-in matches', async () => {
      const { run } = start({ electron_use_remote_checksums: '' });
      await expectWebHostFallback(
        run,
        `the downloaded ${ZIP_NAME} does not match its SHA-256 checksum, so it was refused`,
      );
      expect(mirror.requests).toEqual([`/v${ELECTRON_VERSION}/${ZIP_NAME}`]);
      expect(leftovers()).toEqual([]);
    });

    it('refuses a truncated zip whose checksum matches, leaves nothing behind, and the next start installs', async () => {
      const truncated = goodZip.subarray(0, Math.floor(goodZip.length / 2));
      mirror.serve({ [ZIP_NAME]: truncated, 'SHASUMS256.txt': shasums(truncated) });
      const failed = start();
      await expectWebHostFallback(
        failed.run,
        `Electron's installer stopped: failed to read archive '${ZIP_NAME}': invalid Zip archive: Could not find EOCD`,
      );
      expect(leftovers()).toEqual([]);
      await failed.run.stop();

      mirror.serve({ [ZIP_NAME]: goodZip, 'SHASUMS256.txt': shasums(goodZip) });
      const next = start();
      await expectStandinLaunched(next.run, next.record);
    });

    it('removes what the installer extracted before a damaged entry stopped it', async () => {
      // install.js alone leaves dist/electron and dist/version behind here.
      const damaged = makeZip(
        [
          { name: 'electron', text: STANDIN_ELECTRON, executable: true },
          { name: 'version', text: ELECTRON_VERSION },
          { name: 'resources/app.pak', randomBytes: 64_000 },
        ],
        { corruptLast: true },
      );
      mirror.serve({ [ZIP_NAME]: damaged, 'SHASUMS256.txt': shasums(damaged) });
      const { run } = start();
      await expectWebHostFallback(
        run,
        /^Electron's installer stopped: failed to write '.*\/dist\/resources\/app\.pak': Invalid checksum$/,
      );
      expect(leftovers()).toEqual([]);
    });

    it('honours ELECTRON_GET_USE_PROXY with HTTP_PROXY: the mirror host is reached only through the proxy', async () => {
      const proxy = await startProxy(mirror.port);
      try {
        const { run, record } = start({
          ELECTRON_MIRROR: 'http://electron-mirror.invalid/',
          ELECTRON_GET_USE_PROXY: '1',
          HTTP_PROXY: proxy.url,
        });
        await expectStandinLaunched(run, record);
        expect(proxy.tunnels).toContain('electron-mirror.invalid:80');
      } finally {
        await proxy.close();
      }
    });

    it('gives up a download that sends nothing (a proxy or mirror that never answers), names it and opens the web host', async () => {
      const release = mirror.holdZip();
      const { run } = start({ POSTURE_ELECTRON_STALL_SECONDS: '1' });
      await expectWebHostFallback(run, `127.0.0.1:${mirror.port} sent nothing for 1 s`);
      release();
      expect(leftovers()).toEqual([]);
    });

    it('two starts at once download once: the second waits for the first', async () => {
      const release = mirror.holdZip();
      const first = start();
      await expect.poll(() => mirror.requests.length).toBe(1);
      const second = start();
      await expect.poll(() => second.run.stderr()).toContain('Another start is installing Electron; waiting for it');
      release();
      await expectStandinLaunched(first.run, first.record);
      await expectStandinLaunched(second.run, second.record);
      expect(mirror.requests.filter((request) => request.endsWith('.zip'))).toHaveLength(1);
    });
  },
);
