import { HTTPError } from '@electron/get';
import sumchecker from 'sumchecker';
import { describe, expect, it } from 'vitest';
import {
  createProgressLine,
  downloadFailureReason,
  installerFailureReason,
} from '../../electron/tools/electron-download-report.mjs';

/** What the first `npm start` prints while it installs Electron (electron/tools/electron-download-report.mjs). */
function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

const ZIP_URL = 'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip';
const MB = 1_000_000;

describe('the download progress line', () => {
  it('on a terminal is one line redrawn in place, ending with the size', () => {
    const stream = fakeStream(true);
    const line = createProgressLine(stream, 'Downloading Electron 45.5.0 from github.com');
    line.start();
    for (const transferred of [0, 10 * MB, 10.1 * MB, 55 * MB, 110 * MB]) {
      line.update({ transferred, total: 110 * MB, percent: transferred / (110 * MB) });
    }
    line.finish(true);
    const text = stream.writes.join('');
    expect(text.split('\n')).toEqual([expect.any(String), '']);
    expect(stream.writes.every((write) => write.startsWith('\r\x1b[K'))).toBe(true);
    // 10 and 10.1 MB are both 9%: drawn once.
    expect(stream.writes.map((write) => write.replace('\r\x1b[K', ''))).toEqual([
      'Downloading Electron 45.5.0 from github.com…',
      'Downloading Electron 45.5.0 from github.com: 0% of 110 MB',
      'Downloading Electron 45.5.0 from github.com: 9% of 110 MB',
      'Downloading Electron 45.5.0 from github.com: 50% of 110 MB',
      'Downloading Electron 45.5.0 from github.com: 100% of 110 MB',
      'Downloading Electron 45.5.0 from github.com: done, 110 MB.\n',
    ]);
  });

  it('without a content length counts megabytes', () => {
    const stream = fakeStream(true);
    const line = createProgressLine(stream, 'Downloading');
    line.start();
    line.update({ transferred: 3 * MB, total: null, percent: 0 });
    expect(stream.writes.at(-1)).toBe('\r\x1b[KDownloading: 3 MB');
  });

  it('in a log or pipe is a start line and an end line, and only the start line when it fails', () => {
    const ok = fakeStream(false);
    const line = createProgressLine(ok, 'Downloading');
    line.start();
    line.update({ transferred: 50 * MB, total: 100 * MB, percent: 0.5 });
    line.update({ transferred: 100 * MB, total: 100 * MB, percent: 1 });
    line.finish(true);
    expect(ok.writes).toEqual(['Downloading…\n', 'Downloading: done, 100 MB.\n']);

    const failed = fakeStream(false);
    const failing = createProgressLine(failed, 'Downloading');
    failing.start();
    failing.update({ transferred: 50 * MB, total: 100 * MB, percent: 0.5 });
    failing.finish(false);
    expect(failed.writes).toEqual(['Downloading…\n']);
  });

  it('on a terminal ends a failed download’s line, so the reason starts on its own', () => {
    const stream = fakeStream(true);
    const line = createProgressLine(stream, 'Downloading');
    line.start();
    line.finish(false);
    expect(stream.writes.at(-1)).toBe('\n');
  });
});

/** The shape Node's fetch (undici) gives a network failure. */
function fetchFailed(cause: Record<string, string | number>) {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(String(cause.message ?? 'x')), cause) });
}

describe('why the download failed', () => {
  it('names an HTTP answer, with its host and file', () => {
    const error = new HTTPError(new Response(null, { status: 404, statusText: 'Not Found' }));
    expect(downloadFailureReason(error, ZIP_URL)).toBe(
      'github.com answered 404 Not Found for electron-v45.5.0-linux-x64.zip',
    );
  });

  it('names checksum refusals from sumchecker', () => {
    expect(downloadFailureReason(new sumchecker.ChecksumMismatchError('e.zip'), ZIP_URL)).toBe(
      'the downloaded e.zip does not match its SHA-256 checksum, so it was refused',
    );
    expect(downloadFailureReason(new sumchecker.NoChecksumFoundError('e.zip'), ZIP_URL)).toBe(
      'no SHA-256 checksum is published for e.zip, so it was refused',
    );
  });

  it('names network failures, pointing at the address actually reached (a proxy, say)', () => {
    const refused = fetchFailed({ code: 'ECONNREFUSED', address: '10.0.0.1', port: 3128 });
    expect(downloadFailureReason(refused, ZIP_URL)).toBe('10.0.0.1:3128 refused the connection');
    const unknown = fetchFailed({ code: 'ENOTFOUND', hostname: 'github.com' });
    expect(downloadFailureReason(unknown, ZIP_URL)).toBe('github.com could not be found; is this machine offline?');
    const timedOut = fetchFailed({ code: 'UND_ERR_CONNECT_TIMEOUT' });
    expect(downloadFailureReason(timedOut, ZIP_URL)).toBe('the connection to github.com timed out');
    const certificate = fetchFailed({ code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' });
    expect(downloadFailureReason(certificate, ZIP_URL)).toBe(
      'the TLS certificate of github.com was not accepted (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)',
    );
  });

  it('falls back to the error’s own message, without a closing full stop', () => {
    expect(downloadFailureReason(fetchFailed({ message: 'bad port.' }), ZIP_URL)).toBe('bad port');
    expect(downloadFailureReason(new Error('Electron builds are not available on platform: aix'), null)).toBe(
      'Electron builds are not available on platform: aix',
    );
  });
});

describe('why Electron’s installer failed', () => {
  it('is the first line of the stack it printed, with the cached zip named by its file name', () => {
    const zip = '/home/u/.cache/electron/0123abcd/electron-v45.5.0-linux-x64.zip';
    const stderr = `Error: failed to read archive '${zip}': invalid Zip archive: Could not find EOCD\n    at x (y.js:1:1)\n`;
    expect(installerFailureReason(stderr, zip)).toBe(
      "Electron's installer stopped: failed to read archive 'electron-v45.5.0-linux-x64.zip': invalid Zip archive: Could not find EOCD",
    );
    expect(installerFailureReason('', zip)).toBe(
      "Electron's installer stopped: it exited without saying why, with electron-v45.5.0-linux-x64.zip",
    );
  });
});
