import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { AxisTitle, BottomAxis, countScale, dateTicks, dayScale, SideAxis } from './axis';
import { DayBars } from './day-bars';
import { ChartCard, DataTable, TooltipBox } from './ChartCard';
import { ChartFrame, Surface, TooltipAt, useBandHover, type Size } from './frame';
import { useHistoryFormat } from '../format/history-format';
import { minutesSummary, type DayPoint } from '../history/history-model';

const MARGIN = { top: 12, right: 28, bottom: 30, left: 56 };

/** Minutes of guided movement per day. */
export function MinutesChart({ points, headingLevel }: { points: readonly DayPoint[]; headingLevel?: 2 | 3 }) {
  const format = useHistoryFormat();
  const { t, longDate } = format;
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
      <ChartFrame className="chart">{(size) => <MinutesPlot points={points} size={size} />}</ChartFrame>
    </ChartCard>
  );
}

function MinutesPlot({ points, size }: { points: readonly DayPoint[]; size: Size }) {
  const format = useHistoryFormat();
  const { t, longDate } = format;
  const width = Math.max(0, size.width - MARGIN.left - MARGIN.right);
  const height = Math.max(0, size.height - MARGIN.top - MARGIN.bottom);
  const days = points.length;
  const x = dayScale(points, width);
  const { scale: y, ticks } = countScale(Math.max(0, ...points.map((p) => p.guidedMinutes)), [height, 0]);
  const { hover, handlers } = useBandHover(days, MARGIN.left, x.step(), 'x');
  const hovered = hover ? points[hover.index] : undefined;
  return (
    <>
      <Surface size={size}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <GridRows scale={y} width={width} tickValues={ticks} className="chart__grid" />
          <DayBars
            rows={points}
            x={x}
            y={y}
            height={height}
            hovered={hovered}
            series="minutes"
            value={(p) => p.guidedMinutes}
          />
          <BottomAxis scale={x} top={height} ticks={dateTicks(points)} format={(d) => format.tickDate(d, days)} />
          <SideAxis scale={y} side="left" left={0} ticks={ticks} format={format.number} />
          <rect className="chart__hover-area" width={width} height={height} {...handlers} />
        </Group>
        <AxisTitle x={16} y={MARGIN.top + height / 2} side="left" text={t('history.minutes.axis')} />
      </Surface>
      {hover && hovered && (
        <TooltipAt hover={hover} width={size.width}>
          <TooltipBox
            title={longDate(hovered.date)}
            lines={[t('history.minutes.tooltip', { minutes: hovered.guidedMinutes })]}
          />
        </TooltipAt>
      )}
    </>
  );
}
