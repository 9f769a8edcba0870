import { localDateAtOffset, localHourAtOffset } from '../calendar';
import type { LogEvent } from '../event-log-schema';
import { DRIFT_POSTURES, isDrift, type DriftPosture } from '../posture/posture-model';
import { RECORD_REFRESH_MS } from '../posture/posture-tracker';

/**
 * One day of sensed posture, from the log's posture lines
 * (docs/EVENT-LOG.md): how long the camera saw the person seated, how much
 * of it upright, the longest drift, the nudges and what followed each.
 */
export interface PostureDay {
  /** Minutes seated with a known posture. */
  sensedMinutes: number;
  uprightMinutes: number;
  driftMinutes: Record<DriftPosture, number>;
  standingMinutes: number;
  /** The longest stretch of drift (any kind, back to back), in minutes, on the day it began. */
  longestDriftMinutes: number;
  nudges: number;
  /** What followed each nudge within NUDGE_FOLLOW_MS: sitting up, moving (a break, standing, leaving), neither. */
  afterNudge: { upright: number; moved: number; neither: number };
  /** Minutes seated and sensed, and minutes upright, by local hour 0-23. */
  sensedByHour: number[];
  uprightByHour: number[];
}

/** A nudge is answered if the posture changes, or a break starts, within this time. */
export const NUDGE_FOLLOW_MS = 5 * 60_000;
/**
 * The next line of a posture that holds comes RECORD_REFRESH_MS later. A gap
 * much longer means the app stopped without writing "off" (a crash, a power
 * cut): the run ends at its last line rather than stretching across the gap.
 */
const RUN_GAP_MS = RECORD_REFRESH_MS + 2 * 60_000;

type PostureLine = Extract<LogEvent, { type: 'posture-state' }>;

interface Run {
  posture: PostureLine['posture'];
  start: number;
  end: number;
  tz: number;
}

const hours = () => new Array<number>(24).fill(0);
const minutes = (ms: number) => Math.round(ms / 60_000);

export function emptyPostureDay(): PostureDay {
  return {
    sensedMinutes: 0,
    uprightMinutes: 0,
    driftMinutes: { 'forward-head': 0, slumped: 0, 'leaning-in': 0 },
    standingMinutes: 0,
    longestDriftMinutes: 0,
    nudges: 0,
    afterNudge: { upright: 0, moved: 0, neither: 0 },
    sensedByHour: hours(),
    uprightByHour: hours(),
  };
}

interface WorkingDay {
  day: PostureDay;
  /** Milliseconds in each posture. */
  ms: Map<Run['posture'], number>;
  sensedByHour: number[];
  uprightByHour: number[];
}

/** The lines as runs of one posture each, in time order. */
function postureRuns(lines: PostureLine[]): Run[] {
  const runs: Run[] = [];
  // The run being read, and the `since` its lines share while it holds.
  let open: { run: Run; since: number } | null = null;
  for (const line of lines) {
    const gapless = open !== null && line.at - open.run.end <= RUN_GAP_MS;
    if (open && gapless && line.posture === open.run.posture && line.since === open.since) {
      open.run.end = line.at;
      continue;
    }
    // A change ends the run where the new posture began.
    if (open) runs.push(gapless ? { ...open.run, end: Math.max(open.run.end, line.since) } : open.run);
    const start = Math.max(line.since, runs.at(-1)?.end ?? -Infinity);
    open = { run: { posture: line.posture, start, end: line.at, tz: line.tz }, since: line.since };
  }
  if (open) runs.push(open.run);
  return runs.filter((run) => run.end > run.start);
}

/** Splits a run at local hour boundaries, each piece with its date and hour. */
function* hourPieces(run: Run): Generator<{ date: string; hour: number; ms: number }> {
  const hourMs = 3_600_000;
  let from = run.start;
  while (from < run.end) {
    const localNextHour = Math.floor((from + run.tz * 60_000) / hourMs + 1) * hourMs;
    const to = Math.min(run.end, localNextHour - run.tz * 60_000);
    yield { date: localDateAtOffset(from, run.tz), hour: localHourAtOffset(from, run.tz), ms: to - from };
    from = to;
  }
}

