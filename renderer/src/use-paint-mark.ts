import { useEffect } from 'react';

/**
 * Sets a performance mark once the frame showing `active` content has been
 * painted (a frame callback, then a task: rAF runs before its frame's paint),
 * so `npm run bench` can time "break due → break view on screen". Each mark
 * is set once per page; a new break view sets it again after the old one is
 * cleared by the bench.
 */
export function usePaintMark(name: string, active: boolean): void {
  useEffect(() => {
    if (!active || performance.getEntriesByName(name).length > 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (performance.getEntriesByName(name).length === 0) performance.mark(name);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [name, active]);
}
