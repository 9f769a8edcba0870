import type { CSSProperties } from 'react';

/**
 * The line drawing of an exercise (assets/exercises/<id>.svg, style rules in
 * assets/exercises/README.md).
 *
 * The SVGs are inlined, not shown through <img>, so that their
 * `currentColor` strokes take the page's text colour and their accent takes
 * `--accent`: both follow the light/dark theme. Inlining is safe under the
 * CSP (`default-src 'self'`, no inline scripts or styles): the markup is
 * bundled at build time (Vite `?raw`), never fetched, and each file must pass
 * `isSafeSvgMarkup` (plain drawing elements only) before it is rendered.
 */
const FILES = import.meta.glob<string>('../../../assets/exercises/*.svg', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** Markup with anything that could script, style, load or link elsewhere. */
const FORBIDDEN: readonly RegExp[] = [
  /<script/i,
  /<style/i,
  /<!/, // DOCTYPE, ENTITY, CDATA, comments
  /<\?/, // XML processing instructions
  /<(foreignObject|iframe|object|embed|image|use|a|animate|set|audio|video|link|meta)\b/i,
  /\son[a-z]+\s*=/i, // event handler attributes
  /\sstyle\s*=/i, // inline styles (blocked by the CSP anyway)
  /href\s*=/i, // href and xlink:href: the drawings link nowhere
  /url\(\s*['"]?(?!#)/i, // url() other than a same-document #fragment
  /javascript:/i,
  /@import/i,
];

/** True when `markup` is one self-contained, inert <svg> drawing. */
export function isSafeSvgMarkup(markup: string): boolean {
  const text = markup.trim();
  if (!text.startsWith('<svg') || !text.endsWith('</svg>')) return false;
  if (text.indexOf('<svg', 1) !== -1) return false; // exactly one root
  return !FORBIDDEN.some((pattern) => pattern.test(text));
}

const ILLUSTRATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(FILES).flatMap(([file, markup]): [string, string][] => {
    const id = /\/([a-z0-9]+(?:-[a-z0-9]+)*)\.svg$/.exec(file)?.[1];
    return id !== undefined && isSafeSvgMarkup(markup) ? [[id, markup.trim()]] : [];
  }),
);

/** Whether an illustration exists (and passed the safety check) for `id`. */
export function hasExerciseIllustration(id: string): boolean {
  return ILLUSTRATIONS.has(id);
}

/** The SVG scales to the wrapper's width; `className` may cap it. */
const WRAPPER_STYLE: CSSProperties = { display: 'grid', width: '100%', maxWidth: '100%' };

export function ExerciseIllustration({ id, label, className }: { id: string; label: string; className?: string }) {
  const markup = ILLUSTRATIONS.get(id);
  if (markup === undefined) return null;
  return (
    <div
      className={className ? `exercise-illustration ${className}` : 'exercise-illustration'}
      role="img"
      aria-label={label}
      style={WRAPPER_STYLE}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
