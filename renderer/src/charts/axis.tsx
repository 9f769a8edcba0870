import { useState, type ReactNode } from 'react';
import { AxisBottom, AxisLeft, AxisRight, type TickFormatter, type TickRendererProps } from '@visx/axis';
import { scaleBand, scaleLinear } from '@visx/scale';
import type { DayPoint } from '../history/history-model';

export type BandScale = ReturnType<typeof scaleBand<string>>;
export type LinearScale = ReturnType<typeof scaleLinear<number>>;

/** The space around a chart's plot: its axes and their labels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How far a value axis's labels sit from its line. */
const TICK_GAP = 8;
/**
 * A bottom axis's tick length: visx puts the labels that far plus 10 px (its
 * font size) under the line, 12 px in all, clear of the side axes' "0".
 */
const BOTTOM_TICK = 2;

/**
 * An axis label as plain SVG text: visx's own label measures every word in
 * the DOM to wrap it, which costs a layout per label on the first paint;
 * these labels are short and never need wrapping.
 */
function BottomTick({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.71em" textAnchor="middle" className="chart__tick">
      {formattedValue}
    </text>
  );
}

function LeftTick({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.32em" textAnchor="end" className="chart__tick">
      {formattedValue}
    </text>
  );
}

function RightTick({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.32em" textAnchor="start" className="chart__tick">
      {formattedValue}
    </text>
  );
}

/** The axis under the plot: days (a band scale, labelled at the bands' middles) or counts. */
export function BottomAxis<S extends BandScale | LinearScale>({
  scale,
  top,
  ticks,
  format,
}: {
  scale: S;
  top: number;
  ticks: (S extends BandScale ? string : number)[];
  format: (value: S extends BandScale ? string : number) => string;
}) {
  return (
    <AxisBottom
      scale={scale}
      top={top}
      tickValues={ticks}
      tickFormat={format as TickFormatter<unknown>}
      hideTicks
      tickLength={BOTTOM_TICK}
      tickComponent={BottomTick}
    />
  );
}

/** A value axis beside the plot, on its left or its right. */
export function SideAxis<S extends BandScale | LinearScale>({
  scale,
  side,
  left,
  ticks,
  format,
  hideAxisLine = false,
  tick,
}: {
  scale: S;
  side: 'left' | 'right';
  left: number;
  ticks: (S extends BandScale ? string : number)[];
  format: (value: S extends BandScale ? string : number) => string;
  hideAxisLine?: boolean;
  /** Draws a label instead of the plain one (the exercises' names, wrapped). */
  tick?: (props: TickRendererProps) => ReactNode;
}) {
  const Axis = side === 'left' ? AxisLeft : AxisRight;
  return (
    <Axis
      scale={scale}
      left={left}
      tickValues={ticks}
      tickFormat={format as TickFormatter<unknown>}
      hideTicks
      hideAxisLine={hideAxisLine}
      tickLength={TICK_GAP}
      tickComponent={tick ?? (side === 'left' ? LeftTick : RightTick)}
    />
  );
}

/** An axis's name, turned to run along it, centred on the plot's height. */
export function AxisTitle({ x, y, text, side }: { x: number; y: number; text: string; side: 'left' | 'right' }) {
  return (
    <text
      transform={`translate(${x} ${y}) rotate(${side === 'left' ? -90 : 90})`}
      dy="0.32em"
      textAnchor="middle"
      className="chart__axis-title"
    >
      {text}
    </text>
  );
}

/** The size of the charts' labels (`.chart text` in charts.css). */
const LABEL_FONT_PX = 12;

/**
 * How wide a label is, in pixels, in the page's font: measured on a canvas,
 * which costs no layout (SVG text would have to be laid out first).
 */
export function useTextWidth(): (text: string) => number {
  // Made once per chart: a canvas with the font set.
  const [width] = useState(() => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return (text: string) => text.length * LABEL_FONT_PX * 0.6;
    context.font = `${LABEL_FONT_PX}px ${getComputedStyle(document.body).fontFamily}`;
    return (text: string) => context.measureText(text).width;
  });
  return width;
}

/** `text` in lines of at most `room` pixels, broken between words: one line if it fits, else two. */
export function wrapLabel(text: string, room: number, width: (text: string) => number): string[] {
  if (width(text) <= room) return [text];
  const words = text.split(' ');
  let first = words[0] ?? text;
  let i = 1;
  while (i < words.length - 1 && width(`${first} ${words[i]}`) <= room) first = `${first} ${words[i++]}`;
  return [first, words.slice(i).join(' ')].filter((line) => line !== '');
}

/** A left label on one line, or on two centred on its row. */
export function WrappedLeftTick({ x, y, lines }: { x: number; y: number; lines: string[] }) {
  return (
    <text x={x} y={y} textAnchor="end" className="chart__tick">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index > 0 ? '1.1em' : lines.length > 1 ? '-0.23em' : '0.32em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The dates to label on a day axis: about eight, counted back from today so
 * the last day is always labelled.
 */
export function dateTicks(points: readonly DayPoint[]): string[] {
  const step = points.length <= 8 ? 1 : Math.ceil(points.length / 8);
  return points.filter((_, i) => (points.length - 1 - i) % step === 0).map((p) => p.date);
}

/** One band a day across `width`, without padding (the bars make their own gaps). */
export function dayScale(points: readonly DayPoint[], width: number): BandScale {
  return scaleBand<string>({ domain: points.map((p) => p.date), range: [0, width], padding: 0 });
}

/**
 * A count axis from 0: at least 0–4, rounded up to about four whole steps
 * (0–80 by 20 for a top of 66), as the charts always drew it.
 */
export function countScale(max: number, range: [number, number]): { scale: LinearScale; ticks: number[] } {
  const scale = scaleLinear<number>({ domain: [0, Math.max(4, max)], range, nice: 4 });
  return { scale, ticks: scale.ticks(4).filter((v) => Number.isInteger(v)) };
}

/**
 * A bar inside its band: `gap` pixels of air on each side (or a share of
 * the band, below 1), no wider than `max`, centred.
 */
export function barInBand(start: number, bandwidth: number, gap: number, max = Infinity) {
  const air = gap < 1 ? bandwidth * gap : gap;
  const size = Math.max(0, Math.min(max, bandwidth - 2 * air));
  return { start: start + (bandwidth - size) / 2, size };
}
