/**
 * The chart code, loaded on demand (see load-charts.ts):
 * everything that pulls in the drawing code (visx) is reached only from here, so it lands in
 * its own chunk and the dashboard's numbers paint before it arrives.
 */
// The charts' own sheet first: the timeline's and the heat map's, imported by their modules, refine it.
import './charts.css';
export { AdherenceChart } from './AdherenceChart';
export { ExercisesChart } from './ExercisesChart';
export { HistorySection } from './HistorySection';
export { MinutesChart } from './MinutesChart';
export { RingGraphic } from './TodayRing';
