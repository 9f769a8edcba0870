import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, type LogEvent, type LogEventDraft } from '@shared/event-log-schema';
import { RECORD_REFRESH_MS } from '@shared/posture/posture-tracker';
import { summarisePostureDays, uprightShare } from '@shared/stats/posture-day';

let seq = 0;
const MINUTE = 60_000;
/** An instant on 2026-03-02, local time in a zone at UTC+1. */
const local = (hhmm: string, date = '2026-03-02') => Date.parse(`${date}T${hhmm}:00+01:00`);
const ev = (draft: LogEventDraft): LogEvent => ({ v: EVENT_VERSION, id: `p${++seq}`, tz: 60, ...draft });
type Posture = Extract<LogEvent, { type: 'posture-state' }>['posture'];

/** A posture's lines as the tracker writes them: at its start (plus a settle), then every refresh. */
function held(posture: Posture, from: string, to: string, date?: string): LogEvent[] {
  const since = local(from, date);
  const until = local(to, date);
  const lines = [ev({ type: 'posture-state', at: since + MINUTE, since, posture })];
  for (let at = since + MINUTE + RECORD_REFRESH_MS; at < until; at += RECORD_REFRESH_MS) {
    lines.push(ev({ type: 'posture-state', at, since, posture }));
  }
  return lines;
}
const off = (hhmm: string, date?: string) =>
  ev({ type: 'posture-state', at: local(hhmm, date), since: local(hhmm, date), posture: 'off' });

describe('summarisePostureDays', () => {
  it('sums sensed sitting, upright time and each drift; standing and away are not sitting', () => {
    const days = summarisePostureDays([
      ...held('upright', '09:00', '09:40'),
      ...held('forward-head', '09:40', '10:00'),
      ...held('standing', '10:00', '10:15'),
      ...held('away', '10:15', '10:30'),
      ...held('slumped', '10:30', '10:45'),
      off('10:45'),
    ]);
    const day = days.get('2026-03-02')!;
    expect(day).toMatchObject({
      sensedMinutes: 75,
      uprightMinutes: 40,
      driftMinutes: { 'forward-head': 20, slumped: 15, 'leaning-in': 0 },
      standingMinutes: 15,
      longestDriftMinutes: 20,
    });
    expect(uprightShare(day)).toBeCloseTo(40 / 75);
    expect(day.sensedByHour[9]).toBe(60);
    expect(day.uprightByHour[9]).toBe(40);
    expect(day.sensedByHour[10]).toBe(15);
  });

  it('joins back-to-back drifts into one stretch, and reads lines in any order', () => {
    const lines = [
      ...held('forward-head', '14:00', '14:10'),
      ...held('leaning-in', '14:10', '14:25'),
      ...held('upright', '14:25', '14:30'),
      ...held('slumped', '14:30', '14:50'),
      off('14:50'),
    ];
    const day = summarisePostureDays(lines.reverse()).get('2026-03-02')!;
    expect(day.longestDriftMinutes).toBe(25);
    expect(day.sensedMinutes).toBe(50);
  });

  it('ends a run at its last line when the app stopped without saying so', () => {
    // Upright from 09:00 with lines until 09:51, then nothing until the next morning.
    const day = summarisePostureDays([
      ...held('upright', '09:00', '10:00'),
      ...held('upright', '08:00', '08:30', '2026-03-03'),
    ]);
    expect(day.get('2026-03-02')!.uprightMinutes).toBe(51);
    expect(day.get('2026-03-03')!.uprightMinutes).toBe(21);
  });

  it('splits a run at midnight onto both days, each with its local hours', () => {
    const since = local('23:30');
    const lines = [0, 1, 2, 3, 4, 5].map((n) =>
      ev({ type: 'posture-state', at: since + MINUTE + n * RECORD_REFRESH_MS, since, posture: 'upright' }),
    );
    const days = summarisePostureDays([...lines, off('00:30', '2026-03-03')]);
    expect(days.get('2026-03-02')!.uprightByHour[23]).toBe(30);
    expect(days.get('2026-03-03')!.uprightByHour[0]).toBe(30);
  });

  it('says what followed each nudge: sitting up, moving, or neither', () => {
    const nudge = (hhmm: string) => ev({ type: 'posture-nudge', at: local(hhmm), posture: 'forward-head', minutes: 4 });
    const breakStarted = ev({
      type: 'break-started',
      at: local('11:02'),
      kind: 'movement',
      breakId: 'b1',
      source: 'notification',
      exerciseIds: [],
    });
    const day = summarisePostureDays([
      ...held('forward-head', '09:00', '09:10'),
      nudge('09:04'),
      ...held('upright', '09:06', '10:00'),
      ...held('forward-head', '10:00', '10:30'),
      nudge('10:04'),
      ...held('standing', '10:30', '11:00'),
      ...held('slumped', '11:00', '11:30'),
      nudge('11:00'),
      breakStarted,
      ...held('forward-head', '11:30', '12:00'),
      nudge('11:34'),
      off('12:00'),
    ]).get('2026-03-02')!;
    expect(day.nudges).toBe(4);
    expect(day.afterNudge).toEqual({ upright: 1, moved: 1, neither: 2 });
  });
});
