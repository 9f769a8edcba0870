import { useEffect, useState, useSyncExternalStore } from 'react';
import type { HistoryView } from '@shared/ipc-contract';
import { useHistoryStore } from './app-state';
import type { HistorySpan, HistoryState } from './history-store';

/**
 * The last `days` days of history, shared with every other view showing the
 * same span (one request, one answer), kept fresh by the history revision
 * (history-store.ts). While a span not shown before loads, the span shown
 * until then stays (its `days` tells it apart), so the charts do not blank
 * out on a range switch.
 */
export function useHistory(days: HistorySpan): HistoryState {
  const store = useHistoryStore();
  useEffect(() => store.watch(days), [store, days]);
  const state = useSyncExternalStore(store.subscribe, () => store.get(days));
  const [shown, setShown] = useState<HistoryView | null>(null);
  if (state.view && state.view !== shown) setShown(state.view);
  return state.view || !shown ? state : { view: shown, error: state.error };
}
