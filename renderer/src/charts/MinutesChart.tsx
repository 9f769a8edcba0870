import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { dateTicks, PlainTick } from './axis';
import { ChartCard, DataTable, TooltipBox } from './ChartCard';
import { useHistoryFormat } from './format';
import { minutesSummary, type DayPoint } from './history-model';

/** Minutes of guided movement per day. */
export function MinutesChart({ points, headingLevel }: { points: readonly DayPoint[]; headingLevel?: 2 | 3 }) {
  const format = useHistoryFormat();
  const { t, longDate } = format;
  const days = points.length;
  return (
    <ChartCard
      title={t('history.minutes.title')}
      testId="chart-minutes"
      headingLevel={headingLevel}
      summary={minutesSummary(points, format)}
      table={
        <DataTable
          caption={t('history.minutes.caption')}
          columns={[t('history.columns.date'), t('history.columns.minutes')]}
          testId="chart-minutes-table"
          rows={points.map((p) => ({ key: p.date, cells: [longDate(p.date), format.number(p.guidedMinutes)] }))}
        />
      }
    >
      <BarChart
        data={points as DayPoint[]}
        responsive
        className="chart"
        accessibilityLayer={false}
        margin={{ top: 12, right: 12, bottom: 0, left: 0 }}
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
          allowDecimals={false}
          interval={0}
          tick={PlainTick}
          tickFormatter={(v: number) => format.number(v)}
          width={56}
          tickLine={false}
          label={{ value: t('history.minutes.axis'), angle: -90, position: 'insideLeft', offset: 12 }}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ className: 'chart__cursor' }}
          content={({ active, payload }) => {
            const row = active ? (payload?.[0]?.payload as DayPoint | undefined) : undefined;
            return row ? (
              <TooltipBox
                title={longDate(row.date)}
                lines={[t('history.minutes.tooltip', { minutes: row.guidedMinutes })]}
              />
            ) : null;
          }}
        />
        <Bar
          dataKey="guidedMinutes"
          className="chart__series chart__series--minutes"
          isAnimationActive={false}
          maxBarSize={36}
        />
      </BarChart>
    </ChartCard>
  );
}
