import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppSnapshot, ProgramView } from '@shared/ipc-contract';
import type { ApiHandle } from '../api';
import type { HistoryStore } from './history-store';

export interface AppState {
  /** The backend's state, pushed when something a page shows changed; today's figures included. */
  snapshot: AppSnapshot | null;
  /** The user's program, answers and safety state. */
  program: ProgramView | null;
  connected: boolean;
  /** performance.now() when the snapshot arrived, to run clocks forward. */
  receivedAt: number;
}

interface AppStateValue {
  state: AppState;
  history: HistoryStore;
}

const AppStateContext = createContext<AppStateValue | null>(null);

/**
 * The page's one copy of the backend's state, for every view on it: the
 * snapshot (the first asked for, the rest pushed), the program, and the
 * history spans the views show (history-store.ts). The history is fetched
 * again only when the snapshot's historyRevision moves, the program only
 * when its programRevision does, so a push that changes, say, only the
 * schedule fetches nothing.
 */
export function AppStateProvider({
  handle,
  history,
  children,
}: {
  handle: ApiHandle;
  history: HistoryStore;
  children: ReactNode;
}) {
  const state = useAppStateSource(handle, history);
  const value = useMemo(() => ({ state, history }), [state, history]);
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>;
}

function useAppStateValue(): AppStateValue {
  const value = useContext(AppStateContext);
  if (!value) throw new Error('a view that reads the app state is outside <AppStateProvider>');
  return value;
}

export function useAppState(): AppState {
  return useAppStateValue().state;
}

export function useHistoryStore(): HistoryStore {
  return useAppStateValue().history;
}

function useAppStateSource(handle: ApiHandle, history: HistoryStore): AppState {
  const [state, setState] = useState<AppState>({
    snapshot: null,
    program: null,
    connected: true,
    receivedAt: 0,
  });
  // The program revision last asked for; only the newest answer is kept, should replies cross.
  const programAsked = useRef<number | null>(null);
  const programRequest = useRef(0);

  useEffect(() => {
    let live = true;
    const refreshProgram = async () => {
      const request = ++programRequest.current;
      const program = await handle.api.getProgram();
      if (!live || request !== programRequest.current || !program.ok) return;
      setState((s) => ({ ...s, program: program.value }));
    };
    const accept = (snapshot: AppSnapshot) => {
      setState((s) => ({ ...s, snapshot, receivedAt: performance.now() }));
      history.setRevision(snapshot.historyRevision);
      if (programAsked.current !== snapshot.programRevision) {
        programAsked.current = snapshot.programRevision;
        void refreshProgram();
      }
    };
    const load = async () => {
      const result = await handle.api.getSnapshot();
      if (live && result.ok) accept(result.value);
    };
    void load();
    const offState = handle.api.onStateChanged(accept);
    let lost = false;
    const offConnection = handle.onConnectionChange((connected) => {
      setState((s) => ({ ...s, connected }));
      if (!connected) {
        lost = true;
        return;
      }
      if (!lost) return; // the first connection: the requests above are on their way
      lost = false;
      // Perhaps a host started anew, whose revisions count from the start again.
      programAsked.current = null;
      history.invalidate();
      void load();
    });
    return () => {
      live = false;
      offState();
      offConnection();
    };
  }, [handle, history]);

  return state;
}

/** The backend's "now", run forward locally unless the clock is manual. */
export function estimateNow(state: AppState, performanceNow: number): number {
  if (!state.snapshot) return 0;
  if (state.snapshot.clock === 'manual') return state.snapshot.now;
  return state.snapshot.now + (performanceNow - state.receivedAt);
}
