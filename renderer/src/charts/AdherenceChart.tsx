import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { LinePath } from '@visx/shape';
import { scaleLinear } from '@visx/scale';
import { AxisTitle, BottomAxis, dateTicks, dayScale, SideAxis } from './axis';
import { DayBars } from './day-bars';
import { ChartCard, DataTable, TooltipBox, type LegendItem } from './ChartCard';
import { ChartFrame, Surface, TooltipAt, useBandHover, type Size } from './frame';
import { useHistoryFormat } from '../format/history-format';
import { adherenceSummary, type DayPoint } from '../history/history-model';

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
      <ChartFrame className="chart chart--tall">
        {(size) => <AdherencePlot rows={rows} target={target} hasPain={hasPain} hasFlares={hasFlares} size={size} />}
      </ChartFrame>
    </ChartCard>
  );
}

/** The left axis (percent) and, with pain data, the right one (0–10) and its name. */
const MARGIN = { top: 12, bottom: 30, left: 56 };
const RIGHT_WITH_PAIN = 48;
const RIGHT_WITHOUT_PAIN = 28;
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const PAIN_TICKS = [0, 2, 4, 6, 8, 10];
/** A flare-up's diamond: 64 square pixels, as d3's diamond symbol of that size. */
const DIAMOND = (() => {
  const h = Math.sqrt(64 / (2 * Math.tan(Math.PI / 6)));
  const w = h * Math.tan(Math.PI / 6);
  return `M0,${-h}L${w},0L0,${h}L${-w},0Z`;
})();

function AdherencePlot({
  rows,
  target,
  hasPain,
  hasFlares,
  size,
}: {
  rows: Row[];
  target: number;
  hasPain: boolean;
  hasFlares: boolean;
  size: Size;
}) {
  const format = useHistoryFormat();
  const { t, longDate, percent } = format;
  const right = hasPain ? RIGHT_WITH_PAIN : RIGHT_WITHOUT_PAIN;
  const width = Math.max(0, size.width - MARGIN.left - right);
  const height = Math.max(0, size.height - MARGIN.top - MARGIN.bottom);
  const days = rows.length;
  const x = dayScale(rows, width);
  const centre = (row: Row) => (x(row.date) ?? 0) + x.bandwidth() / 2;
  const y = scaleLinear<number>({ domain: [0, 100], range: [height, 0] });
  const pain = scaleLinear<number>({ domain: [0, 10], range: [height, 0] });
  const { hover, handlers } = useBandHover(days, MARGIN.left, x.step(), 'x');
  const hovered = hover ? rows[hover.index] : undefined;
  const painRows = rows.filter((row) => row.pain !== null);
  return (
    <>
      <Surface size={size}>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <GridRows scale={y} width={width} tickValues={PERCENT_TICKS} className="chart__grid" />
          <DayBars
            rows={rows}
            x={x}
            y={y}
            height={height}
            hovered={hovered}
            series="adherence"
            value={(row) => row.adherence}
          />
          <line className="chart__target" x1={0} x2={width} y1={y(target)} y2={y(target)} strokeDasharray="6 4" />
          {hasPain && (
            // A wide line in the card's colour under the pain line keeps it
            // readable where it crosses the bars.
            <LinePath
              data={painRows}
              x={centre}
              y={(row) => pain(row.pain ?? 0)}
              className="chart__line chart__line--casing"
              strokeWidth={6}
            />
          )}
          {hasPain && (
            <g className="chart__series chart__series--pain">
              <LinePath
                data={painRows}
                x={centre}
                y={(row) => pain(row.pain ?? 0)}
                className="chart__line"
                strokeWidth={2}
              />
              {painRows.map((row) => (
                <circle
                  key={row.date}
                  className="chart__pain-dot"
                  cx={centre(row)}
                  cy={pain(row.pain ?? 0)}
                  r={row === hovered ? 5 : 3}
                />
              ))}
            </g>
          )}
          {hasFlares && (
            <g className="chart__series chart__series--flare">
              {rows.map((row) =>
                row.flareMark === null ? null : (
                  <path
                    key={row.date}
                    className="chart__flare"
                    d={DIAMOND}
                    transform={`translate(${centre(row)} ${pain(row.flareMark)})`}
                  />
                ),
              )}
            </g>
          )}
          <BottomAxis scale={x} top={height} ticks={dateTicks(rows)} format={(d) => format.tickDate(d, days)} />
          <SideAxis scale={y} side="left" left={0} ticks={PERCENT_TICKS} format={(v) => percent(v)} />
          {hasPain && <SideAxis scale={pain} side="right" left={width} ticks={PAIN_TICKS} format={format.number} />}
          <rect className="chart__hover-area" width={width} height={height} {...handlers} />
        </Group>
        {hasPain && (
          <AxisTitle
            x={size.width - 10}
            y={MARGIN.top + height / 2}
            side="right"
            text={t('history.adherence.painAxis')}
          />
        )}
      </Surface>
      {hover && hovered && (
        <TooltipAt hover={hover} width={size.width}>
          <TooltipBox
            title={longDate(hovered.date)}
            lines={[
              hovered.due > 0
                ? t('history.adherence.tooltipTaken', {
                    taken: hovered.taken,
                    due: hovered.due,
                    percent: percent(hovered.adherence),
                  })
                : t('history.adherence.tooltipNothingDue'),
              ...(hovered.pain !== null ? [t('history.adherence.tooltipPain', { pain: hovered.pain })] : []),
              ...(hovered.flareUp ? [t('history.adherence.flareUp')] : []),
            ]}
          />
        </TooltipAt>
      )}
    </>
  );
}
