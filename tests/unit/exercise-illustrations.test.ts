import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../shared/content/exercises';
import { ALL_IDS } from '../helpers/catalogue-ids';

const root = path.resolve(import.meta.dirname, '../..');
const folder = path.join(root, 'assets/exercises');

/** One drawing per exercise of the catalogue (assets/exercises/README.md). */
const IDS = ALL_IDS;

const MAX_BYTES = 4096;
/** The only paint values the style allows (README: body, accent, props, none). */
const ALLOWED_PAINT = new Set(['currentColor', 'var(--accent, #0f6e5c)', '#9aa7a3', 'none']);

function read(file: string): string {
  return fs.readFileSync(path.join(folder, file), 'utf8');
}

/** Tags balance and attributes are quoted: enough XML for hand-written drawings. */
function wellFormed(markup: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(markup); m; m = tag.exec(markup)) {
    if (markup.slice(at, m.index).includes('<')) return false; // a tag the pattern could not read
    at = tag.lastIndex;
    const [, closing, name = '', , selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else if (!selfClosing) {
      stack.push(name);
    }
  }
  return stack.length === 0 && !markup.slice(at).includes('<');
}

/** The checks every drawing must pass; returns the problems found. */
function problems(markup: string): string[] {
  const out: string[] = [];
  const text = markup.trim();
  if (Buffer.byteLength(markup) >= MAX_BYTES) out.push(`${Buffer.byteLength(markup)} bytes`);
  if (!text.startsWith('<svg')) out.push('does not start with <svg');
  if (!text.endsWith('</svg>')) out.push('does not end with </svg>');
  if (!wellFormed(text)) out.push('not well-formed');
  const root = /^<svg\b[^>]*>/.exec(text)?.[0] ?? '';
  if (!root.includes('viewBox="0 0 240 160"')) out.push('viewBox is not "0 0 240 160"');
  if (!root.includes('role="img"')) out.push('no role="img"');
  if (!root.includes('xmlns="http://www.w3.org/2000/svg"')) out.push('no SVG namespace');
  if (!/<title>[^<]{3,}<\/title>/.test(text)) out.push('no <title>');
  if (/<script/i.test(text)) out.push('has <script');
  if (/\son[a-z]+\s*=/i.test(text)) out.push('has an on...= handler');
  if (/href\s*=/i.test(text)) out.push('has an href');
  if (/url\(\s*['"]?(?!#)/i.test(text)) out.push('has an external url(');
  if (/<(image|foreignObject|style|use)\b|<!|<\?|\sstyle\s*=/i.test(text))
    out.push('has raster, foreign, style or reference content');
  if (!/stroke="currentColor"/.test(text)) out.push('does not use currentColor');
  for (const [, value = ''] of text.matchAll(/\s(?:stroke|fill)="([^"]*)"/g)) {
    if (!ALLOWED_PAINT.has(value)) out.push(`paint ${value} is outside the palette`);
  }
  // stroke-width 8 for the body, 3 for props and arrows
  for (const [, value = ''] of text.matchAll(/\sstroke-width="([^"]*)"/g)) {
    if (value !== '8' && value !== '3') out.push(`stroke-width ${value}`);
  }
  return out;
}

describe('exercise illustrations', () => {
  it.each(IDS)('%s.svg exists and follows the style and safety rules', (id) => {
    expect(fs.existsSync(path.join(folder, `${id}.svg`))).toBe(true);
    expect(problems(read(`${id}.svg`))).toEqual([]);
  });

  it('holds exactly one SVG per listed exercise, nothing else', () => {
    const svgs = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.svg'))
      .sort();
    expect(svgs).toEqual(IDS.map((id) => `${id}.svg`).sort());
  });

  it('has an illustration for every exercise in the catalogue', () => {
    for (const exercise of EXERCISES) {
      // `illustration` is being added to the catalogue; until then the id names the file.
      const illustration = (exercise as { illustration?: string }).illustration;
      const file = illustration ?? `${exercise.id}.svg`;
      expect(file, exercise.id).toBe(`${exercise.id}.svg`);
      expect(fs.existsSync(path.join(folder, file)), file).toBe(true);
      expect(problems(read(file)), file).toEqual([]);
    }
  });

  it('flags what the checks are for', () => {
    const good = read('plank.svg');
    expect(problems(good)).toEqual([]);
    expect(problems(good.replace('<title>', '<script>alert(1)</script><title>'))).toContain('has <script');
    expect(problems(good.replace('role="img"', 'role="img" onload="x()"'))).toContain('has an on...= handler');
    expect(problems(good.replace('<title>', '<use href="https://example.com/a.svg#x"/><title>'))).toContain(
      'has an href',
    );
    expect(problems(good.replace('#9aa7a3', 'url(https://example.com/x)'))).toContain('has an external url(');
    expect(problems(good.replace('</g>', ''))).toContain('not well-formed');
    expect(problems(good.replace('#9aa7a3', '#ff0000'))).toContain('paint #ff0000 is outside the palette');
  });

  it('every drawing passes the renderer component’s own safety check', async () => {
    // A computed specifier keeps the renderer module (Vite types) out of the tests' type-check.
    const modulePath = '../../renderer/src/components/ExerciseIllustration';
    const component = (await import(/* @vite-ignore */ modulePath)) as {
      isSafeSvgMarkup(markup: string): boolean;
      hasExerciseIllustration(id: string): boolean;
    };
    for (const id of IDS) {
      expect(component.isSafeSvgMarkup(read(`${id}.svg`)), id).toBe(true);
      expect(component.hasExerciseIllustration(id), id).toBe(true);
    }
    expect(component.hasExerciseIllustration('no-such-exercise')).toBe(false);
    expect(component.isSafeSvgMarkup('<svg><script>alert(1)</script></svg>')).toBe(false);
    expect(component.isSafeSvgMarkup('<svg onload="alert(1)"></svg>')).toBe(false);
    expect(component.isSafeSvgMarkup('<svg><image href="https://example.com/x.png"/></svg>')).toBe(false);
    expect(component.isSafeSvgMarkup('<div><svg></svg></div>')).toBe(false);
  });
});
