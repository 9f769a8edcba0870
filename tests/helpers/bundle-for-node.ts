import * as path from 'node:path';
import { build } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry (and everything it imports, npm packages
 * included) into one self-contained ESM file that plain `node` runs: how a
 * test gets a child process running the real services without a TS loader
 * or a full app build. Returns the file's path.
 */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const fileName = `${path.basename(entry).replace(/\.ts$/, '')}.mjs`;
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@shared': path.join(ROOT, 'shared') } },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: path.resolve(ROOT, entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: fileName, codeSplitting: false } },
    },
  });
  return path.join(outDir, fileName);
}
