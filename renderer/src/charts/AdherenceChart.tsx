import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { dateTicks, PlainTick } from './axis';
import { ChartCard, DataTable, TooltipBox, type LegendItem } from './ChartCard';
import { useHistoryFormat } from './format';
import { adherenceSummary, type DayPoint } from './history-model';

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
  const format = useHistoryFormat();
  const { t, longDate, percent } = format;
  const rows: Row[] = points.map((p) => ({ ...p, flareMark: p.flareUp ? (p.pain ?? 10) : null }));
  const hasPain = points.some((p) => p.pain !== null || p.flareUp);
  const hasFlares = points.some((p) => p.flareUp);
  const days = points.length;
  const targetText = percent(target);
  const legend: LegendItem[] = [
    { label: t('history.adherence.legendTaken'), swatch: 'adherence' },
    { label: t('history.adherence.legendTarget', { target: targetText }), swatch: 'target' },
    ...(hasPain ? [{ label: t('history.adherence.legendPain'), swatch: 'pain' }] : []),
    ...(hasFlares ? [{ label: t('history.adherence.flareUp'), swatch: 'flare' }] : []),
  ];
  return (
    <ChartCard
      title={t('history.adherence.title')}
      testId="chart-adherence"
      headingLevel={headingLevel}
      summary={adherenceSummary(points, target, format)}
      legend={legend}
      table={
        <DataTable
          caption={t('history.adherence.caption', { target: targetText })}
          columns={[
            t('history.columns.date'),
            t('history.columns.due'),
            t('history.columns.taken'),
            t('history.columns.takenPercent'),
            t('history.columns.worstPain'),
            t('history.columns.flareUp'),
          ]}
          testId="chart-adherence-table"
          rows={points.map((p) => ({
            key: p.date,
            cells: [
              longDate(p.date),
              format.number(p.due),
              format.number(p.taken),
              percent(p.adherence),
              p.pain === null ? format.none : format.number(p.pain),
              p.flareUp ? t('history.yes') : t('history.no'),
            ],
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
          tickFormatter={(date: string) => format.tickDate(date, days)}
          tickLine={false}
        />
        <YAxis
          yAxisId="adherence"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          interval={0}
          tick={PlainTick}
          tickFormatter={(v: number) => percent(v)}
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
            tickFormatter={(v: number) => format.number(v)}
            width={44}
            tickLine={false}
            label={{ value: t('history.adherence.painAxis'), angle: 90, position: 'insideRight' }}
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
                  row.due > 0
                    ? t('history.adherence.tooltipTaken', {
                        taken: row.taken,
                        due: row.due,
                        percent: percent(row.adherence),
                      })
                    : t('history.adherence.tooltipNothingDue'),
                  ...(row.pain !== null ? [t('history.adherence.tooltipPain', { pain: row.pain })] : []),
                  ...(row.flareUp ? [t('history.adherence.flareUp')] : []),
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
