import { Suspense } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import { useHistoryFormat } from './format';
import { lazyChart, useChartsLoaded } from './load-charts';
import { RingCentre } from './ring-centre';
import { useHistory } from './use-history';

const LazyRingGraphic = lazyChart((m) => m.RingGraphic);

/**
 * Today at the top of the dashboard: an adherence ring with taken/due, and
 * the day's longest sitting stretch. The words come with the data; the ring
 * itself is drawn once the chart code has loaded (load-charts.ts).
 */
export function TodayRing({ api }: { api: PostureApi }) {
  const format = useHistoryFormat();
  const { t } = format;
  const { view } = useHistory(api, 7);
  const chartsLoaded = useChartsLoaded();
  if (!view) return <div className="today-ring today-ring--loading" aria-hidden="true" />;
  const today = view.points.at(-1);
  const due = today?.due ?? 0;
  const taken = today?.taken ?? 0;
  const adherence = today?.adherence ?? null;
  const longest = view.todayDetail.longestSittingMinutes;
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
          {longest === null
            ? t('history.ring.longestSittingUnknown')
            : t('history.ring.longestSitting', { duration: format.minutes(longest) })}
        </p>
      </div>
    </section>
  );
}
