import * as path from 'node:path';

/**
 * Serving the built renderer, shared by the web host's HTTP server and the
 * Electron host's app:// protocol: content types, and a path guard that keeps
 * every request inside the renderer folder.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * The file a URL path names under `root` ("/" is index.html), or null when
 * the decoded path would leave `root` or cannot be decoded.
 */
export function resolveRendererFile(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  const base = path.resolve(root);
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) ? file : null;
}
