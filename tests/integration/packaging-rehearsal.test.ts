import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants.js';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, requireBuiltBundles } from '../helpers/electron-standin/standin-app';
import { filesOfFolder, filesOfTarGz, filesOfZip } from '../helpers/packaging/archive-entries';
import { environmentFor, startDownloadRecorder, type DownloadRecorder } from '../helpers/packaging/no-network';
import {
  packagesImportedBySource,
  packagesInAsar,
  packagesLoadedAtRunTime,
  productionPackages,
} from '../helpers/packaging/package-graph';
import { ELECTRON_DEFAULT_FUSES, writeStandinElectronDist } from '../helpers/packaging/standin-electron-dist';

/**
 * The packaging rehearsal: electron-builder's real pipeline
 * (`electron-builder --linux dir`, with electron-builder.yml and
 * package.json as they are) run on the built app, with a stand-in for the
 * Electron download (tests/helpers/packaging/standin-electron-dist.ts) and no
 * network: every download address points at a recorder that refuses and
 * names the request. Then the app folder it made is checked: the asar's
 * contents, the unpacked node-notifier binaries, the icons, the fuses.
 * The tar.gz and zip targets need 7-Zip; electron-builder downloads its own
 * unless ELECTRON_BUILDER_7ZIP_PATH names one, so they run where the system
 * has one (Debian's `7zip` package, which `npm test` installs).
 * Needs the build first (`npx electron-vite build`). Output goes to a
 * temporary folder, never into the repository.
 */

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  dependencies: Record<string, string>;
};
const builderConfig = yaml.load(fs.readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>;
};
const electronVersion = (
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

function findOnPath(names: readonly string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return path.resolve(file);
      } catch {
        // not here
      }
    }
  }
  return null;
}

const SEVEN_ZIP = findOnPath(['7zz', '7za']);
const ARCHIVE_TARGETS = SEVEN_ZIP ? ['tar.gz', 'zip'] : [];
/** electron-builder names the Linux executable after package.json's name. */
const EXECUTABLE = pkg.name;
const BUILDER_CLI = path.join(REPO_ROOT, 'node_modules/electron-builder/cli.js');

interface BuilderRun {
  code: number | null;
  output: string;
  seconds: number;
}

