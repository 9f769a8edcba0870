import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { dateTicks, PlainTick } from './axis';
import { ChartCard, DataTable, TooltipBox, type LegendItem } from './ChartCard';
import { adherenceSummary, longDate, percent, tickDate, type DayPoint } from './history-model';

interface Row extends DayPoint {
  /** Where a flare-up day's marker sits on the pain axis (its pain, else the top). */
  flareMark: number | null;
}

/**
 * Breaks taken per day as bars against the target line, with the pain trend
 * on a second 0-10 axis and flare-up days marked: the picture a physical
 * therapist asks for (does moving more go with less pain?).
 */
export function AdherenceChart({
  points,
  target,
  headingLevel,
}: {
  points: readonly DayPoint[];
  target: number;
  headingLevel?: 2 | 3;
}) {
  const rows: Row[] = points.map((p) => ({ ...p, flareMark: p.flareUp ? (p.pain ?? 10) : null }));
  const hasPain = points.some((p) => p.pain !== null || p.flareUp);
  const hasFlares = points.some((p) => p.flareUp);
  const days = points.length;
  const legend: LegendItem[] = [
    { label: 'Breaks taken (% of due)', swatch: 'adherence' },
    { label: `Target ${target} %`, swatch: 'target' },
    ...(hasPain ? [{ label: 'Worst pain (0–10)', swatch: 'pain' }] : []),
    ...(hasFlares ? [{ label: 'Flare-up', swatch: 'flare' }] : []),
  ];
  return (
    <ChartCard
      title="Breaks taken and pain"
      testId="chart-adherence"
      headingLevel={headingLevel}
      summary={adherenceSummary(points, target)}
      legend={legend}
      table={
        <DataTable
          caption={`Breaks taken per day, with pain check-ins (target ${target} %)`}
          columns={['Date', 'Due', 'Taken', 'Taken (%)', 'Worst pain (0–10)', 'Flare-up']}
          testId="chart-adherence-table"
          rows={points.map((p) => ({
            key: p.date,
            cells: [longDate(p.date), p.due, p.taken, percent(p.adherence), p.pain ?? '–', p.flareUp ? 'yes' : 'no'],
          }))}
        />
      }
    >
      <ComposedChart
        data={rows}
        responsive
        className="chart chart--tall"
        accessibilityLayer={false}
        margin={{ top: 12, right: hasPain ? 4 : 12, bottom: 0, left: 0 }}
        barCategoryGap={days > 30 ? 1 : '20%'}
      >
        <CartesianGrid vertical={false} className="chart__grid" />
        <XAxis
          dataKey="date"
          ticks={dateTicks(points)}
          interval={0}
          tick={PlainTick}
          tickFormatter={(date: string) => tickDate(date, days)}
          tickLine={false}
        />
        <YAxis
          yAxisId="adherence"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          interval={0}
          tick={PlainTick}
          tickFormatter={(v: number) => `${v} %`}
          width={56}
          tickLine={false}
        />
        {hasPain && (
          <YAxis
            yAxisId="pain"
            orientation="right"
            domain={[0, 10]}
            ticks={[0, 2, 4, 6, 8, 10]}
            interval={0}
            tick={PlainTick}
            width={44}
            tickLine={false}
            label={{ value: 'pain (0–10)', angle: 90, position: 'insideRight' }}
          />
        )}
        <Tooltip
          isAnimationActive={false}
          cursor={{ className: 'chart__cursor' }}
          content={({ active, payload }) => {
            const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
            if (!row) return null;
            return (
              <TooltipBox
                title={longDate(row.date)}
                lines={[
                  row.due > 0 ? `${row.taken} of ${row.due} taken (${percent(row.adherence)})` : 'Nothing due',
                  ...(row.pain !== null ? [`Worst pain ${row.pain}/10`] : []),
                  ...(row.flareUp ? ['Flare-up'] : []),
                ]}
              />
            );
          }}
        />
        <Bar
          yAxisId="adherence"
          dataKey="adherence"
          className="chart__series chart__series--adherence"
          isAnimationActive={false}
          maxBarSize={36}
        />
        <ReferenceLine
          yAxisId="adherence"
          y={target}
          className="chart__target"
          strokeDasharray="6 4"
          ifOverflow="extendDomain"
        />
        {hasPain && (
          // A wide line in the card's colour under the pain line keeps it
          // readable where it crosses the bars.
          <Line
            yAxisId="pain"
            dataKey="pain"
            className="chart__series chart__series--pain-casing"
            connectNulls
            dot={false}
            activeDot={false}
            strokeWidth={6}
            isAnimationActive={false}
            legendType="none"
            tooltipType="none"
          />
        )}
        {hasPain && (
          <Line
            yAxisId="pain"
            dataKey="pain"
            className="chart__series chart__series--pain"
            connectNulls
            dot={{ r: 3, className: 'chart__pain-dot' }}
            activeDot={{ r: 5, className: 'chart__pain-dot' }}
            strokeWidth={2}
            isAnimationActive={false}
          />
        )}
        {hasFlares && (
          <Scatter
            yAxisId="pain"
            dataKey="flareMark"
            shape="diamond"
            className="chart__series chart__series--flare"
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ChartCard>
  );
}
