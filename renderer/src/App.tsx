import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSnapshot, View } from '@shared/ipc-contract';
import type { ApiHandle } from './api';
import { useTheme } from './theme';
import { AppStateProvider, useAppState } from './state/app-state';
import type { HistoryStore } from './state/history-store';
import { useLanguage } from './use-language';
import { usePaintMark } from './use-paint-mark';
import { BreakView } from './views/BreakView';
import { DashboardView } from './views/DashboardView';
import { NoticeBanner } from './views/NoticeBanner';
import { OnboardingView } from './views/OnboardingView';
import { ReportView } from './views/ReportView';
import { TrayPanel } from './views/TrayPanel';

/** The Settings window comes on demand: it alone ships zod (for inline validation). */
const SettingsWindow = lazy(() => import('./settings/SettingsWindow'));

/**
 * Which view this page shows. An Electron window has one view, named in its
 * URL hash. A web-host page shows the most recently opened window's view,
 * and the dashboard when none is open.
 */
export function currentView(handle: ApiHandle, snapshot: AppSnapshot, hash: string): View {
  if (handle.host === 'electron') {
    const named = hash.slice(1);
    return named === 'break' || named === 'settings' || named === 'onboarding' || named === 'report'
      ? named
      : 'dashboard';
  }
  const open = snapshot.windows.filter((w) => w.open);
  return open[open.length - 1]?.view ?? 'dashboard';
}

/** Set when a break view is first on screen (see tests/bench). */
export const BREAK_PAINTED_MARK = 'break-painted';

function isBreakShown(handle: ApiHandle, snapshot: AppSnapshot | null, language: string | null): boolean {
  return snapshot !== null && language !== null && currentView(handle, snapshot, window.location.hash) === 'break';
}

/** The page: one state stream (AppStateProvider) for every view it shows. */
export function App({ handle, history }: { handle: ApiHandle; history: HistoryStore }) {
  return (
    <AppStateProvider handle={handle} history={history}>
      <Page handle={handle} />
    </AppStateProvider>
  );
}

/**
 * A web page shows one view after another: each opens at its top, as a new
 * window would, not at the scroll offset the last view was left at (the
 * report is opened from the bottom of the dashboard).
 */
function TopOnViewChange({ view }: { view: View }) {
  const shown = useRef(view);
  useLayoutEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    window.scrollTo(0, 0);
  }, [view]);
  return null;
}

function Page({ handle }: { handle: ApiHandle }) {
  const state = useAppState();
  const { snapshot } = state;
  useTheme(snapshot);
  const language = useLanguage(snapshot?.language ?? null);
  usePaintMark(BREAK_PAINTED_MARK, isBreakShown(handle, snapshot, language));
  const { t } = useTranslation();
  // The first-run questionnaire stays on screen until the user leaves it,
  // even once saving it has made the profile no longer "new".
  const [welcome, setWelcome] = useState<'not-shown' | 'open' | 'done'>('not-shown');
  const isNew = state.program?.profile.status === 'new';
  if (isNew && welcome === 'not-shown') setWelcome('open');
  if (!snapshot || !language) {
    return (
      <main className="loading" aria-busy="true">
        <p>{t('app.connecting')}</p>
      </main>
    );
  }
  const opened = currentView(handle, snapshot, window.location.hash);
  // A new user's first look at the dashboard is the questionnaire (skippable);
  // it stays until they leave its last page, past the moment it is saved.
  const firstRun = isNew || welcome === 'open';
  const view = opened === 'dashboard' && firstRun ? 'onboarding' : opened;
  return (
    <div className={`app app--${view}`} data-view={view}>
      <TopOnViewChange view={view} />
      {handle.host === 'web' && <TrayPanel api={handle.api} snapshot={snapshot} />}
      {!state.connected && (
        <p className="connection-lost" role="status">
          {t('app.connectionLost')}
        </p>
      )}
      <NoticeBanner api={handle.api} notices={snapshot.notices} />
      {view === 'break' && <BreakView api={handle.api} />}
      {view === 'dashboard' && <DashboardView api={handle.api} />}
      {view === 'settings' && (
        <Suspense fallback={<p className="loading">{t('settings.loading')}</p>}>
          <SettingsWindow api={handle.api} />
        </Suspense>
      )}
      {view === 'report' && <ReportView api={handle.api} />}
      {view === 'onboarding' && (
        <OnboardingView api={handle.api} program={state.program} onDone={() => setWelcome('done')} />
      )}
    </div>
  );
}
