import { Arc } from '@visx/shape';
import { RingCentre } from './ring-centre';

export const RING_SIZE = 112;
const OUTER = RING_SIZE * 0.5;
const INNER = RING_SIZE * 0.36;
const CORNER = RING_SIZE * 0.07;

/**
 * Today's adherence drawn as a ring, taken/due in its middle, filling
 * clockwise from the top. The card around it (TodayCard) says the same in
 * words, so the drawing is hidden from assistive technology.
 */
export function RingGraphic({ adherence, taken, due }: { adherence: number | null; taken: number; due: number }) {
  const share = Math.min(100, Math.max(0, adherence ?? 0)) / 100;
  return (
    <div className="today-ring__graphic" aria-hidden="true">
      <svg
        className="chart__surface chart__ring"
        width={RING_SIZE}
        height={RING_SIZE}
        viewBox={`${-OUTER} ${-OUTER} ${RING_SIZE} ${RING_SIZE}`}
        focusable="false"
      >
        <Arc
          className="chart__ring-track"
          innerRadius={INNER}
          outerRadius={OUTER}
          startAngle={0}
          endAngle={2 * Math.PI}
        />
        {share > 0 && (
          <Arc
            className="chart__ring-value"
            innerRadius={INNER}
            outerRadius={OUTER}
            cornerRadius={CORNER}
            startAngle={0}
            endAngle={2 * Math.PI * share}
          />
        )}
      </svg>
      <RingCentre taken={taken} due={due} />
    </div>
  );
}
