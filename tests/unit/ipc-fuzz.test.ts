import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dispatchInvoke,
  INVOKE_CHANNELS,
  invokeContract,
  ipcErrorCodeSchema,
  type ContractHandlers,
  type InvokeName,
  type IpcResult,
} from '@shared/ipc-contract';
import { startTestApp } from '../helpers/app-harness';
import { fileStamps } from '../helpers/files';
import { anyValue, asJson, payloadArbitrary, PROTOTYPE_KEYS, prototypesPolluted } from '../helpers/fuzz-arbitraries';

/**
 * Fuzzes every channel of the IPC contract through `dispatchInvoke` against
 * the REAL handlers (an AppService with fake OS ports on a temp folder):
 * thousands of random and malformed payloads each. Every call must resolve
 * to a typed result (never throw, never an "internal" crash), the service
 * must keep answering, and a refused call must leave everything as it was:
 * the snapshot, the settings, the program and every file in the data folder.
 */

const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 2_000);
/** A channel that takes no arguments has one valid payload, `{}`: fewer runs say as much. */
const RUNS_PER_EMPTY_CHANNEL = Math.ceil(RUNS_PER_CHANNEL / 4);

function takesNoArguments(schema: unknown): boolean {
  const def = (schema as { _zod?: { def?: { type?: string; shape?: object } } })._zod?.def;
  return def?.type === 'object' && Object.keys(def.shape ?? {}).length === 0;
}
const START = Date.parse('2026-03-02T09:30:00Z');
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_302);

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'posture-ipc-fuzz-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function buildService(name: string) {
  const dir = path.join(root, name.replace(/\W/g, '_'));
  fs.mkdirSync(dir);
  const { app, clock } = await startTestApp({ dataDir: dir, start: START, deviceId: 'fuzz-device' });
  return { app, dir, clock };
}

/** Everything a refused call must not change, read through the contract itself. */
async function observe(handlers: ContractHandlers, dir: string): Promise<string> {
  const read = async (channel: string) => {
    const result = await dispatchInvoke(handlers, channel, {});
    if (!result.ok) assert.fail(`${channel} must keep answering: ${JSON.stringify(result)}`);
    return result.value;
  };
  return JSON.stringify({
    snapshot: await read(invokeContract.getSnapshot.channel),
    settings: await read(invokeContract.getSettings.channel),
    program: await read(invokeContract.getProgram.channel),
    files: fileStamps(dir),
  });
}

/**
 * A typed result: `{ok: true, value}` or `{ok: false, error: {code, message}}`
 * with a known code, never "internal" (a handler crashed or answered outside
 * its schema: a bug), and able to travel back over either transport.
 * (node:assert rather than expect: this runs ~50 000 times.)
 */
function assertTypedResult(result: IpcResult<unknown>): void {
  assert.equal(typeof result, 'object');
  if (result.ok) {
    assert.deepEqual(Object.keys(result).sort(), ['ok', 'value']);
  } else {
    assert.deepEqual(Object.keys(result).sort(), ['error', 'ok']);
    assert.ok(ipcErrorCodeSchema.safeParse(result.error.code).success, `unknown error code ${result.error.code}`);
    assert.equal(typeof result.error.message, 'string');
    assert.notEqual(result.error.code, 'internal', result.error.message);
  }
  structuredClone(result);
  JSON.stringify(result);
}

/** A successful call that reports it changed nothing (a refused settings import, a repeated exercise report). */
function saysNothingChanged(result: IpcResult<unknown>): boolean {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) return false;
  const value = result.value as { imported?: unknown; recorded?: unknown };
  return value.imported === false || value.recorded === false;
}

/** A short, never-throwing description of a payload for failure messages. */
function describePayload(payload: unknown): string {
  try {
    return fc.stringify(payload).slice(0, 300);
  } catch {
    return `<${typeof payload} that cannot be printed>`;
  }
}

