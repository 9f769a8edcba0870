import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, type LogEvent, type LogEventDraft } from '@shared/event-log-schema';
import { dailyCsv, eventsCsv, DAILY_CSV_COLUMNS } from '@shared/stats/csv';
import { aggregateDays, emptyDay } from '@shared/stats/daily-aggregate';
import { bestAndWorstHours, exerciseTotals, monthly, series, streaks, toPoint, weekly } from '@shared/stats/rollups';

let seq = 0;
const ev = (draft: LogEventDraft, tz = 60): LogEvent => ({ v: EVENT_VERSION, id: `e${++seq}`, tz, ...draft });
const at = (iso: string) => Date.parse(iso);

function breakDay(date: string, tz: number, outcomes: ('taken' | 'natural' | 'skipped' | 'ignored')[]) {
  const events: LogEvent[] = [];
  outcomes.forEach((outcome, i) => {
    const breakId = `${date}-${i}`;
    const when = at(`${date}T${String(9 + i).padStart(2, '0')}:00:00Z`) - tz * 60_000;
    if (outcome !== 'natural') events.push(ev({ type: 'reminder-shown', at: when, kind: 'movement', breakId }, tz));
    if (outcome === 'taken') {
      events.push(
        ev(
          {
            type: 'break-started',
            at: when + 1000,
            kind: 'movement',
            breakId,
            source: 'notification',
            exerciseIds: ['chin-tucks'],
          },
          tz,
        ),
        ev({ type: 'exercise-done', at: when + 60_000, breakId, exerciseId: 'chin-tucks', repetitions: 8 }, tz),
        ev(
          {
            type: 'break-completed',
            at: when + 180_000,
            kind: 'movement',
            breakId,
            durationSeconds: 180,
            endedBy: 'user',
          },
          tz,
        ),
      );
    }
    if (outcome === 'natural') {
      events.push(
        ev(
          { type: 'break-completed', at: when, kind: 'movement', breakId, durationSeconds: 600, endedBy: 'natural' },
          tz,
        ),
      );
    }
    if (outcome === 'skipped')
      events.push(ev({ type: 'break-skipped', at: when + 5000, kind: 'movement', breakId, reason: 'user' }, tz));
  });
  return events;
}

describe('aggregateDays', () => {
  it('sums a day: due, taken guided and natural, skipped, guided minutes, exercises, hours', () => {
    const day = aggregateDays(breakDay('2026-03-02', 60, ['taken', 'natural', 'skipped', 'ignored'])).get(
      '2026-03-02',
    )!;
    expect(day.movement).toEqual({ due: 4, taken: 2, guided: 1, natural: 1, snoozed: 0, skipped: 1 });
    expect(day.guidedMinutes).toBe(3);
    expect(day.exercises).toEqual({ 'chin-tucks': 1 });
    expect(day.takenByHour[9]).toBe(1);
    expect(day.takenByHour[10]).toBe(1);
    expect(day.skippedByHour[11]).toBe(1);
  });

  it('places events on local dates by their own offset, across a DST change and a time-zone change', () => {
    const events = [
      // 23:30 local in Berlin winter time, 22:30 UTC: still the 28th locally.
      ev({ type: 'reminder-shown', at: at('2026-03-28T22:30:00Z'), kind: 'movement', breakId: 'a' }, 60),
      // 00:30 local summer time on the 30th is 22:30 UTC on the 29th.
      ev({ type: 'reminder-shown', at: at('2026-03-29T22:30:00Z'), kind: 'movement', breakId: 'b' }, 120),
      // The same UTC instant seen from Tokyo is already the 30th in the morning.
      ev({ type: 'reminder-shown', at: at('2026-03-29T22:30:00Z'), kind: 'movement', breakId: 'c' }, 540),
    ];
    const days = aggregateDays(events);
    expect(days.get('2026-03-28')?.movement.due).toBe(1);
    expect(days.get('2026-03-29')).toBeUndefined();
    expect(days.get('2026-03-30')?.movement.due).toBe(2);
  });

  it('counts posture checks shown and acknowledged, the latest activity record, pain and flare-ups', () => {
    const events = [
      ev({ type: 'reminder-shown', at: at('2026-03-02T08:25:00Z'), kind: 'posture', breakId: 'p1' }),
      ev({ type: 'reminder-shown', at: at('2026-03-02T08:50:00Z'), kind: 'posture', breakId: 'p2' }),
      ev({ type: 'reminder-acknowledged', at: at('2026-03-02T08:51:00Z'), kind: 'posture', breakId: 'p2' }),
      ev({
        type: 'day-activity',
        at: at('2026-03-02T10:00:00Z'),
        date: '2026-03-02',
        activeMinutes: 60,
        longestSittingMinutes: 40,
      }),
      ev({
        type: 'day-activity',
        at: at('2026-03-02T16:00:00Z'),
        date: '2026-03-02',
        activeMinutes: 300,
        longestSittingMinutes: 95,
      }),
      ev({
        type: 'pain-checkin',
        at: at('2026-03-02T09:00:00Z'),
        regions: { 'low-back': 4, neck: 2 },
        flareUp: false,
        redFlags: [],
      }),
      ev({
        type: 'pain-checkin',
        at: at('2026-03-02T17:00:00Z'),
        regions: { 'low-back': 6 },
        flareUp: true,
        redFlags: [],
      }),
    ];
    const day = aggregateDays(events).get('2026-03-02')!;
    expect(day.posture).toEqual({ shown: 2, acknowledged: 1 });
    expect(day.activeMinutes).toBe(300);
    expect(day.longestSittingMinutes).toBe(95);
    expect(day.pain).toEqual({ 'low-back': 6, neck: 2 });
    expect(day.flareUp).toBe(true);
    expect(toPoint(day).pain).toBe(6);
  });

  it('gives an empty history no days at all', () => {
    expect(aggregateDays([]).size).toBe(0);
  });
});

