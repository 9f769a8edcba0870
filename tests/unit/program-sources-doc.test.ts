import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISES, type DoseRange, type DoseSpec } from '@shared/content/exercises';
import { TIPS } from '@shared/content/tips';
import { RED_FLAGS } from '@shared/program/profile-model';

/**
 * docs/PROGRAM.md "Sources of the content" is the record of where each dose
 * and back-care fact comes from, so its numbers must be the app's: every
 * catalogue exercise has one row there whose dose reads exactly as the
 * catalogue carries it, and every tip and red flag has its entry. A dose
 * changed in the code without the document (or the other way round) fails
 * here by name.
 */
const PROGRAM_DOC = resolve(import.meta.dirname, '../../docs/PROGRAM.md');

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  if (start < 0) throw new Error(`docs/PROGRAM.md has no "${heading}"`);
  const level = /^#+/.exec(heading)?.[0] ?? '#';
  const rest = markdown.slice(start + heading.length);
  // The section runs to the next heading of the same or a higher level.
  const next = new RegExp(`^#{1,${level.length}} `, 'm').exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

/** How the document writes a range: "5-10 s (from 5, +1)", or "30 s" when it does not change. */
function range(r: DoseRange, unit: string, suffix = ''): string {
  return r.min === r.max
    ? `${r.min}${unit}${suffix}`
    : `${r.min}-${r.max}${unit}${suffix} (from ${r.start}, +${r.step})`;
}

/** A dose in the document's words: "hold 30 s; 2-4 reps per side (from 2, +1)". */
function doseInWords(dose: DoseSpec): string {
  const parts: string[] = [];
  if (dose.holdSeconds) {
    parts.push(`hold ${range(dose.holdSeconds, ' s', !dose.repetitions && dose.perSide ? ' per side' : '')}`);
  }
  if (dose.repetitions) parts.push(range(dose.repetitions, ' reps', dose.perSide ? ' per side' : ''));
  if (dose.minutes) parts.push(range(dose.minutes, ' min'));
  return parts.join('; ');
}

const sources = section(readFileSync(PROGRAM_DOC, 'utf8'), '## Sources of the content');

/** Table rows whose first cell is a code-quoted id: id -> the second cell, per row found. */
function doseRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const match of sources.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|([^|]*)\|/gm)) {
    const [, id, dose] = match as unknown as [string, string, string];
    rows.set(id, [...(rows.get(id) ?? []), dose.trim()]);
  }
  return rows;
}

describe('docs/PROGRAM.md "Sources of the content"', () => {
  const rows = doseRows();

  it.each(EXERCISES.map((e) => [e.id, e.dose] as const))(
    'states the dose of %s as the catalogue carries it',
    (id, dose) => {
      expect(rows.get(id) ?? [], `rows for ${id}`).toEqual([doseInWords(dose)]);
    },
  );

  it('has a dose row for no exercise outside the catalogue', () => {
    const known = new Set(EXERCISES.map((e) => e.id));
    expect([...rows.keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('gives every tip its source', () => {
    const tips = section(sources, '### Tips');
    expect(TIPS.map((tip) => tip.id).filter((id) => !tips.includes(`- \`${id}\`:`))).toEqual([]);
  });

  it('gives every red flag its source', () => {
    const safety = section(sources, '### Safety');
    expect(RED_FLAGS.filter((flag) => !safety.includes(`- \`${flag}\`:`))).toEqual([]);
  });
});
