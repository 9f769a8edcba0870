import { Suspense, useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostureApi, TodayFigures } from '@shared/ipc-contract';
import type { HistoryDays } from '../history/history-model';
import { useHistory } from '../state/use-history';
import { lazyChart, useChartsLoaded } from './load-charts';
import '../history/history.css';

export { TodayRing } from './TodayCard';

/**
 * The charts as the views use them: the chart code comes with `import()` the
 * first time one is shown (see load-charts.ts), and a placeholder holds its
 * place meanwhile. The data is fetched here, outside the chunk, so it
 * travels while the code loads.
 */
const LazyHistorySection = lazyChart((m) => m.HistorySection);
const LazyAdherenceChart = lazyChart((m) => m.AdherenceChart);
const LazyMinutesChart = lazyChart((m) => m.MinutesChart);
const LazyExercisesChart = lazyChart((m) => m.ExercisesChart);

/** Holds a chart's place; `loading` says what is on its way. */
function Placeholder({ className, loading }: { className: string; loading: 'history' | 'chart' }) {
  const { t } = useTranslation();
  return (
    <div className={className} aria-busy="true">
      <p className="muted">{loading === 'history' ? t('history.loading') : t('history.loadingChart')}</p>
    </div>
  );
}

/** Renders `children` once the chart code is here, the placeholder until then. */
function WhenLoaded({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const loaded = useChartsLoaded();
  return loaded ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

/** The dashboard's history; today's timeline comes with the snapshot, like the ring and the stat cards. */
export function HistorySection({
  api,
  timeline,
  zone,
}: {
  api: PostureApi;
  timeline: TodayFigures['timeline'];
  zone: string;
}) {
  const [days, setDays] = useState<HistoryDays>(30);
  const { view, error } = useHistory(days);
  return (
    <WhenLoaded placeholder={<Placeholder className="history history--loading" loading="history" />}>
      <LazyHistorySection
        api={api}
        days={days}
        onDaysChange={setDays}
        view={view}
        error={error}
        timeline={timeline}
        zone={zone}
      />
    </WhenLoaded>
  );
}

const chartPlaceholder = <Placeholder className="chart-card chart-card--loading" loading="chart" />;

export function AdherenceChart(props: ComponentProps<typeof LazyAdherenceChart>) {
  return (
    <WhenLoaded placeholder={chartPlaceholder}>
      <LazyAdherenceChart {...props} />
    </WhenLoaded>
  );
}

export function MinutesChart(props: ComponentProps<typeof LazyMinutesChart>) {
  return (
    <WhenLoaded placeholder={chartPlaceholder}>
      <LazyMinutesChart {...props} />
    </WhenLoaded>
  );
}

export function ExercisesChart(props: ComponentProps<typeof LazyExercisesChart>) {
  return (
    <WhenLoaded placeholder={chartPlaceholder}>
      <LazyExercisesChart {...props} />
    </WhenLoaded>
  );
}
