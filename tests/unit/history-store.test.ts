import { describe, expect, it } from 'vitest';
import type { HistoryView, IpcResult, PostureApi } from '@shared/ipc-contract';
import { HistoryStore, type HistorySpan } from '../../renderer/src/state/history-store';

/**
 * The page's history cache (renderer/src/state/history-store.ts): one request
 * per span and revision, however many views show it, and none for a
 * snapshot that did not move the revision.
 */
interface Call {
  days: HistorySpan;
  answer: (revision: number | 'error') => Promise<void>;
}

function fakeApi() {
  const calls: Call[] = [];
  const api = {
    getHistory: ({ days }: { days: HistorySpan }) =>
      new Promise<IpcResult<HistoryView>>((resolve) => {
        calls.push({
          days,
          answer: async (revision) => {
            resolve(
              revision === 'error'
                ? { ok: false, error: { code: 'internal', message: 'the disk said no' } }
                : { ok: true, value: { revision, days } as HistoryView },
            );
            await Promise.resolve(); // let the store take the answer
            await Promise.resolve();
          },
        });
      }),
  } as unknown as PostureApi;
  return { api, calls };
}

/** A store over the fake API, and the calls it makes. */
function storeOnFakeApi() {
  const { api, calls } = fakeApi();
  return { store: new HistoryStore(api), calls };
}

describe('HistoryStore', () => {
  it('asks once for a span however many views show it, and keeps the answer', async () => {
    const { store, calls } = storeOnFakeApi();
    store.watch(30);
    store.watch(30);
    expect(calls.map((c) => c.days)).toEqual([30]);
    await calls[0]!.answer(4);
    expect(store.get(30).view?.revision).toBe(4);
    store.watch(30);
    expect(calls).toHaveLength(1);
  });

  it('fetches again only when a snapshot moves the revision past the answer’s, and only the spans on screen', async () => {
    const { store, calls } = storeOnFakeApi();
    const stopWatching7 = store.watch(7);
    store.watch(30);
    await calls[0]!.answer(4);
    await calls[1]!.answer(4);
    store.setRevision(4);
    store.setRevision(4);
    expect(calls).toHaveLength(2); // nothing new: nothing asked
    stopWatching7();
    store.setRevision(5);
    expect(calls.map((c) => c.days)).toEqual([7, 30, 30]);
    await calls[2]!.answer(5);
    // The 7-day span, out of view, is asked again when it comes back.
    store.watch(7);
    expect(calls.map((c) => c.days)).toEqual([7, 30, 30, 7]);
  });

  it('takes an answer newer than the newest snapshot as fresh, and asks once more after a stale one', async () => {
    const { store, calls } = storeOnFakeApi();
    store.setRevision(4);
    store.watch(30);
    await calls[0]!.answer(6); // made after a change whose push is still on its way
    store.setRevision(6);
    expect(calls).toHaveLength(1);
    store.setRevision(7);
    store.setRevision(8); // while the request for 7 is under way: no second request at once
    expect(calls).toHaveLength(2);
    await calls[1]!.answer(7); // older than 8: one more
    expect(calls).toHaveLength(3);
    await calls[2]!.answer(8);
    expect(calls).toHaveLength(3);
  });

  it('keeps the last answer on a failure and asks again with the next snapshot, not in a loop', async () => {
    const { store, calls } = storeOnFakeApi();
    store.watch(30);
    await calls[0]!.answer(1);
    store.setRevision(2);
    await calls[1]!.answer('error');
    expect(store.get(30)).toEqual({ view: expect.objectContaining({ revision: 1 }), error: 'the disk said no' });
    expect(calls).toHaveLength(2);
    store.setRevision(2);
    expect(calls).toHaveLength(3);
    await calls[2]!.answer(2);
    expect(store.get(30)).toEqual({ view: expect.objectContaining({ revision: 2 }), error: null });
  });

  it('uses the answer asked for at start-up for the first view', async () => {
    const { store, calls } = storeOnFakeApi();
    store.prefetch(30);
    store.prefetch(30);
    store.watch(30);
    expect(calls).toHaveLength(1);
    await calls[0]!.answer(3);
    expect(store.get(30).view?.revision).toBe(3);
  });

  it('after a reconnection asks again, even when the new host counts revisions from the start', async () => {
    const { store, calls } = storeOnFakeApi();
    store.watch(30);
    await calls[0]!.answer(40);
    store.setRevision(40);
    store.invalidate();
    expect(calls).toHaveLength(2);
    // The old answer stays on screen meanwhile.
    expect(store.get(30).view?.revision).toBe(40);
    await calls[1]!.answer(1);
    store.setRevision(1);
    expect(calls).toHaveLength(2);
    // An answer to a request sent before a reconnection is not taken as fresh.
    store.setRevision(2);
    store.invalidate();
    await calls[2]!.answer(2);
    expect(calls).toHaveLength(4);
  });
});
