import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveRendererFile } from '../../electron/core/static-files';

const root = path.resolve('/srv/renderer');

describe('resolveRendererFile', () => {
  it('maps "/" to index.html and keeps paths inside the folder', () => {
    expect(resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/index-1.js')).toBe(path.join(root, 'assets/index-1.js'));
  });

  it.each(['/../package.json', '/..%2f..%2fetc/passwd', '/assets/../../secret', '/%2e%2e/x', '/%E0%A4%A'])(
    'refuses %s',
    (pathname) => {
      expect(resolveRendererFile(root, pathname)).toBeNull();
    },
  );

  it('names content types, with a safe default', () => {
    expect(contentTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.exe')).toBe('application/octet-stream');
  });
});
