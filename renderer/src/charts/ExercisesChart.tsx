import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryView } from '@shared/ipc-contract';
import { PlainTick } from './axis';
import { ChartCard, DataTable, TooltipBox } from './ChartCard';
import { useHistoryFormat } from './format';
import { exerciseName, exercisesSummary } from './history-model';

const ROW_HEIGHT = 30;

/** Exercises done over the span, most done first, as horizontal bars. */
export function ExercisesChart({
  exercises,
  days,
  headingLevel,
}: {
  exercises: HistoryView['exercises'];
  days: number;
  headingLevel?: 2 | 3;
}) {
  const format = useHistoryFormat();
  const { t } = format;
  const rows = exercises.map((e) => ({ id: e.exerciseId, name: exerciseName(e.exerciseId, t), count: e.count }));
  return (
    <ChartCard
      title={t('history.exercises.title')}
      testId="chart-exercises"
      headingLevel={headingLevel}
      summary={exercisesSummary(exercises, days, format)}
      table={
        <DataTable
          caption={t('history.exercises.caption')}
          columns={[t('history.columns.exercise'), t('history.columns.timesDone')]}
          testId="chart-exercises-table"
          rows={rows.map((r) => ({ key: r.id, cells: [r.name, format.number(r.count)] }))}
        />
      }
    >
      {rows.length > 0 && (
        <BarChart
          data={rows}
          layout="vertical"
          width="100%"
          height={rows.length * ROW_HEIGHT + 36}
          responsive
          className="chart chart--auto"
          accessibilityLayer={false}
          margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
          barCategoryGap="25%"
        >
          <CartesianGrid horizontal={false} className="chart__grid" />
          <XAxis
            type="number"
            allowDecimals={false}
            tickLine={false}
            interval={0}
            tick={PlainTick}
            tickFormatter={(v: number) => format.number(v)}
          />
          <YAxis type="category" dataKey="name" width={190} tickLine={false} interval={0} tick={PlainTick} />
          <Tooltip
            isAnimationActive={false}
            cursor={{ className: 'chart__cursor' }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
              return row ? <TooltipBox title={row.name} lines={[t('history.times', { count: row.count })]} /> : null;
            }}
          />
          <Bar dataKey="count" className="chart__series chart__series--exercises" isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}
