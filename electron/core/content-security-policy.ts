/**
 * The renderer's Content-Security-Policy, sent as a header by both hosts.
 * renderer/index.html carries the same directives in a meta tag (minus
 * frame-ancestors, which browsers ignore there); a unit test keeps them equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
