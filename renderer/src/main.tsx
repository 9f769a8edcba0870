// The base sheet first: every feature's own sheet, imported by its module, comes after it.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveApi } from './api';
import { App } from './App';
import { loadCharts } from './charts/load-charts';
import { HistoryStore } from './state/history-store';

const handle = resolveApi();
const history = new HistoryStore(handle.api);
// Set the dashboard's heavier parts off at once, in parallel with the first
// state: the chart code and the span of history it opens on.
// (An Electron window with another view, such as a break, does not need them.)
if (handle.host === 'web' || ['', '#dashboard'].includes(window.location.hash)) {
  void loadCharts();
  history.prefetch(30);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App handle={handle} history={history} />
  </StrictMode>,
);
