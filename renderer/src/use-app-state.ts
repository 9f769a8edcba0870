import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppSnapshot, ProgramView } from '@shared/ipc-contract';
import type { DayStats } from '@shared/stats/day-stats';
import type { ApiHandle } from './api';

export interface AppState {
  snapshot: AppSnapshot | null;
  today: DayStats | null;
  /** The user's program, answers and safety state. */
  program: ProgramView | null;
  connected: boolean;
  /** performance.now() when the snapshot arrived, to run clocks forward. */
  receivedAt: number;
}

/**
 * The page's copy of the backend state: the snapshot pushed on every change,
 * and today's stats and the program, refetched whenever the snapshot changes.
 */
export function useAppState(handle: ApiHandle): AppState {
  const [state, setState] = useState<AppState>({
    snapshot: null,
    today: null,
    program: null,
    connected: true,
    receivedAt: 0,
  });
  const latestRequest = useRef(0);

  // Only the newest answers are kept, should replies cross.
  const refreshStats = useCallback(async () => {
    const request = ++latestRequest.current;
    const [today, program] = await Promise.all([handle.api.getTodayStats(), handle.api.getProgram()]);
    if (request !== latestRequest.current) return;
    setState((s) => ({
      ...s,
      ...(today.ok ? { today: today.value } : {}),
      ...(program.ok ? { program: program.value } : {}),
    }));
  }, [handle]);

  const accept = useCallback(
    (snapshot: AppSnapshot) => {
      setState((s) => ({ ...s, snapshot, receivedAt: performance.now() }));
      void refreshStats();
    },
    [refreshStats],
  );

  const load = useCallback(async () => {
    const result = await handle.api.getSnapshot();
    if (result.ok) accept(result.value);
  }, [handle, accept]);

  useEffect(() => {
    void load();
    const offState = handle.api.onStateChanged(accept);
    const offConnection = handle.onConnectionChange((connected) => {
      setState((s) => ({ ...s, connected }));
      if (connected) void load();
    });
    return () => {
      offState();
      offConnection();
    };
  }, [handle, accept, load]);

  return state;
}

/** The backend's "now", run forward locally unless the clock is manual. */
export function estimateNow(state: AppState, performanceNow: number): number {
  if (!state.snapshot) return 0;
  if (state.snapshot.clock === 'manual') return state.snapshot.now;
  return state.snapshot.now + (performanceNow - state.receivedAt);
}
