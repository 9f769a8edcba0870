// What the renderer ships: every JavaScript file of out/renderer, gzipped
// (level 9, as a package or a CDN would), grouped by the Vite manifest into
// the entry's initial load and the chunks it loads when needed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './processes.mjs';

const rendererDir = path.join(root, 'out/renderer');
const gzKb = (file) => gzipSync(fs.readFileSync(path.join(rendererDir, file)), { level: 9 }).length / 1024;

/** { initial, lazy: [{ name, kb, locale }], oneLanguage, all } in KB gzipped. */
export function rendererBundle() {
  const manifestFile = path.join(rendererDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error('no out/renderer/.vite/manifest.json: build first');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  // The entry and what it imports statically load with every page.
  const initialFiles = new Set();
  const addStatic = (key) => {
    const chunk = manifest[key];
    if (!chunk || initialFiles.has(chunk.file)) return;
    initialFiles.add(chunk.file);
    for (const imported of chunk.imports ?? []) addStatic(imported);
  };
  addStatic(Object.keys(manifest).find((key) => manifest[key] === entry));
  const initial = [...initialFiles].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzKb(f), 0);
  const lazy = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || initialFiles.has(chunk.file)) continue;
    const locale = /shared\/i18n\/locales\/([^/]+)\//.exec(key)?.[1] ?? null;
    // Named after its source folder: src/charts/chunk.ts is "charts".
    const name = locale ? `${locale} translation` : `${path.basename(path.dirname(key))} code`;
    lazy.push({ name, kb: gzKb(chunk.file), locale });
  }
  const allFiles = fs.readdirSync(path.join(rendererDir, 'assets')).filter((f) => f.endsWith('.js'));
  const all = allFiles.reduce((sum, f) => sum + gzKb(path.join('assets', f)), 0);
  const largestLocale = Math.max(0, ...lazy.filter((c) => c.locale).map((c) => c.kb));
  const oneLanguage = initial + lazy.filter((c) => !c.locale).reduce((sum, c) => sum + c.kb, 0) + largestLocale;
  return { initial, lazy, oneLanguage, all };
}
