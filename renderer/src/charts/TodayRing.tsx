import { PolarAngleAxis, RadialBar, RadialBarChart } from 'recharts';
import { RingCentre } from './ring-centre';

export const RING_SIZE = 112;

/**
 * Today's adherence drawn as a ring, taken/due in its middle. The card
 * around it (TodayCard) says the same in words, so the drawing is hidden
 * from assistive technology.
 */
export function RingGraphic({ adherence, taken, due }: { adherence: number | null; taken: number; due: number }) {
  return (
    <div className="today-ring__graphic" aria-hidden="true">
      <RadialBarChart
        width={RING_SIZE}
        height={RING_SIZE}
        data={[{ value: adherence ?? 0 }]}
        innerRadius={RING_SIZE * 0.36}
        outerRadius={RING_SIZE * 0.5}
        startAngle={90}
        endAngle={-270}
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <PolarAngleAxis type="number" domain={[0, 100]} tick={false} axisLine={false} />
        <RadialBar
          dataKey="value"
          background={{ className: 'chart__ring-track' }}
          className="chart__ring"
          cornerRadius={RING_SIZE * 0.07}
          isAnimationActive={false}
        />
      </RadialBarChart>
      <RingCentre taken={taken} due={due} />
    </div>
  );
}
