import { useEffect, useState } from 'react';
import { estimateNow, type AppState } from './use-app-state';

/**
 * The backend's current time, re-rendered every `everyMs` while the view is
 * mounted. Only views on screen tick; nothing polls in the background.
 */
export function useNow(state: AppState, everyMs: number): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (state.snapshot?.clock === 'manual') return; // time moves only when the host says so
    const timer = setInterval(() => setTick((t) => t + 1), everyMs);
    return () => clearInterval(timer);
  }, [state.snapshot?.clock, everyMs]);
  return estimateNow(state, performance.now());
}