/** A structured clone, or the value itself when too deep to clone here (it still must not break dispatch). */
function cloneOrSelf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Runs `check`, naming the call in any failure. */
async function explained(what: () => string, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${what()}: ${message}`, { cause: error });
  }
}

describe('dispatchInvoke against the real handlers, fuzzed', () => {
  const names = Object.keys(invokeContract) as InvokeName[];

  it('covers every channel of the contract', () => {
    expect(names.map((name) => invokeContract[name].channel).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it.each(names)(
    '%s: every payload gets a typed result, refusals change nothing',
    async (name) => {
      const { channel, request } = invokeContract[name];
      const { app, dir } = await buildService(name);
      const counts = { ok: 0, 'invalid-payload': 0, rejected: 0, other: 0 };
      // What the last call left: the next call starts from it.
      let last: string | undefined;
      await fc.assert(
        fc.asyncProperty(payloadArbitrary(request), fc.boolean(), async (generated, overJson) => {
          // Electron delivers a structured clone; the web host delivers JSON.
          const json = overJson ? asJson(generated) : { ok: false as const };
          const payload = json.ok ? json.value : cloneOrSelf(generated);
          await explained(
            () => `${channel} ${describePayload(payload)}`,
            async () => {
              const before = (last ??= await observe(app.handlers, dir));
              const result = await dispatchInvoke(app.handlers, channel, payload);
              assertTypedResult(result);
              if (result.ok) counts.ok++;
              else if (result.error.code in counts) counts[result.error.code as keyof typeof counts]++;
              else counts.other++;
              const after = (last = await observe(app.handlers, dir));
              if (!result.ok) assert.equal(after, before, `refused (${result.error.code}) but changed state`);
              if (saysNothingChanged(result)) assert.equal(after, before, 'answered "not imported" but changed state');
              assert.deepEqual(prototypesPolluted(), []);
            },
          );
        }),
        { numRuns: takesNoArguments(request) ? RUNS_PER_EMPTY_CHANNEL : RUNS_PER_CHANNEL, seed: SEED },
      );
      app.stop();
      if (process.env.FUZZ_COUNTS) console.log(name, JSON.stringify(counts));
      // The fuzzer reached past validation, not only the zod gate.
      expect(counts['invalid-payload'], JSON.stringify(counts)).toBeGreaterThan(0);
      expect(counts.ok + counts.rejected, JSON.stringify(counts)).toBeGreaterThan(0);
    },
    120_000,
  );

  it('keeps the invariants over random sequences of calls on every channel, with time passing', async () => {
    const { app, dir, clock } = await buildService('sequences');
    const step = fc.oneof(
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 40 * 60_000 }).map((ms) => ({ advance: ms }) as const) },
      {
        weight: 4,
        arbitrary: fc
          .constantFrom(...names)
          .chain((name) => payloadArbitrary(invokeContract[name].request).map((payload) => ({ name, payload }))),
      },
    );
    let last: string | undefined;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const s of steps) {
          if ('advance' in s) {
            await clock.advance(s.advance);
            last = undefined;
            continue;
          }
          const { channel } = invokeContract[s.name];
          const payload = cloneOrSelf(s.payload);
          await explained(
            () => `${channel} ${describePayload(payload)}`,
            async () => {
              const before = (last ??= await observe(app.handlers, dir));
              const result = await dispatchInvoke(app.handlers, channel, payload);
              assertTypedResult(result);
              const after = (last = await observe(app.handlers, dir));
              if (!result.ok) assert.equal(after, before, `refused (${result.error.code}) but changed state`);
              if (saysNothingChanged(result)) assert.equal(after, before, 'answered "not imported" but changed state');
            },
          );
        }
        assert.deepEqual(prototypesPolluted(), []);
      }),
      { numRuns: 400, seed: SEED },
    );
    app.stop();
  }, 120_000);

  it('answers any channel name outside the contract with unknown-channel and changes nothing', async () => {
    const { app, dir } = await buildService('unknown-channel');
    const before = await observe(app.handlers, dir);
    const channel = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom<unknown>(...PROTOTYPE_KEYS, 'shell:exec', 'app:get-snapshot ', 'APP:GET-SNAPSHOT', ''),
      fc.constantFrom<unknown>(...names),
      anyValue,
    );
    await fc.assert(
      fc.asyncProperty(channel, anyValue, async (name, payload) => {
        fc.pre(typeof name !== 'string' || !INVOKE_CHANNELS.includes(name));
        await explained(
          () => `channel ${describePayload(name)}`,
          async () => {
            const result = await dispatchInvoke(app.handlers, name, payload);
            assertTypedResult(result);
            expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
          },
        );
      }),
      { numRuns: RUNS_PER_CHANNEL, seed: SEED },
    );
    expect(await observe(app.handlers, dir)).toBe(before);
    expect(prototypesPolluted()).toEqual([]);
    app.stop();
  });
});
