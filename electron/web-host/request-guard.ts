import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the web host: requests addressed to our loopback name and
 * port (a DNS-rebinding page sends its own Host), from our own origin when a
 * browser says where it comes from, carrying this launch's token.
 */
export type GuardVerdict =
  { ok: true; tokenFromQuery: boolean; url: URL } | { ok: false; status: 400 | 401 | 403; reason: string };

export function cookieName(port: number): string {
  // Cookies ignore ports, so two hosts on 127.0.0.1 must not share a name.
  return `posture-token-${port}`;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkRequest(request: IncomingMessage, port: number, token: string): GuardVerdict {
  const hosts = allowedHosts(port);
  const host = (request.headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) return { ok: false, status: 403, reason: `unexpected Host "${host}"` };

  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return { ok: false, status: 403, reason: `unexpected Origin "${origin}"` };
  }

  // A raw client may send any request target ("GET http://[ HTTP/1.1"): a
  // target that is not a URL is refused, never thrown (it would end the host).
  let url: URL;
  try {
    url = new URL(request.url ?? '/', `http://${host}`);
  } catch {
    return { ok: false, status: 400, reason: 'malformed request target' };
  }
  const fromQuery = url.searchParams.get('token');
  const authorization = request.headers.authorization;
  const fromHeader =
    (typeof request.headers['x-posture-token'] === 'string' ? request.headers['x-posture-token'] : null) ??
    (authorization?.startsWith('Bearer ') ? authorization.slice(7) : null);
  const fromCookie = readCookie(request.headers.cookie, cookieName(port));
  const given = fromQuery ?? fromHeader ?? fromCookie;
  if (given === null) return { ok: false, status: 401, reason: 'missing token' };
  if (!sameToken(given, token)) return { ok: false, status: 401, reason: 'wrong token' };
  return { ok: true, tokenFromQuery: fromQuery !== null, url };
}
