/**
 * The record file: every call the app makes on the stand-in becomes one JSON
 * line `{seq, ready, api, ...fields}`, appended to ELECTRON_STANDIN_RECORD.
 * Calls carry `self` (which object, e.g. "BrowserWindow#1") and `args`;
 * functions are written as "[Function name]", our objects as
 * `{"$ref": "Tray#1"}`.
 *
 * Also holds the `ready` flag every line carries (set once by app.ts) and the
 * per-kind counters that name our objects.
 */
import * as fs from 'node:fs';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error('electron stand-in: set ELECTRON_STANDIN_RECORD and ELECTRON_STANDIN_USER_DATA');
  return value;
}

export const RECORD_FILE = requiredEnv('ELECTRON_STANDIN_RECORD');
export const USER_DATA = requiredEnv('ELECTRON_STANDIN_USER_DATA');

/** The property holding an object's record name ("Tray#1"). */
export const REF = Symbol('electron-standin.ref');

/** An object the record names by reference. */
export interface Named {
  readonly [REF]: string;
}

const counters = new Map<string, number>();
let seq = 0;

/** Whether the app has become ready (a live binding; only markReady() sets it). */
export let ready = false;

export function markReady(): void {
  ready = true;
}

/** The next record name for an object of `kind`: "kind#1", "kind#2", ... */
export function nextRef(kind: string): string {
  const n = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, n);
  return `${kind}#${n}`;
}

function isNamed(value: object): value is Named {
  return REF in value && typeof value[REF] === 'string';
}

/** A JSON-safe copy: functions and our objects by name, cycles cut. */
function describe(value: unknown, seen = new WeakSet<object>(), depth = 0): unknown {
  if (value === undefined || value === null) return value;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (typeof value === 'bigint' || typeof value === 'symbol') return String(value);
  if (typeof value !== 'object') return value;
  if (isNamed(value)) return { $ref: value[REF] };
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (value instanceof Promise) return '[Promise]';
  if (seen.has(value) || depth > 12) return '[Circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item: unknown) => describe(item, seen, depth + 1) ?? null);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = describe(item, seen, depth + 1);
    return out;
  } finally {
    seen.delete(value);
  }
}

export function record(api: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ seq: ++seq, ready, api, ...(describe(fields) as object) });
  fs.appendFileSync(RECORD_FILE, `${line}\n`);
}

/** Records a call of `api` on `self` (null for module-level functions). */
export function recordCall(api: string, self: string | null, args: readonly unknown[]): void {
  record(api, self ? { self, args } : { args });
}
