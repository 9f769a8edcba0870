import type { BaseTickContentProps } from 'recharts';
import type { DayPoint } from './history-model';

/**
 * An axis label as plain SVG text. Recharts' own tick measures every label
 * in the DOM to wrap it, which costs a layout per label on the first paint;
 * these labels are short and never need wrapping.
 */
export function PlainTick({ x, y, payload, textAnchor, verticalAnchor, tickFormatter, index }: BaseTickContentProps) {
  const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'end' ? '0' : '0.32em';
  const value = payload.value as string | number;
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} className="chart__tick">
      {tickFormatter ? tickFormatter(value, index) : value}
    </text>
  );
}

/**
 * The dates to label on a day axis: about eight, counted back from today so
 * the last day is always labelled (shown with `interval={0}`: no measuring).
 */
export function dateTicks(points: readonly DayPoint[]): string[] {
  const step = points.length <= 8 ? 1 : Math.ceil(points.length / 8);
  return points.filter((_, i) => (points.length - 1 - i) % step === 0).map((p) => p.date);
}
