import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/content-security-policy';

const root = path.resolve(import.meta.dirname, '../..');

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

describe('Content-Security-Policy', () => {
  it('is strict: self only, no inline or eval, no plugins, no framing', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:/);
  });

  it('is the same in renderer/index.html (minus frame-ancestors, which a meta tag cannot set)', () => {
    const html = fs.readFileSync(path.join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta ?? '')).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')),
    );
  });
});
