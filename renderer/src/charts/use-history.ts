import { useEffect, useState } from 'react';
import type { HistoryView, IpcResult, PostureApi } from '@shared/ipc-contract';

export interface HistoryState {
  /** The latest answer; it may be for another span while a new one loads. */
  view: HistoryView | null;
  error: string | null;
}

/**
 * The history for the last `days` days, fetched again whenever the backend's
 * state changes (a break taken, a reminder shown). Replies that cross are
 * resolved by keeping only the newest request's answer. It lives outside the
 * lazily loaded chart chunk so the data is on its way while the chart code
 * loads.
 */
/**
 * Answers asked for before any view needed them (at start-up, see main.tsx),
 * so the first charts do not wait for the page to mount before their data
 * sets off. Each is used once.
 */
const early = new Map<string, Promise<IpcResult<HistoryView>>>();

export function prefetchHistory(api: PostureApi, days: 7 | 30 | 90 | 365): void {
  early.set(String(days), api.getHistory({ days }));
}

function takeEarly(api: PostureApi, days: 7 | 30 | 90 | 365): Promise<IpcResult<HistoryView>> {
  const key = String(days);
  const promise = early.get(key);
  early.delete(key);
  return promise ?? api.getHistory({ days });
}

export function useHistory(api: PostureApi, days: 7 | 30 | 90 | 365): HistoryState {
  const [state, setState] = useState<HistoryState>({ view: null, error: null });

  useEffect(() => {
    let cancelled = false;
    let latest = 0;
    const load = () => {
      const request = ++latest;
      void (request === 1 ? takeEarly(api, days) : api.getHistory({ days })).then((result) => {
        if (cancelled || request !== latest) return;
        setState((s) => (result.ok ? { view: result.value, error: null } : { ...s, error: result.error.message }));
      });
    };
    load();
    const off = api.onStateChanged(load);
    return () => {
      cancelled = true;
      off();
    };
  }, [api, days]);

  return state;
}

/** The IANA zone the app shows local times in (today's timeline). */
export function useZone(api: PostureApi): string | null {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void api.getSnapshot().then((result) => {
      if (!cancelled && result.ok) setZone(result.value.zone);
    });
    const off = api.onStateChanged((snapshot) => setZone(snapshot.zone));
    return () => {
      cancelled = true;
      off();
    };
  }, [api]);
  return zone;
}
