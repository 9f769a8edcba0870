// What the first `npm start` prints while it installs Electron: one progress
// line for the download, and, when the install fails, the reason in words a
// user can act on (install-electron.mjs).
import * as path from 'node:path';

function megabytes(bytes) {
  return bytes < 1_000_000 ? `${Math.ceil(bytes / 1000)} kB` : `${Math.round(bytes / 1_000_000)} MB`;
}

/**
 * The progress of one download, written to `output` (a stream). On a
 * terminal it is a single line redrawn in place; elsewhere (a log, a pipe) a
 * start line and an end line, so logs do not fill up with percentages.
 */
export function createProgressLine(output, label) {
  const redraw = Boolean(output.isTTY);
  let lastShown = '';
  let open = false;
  let finalBytes = 0;

  const draw = (text) => {
    if (text === lastShown) return;
    lastShown = text;
    output.write(`\r\x1b[K${text}`);
  };

  return {
    start() {
      open = true;
      if (redraw) draw(`${label}…`);
      else output.write(`${label}…\n`);
    },
    /** `@electron/get`'s progress: bytes so far, total when the server says it. */
    update({ transferred, total }) {
      finalBytes = transferred;
      if (!redraw || !open) return;
      draw(
        total
          ? `${label}: ${Math.floor((transferred / total) * 100)}% of ${megabytes(total)}`
          : `${label}: ${megabytes(transferred)}`,
      );
    },
    /** The download ended; `ok` says whether it arrived whole. */
    finish(ok) {
      if (!open) return;
      open = false;
      if (redraw) output.write(ok ? `\r\x1b[K${label}: done, ${megabytes(finalBytes)}.\n` : '\n');
      else if (ok) output.write(`${label}: done, ${megabytes(finalBytes)}.\n`);
    },
  };
}

const NETWORK_FAILURES = {
  ECONNREFUSED: (where) => `${where} refused the connection`,
  ECONNRESET: (where) => `the connection to ${where} was cut off`,
  ENOTFOUND: (where) => `${where} could not be found; is this machine offline?`,
  EAI_AGAIN: (where) => `${where} could not be looked up; is this machine offline?`,
  ETIMEDOUT: (where) => `the connection to ${where} timed out`,
  UND_ERR_CONNECT_TIMEOUT: (where) => `the connection to ${where} timed out`,
  UND_ERR_HEADERS_TIMEOUT: (where) => `${where} stopped answering`,
  UND_ERR_BODY_TIMEOUT: (where) => `${where} stopped sending`,
  UND_ERR_SOCKET: (where) => `the connection to ${where} was cut off`,
  ENETUNREACH: () => 'the network is unreachable; is this machine offline?',
  EHOSTUNREACH: (where) => `${where} is unreachable`,
};

const CERTIFICATE_FAILURE = /^(CERT_|ERR_TLS_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO)/;

function fileOf(url) {
  return url ? path.posix.basename(new URL(url).pathname) : 'the download';
}

/**
 * Why the download failed, as a clause ("127.0.0.1:4000 refused the
 * connection"). `url` is the last address asked for: the zip, or the
 * SHASUMS256.txt that verifies it.
 */
export function downloadFailureReason(error, url) {
  const host = url ? new URL(url).host : 'the download server';
  if (error?.name === 'HTTPError' && error.response) {
    const { status, statusText, url: answered } = error.response;
    return (
      `${new URL(answered || url).host} answered ${status} ${statusText || ''}`.trim() +
      ` for ${fileOf(answered || url)}`
    );
  }
  if (error?.name === 'DownloadStalled') return error.message;
  // sumchecker's errors carry no `name`; their classes say what went wrong.
  switch (error?.constructor?.name) {
    case 'ChecksumMismatchError':
      return `the downloaded ${error.filename} does not match its SHA-256 checksum, so it was refused`;
    case 'NoChecksumFoundError':
      return `no SHA-256 checksum is published for ${error.filename}, so it was refused`;
    case 'ChecksumParseError':
      return `the SHA-256 checksum list could not be read (${error.message})`;
  }
  const cause = error?.cause ?? error;
  const code = cause?.code;
  // A refused or timed-out connection may be to a proxy, not the mirror: name
  // the address Node was actually talking to when it has one.
  const where = cause?.address ? `${cause.address}:${cause.port}` : cause?.hostname || host;
  if (code && NETWORK_FAILURES[code]) return NETWORK_FAILURES[code](where);
  if (code && CERTIFICATE_FAILURE.test(code)) return `the TLS certificate of ${host} was not accepted (${code})`;
  return (cause?.message || String(error)).replace(/\.$/, '');
}

/**
 * Why Electron's installer (install.js) failed, from what it printed: it
 * writes the error's stack, whose first line is the message (for a damaged
 * zip, the extractor's: "failed to read archive '…': invalid Zip archive…").
 * The zip's long cache path is shortened to its file name.
 */
export function installerFailureReason(stderr, zipPath) {
  const firstLine = stderr.split('\n').find((line) => line.trim()) ?? '';
  const message = firstLine
    .replace(/^\w*Error: /, '')
    .replaceAll(zipPath, path.basename(zipPath))
    .trim();
  return `Electron's installer stopped: ${message || `it exited without saying why, with ${path.basename(zipPath)}`}`;
}
