import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The chart colours (renderer/src/charts/charts.css, on the cards of
 * renderer/src/styles.css) pass WCAG AA against the card
 * background they are drawn on: 3:1 for graphics (bars, lines, marks, heat-map
 * cells; WCAG 1.4.11) and 4.5:1 for text (axis labels, badges; WCAG 1.4.3), in
 * the light theme, the dark theme and print. The values are read from the
 * stylesheets themselves (every sheet of the renderer, the base one first, as
 * the page loads them), so changing a colour there re-runs the check. Tokens
 * are written `light-dark(LIGHT, DARK)`, so that the theme setting (which
 * sets `color-scheme`) can override the system's preference.
 */
const RENDERER = path.resolve(import.meta.dirname, '../../renderer/src');
const BASE = path.join(RENDERER, 'styles.css');
const SHEETS = [
  BASE,
  ...fs
    .readdirSync(RENDERER, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => path.join(RENDERER, file))
    .filter((file) => file !== BASE)
    .sort(),
];
const CSS = SHEETS.map((file) => fs.readFileSync(file, 'utf8')).join('\n');

type Vars = Record<string, string>;

/** `:root` custom properties per media condition ('' = none), in source order. */
function rootVariables(css: string): Map<string, Vars> {
  const byMedia = new Map<string, Vars>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const walk = (block: string, media: string) => {
    let i = 0;
    while (i < block.length) {
      const open = block.indexOf('{', i);
      if (open === -1) break;
      const prelude = block.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      while (j < block.length && depth > 0) {
        if (block[j] === '{') depth++;
        else if (block[j] === '}') depth--;
        j++;
      }
      const body = block.slice(open + 1, j - 1);
      if (prelude.startsWith('@media')) {
        walk(body, prelude.slice('@media'.length).trim());
      } else if (prelude.split(',').some((s) => s.trim() === ':root')) {
        const vars = byMedia.get(media) ?? {};
        for (const match of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars[match[1]!] = match[2]!.trim();
        byMedia.set(media, vars);
      }
      i = j;
    }
  };
  walk(text, '');
  return byMedia;
}

/** One side of each `light-dark(LIGHT, DARK)` value; other values as they are. */
function side(vars: Vars, which: 0 | 1): Vars {
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => {
      const pair = /^light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)$/.exec(value);
      return [name, pair ? pair[which + 1]! : value];
    }),
  );
}

const media = rootVariables(CSS);
const base = media.get('') ?? {};
const light = side(base, 0);
const THEMES: Record<string, Vars> = {
  light,
  dark: side(base, 1),
  // Print forces `color-scheme: light`, then sets its own values.
  print: { ...light, ...media.get('print') },
};

function resolve(vars: Vars, name: string, seen = new Set<string>()): string {
  const value = vars[name];
  if (value === undefined) throw new Error(`${name} is not defined`);
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  if (!reference) return value;
  if (seen.has(name)) throw new Error(`${name} refers to itself`);
  return resolve(vars, reference[1]!, seen.add(name));
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((at) => {
    const c = parseInt(match[1]!.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Drawn on the card background (--surface): 3:1. */
const GRAPHICS = [
  '--chart-adherence',
  '--chart-target',
  '--chart-pain',
  '--chart-flare',
  '--chart-minutes',
  '--chart-exercises',
  '--chart-ring',
  '--chart-heat-0',
  '--chart-heat-1',
  '--chart-heat-2',
  '--chart-heat-3',
  '--chart-heat-4',
];

/** [foreground, background, minimum]: text and marks drawn on something else than the card. */
const PAIRS: [string, string, number][] = [
  ['--chart-axis', '--surface', 4.5],
  ['--muted', '--surface', 4.5],
  ['--text', '--surface', 4.5],
  // The target line where it crosses the adherence bars.
  ['--chart-target', '--chart-adherence', 3],
  // The ring's filled part against its track.
  ['--chart-ring', '--chart-ring-track', 3],
  // Timeline badges: taken on the accent tint, skipped/snoozed on the warning colours.
  ['--text', '--accent-soft', 4.5],
  ['--warn-text', '--warn-bg', 4.5],
  ['--text', '--bg', 4.5],
  // Form errors and the red-flag notice.
  ['--danger', '--surface', 4.5],
  ['--danger', '--bg', 4.5],
  ['--danger-text', '--danger-bg', 4.5],
  ['--danger-strong', '--danger-bg', 4.5],
  // The focus ring against what it is drawn on (WCAG 2.4.7, 1.4.11).
  ['--focus', '--bg', 3],
  ['--focus', '--surface', 3],
];

describe('chart colours (renderer/src/charts/charts.css)', () => {
  it('finds the chart palette for light and dark, each colour with both sides', () => {
    const palette = GRAPHICS.concat('--chart-axis', '--chart-ring-track');
    expect(Object.keys(base)).toEqual(expect.arrayContaining(palette));
    for (const name of palette) expect(base[name]).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/i);
  });

  it('has no prefers-color-scheme rules, which would ignore the theme setting', () => {
    expect(CSS.replace(/\/\*[\s\S]*?\*\//g, '')).not.toMatch(/prefers-color-scheme/);
    expect(CSS).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme: light;/);
    expect(CSS).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme: dark;/);
  });

  for (const [theme, vars] of Object.entries(THEMES)) {
    describe(theme, () => {
      const card = resolve(vars, '--surface');
      it.each(GRAPHICS)(`%s has 3:1 against the card background`, (name) => {
        expect(contrast(resolve(vars, name), card)).toBeGreaterThanOrEqual(3);
      });
      it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, minimum) => {
        expect(contrast(resolve(vars, fg), resolve(vars, bg))).toBeGreaterThanOrEqual(minimum);
      });
    });
  }

  it('computes contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
