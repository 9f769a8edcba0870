import { ChartCard } from './ChartCard';
import { useHistoryFormat } from '../format/history-format';
import {
  heatLabel,
  heatLayout,
  heatStepLabels,
  yearByMonth,
  yearSummary,
  type YearDay,
} from '../history/history-model';
import './heat-map.css';

/** Rows of the calendar, Monday first. */
const WEEKDAY_INDEXES = [0, 1, 2, 3, 4, 5, 6];

/**
 * The last year as a calendar: a CSS grid of day cells, weeks as columns and
 * weekdays as rows, coloured by adherence in five steps and left empty when
 * nothing fell due. Each cell names its day and value.
 */
export function HeatMap({ year, target }: { year: readonly YearDay[]; target: number }) {
  const format = useHistoryFormat();
  const { t } = format;
  const { cells, weeks, months } = heatLayout(year);
  const byMonth = yearByMonth(year);
  const table = (
    <table className="chart-table chart-table--calendar" data-testid="chart-year-table">
      <caption>{t('history.year.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.columns.month')}</th>
          {Array.from({ length: 31 }, (_, i) => (
            <th key={i} scope="col">
              {format.number(i + 1)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {byMonth.map((row) => (
          <tr key={row.month}>
            <th scope="row">{format.monthYear(row.month)}</th>
            {row.days.map((day, i) => (
              <td key={i}>{day ? (day.due === 0 ? format.none : format.percent(day.adherence)) : ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartCard
      title={t('history.year.title')}
      testId="chart-year"
      summary={yearSummary(year, target, format)}
      table={table}
      accessiblePlot
    >
      {/* It scrolls on narrow windows: focusable, so that keyboard users can scroll it too. */}
      <div className="heatmap-scroll" role="group" aria-label={t('history.year.calendar')} tabIndex={0}>
        <div
          className="heatmap"
          // The grid's column count depends on the data: set through the CSSOM, which the CSP allows.
          style={{ gridTemplateColumns: `auto repeat(${weeks}, minmax(9px, 1fr))` }}
        >
          {months.map((m) => (
            <span key={m.date} className="heatmap__month" style={{ gridColumn: m.week + 2 }}>
              {format.shortMonth(m.date)}
            </span>
          ))}
          {WEEKDAY_INDEXES.map((i) => (
            <span key={i} className="heatmap__weekday" style={{ gridRow: i + 2 }}>
              {i % 2 === 0 ? format.shortWeekday(i) : ''}
            </span>
          ))}
          {cells.map((cell) => {
            const label = heatLabel(cell.day, format);
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
          <span className="heatmap__cell heatmap__cell--none" /> {t('history.year.nothingDue')}
        </li>
        {heatStepLabels(format).map((label, step) => (
          <li key={step}>
            <span className={`heatmap__cell heatmap__cell--${step}`} /> {label}
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