describe('roll-ups', () => {
  const days = aggregateDays([
    ...breakDay('2026-03-02', 60, ['taken', 'taken', 'taken', 'taken', 'skipped']), // 80 %
    ...breakDay('2026-03-03', 60, ['taken', 'taken', 'taken', 'taken', 'taken']), // 100 %
    ...breakDay('2026-03-04', 60, ['taken', 'skipped', 'skipped', 'skipped']), // 25 %
    ...breakDay('2026-03-05', 60, ['taken', 'taken', 'taken', 'taken']), // 100 %
    // 6th and 7th: a weekend with nothing due
    ...breakDay('2026-03-09', 60, ['taken', 'taken']), // 100 %
  ]);
  const span = series(days, '2026-03-02', '2026-03-10');

  it('fills empty days in a series', () => {
    expect(span.map((d) => d.date)).toHaveLength(9);
    expect(span[4]?.movement.due).toBe(0);
  });

  it('streaks skip days with nothing due and an unfinished today does not break them', () => {
    expect(streaks(span, 0.8)).toEqual({ current: 2, best: 2 });
    expect(streaks(span.slice(0, 2), 0.8)).toEqual({ current: 2, best: 2 });
    expect(
      streaks(
        [...span.slice(0, 8), { ...emptyDay('2026-03-10'), movement: { ...emptyDay('x').movement, due: 3 } }],
        0.8,
      ),
    ).toEqual({
      current: 2,
      best: 2,
    });
  });

  it('weekly and monthly roll-ups sum due and taken', () => {
    expect(weekly(span).map((w) => [w.period, w.due, w.taken, w.adherence])).toEqual([
      ['2026-03-02', 18, 14, 78],
      ['2026-03-09', 2, 2, 100],
    ]);
    expect(monthly(span)).toEqual([
      { period: '2026-03', due: 20, taken: 16, adherence: 80, guidedMinutes: 48, activeDays: 5 },
    ]);
  });

  it('names the best hour and the most skipped one, and totals exercises', () => {
    expect(bestAndWorstHours(span)).toEqual({ best: 9, mostSkipped: 10 }); // ties go to the earliest hour
    expect(exerciseTotals(span)).toEqual([{ exerciseId: 'chin-tucks', count: 16 }]);
  });
});

describe('CSV export', () => {
  it('one row per day with a header, adherence in percent', () => {
    const csv = dailyCsv([aggregateDays(breakDay('2026-03-02', 60, ['taken', 'skipped'])).get('2026-03-02')!]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe(DAILY_CSV_COLUMNS.join(','));
    expect(row).toBe('2026-03-02,2,1,50,1,0,0,1,3,0,0,,,0,0,,0,,,,');
  });

  it('sensed posture in its own columns when the camera was on', () => {
    const since = at('2026-03-02T09:00:00Z');
    const day = aggregateDays([
      // Upright from 09:00, written again every 10 minutes while it holds.
      ...[1, 11, 21].map((minute) =>
        ev({ type: 'posture-state', at: since + minute * 60_000, since, posture: 'upright' }, 0),
      ),
      ev({ type: 'posture-state', at: since + 30 * 60_000, since: since + 30 * 60_000, posture: 'slumped' }, 0),
      ev({ type: 'posture-nudge', at: since + 36 * 60_000, posture: 'slumped', minutes: 5 }, 0),
      ev({ type: 'posture-state', at: since + 40 * 60_000, since: since + 40 * 60_000, posture: 'off' }, 0),
    ]).get('2026-03-02')!;
    const row = dailyCsv([day]).trim().split('\r\n')[1]!;
    expect(row.split(',').slice(-4)).toEqual(['40', '75', '10', '1']);
  });

  it('raw events with quoting of JSON details', () => {
    const csv = eventsCsv([
      ev(
        {
          type: 'exercise-feedback',
          at: at('2026-03-02T09:00:00Z'),
          breakId: 'b',
          exerciseId: 'plank',
          feedback: 'too-easy',
        },
        0,
      ),
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      'e' +
        seq +
        ',exercise-feedback,2026-03-02T09:00:00.000Z,0,,b,"{""exerciseId"":""plank"",""feedback"":""too-easy""}"',
    );
  });
});
