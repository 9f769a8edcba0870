import type { AppSnapshot, View } from '@shared/ipc-contract';
import type { ApiHandle } from './api';
import { useAppState } from './use-app-state';
import { BreakView } from './views/BreakView';
import { DashboardView } from './views/DashboardView';
import { NoticeBanner } from './views/NoticeBanner';
import { SettingsView } from './views/SettingsView';
import { TrayPanel } from './views/TrayPanel';

/**
 * Which view this page shows. An Electron window has one view, named in its
 * URL hash. A web-host page shows the most recently opened window's view,
 * and the dashboard when none is open.
 */
export function currentView(handle: ApiHandle, snapshot: AppSnapshot, hash: string): View {
  if (handle.host === 'electron') return hash === '#break' ? 'break' : hash === '#settings' ? 'settings' : 'dashboard';
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
  const view = currentView(handle, snapshot, window.location.hash);
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
    </div>
  );
}
