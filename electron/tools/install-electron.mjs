// Installs the Electron binary the first time `npm start` needs it.
//
// Electron's npm package has no postinstall: its binary arrives only when
// the package's own installer (node_modules/electron/install.js) runs. We
// run that installer, in two steps, so the user sees what happens:
//
// 1. Download through @electron/get's `downloadArtifact` with the options
//    install.js passes (version from electron's package.json, its
//    checksums.json unless electron_use_remote_checksums, the
//    electron_config_cache folder, ELECTRON_INSTALL_PLATFORM/ARCH,
//    force_no_cache). Only the downloader is ours: @electron/get's own
//    FetchDownloader, wrapped to draw one progress line. The mirror and
//    proxy settings (ELECTRON_MIRROR, ELECTRON_GET_USE_PROXY with
//    HTTP(S)_PROXY/NO_PROXY, …) are read by @electron/get itself. It
//    verifies the zip's SHA-256 and keeps the verified zip in its cache.
// 2. Run install.js. It finds that zip in the cache, verifies it again,
//    extracts it into node_modules/electron/dist and writes path.txt last.
//
// A failed install leaves nothing half-done behind: dist/ and path.txt are
// removed, and so is a cached zip that could not be extracted (it passed
// its checksum, so the next start would only trip over it again). The same
// clean-up runs before an install, for what an interrupted start (Ctrl+C
// mid-extraction) left. A lock keeps two starts from installing at once.
import { execSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import lockfile from 'proper-lockfile';
import { ELECTRON_PACKAGE_DIR, electronBinaryPath } from './electron-binary.mjs';
import { createProgressLine, downloadFailureReason, installerFailureReason } from './electron-download-report.mjs';

const requireFromElectron = createRequire(path.join(ELECTRON_PACKAGE_DIR, 'package.json'));
const INSTALL_LOCK = path.join(ELECTRON_PACKAGE_DIR, 'install.lock');
/** How long a second start waits for another one's install (a slow download). */
const WAIT_FOR_OTHER_INSTALL_MS = 15 * 60_000;
/**
 * A download that sends nothing for this long is given up, so a proxy that
 * accepts the connection and never answers ends in a reason rather than a
 * frozen progress line. POSTURE_ELECTRON_STALL_SECONDS overrides it.
 */
const STALL_SECONDS = Number(process.env.POSTURE_ELECTRON_STALL_SECONDS) || 60;

/** Raised when a download sent nothing for STALL_SECONDS; its message is the reason. */
class DownloadStalled extends Error {
  name = 'DownloadStalled';
}

/**
 * Runs `download(options)` with an abort signal that fires after
 * STALL_SECONDS without progress; `onProgress` is called with each progress
 * report and restarts the wait.
 */
async function withStallGuard(url, download, onProgress = () => {}) {
  const controller = new AbortController();
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => controller.abort(new DownloadStalled(`${new URL(url).host} sent nothing for ${STALL_SECONDS} s`)),
      STALL_SECONDS * 1000,
    );
  };
  arm();
  try {
    return await download({
      signal: controller.signal,
      getProgressCallback: (progress) => {
        arm();
        onProgress(progress);
      },
    });
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** The platform and arch install.js downloads for (the same environment variables, the same Rosetta check). */
function targetPlatform() {
  const env = process.env;
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
  let arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch;
  if (platform === 'darwin' && process.platform === 'darwin' && arch === 'x64' && env.npm_config_arch === undefined) {
    try {
      if (execSync('sysctl -in sysctl.proc_translated').toString().trim() === '1') arch = 'arm64';
    } catch {
      // Not under Rosetta.
    }
  }
  return { platform, arch };
}

/** Removes what a failed or interrupted install may have left in node_modules/electron. */
function removePartialInstall() {
  fs.rmSync(path.join(ELECTRON_PACKAGE_DIR, 'path.txt'), { force: true });
  fs.rmSync(path.join(ELECTRON_PACKAGE_DIR, 'dist'), { recursive: true, force: true });
}

async function acquireInstallLock(output) {
  const options = { lockfilePath: INSTALL_LOCK, stale: 30_000, onCompromised: () => {} };
  try {
    return await lockfile.lock(ELECTRON_PACKAGE_DIR, options);
  } catch (error) {
    if (error?.code !== 'ELOCKED') throw error;
  }
  output.write('Another start is installing Electron; waiting for it to finish…\n');
  const retries = { retries: WAIT_FOR_OTHER_INSTALL_MS / 500, factor: 1, minTimeout: 500, maxTimeout: 500 };
  return lockfile.lock(ELECTRON_PACKAGE_DIR, { ...options, retries });
}

/** Step 1: the verified zip in @electron/get's cache; its path. */
async function downloadElectronZip(version, output, failure) {
  const electronGet = await import(pathToFileURL(requireFromElectron.resolve('@electron/get')).href);
  const fetchDownloader = new electronGet.FetchDownloader();
  const downloader = {
    async download(url, targetFilePath, options) {
      failure.url = url;
      // The checksum file (remote checksums) comes through here too; it gets no line.
      const fetchWith = (extra) => fetchDownloader.download(url, targetFilePath, { ...options, quiet: true, ...extra });
      if (path.posix.basename(new URL(url).pathname) === 'SHASUMS256.txt') return withStallGuard(url, fetchWith);
      const progress = createProgressLine(output, `Downloading Electron ${version} from ${new URL(url).host}`);
      progress.start();
      try {
        await withStallGuard(url, fetchWith, (p) => progress.update(p));
        progress.finish(true);
      } catch (error) {
        progress.finish(false);
        throw error;
      }
    },
  };
  const env = process.env;
  return electronGet.downloadArtifact({
    version,
    artifactName: 'electron',
    // As install.js passes it (@electron/get 5 itself no longer reads it).
    force: env.force_no_cache === 'true',
    cacheRoot: env.electron_config_cache,
    checksums:
      env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums
        ? undefined
        : requireFromElectron('./checksums.json'),
    ...targetPlatform(),
    downloader,
  });
}

/** Step 2: Electron's own installer, which extracts the cached zip; its stderr on failure, else null. */
function runElectronInstaller() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ELECTRON_PACKAGE_DIR, 'install.js')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve(String(error.stack ?? error)));
    child.on('close', (code, signal) => resolve(code === 0 ? null : stderr || `exited with ${code ?? signal}`));
  });
}

