import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryView } from '@shared/ipc-contract';
import { PlainTick } from './axis';
import { ChartCard, DataTable, TooltipBox } from './ChartCard';
import { exerciseName, exercisesSummary, plural } from './history-model';

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
  const rows = exercises.map((e) => ({ name: exerciseName(e.exerciseId), count: e.count }));
  return (
    <ChartCard
      title="Exercises done"
      testId="chart-exercises"
      headingLevel={headingLevel}
      summary={exercisesSummary(exercises, days)}
      table={
        <DataTable
          caption="Exercises done, most done first"
          columns={['Exercise', 'Times done']}
          testId="chart-exercises-table"
          rows={rows.map((r) => ({ key: r.name, cells: [r.name, r.count] }))}
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
          <XAxis type="number" allowDecimals={false} tickLine={false} interval={0} tick={PlainTick} />
          <YAxis type="category" dataKey="name" width={190} tickLine={false} interval={0} tick={PlainTick} />
          <Tooltip
            isAnimationActive={false}
            cursor={{ className: 'chart__cursor' }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as (typeof rows)[number] | undefined) : undefined;
              return row ? <TooltipBox title={row.name} lines={[plural(row.count, 'time')]} /> : null;
            }}
          />
          <Bar dataKey="count" className="chart__series chart__series--exercises" isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}
