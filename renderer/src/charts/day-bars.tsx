import type { DayPoint } from '../history/history-model';
import { barInBand, type BandScale, type LinearScale } from './axis';

/**
 * The daily bar charts' plot body (adherence, guided minutes): the hovered
 * day's cursor behind, then one bar per day rising from the bottom of its
 * band. A day whose value is null or 0 draws no bar. Bars keep a gap of 1 px
 * once there are more than 30 days (a fifth of the band before) and are at
 * most 36 px wide.
 */
export function DayBars<T extends Pick<DayPoint, 'date'>>({
  rows,
  x,
  y,
  height,
  hovered,
  series,
  value,
}: {
  rows: readonly T[];
  x: BandScale;
  y: LinearScale;
  height: number;
  hovered: T | undefined;
  /** The series' name, for its colour (`chart__series--<series>` in charts.css). */
  series: string;
  value: (row: T) => number | null;
}) {
  const gap = rows.length > 30 ? 1 : 0.2;
  return (
    <>
      {hovered && <rect className="chart__cursor" x={x(hovered.date)} y={0} width={x.bandwidth()} height={height} />}
      <g className={`chart__series chart__series--${series}`}>
        {rows.map((row) => {
          const amount = value(row);
          const bar = barInBand(x(row.date) ?? 0, x.bandwidth(), gap, 36);
          if (amount === null || amount <= 0 || bar.size <= 0) return null;
          const top = y(amount);
          return (
            <rect key={row.date} className="chart__bar" x={bar.start} y={top} width={bar.size} height={height - top} />
          );
        })}
      </g>
    </>
  );
}
