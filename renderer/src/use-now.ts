import { useEffect, useState } from 'react';
import { estimateNow, type AppState } from './use-app-state';

/**
 * The backend's current time, re-rendered every `everyMs` while the view is
 * mounted. Only views on screen tick; nothing polls in the background.
 */
export function useNow(state: AppState, everyMs: number): number {
  // The local clock is read in the timer, not during render (renders stay pure).
  const [performanceNow, setPerformanceNow] = useState(() => performance.now());
  useEffect(() => {
    if (state.snapshot?.clock === 'manual') return; // time moves only when the host says so
    const timer = setInterval(() => setPerformanceNow(performance.now()), everyMs);
    return () => clearInterval(timer);
  }, [state.snapshot?.clock, everyMs]);
  // A snapshot newer than the last tick counts from its own arrival.
  return estimateNow(state, Math.max(performanceNow, state.receivedAt));
}
