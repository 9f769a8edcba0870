import fc from 'fast-check';
import type { z } from 'zod';
import { EXERCISES } from '../../shared/content/exercises';

/**
 * fast-check arbitraries for fuzzing the IPC contract and the web host:
 * payloads guided by a channel's zod schema (mostly valid, often just off:
 * a bound crossed, a wrong type, an extra key), hostile values (prototype
 * keys, NaN and Infinity, huge strings, deep nesting) and anything at all.
 * Every value is one a real transport can carry: Electron's structured clone
 * or the web host's JSON.
 */

/** Keys that pollute prototypes when a merge copies them carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

export const HUGE_STRING = 'x'.repeat(100_000);

/** Ids the handlers know (exercises, tray items, notices), so guided strings often reach past validation. */
const KNOWN_IDS = [
  ...EXERCISES.map((e) => e.id),
  'start-now',
  'snooze-5',
  'pause-60',
  'resume',
  'open-dashboard',
  'settings',
  'settings-recovered',
];

/** Values no JSON text can hold but a structured clone can (Electron's IPC). */
const nonJsonValues = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  undefined,
  10n ** 30n,
  new Date(Number.NaN),
  new Map([['minutes', 5]]),
  new Set([1]),
  new Uint8Array([1, 2, 3]),
  /minutes/g,
);

const awkwardNumbers = fc.constantFrom(
  -1,
  0,
  0.5,
  1.5,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  -Number.MAX_VALUE,
  1e21,
);

const awkwardStrings = fc.constantFrom(
  '',
  ' ',
  '\0',
  '\u202e',
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  '${7*7}',
  'constructor',
  '__proto__',
  '1',
  'true',
  'null',
  HUGE_STRING,
);

/** Deeply nested arrays and objects (deep enough to trip a naive recursive walk). */
export const deepNesting: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 5_000 }), fc.boolean())
  .map(([depth, arrays]) => nest(depth, arrays));

function nest(depth: number, arrays: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  // fast-check prints generated values recursively: name this one instead.
  // (A symbol key: neither JSON nor a structured clone carries it.)
  Object.defineProperty(value, fc.toStringMethod, {
    value: () => `<${depth} nested ${arrays ? 'arrays' : 'objects'}>`,
  });
  return value;
}

/** Anything a transport can carry, including what JSON cannot. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
  },
  { weight: 1, arbitrary: nonJsonValues },
  { weight: 1, arbitrary: awkwardNumbers },
  { weight: 1, arbitrary: awkwardStrings },
  { weight: 1, arbitrary: deepNesting },
);

/** JSON texts that put a prototype key in an object, parsed as a transport would. */
export const prototypePollution: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...PROTOTYPE_KEYS),
    fc.constantFrom('{"polluted":true}', '{"prototype":{"polluted":true}}', '1'),
  )
  .chain(([key, inner]) =>
    fc.constantFrom(
      `{"${key}":${inner}}`,
      `{"minutes":5,"${key}":${inner}}`,
      `{"patch":{"${key}":${inner}}}`,
      `{"movement":{"${key}":${inner}}}`,
      `{"regions":{"${key}":3},"flareUp":false,"redFlags":[]}`,
      `[{"${key}":${inner}}]`,
    ),
  )
  .map((text) => JSON.parse(text) as unknown);

/** Adds `key: value` as an own property, even for "__proto__". */
function withOwn(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  return target;
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  checks?: { _zod: { def: Record<string, unknown> } }[];
};

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Record<string, unknown>[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

function numberArbitrary(def: Def): fc.Arbitrary<unknown> {
  let min = -1_000_000;
  let max = 1_000_000;
  let integer = false;
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = Number(check.value);
    if (check.check === 'less_than') max = Number(check.value);
    if (check.check === 'number_format') integer = true;
  }
  const inRange = integer
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
    : fc.double({ min, max, noNaN: true });
  return fc.oneof(
    { weight: 6, arbitrary: inRange },
    { weight: 2, arbitrary: fc.constantFrom(min, max, min - 1, max + 1, (min + max) / 2 + 0.5) },
    { weight: 1, arbitrary: awkwardNumbers },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, String(min), null) },
  );
}