function runElectronBuilder(args: string[], env: NodeJS.ProcessEnv): Promise<BuilderRun> {
  // Asynchronous on purpose: the download recorder answers from this process.
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILDER_CLI, ...args], { cwd: REPO_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Well inside the hook's timeout, so a hung run ends with its output.
    const timer = setTimeout(() => child.kill('SIGKILL'), 200_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

describe(`packaging rehearsal: electron-builder --linux ${['dir', ...ARCHIVE_TARGETS].join(' ')} with a stand-in Electron ${electronVersion}`, () => {
  let work: string;
  let recorder: DownloadRecorder;
  let run: BuilderRun;
  let standinCopiedAsIs: string[];
  let standinExecutable: string;
  let appDir: string;
  let asarFile: string;
  let asarFiles: string[];
  const repoDistExisted = fs.existsSync(path.join(REPO_ROOT, 'dist'));

  beforeAll(async () => {
    requireBuiltBundles();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'packaging-rehearsal-'));
    const dist = writeStandinElectronDist(path.join(work, 'electron-dist'), electronVersion);
    standinCopiedAsIs = dist.copiedAsIs;
    standinExecutable = path.join(dist.dir, 'electron');
    recorder = await startDownloadRecorder();
    const cacheDir = path.join(work, 'electron-builder-cache');
    fs.mkdirSync(cacheDir);
    const env = environmentFor(recorder, cacheDir);
    if (SEVEN_ZIP) env.ELECTRON_BUILDER_7ZIP_PATH = SEVEN_ZIP;
    run = await runElectronBuilder(
      [
        '--linux',
        'dir',
        ...ARCHIVE_TARGETS,
        '--x64',
        '--publish',
        'never',
        `-c.directories.output=${path.join(work, 'out')}`,
        `-c.electronDist=${dist.dir}`,
        // What the archives hold is under test, not how small they are:
        // storing skips most of 7-Zip's time.
        '-c.compression=store',
      ],
      env,
    );
    console.info(`packaging rehearsal: electron-builder took ${run.seconds.toFixed(1)} s`);
    if (run.code !== 0) {
      const attempts = recorder.requests.length > 0 ? `; it tried to download ${recorder.requests.join(', ')}` : '';
      throw new Error(`electron-builder failed (exit ${run.code})${attempts}:\n${run.output}`);
    }
    appDir = path.join(work, 'out/linux-unpacked');
    asarFile = path.join(appDir, 'resources/app.asar');
    asarFiles = asar.listPackage(asarFile, { isPack: false });
  }, 240_000);

  afterAll(async () => {
    await recorder?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('packs the app without asking the network for anything, and writes nothing into the repository', () => {
    expect(recorder.requests, 'electron-builder tried to download').toEqual([]);
    const cached = fs.readdirSync(path.join(work, 'electron-builder-cache'), { recursive: true }).filter(Boolean);
    expect(cached, 'electron-builder cached a download').toEqual([]);
    expect(fs.existsSync(path.join(REPO_ROOT, 'dist'))).toBe(repoDistExisted);
  });

  it("lays the app folder out as Electron's Linux zip, renamed for the app", () => {
    const executable = path.join(appDir, EXECUTABLE);
    expect(fs.statSync(executable).mode & 0o111, 'executable bits').toBe(0o111);
    expect(fs.existsSync(path.join(appDir, 'electron'))).toBe(false);
    expect(fs.readFileSync(path.join(appDir, 'LICENSE.electron.txt'), 'utf8')).toBe(
      fs.readFileSync(path.join(work, 'electron-dist/LICENSE'), 'utf8'),
    );
    for (const file of standinCopiedAsIs) {
      expect(
        fs.readFileSync(path.join(appDir, file)).equals(fs.readFileSync(path.join(work, 'electron-dist', file))),
        file,
      ).toBe(true);
    }
    expect(fs.readdirSync(path.join(appDir, 'resources')).sort()).toEqual(['app.asar', 'app.asar.unpacked', 'assets']);
  });

  it('the asar holds the built main, preload and renderer, byte for byte, and package.json', () => {
    const topLevel = new Set(asarFiles.map((file) => file.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);

    const built = filesOfFolder(path.join(REPO_ROOT, 'out'));
    const packed = asarFiles.filter(
      (file) => file.startsWith('/out/') && !('files' in asar.statFile(asarFile, file.slice(1))),
    );
    expect(packed.map((file) => file.slice('/out/'.length)).sort()).toEqual([...built.keys()].sort());
    for (const file of packed) {
      const original = fs.readFileSync(path.join(REPO_ROOT, file));
      expect(asar.extractFile(asarFile, file.slice(1)).equals(original), file).toBe(true);
    }
    for (const entry of [pkg.main, 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(packed, entry).toContain(`/${entry}`);
    }

    const packedPackageJson = JSON.parse(asar.extractFile(asarFile, 'package.json').toString('utf8'));
    expect(packedPackageJson).toMatchObject({ name: pkg.name, version: pkg.version, main: pkg.main, type: 'module' });
    expect(packedPackageJson.devDependencies).toBeUndefined();
  });

  it('the asar holds exactly the production dependencies: no dev dependency, no tests, no sources', () => {
    expect([...packagesInAsar(asarFiles)].sort()).toEqual([...productionPackages(REPO_ROOT)].sort());
    const testsOrSources = asarFiles.filter(
      (file) =>
        /\/(tests?|__tests__)\//.test(file) || (/\.(ts|tsx|mts|cts)$/.test(file) && !/\.d\.[mc]?ts$/.test(file)),
    );
    expect(testsOrSources).toEqual([]);
  });

  it('every package the built code loads is packed, and every dependency the code uses is loaded, not bundled in', async () => {
    const loaded = await packagesLoadedAtRunTime([
      path.join(REPO_ROOT, 'out/main'),
      path.join(REPO_ROOT, 'out/preload'),
    ]);
    const packedTopLevel = new Set([...packagesInAsar(asarFiles)].map((p) => p.slice('node_modules/'.length)));
    expect(
      [...loaded].filter((name) => !packedTopLevel.has(name)),
      'loaded at run time but not in the asar',
    ).toEqual([]);
    expect(loaded.size).toBeGreaterThan(0);

    // A dependency electron-vite bundles in (or only the renderer uses) is
    // dead weight in the asar: it belongs in devDependencies.
    const imported = packagesImportedBySource(
      ['electron', 'shared', 'renderer'].map((dir) => path.join(REPO_ROOT, dir)),
    );
    const inlined = Object.keys(pkg.dependencies).filter((name) => imported.has(name) && !loaded.has(name));
    expect(inlined, 'dependencies the build bundles in').toEqual([]);
  });

  it("node-notifier's vendor binaries are unpacked next to the asar, as they are", () => {
    const vendor = path.join(REPO_ROOT, 'node_modules/node-notifier/vendor');
    // electron-builder leaves .exe and .dll out of non-Windows builds.
    const forLinux = [...filesOfFolder(vendor)].filter(([file]) => !/\.(exe|dll)$/.test(file));
    expect(forLinux.map(([file]) => file)).toContain(
      'mac.noindex/terminal-notifier.app/Contents/MacOS/terminal-notifier',
    );
    for (const [file, original] of forLinux) {
      const inAsar = `node_modules/node-notifier/vendor/${file}`;
      expect(asar.statFile(asarFile, inAsar), inAsar).toMatchObject({ unpacked: true });
      const unpacked = filesOfFolder(
        path.join(appDir, 'resources/app.asar.unpacked/node_modules/node-notifier/vendor'),
      ).get(file);
      expect(unpacked, `${inAsar} in app.asar.unpacked`).toEqual(original);
    }
    expect(asarFiles.filter((file) => /\.(exe|dll)$/.test(file))).toEqual([]);
  });

  it('the tray and app icons are in resources/assets, where the packaged app looks for them', () => {
    const shipped = filesOfFolder(path.join(appDir, 'resources/assets'));
    const pngs = [...filesOfFolder(path.join(REPO_ROOT, 'assets'))].filter(([file]) => /^[^/]+\.png$/.test(file));
    expect([...shipped.keys()].sort()).toEqual(pngs.map(([file]) => file).sort());
    for (const [file, original] of pngs) expect(shipped.get(file), file).toEqual(original);
    // The names electron/electron-host/electron-app.ts asks for.
    for (const tray of ['tray.png', 'tray-on-dark.png', 'trayTemplate.png', 'icon.png'])
      expect(shipped.has(tray), tray).toBe(true);
  });

  it('every fuse reads back as electron-builder.yml sets it', async () => {
    const stateOf = (on: boolean) => (on ? FuseState.ENABLE : FuseState.DISABLE);
    const defaults = Object.fromEntries([...ELECTRON_DEFAULT_FUSES].map(([fuse, on]) => [fuse, stateOf(on)]));
    // The stand-in starts from Electron's defaults, so what differs was flipped by electron-builder.
    expect(await getCurrentFuseWire(standinExecutable)).toEqual({ version: '1', ...defaults });

    const expected: Record<string, unknown> = { version: '1', ...defaults };
    for (const [key, on] of Object.entries(builderConfig.electronFuses)) {
      const fuse = FuseV1Options[(key.charAt(0).toUpperCase() + key.slice(1)) as keyof typeof FuseV1Options];
      expect(fuse, `electronFuses.${key} names no fuse @electron/fuses knows`).toBeTypeOf('number');
      expected[fuse] = stateOf(on);
    }
    expect(await getCurrentFuseWire(path.join(appDir, EXECUTABLE))).toEqual(expected);
  });

  it.skipIf(!SEVEN_ZIP)(
    'the tar.gz and zip targets hold the same app folder (needs 7-Zip: apt-get install 7zip)',
    () => {
      const folder = filesOfFolder(appDir);
      const base = `${pkg.name}-${pkg.version}`;
      const tarGz = filesOfTarGz(path.join(work, `out/${base}.tar.gz`), `${base}/`);
      const zip = filesOfZip(path.join(work, `out/${base}.zip`));
      expect(Object.fromEntries(tarGz)).toEqual(Object.fromEntries(folder));
      expect(Object.fromEntries(zip)).toEqual(Object.fromEntries(folder));
      expect(folder.get(EXECUTABLE)?.mode).toBe(0o755);
    },
  );
});
