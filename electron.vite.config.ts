import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
/** The app's version, baked into the main bundles (the web host has no app.getVersion()). */
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };

/**
 * One build, one output folder (`out/`): the Electron main process and the
 * web host (both plain-Node ESM), the sandboxed preload (a single CommonJS
 * file, since a sandboxed preload can require only `electron`), and the
 * renderer.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    define,
    build: {
      outDir: 'out/main',
      // Only package.json `dependencies` stay external and are loaded from
      // node_modules (inside the app's asar once packaged); everything else
      // the main process imports is bundled in. So a package is a dependency
      // only when the built code loads it at run time (electron-store, which
      // is ESM-only, is bundled: a devDependency). The packaging rehearsal
      // (tests/integration/packaging-rehearsal.test.ts) checks both ways.
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/electron-host/main.ts'),
          'web-host': resolve(import.meta.dirname, 'electron/web-host/cli.ts'),
          cli: resolve(import.meta.dirname, 'electron/tools/cli/posture-cli.ts'),
          'seed-history': resolve(import.meta.dirname, 'electron/tools/cli/seed-history.ts'),
          'stats-bench': resolve(import.meta.dirname, 'electron/tools/cli/stats-bench.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/electron-host/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // Shipped to every window and page load: minified (electron-vite leaves it off by default).
      minify: true,
      // out/renderer/.vite/manifest.json: which chunk is the entry and which load later (npm run bench).
      manifest: true,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
