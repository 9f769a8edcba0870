import { lazy, useEffect, useState, type ComponentType } from 'react';
import type * as ChartChunk from './chunk';

/**
 * Loading the chart chunk (`./chunk`, everything that pulls in visx) on
 * demand. A component from it is a `React.lazy` component; the views render
 * it only once the chunk is here (`useChartsLoaded`), so React.lazy resolves
 * it in the same pass instead of showing a Suspense fallback first: React
 * throttles the reveal of a fallback's content by 300 ms, which would hold
 * every chart back that long after its code and data had arrived.
 */
type Chunk = typeof ChartChunk;

/** The chunk once loaded (the same module object every time; kept like React.lazy keeps its own). */
let loaded: Chunk | undefined;

export function loadCharts(): Promise<Chunk> {
  return import('./chunk').then((chunk) => (loaded = chunk));
}

/** A thenable that calls back at once: React.lazy then has the module during this render. */
function settled<T>(value: T): Promise<T> {
  const thenable = {
    then(onFulfilled?: (value: T) => unknown) {
      onFulfilled?.(value);
      return thenable;
    },
  };
  return thenable as unknown as Promise<T>;
}

export function lazyChart<P extends object>(pick: (chunk: Chunk) => ComponentType<P>) {
  return lazy(() =>
    loaded ? settled({ default: pick(loaded) }) : loadCharts().then((chunk) => ({ default: pick(chunk) })),
  );
}

/** Starts loading the chunk when first used; true once it is here. */
export function useChartsLoaded(): boolean {
  const [ready, setReady] = useState(loaded !== undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadCharts().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
