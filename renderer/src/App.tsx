import type { AppSnapshot, View } from '@shared/ipc-contract';
import type { ApiHandle } from './api';
import { useAppState } from './use-app-state';
import { BreakView } from './views/BreakView';
import { DashboardView } from './views/DashboardView';
import { NoticeBanner } from './views/NoticeBanner';
import { OnboardingView } from './views/OnboardingView';
import { SettingsView } from './views/SettingsView';
import { TrayPanel } from './views/TrayPanel';

/**
 * Which view this page shows. An Electron window has one view, named in its
 * URL hash. A web-host page shows the most recently opened window's view,
 * and the dashboard when none is open.
 */
export function currentView(handle: ApiHandle, snapshot: AppSnapshot, hash: string): View {
  if (handle.host === 'electron') {
    const named = hash.slice(1);
    return named === 'break' || named === 'settings' || named === 'onboarding' ? named : 'dashboard';
  }
  const open = snapshot.windows.filter((w) => w.open);
  return open[open.length - 1]?.view ?? 'dashboard';
}

export function App({ handle }: { handle: ApiHandle }) {
  const state = useAppState(handle);
  const { snapshot } = state;
  if (!snapshot) {
    return (
      <main className="loading" aria-busy="true">
        <p>Connecting to Posture Breaks…</p>
      </main>
    );
  }
  const opened = currentView(handle, snapshot, window.location.hash);
  // A new user's first look at the dashboard is the questionnaire (skippable).
  const view = opened === 'dashboard' && state.program?.profile.status === 'new' ? 'onboarding' : opened;
  return (
    <div className={`app app--${view}`} data-view={view}>
      {handle.host === 'web' && <TrayPanel api={handle.api} tray={snapshot.tray} />}
      {!state.connected && (
        <p className="connection-lost" role="status">
          Lost the connection to the app. Reconnecting…
        </p>
      )}
      <NoticeBanner api={handle.api} notices={snapshot.notices} />
      {view === 'break' && <BreakView api={handle.api} state={state} />}
      {view === 'dashboard' && <DashboardView api={handle.api} state={state} />}
      {view === 'settings' && <SettingsView api={handle.api} />}
      {view === 'onboarding' && <OnboardingView api={handle.api} program={state.program} />}
    </div>
  );
}
