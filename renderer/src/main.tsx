import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveApi } from './api';
import { App } from './App';
import { loadCharts } from './charts/load-charts';
import { prefetchHistory } from './charts/use-history';
import './styles.css';

const handle = resolveApi();
// Set the dashboard's heavier parts off at once, in parallel with the first
// state: the chart code and the first spans of history.
// (An Electron window with another view, such as a break, does not need them.)
if (handle.host === 'web' || ['', '#dashboard'].includes(window.location.hash)) {
  void loadCharts();
  prefetchHistory(handle.api, 7);
  prefetchHistory(handle.api, 30);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App handle={handle} />
  </StrictMode>,
);