/**
 * Installs the Electron binary into node_modules/electron. Resolves to
 * `{ ok: true, binary }`, or `{ ok: false, reason }` with the reason as a
 * clause for one sentence. Never throws.
 */
export async function installElectron({ output = process.stderr } = {}) {
  let release = null;
  const failure = { url: null };
  if (!fs.existsSync(path.join(ELECTRON_PACKAGE_DIR, 'install.js'))) {
    return { ok: false, reason: "node_modules/electron or its installer is missing; run 'npm ci' first" };
  }
  try {
    release = await acquireInstallLock(output);
    // Another start may have installed it while this one waited.
    const already = electronBinaryPath();
    if (already) return { ok: true, binary: already };
    removePartialInstall();

    const { version } = requireFromElectron('./package.json');
    let zipPath;
    try {
      zipPath = await downloadElectronZip(version, output, failure);
    } catch (error) {
      return { ok: false, reason: downloadFailureReason(error, failure.url) };
    }

    const installerError = await runElectronInstaller();
    const binary = installerError === null ? electronBinaryPath() : null;
    if (binary) return { ok: true, binary };
    removePartialInstall();
    fs.rmSync(zipPath, { force: true });
    return {
      ok: false,
      reason: installerError
        ? installerFailureReason(installerError, zipPath)
        : "Electron's installer finished but left no binary in node_modules/electron/dist",
    };
  } catch (error) {
    // Only the holder of the lock may clean up: another start may be mid-install.
    if (release) removePartialInstall();
    const reason =
      error?.code === 'ELOCKED'
        ? 'another start has been installing it for too long'
        : String(error?.message ?? error).replace(/\.$/, '');
    return { ok: false, reason };
  } finally {
    await release?.().catch(() => {});
  }
}