/** Sums up the posture lines and nudges (any order) into one summary per local date that has any. */
export function summarisePostureDays(events: Iterable<LogEvent>): Map<string, PostureDay> {
  const lines: PostureLine[] = [];
  const nudges: Extract<LogEvent, { type: 'posture-nudge' }>[] = [];
  const breakStarts: number[] = [];
  for (const event of events) {
    if (event.type === 'posture-state') lines.push(event);
    else if (event.type === 'posture-nudge') nudges.push(event);
    else if (event.type === 'break-started') breakStarts.push(event.at);
  }
  lines.sort((a, b) => a.at - b.at);

  const days = new Map<string, WorkingDay>();
  const working = (date: string): WorkingDay => {
    let w = days.get(date);
    if (!w) {
      w = { day: emptyPostureDay(), ms: new Map(), sensedByHour: hours(), uprightByHour: hours() };
      days.set(date, w);
    }
    return w;
  };
  const runs = postureRuns(lines);
  let stretch: { date: string; ms: number } | null = null;
  runs.forEach((run, index) => {
    const seated = run.posture === 'upright' || isDrift(run.posture);
    for (const piece of hourPieces(run)) {
      const w = working(piece.date);
      w.ms.set(run.posture, (w.ms.get(run.posture) ?? 0) + piece.ms);
      if (seated) w.sensedByHour[piece.hour]! += piece.ms;
      if (run.posture === 'upright') w.uprightByHour[piece.hour]! += piece.ms;
    }
    if (!isDrift(run.posture)) {
      stretch = null;
      return;
    }
    // Back-to-back drifts of different kinds are one stretch of not sitting well.
    const length = run.end - run.start;
    stretch =
      stretch && runs[index - 1]?.end === run.start
        ? { date: stretch.date, ms: stretch.ms + length }
        : { date: localDateAtOffset(run.start, run.tz), ms: length };
    const { day } = working(stretch.date);
    day.longestDriftMinutes = Math.max(day.longestDriftMinutes, minutes(stretch.ms));
  });

  for (const nudge of nudges) {
    const w = working(localDateAtOffset(nudge.at, nudge.tz));
    w.day.nudges++;
    const within = (at: number) => at > nudge.at && at <= nudge.at + NUDGE_FOLLOW_MS;
    const next = lines.find(
      (line) => within(line.since) && line.posture !== 'unknown' && line.posture !== nudge.posture,
    );
    if (breakStarts.some(within) || (next && next.posture !== 'upright' && !isDrift(next.posture)))
      w.day.afterNudge.moved++;
    else if (next?.posture === 'upright') w.day.afterNudge.upright++;
    else w.day.afterNudge.neither++;
  }

  const result = new Map<string, PostureDay>();
  for (const [date, w] of days) {
    const of = (posture: Run['posture']) => w.ms.get(posture) ?? 0;
    const drift = DRIFT_POSTURES.reduce((sum, posture) => sum + of(posture), 0);
    result.set(date, {
      ...w.day,
      sensedMinutes: minutes(of('upright') + drift),
      uprightMinutes: minutes(of('upright')),
      driftMinutes: {
        'forward-head': minutes(of('forward-head')),
        slumped: minutes(of('slumped')),
        'leaning-in': minutes(of('leaning-in')),
      },
      standingMinutes: minutes(of('standing')),
      sensedByHour: w.sensedByHour.map(minutes),
      uprightByHour: w.uprightByHour.map(minutes),
    });
  }
  return result;
}

/** The share of sensed sitting spent upright, or null when nothing was sensed. */
export function uprightShare(day: Pick<PostureDay, 'sensedMinutes' | 'uprightMinutes'>): number | null {
  return day.sensedMinutes === 0 ? null : day.uprightMinutes / day.sensedMinutes;
}

/** One date's posture summaries from two months' aggregates (a run across midnight at a month's end). */
export function mergePostureDays(earlier: PostureDay | null, later: PostureDay | null): PostureDay | null {
  if (!earlier || !later) return earlier ?? later;
  const add = (a: number[], b: number[]) => a.map((n, i) => n + (b[i] ?? 0));
  return {
    sensedMinutes: earlier.sensedMinutes + later.sensedMinutes,
    uprightMinutes: earlier.uprightMinutes + later.uprightMinutes,
    driftMinutes: {
      'forward-head': earlier.driftMinutes['forward-head'] + later.driftMinutes['forward-head'],
      slumped: earlier.driftMinutes.slumped + later.driftMinutes.slumped,
      'leaning-in': earlier.driftMinutes['leaning-in'] + later.driftMinutes['leaning-in'],
    },
    standingMinutes: earlier.standingMinutes + later.standingMinutes,
    longestDriftMinutes: Math.max(earlier.longestDriftMinutes, later.longestDriftMinutes),
    nudges: earlier.nudges + later.nudges,
    afterNudge: {
      upright: earlier.afterNudge.upright + later.afterNudge.upright,
      moved: earlier.afterNudge.moved + later.afterNudge.moved,
      neither: earlier.afterNudge.neither + later.afterNudge.neither,
    },
    sensedByHour: add(earlier.sensedByHour, later.sensedByHour),
    uprightByHour: add(earlier.uprightByHour, later.uprightByHour),
  };
}
