import { ChartCard } from './ChartCard';
import {
  HEAT_STEP_LABELS,
  heatLabel,
  heatLayout,
  percent,
  yearByMonth,
  yearSummary,
  type YearDay,
} from './history-model';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The last year as a calendar: a CSS grid of day cells, weeks as columns and
 * weekdays as rows, coloured by adherence in five steps and left empty when
 * nothing fell due. Each cell names its day and value.
 */
export function HeatMap({ year, target }: { year: readonly YearDay[]; target: number }) {
  const { cells, weeks, months } = heatLayout(year);
  const byMonth = yearByMonth(year);
  const table = (
    <table className="chart-table chart-table--calendar" data-testid="chart-year-table">
      <caption>Share of breaks taken each day of the last 12 months (– when nothing was due)</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          {Array.from({ length: 31 }, (_, i) => (
            <th key={i} scope="col">
              {i + 1}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {byMonth.map((row) => (
          <tr key={row.month}>
            <th scope="row">{row.month}</th>
            {row.days.map((day, i) => (
              <td key={i}>{day ? (day.due === 0 ? '–' : percent(day.adherence)) : ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartCard
      title="The last 12 months"
      testId="chart-year"
      summary={yearSummary(year, target)}
      table={table}
      accessiblePlot
    >
      {/* It scrolls on narrow windows: focusable, so that keyboard users can scroll it too. */}
      <div
        className="heatmap-scroll"
        role="group"
        aria-label="Calendar of the last 12 months, one cell a day"
        tabIndex={0}
      >
        <div
          className="heatmap"
          // The grid's column count depends on the data: set through the CSSOM, which the CSP allows.
          style={{ gridTemplateColumns: `auto repeat(${weeks}, minmax(9px, 1fr))` }}
        >
          {months.map((m) => (
            <span key={`${m.label}-${m.week}`} className="heatmap__month" style={{ gridColumn: m.week + 2 }}>
              {m.label}
            </span>
          ))}
          {WEEKDAYS.map((name, i) => (
            <span key={name} className="heatmap__weekday" style={{ gridRow: i + 2 }}>
              {i % 2 === 0 ? name : ''}
            </span>
          ))}
          {cells.map((cell) => {
            const label = heatLabel(cell.day);
            return (
              <span
                key={cell.day.date}
                role="img"
                aria-label={label}
                title={label}
                className={`heatmap__cell heatmap__cell--${cell.step ?? 'none'}`}
                style={{ gridColumn: cell.week + 2, gridRow: cell.weekday + 2 }}
              />
            );
          })}
        </div>
      </div>
      <ul className="heatmap__legend">
        <li>
          <span className="heatmap__cell heatmap__cell--none" /> nothing due
        </li>
        {HEAT_STEP_LABELS.map((label, step) => (
          <li key={label}>
            <span className={`heatmap__cell heatmap__cell--${step}`} /> {label}
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