function stringArbitrary(def: Def): fc.Arbitrary<unknown> {
  let maxLength = 300;
  let pattern: RegExp | null = null;
  for (const check of checksOf(def)) {
    if (check.check === 'max_length') maxLength = Number(check.maximum);
    if (check.check === 'string_format' && check.pattern instanceof RegExp) pattern = check.pattern;
  }
  const valid = pattern
    ? fc.stringMatching(pattern)
    : fc.oneof(fc.string({ maxLength: Math.min(maxLength, 40) }), fc.constantFrom(...KNOWN_IDS));
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(maxLength), 'x'.repeat(maxLength + 1)) },
    { weight: 1, arbitrary: awkwardStrings },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );
}

/**
 * Values for `schema`: most valid, many just wrong. Depth-limited; anything
 * the walker does not know becomes an arbitrary value.
 */
export function zodArbitrary(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const junk = fc.oneof(awkwardNumbers, awkwardStrings, nonJsonValues, fc.constantFrom<unknown>(null, [], {}, true));
  if (depth > 6) return junk;
  const valid = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'object': {
        const shape = def.shape ?? {};
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, field] of Object.entries(shape)) model[key] = zodArbitrary(field, depth + 1);
        const record = fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
        const full = fc.record(model) as fc.Arbitrary<Record<string, unknown>>;
        const extra = fc
          .tuple(full, fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 10 })), anyValue)
          .map(([base, key, value]) => withOwn({ ...base }, key, value));
        return fc.oneof(
          { weight: 4, arbitrary: full },
          { weight: 3, arbitrary: record },
          { weight: 1, arbitrary: extra },
        );
      }
      case 'optional':
        return fc.oneof(
          { weight: 1, arbitrary: fc.constant(undefined) },
          { weight: 4, arbitrary: zodArbitrary(def.innerType!, depth + 1) },
        );
      case 'nullable':
        return fc.oneof(
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 4, arbitrary: zodArbitrary(def.innerType!, depth + 1) },
        );
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'nonoptional':
        return zodArbitrary(def.innerType!, depth + 1);
      case 'pipe':
        return zodArbitrary(def.in!, depth + 1);
      case 'number':
        return numberArbitrary(def);
      case 'string':
        return stringArbitrary(def);
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
      case 'literal':
        return fc.constantFrom(...(def.values ?? [null]));
      case 'union':
        return fc.oneof(...(def.options ?? []).map((option) => zodArbitrary(option, depth + 1)));
      case 'array': {
        let maxLength = 6;
        for (const check of checksOf(def)) if (check.check === 'max_length') maxLength = Number(check.maximum) + 1;
        return fc.array(zodArbitrary(def.element!, depth + 1), { maxLength: Math.min(maxLength, 12) });
      }
      case 'record':
        return fc
          .array(fc.tuple(zodArbitrary(def.keyType!, depth + 1), zodArbitrary(def.valueType!, depth + 1)), {
            maxLength: 6,
          })
          .map((pairs) => {
            const target: Record<string, unknown> = {};
            for (const [key, value] of pairs) withOwn(target, String(key), value);
            return target;
          });
      default:
        return anyValue;
    }
  })();
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: junk });
}

/** A payload for a channel whose request schema is `schema`: guided, hostile, or anything. */
export function payloadArbitrary(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: zodArbitrary(schema) },
    { weight: 2, arbitrary: anyValue },
    { weight: 1, arbitrary: prototypePollution },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, HUGE_STRING, [], 0, false) },
  );
}

/** What a structured clone would deliver (Electron's IPC); drops nothing we generate. */
export function asStructuredClone(value: unknown): unknown {
  return structuredClone(value);
}

/** Whether `value` survives JSON (the web host's transport); if so, its JSON round trip. */
export function asJson(value: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? { ok: false } : { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether anything was added to Object.prototype (or Array.prototype). */
export function prototypesPolluted(): string[] {
  const found: string[] = [];
  for (const [name, proto] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
  ] as const) {
    for (const key of Object.keys(proto)) found.push(`${name}.prototype.${key}`);
  }
  if ((Object.prototype as Record<string, unknown>).polluted !== undefined) found.push('Object.prototype.polluted');
  return found;
}
