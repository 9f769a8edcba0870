import { Suspense } from 'react';
import type { TodayFigures } from '@shared/ipc-contract';
import { useHistoryFormat } from '../format/history-format';
import { lazyChart, useChartsLoaded } from './load-charts';
import { RingCentre } from './ring-centre';
import './today-ring.css';

const LazyRingGraphic = lazyChart((m) => m.RingGraphic);

/**
 * Today at the top of the dashboard: an adherence ring with taken/due, and
 * the day's longest sitting stretch. It shows the snapshot's figures, the
 * same the stat cards and the sitting card show; the ring itself is drawn
 * once the chart code has loaded (load-charts.ts).
 */
export function TodayRing({ today, longestSittingMinutes }: { today: TodayFigures; longestSittingMinutes: number }) {
  const format = useHistoryFormat();
  const { t } = format;
  const chartsLoaded = useChartsLoaded();
  const { due, taken, adherence } = today;
  const ringPlaceholder = (
    <div className="today-ring__graphic" aria-hidden="true">
      <RingCentre taken={taken} due={due} />
    </div>
  );
  return (
    <section className="today-ring" aria-labelledby="today-ring-title" data-testid="today-ring">
      {chartsLoaded ? (
        <Suspense fallback={ringPlaceholder}>
          <LazyRingGraphic adherence={adherence} taken={taken} due={due} />
        </Suspense>
      ) : (
        ringPlaceholder
      )}
      <div className="today-ring__text">
        <h2 id="today-ring-title" className="today-ring__title">
          {adherence === null
            ? t('history.ring.title')
            : t('history.ring.titleTaken', { percent: format.percent(adherence) })}
        </h2>
        <p data-testid="today-ring-text">
          {due === 0 ? t('history.ring.nothingDue') : t('history.ring.taken', { taken, count: due })}
        </p>
        <p className="muted" data-testid="today-ring-sitting">
          {t('history.ring.longestSitting', { duration: format.minutes(longestSittingMinutes) })}
        </p>
      </div>
    </section>
  );
}
