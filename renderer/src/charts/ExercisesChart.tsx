import { GridColumns } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand } from '@visx/scale';
import type { HistoryView } from '@shared/ipc-contract';
import { barInBand, BottomAxis, countScale, SideAxis, useTextWidth, wrapLabel, WrappedLeftTick } from './axis';
import { ChartCard, DataTable, TooltipBox } from './ChartCard';
import { ChartFrame, Surface, TooltipAt, useBandHover, type Size } from './frame';
import { useHistoryFormat } from '../format/history-format';
import { exerciseName, exercisesSummary } from '../history/history-model';

const ROW_HEIGHT = 30;
/** The exercises' names on the left (at least 190 px), the counts under the bars. */
const MARGIN = { top: 0, right: 16, bottom: 30, left: 190 };
/** The names never take more than this share of the chart's width: longer ones wrap onto two lines. */
const MAX_NAMES_SHARE = 0.45;
/** Between a name and the axis line. */
const NAME_GAP = 12;

interface Row {
  id: string;
  name: string;
  count: number;
}

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
  const rows: Row[] = exercises.map((e) => ({ id: e.exerciseId, name: exerciseName(e.exerciseId, t), count: e.count }));
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
        <ChartFrame className="chart chart--auto" height={rows.length * ROW_HEIGHT + 36}>
          {(size) => <ExercisesPlot rows={rows} size={size} />}
        </ChartFrame>
      )}
    </ChartCard>
  );
}

function ExercisesPlot({ rows, size }: { rows: Row[]; size: Size }) {
  const format = useHistoryFormat();
  const { t } = format;
  const textWidth = useTextWidth();
  const widest = Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.name))));
  const left = Math.min(Math.max(MARGIN.left, widest + NAME_GAP), Math.floor(size.width * MAX_NAMES_SHARE));
  const names = new Map(rows.map((r) => [r.id, wrapLabel(r.name, left - NAME_GAP, textWidth)]));
  const width = Math.max(0, size.width - left - MARGIN.right);
  const height = Math.max(0, size.height - MARGIN.top - MARGIN.bottom);
  const y = scaleBand<string>({ domain: rows.map((r) => r.id), range: [0, height], padding: 0 });
  const { scale: x, ticks } = countScale(Math.max(0, ...rows.map((r) => r.count)), [0, width]);
  const { hover, handlers } = useBandHover(rows.length, MARGIN.top, y.step(), 'y');
  const hovered = hover ? rows[hover.index] : undefined;
  return (
    <>
      <Surface size={size}>
        <Group left={left} top={MARGIN.top}>
          <GridColumns scale={x} height={height} tickValues={ticks} className="chart__grid" />
          {hovered && <rect className="chart__cursor" x={0} y={y(hovered.id)} width={width} height={y.bandwidth()} />}
          <g className="chart__series chart__series--exercises">
            {rows.map((row) => {
              const bar = barInBand(y(row.id) ?? 0, y.bandwidth(), 0.25);
              return row.count > 0 && bar.size > 0 ? (
                <rect key={row.id} className="chart__bar" x={0} y={bar.start} width={x(row.count)} height={bar.size} />
              ) : null;
            })}
          </g>
          <BottomAxis scale={x} top={height} ticks={ticks} format={format.number} />
          <SideAxis
            scale={y}
            side="left"
            left={0}
            ticks={rows.map((r) => r.id)}
            format={(id) => id}
            tick={({ x, y: at, formattedValue }) => (
              <WrappedLeftTick x={x} y={at} lines={names.get(formattedValue ?? '') ?? []} />
            )}
          />
          <rect className="chart__hover-area" width={width} height={height} {...handlers} />
        </Group>
      </Surface>
      {hover && hovered && (
        <TooltipAt hover={hover} width={size.width}>
          <TooltipBox title={hovered.name} lines={[t('history.times', { count: hovered.count })]} />
        </TooltipAt>
      )}
    </>
  );
}
