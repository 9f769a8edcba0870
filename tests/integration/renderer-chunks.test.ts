import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built renderer (out/renderer, from `npm run build`): the main entry
 * chunk and everything it imports statically ship without zod (about 30 KB
 * gzipped that every window would parse at start-up); the Settings window,
 * loaded with import() when it opens, brings zod for its inline validation.
 * zod's marker: it keeps its global configuration under this name.
 */
const ASSETS = path.resolve(import.meta.dirname, '../../out/renderer/assets');
const INDEX_HTML = path.resolve(import.meta.dirname, '../../out/renderer/index.html');
const ZOD_MARKER = '__zod_globalConfig';

function read(file: string): string {
  return fs.readFileSync(path.join(ASSETS, file), 'utf8');
}

/** Chunks a chunk imports: statically (`import … from "./x.js"`, `import "./x.js"`) and with import(). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = read(file);
  const name = (spec: string) => path.basename(spec);
  const statics = [
    ...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g),
  ];
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)];
  return { static: statics.map((m) => name(m[1] ?? '')), dynamic: dynamics.map((m) => name(m[1] ?? '')) };
}

/** A chunk and every chunk it reaches through static imports. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).static);
  }
  return seen;
}

function entryChunk(): string {
  expect(fs.existsSync(INDEX_HTML), 'out/renderer is missing: build first with `npm run build`').toBe(true);
  const html = fs.readFileSync(INDEX_HTML, 'utf8');
  const src = /<script type="module"[^>]*\ssrc="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'index.html names no module script').toMatch(/^index-[\w-]+\.js$/);
  return src as string;
}

describe('the built renderer', () => {
  it('loads no zod with its entry chunk, nor with any chunk that chunk imports statically', () => {
    const main = staticClosure(entryChunk());
    for (const file of main) expect(read(file).includes(ZOD_MARKER), `${file} holds zod`).toBe(false);
  });

  it('loads the Settings window on demand, and zod with it', () => {
    const entry = entryChunk();
    const main = staticClosure(entry);
    const lazy = [...main].flatMap((file) => importsOf(file).dynamic);
    const settings = lazy.filter((file) => /^SettingsWindow-[\w-]+\.js$/.test(file));
    expect(settings).toHaveLength(1);
    const chunk = settings[0] as string;
    expect(main.has(chunk)).toBe(false);
    // zod is in the settings chunk or in a chunk only it imports statically.
    const own = [...staticClosure(chunk)].filter((file) => !main.has(file));
    expect(own.some((file) => read(file).includes(ZOD_MARKER))).toBe(true);
  });

  it('reads imports the way the bundler writes them (the checks above see real chunks)', () => {
    // Sanity of the scanner itself: the entry chunk imports its lazily loaded chunks with import().
    const { dynamic } = importsOf(entryChunk());
    expect(dynamic.length).toBeGreaterThan(1);
    for (const file of dynamic) expect(fs.existsSync(path.join(ASSETS, file)), file).toBe(true);
  });

  it('gives each lazily loaded chunk its own stylesheet, and the first page only its own', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ASSETS, '../.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; css?: string[]; isEntry?: boolean }
    >;
    const css = (key: string) => {
      const files = manifest[key]?.css ?? [];
      expect(files, `${key} has no stylesheet of its own`).toHaveLength(1);
      return read(path.basename(files[0] as string));
    };
    const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry) as string;
    const first = css(entryKey);
    const charts = css('src/charts/chunk.ts');
    const settings = css('src/settings/SettingsWindow.tsx');
    // index.html links the entry's sheet alone; the others come with their chunks.
    const linked = [
      ...fs.readFileSync(INDEX_HTML, 'utf8').matchAll(/<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+)"/g),
    ];
    expect(linked.map((m) => m[1])).toEqual([path.basename(manifest[entryKey]?.css?.[0] ?? '')]);
    // What holds the charts' places, and the report's tables, is styled before the chart code arrives.
    for (const selector of ['.today-ring{', '.history--loading{', '.chart-card--loading{', '.chart-table{', '.tray{'])
      expect(first, selector).toContain(selector);
    for (const selector of ['.heatmap{', '.timeline__list{', '.chart__bar', '.range-switch{', '.chart-tooltip{']) {
      expect(charts, selector).toContain(selector);
      expect(first, selector).not.toContain(selector);
    }
    for (const selector of ['.settings-card{', '.about{', '.settings fieldset{']) {
      expect(settings, selector).toContain(selector);
      expect(first, selector).not.toContain(selector);
    }
    // Each sheet once: no chunk repeats the base sheet's rules.
    for (const sheet of [charts, settings]) expect(sheet).not.toContain('.button{');
  });
});
