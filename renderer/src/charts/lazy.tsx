import { Suspense, useState, type ComponentProps, type ReactNode } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import type { HistoryDays } from './history-model';
import { lazyChart, useChartsLoaded } from './load-charts';
import { useHistory, useZone } from './use-history';

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

function Placeholder({ className, label }: { className: string; label: string }) {
  return (
    <div className={className} aria-busy="true">
      <p className="muted">{label}</p>
    </div>
  );
}

/** Renders `children` once the chart code is here, the placeholder until then. */
function WhenLoaded({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const loaded = useChartsLoaded();
  return loaded ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

export function HistorySection({ api }: { api: PostureApi }) {
  const [days, setDays] = useState<HistoryDays>(30);
  const { view, error } = useHistory(api, days);
  const zone = useZone(api);
  return (
    <WhenLoaded placeholder={<Placeholder className="history history--loading" label="Loading your history…" />}>
      <LazyHistorySection api={api} days={days} onDaysChange={setDays} view={view} error={error} zone={zone} />
    </WhenLoaded>
  );
}

const chartPlaceholder = <Placeholder className="chart-card chart-card--loading" label="Loading the chart…" />;

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
