import { useEffect, useState } from 'react';
import { estimateNow, type AppState } from './app-state';

/**
 * How often a view whose minutes run on the page's own clock (the tray's
 * "in N min", the sitting card) renders again: the minutes change once a
 * minute, so they are at most this late.
 */
export const PAGE_CLOCK_MS = 15_000;

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
