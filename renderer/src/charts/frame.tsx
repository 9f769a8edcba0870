import { useCallback, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The size of an element, measured before the first paint and again
 * whenever it changes (the window resizes, the card reflows): what the
 * charts draw to.
 */
export function useSize<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (w: number, h: number) => {
      const width = Math.floor(w);
      const height = Math.floor(h);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    const first = element.getBoundingClientRect();
    update(first.width, first.height);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}

/**
 * A chart's box: as wide as its card, as tall as its CSS says (or `height`).
 * `children` draws once the size is known, so the first paint already has
 * the picture at its final size.
 */
export function ChartFrame({
  className,
  height,
  children,
}: {
  className: string;
  height?: number;
  children: (size: Size) => ReactNode;
}) {
  const [ref, size] = useSize<HTMLDivElement>();
  return (
    <div ref={ref} className={className} style={height === undefined ? undefined : { height }}>
      {size.width > 0 && size.height > 0 && children(size)}
    </div>
  );
}

/** The SVG a chart draws in; the viewBox lets print scale it to the paper. */
export function Surface({ size, children }: { size: Size; children: ReactNode }) {
  return (
    <svg
      className="chart__surface"
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Which band (day or row) the pointer is over, and where the pointer is in the chart. */
export interface Hover {
  index: number;
  x: number;
  y: number;
}

/**
 * Hover over a chart's bands: `count` bands of `step` pixels, from `start`
 * along x (days) or y (rows). Returns the band under the pointer and the
 * handlers for the transparent rectangle that catches the pointer.
 */
export function useBandHover(count: number, start: number, step: number, along: 'x' | 'y') {
  const [hover, setHover] = useState<Hover | null>(null);
  const onMouseMove = useCallback(
    (event: MouseEvent<SVGElement>) => {
      const svg = event.currentTarget.ownerSVGElement;
      if (!svg || count === 0 || step <= 0) return;
      const box = svg.getBoundingClientRect();
      const x = event.clientX - box.left;
      const y = event.clientY - box.top;
      const index = Math.min(count - 1, Math.max(0, Math.floor(((along === 'x' ? x : y) - start) / step)));
      setHover({ index, x, y });
    },
    [count, start, step, along],
  );
  const onMouseLeave = useCallback(() => setHover(null), []);
  return { hover: hover && hover.index < count ? hover : null, handlers: { onMouseMove, onMouseLeave } };
}

/** The tooltip box next to the pointer, kept on the chart's side away from the edge. */
export function TooltipAt({ hover, width, children }: { hover: Hover; width: number; children: ReactNode }) {
  const left = hover.x > width / 2;
  return (
    <div
      className="chart-tooltip-anchor"
      style={{
        left: hover.x,
        top: hover.y,
        transform: `translate(${left ? 'calc(-100% - 12px)' : '12px'}, 12px)`,
      }}
    >
      {children}
    </div>
  );
}
