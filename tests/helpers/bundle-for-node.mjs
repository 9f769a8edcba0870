// @ts-check
/**
 * Bundles a TypeScript entry (and everything it imports, npm packages
 * included) into one self-contained ESM file that plain `node` runs: how a
 * test gets a child process running the real services without a TS loader
 * or a full app build, and how the electron stand-in becomes a module
 * (electron-standin/build-standin.mjs). Node built-ins stay imports.
 *
 * Plain ESM JavaScript with JSDoc, as the stand-in's register.mjs runs it
 * before any loader exists; vite is loaded only when a bundle is built.
 */
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * @param {string} entry the entry file, from the repository root or absolute
 * @param {string} outDir emptied, then holds the bundle
 * @param {string} [fileName] the bundle's name: the entry's, with `.mjs`, when not given
 * @returns {Promise<string>} the bundle's path
 */
export async function bundleForNode(entry, outDir, fileName = `${path.basename(entry).replace(/\.ts$/, '')}.mjs`) {
  const { build } = await import('vite');
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
