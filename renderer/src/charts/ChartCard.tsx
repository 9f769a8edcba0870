import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface LegendItem {
  label: string;
  /** A `chart-swatch--*` modifier: the swatch's colour and shape. */
  swatch: string;
}

/**
 * One chart with what makes it accessible: a one-sentence summary above it,
 * an HTML legend, and a "Show as table" toggle that swaps the picture for
 * the same data as a real table. An SVG chart itself is hidden from
 * assistive technology (the summary and the table say it all).
 */
export function ChartCard({
  title,
  summary,
  table,
  legend,
  testId,
  headingLevel = 3,
  accessiblePlot = false,
  children,
}: {
  title: string;
  summary: string;
  table: ReactNode;
  legend?: LegendItem[];
  testId: string;
  headingLevel?: 2 | 3;
  /** The picture names its own parts (the heat map's cells): do not hide it. */
  accessiblePlot?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="chart-card__head">
        <Heading id={`${id}-title`}>{title}</Heading>
        <button
          type="button"
          className="button button--quiet chart-card__toggle"
          aria-pressed={asTable}
          aria-controls={`${id}-body`}
          onClick={() => setAsTable((v) => !v)}
        >
          {t('history.showAsTable')}
        </button>
      </div>
      <p className="chart-card__summary" id={`${id}-summary`} data-testid={`${testId}-summary`}>
        {summary}
      </p>
      <div id={`${id}-body`}>
        {asTable ? (
          // It scrolls: focusable, so that keyboard users can scroll it too.
          <div className="chart-table-scroll" role="group" aria-labelledby={`${id}-title`} tabIndex={0}>
            {table}
          </div>
        ) : (
          <>
            {legend && legend.length > 0 && (
              <ul className="chart-legend" aria-hidden="true">
                {legend.map((item) => (
                  <li key={item.label}>
                    <span className={`chart-swatch chart-swatch--${item.swatch}`} />
                    {item.label}
                  </li>
                ))}
              </ul>
            )}
            <div className="chart-card__plot" aria-hidden={accessiblePlot ? undefined : true}>
              {children}
            </div>
          </>
        )}
      </div>
    </section>
  );
}

/** A real table with a caption and header cells; the first column heads each row. */
export function DataTable({
  caption,
  columns,
  rows,
  testId,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
  testId?: string;
}) {
  return (
    <table className="chart-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={index}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The tooltip box the charts show on hover, styled by the app's CSS. */
export function TooltipBox({ title, lines }: { title: string; lines: string[] }) {
  return (
    <div className="chart-tooltip">
      <strong>{title}</strong>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}
