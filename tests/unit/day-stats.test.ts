import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, parseLogLine, type LogEvent, type LogEventDraft } from '@shared/event-log-schema';
import { localDateAtOffset } from '@shared/calendar';
import { computeDayStats } from '@shared/stats/day-stats';
import { aggregateDays } from '@shared/stats/daily-aggregate';
import { historiesFromDays } from '@shared/program/progression';

let seq = 0;
function ev(draft: LogEventDraft, tz = 0): LogEvent {
  return { v: EVENT_VERSION, id: `e${++seq}`, tz, ...draft };
}
const at = (iso: string) => Date.parse(iso);

describe('localDateAtOffset', () => {
  it('uses the offset recorded with the event', () => {
    expect(localDateAtOffset(at('2026-03-02T23:30:00Z'), 0)).toBe('2026-03-02');
    expect(localDateAtOffset(at('2026-03-02T23:30:00Z'), 60)).toBe('2026-03-03');
    expect(localDateAtOffset(at('2026-03-03T03:00:00Z'), -300)).toBe('2026-03-02');
  });
});

describe('computeDayStats', () => {
  it('is all zeros for an empty history', () => {
    expect(computeDayStats([], '2026-03-02')).toEqual({
      date: '2026-03-02',
      due: 0,
      taken: 0,
      snoozed: 0,
      skipped: 0,
      minutesMoved: 0,
    });
  });

  it('counts a break reminded, snoozed, reminded again and taken as one due and one taken', () => {
    const events = [
      ev({ type: 'reminder-shown', at: at('2026-03-02T09:50:00Z'), kind: 'movement', breakId: 'b1' }),
      ev({ type: 'break-snoozed', at: at('2026-03-02T09:51:00Z'), kind: 'movement', breakId: 'b1', minutes: 10 }),
      ev({ type: 'reminder-shown', at: at('2026-03-02T10:01:00Z'), kind: 'movement', breakId: 'b1' }),
      ev({
        type: 'break-started',
        at: at('2026-03-02T10:02:00Z'),
        kind: 'movement',
        breakId: 'b1',
        source: 'notification',
        exerciseIds: ['chin-tucks'],
      }),
      ev({
        type: 'break-completed',
        at: at('2026-03-02T10:05:00Z'),
        kind: 'movement',
        breakId: 'b1',
        durationSeconds: 180,
        endedBy: 'user',
      }),
      ev({ type: 'reminder-shown', at: at('2026-03-02T10:55:00Z'), kind: 'movement', breakId: 'b2' }),
    ];
    expect(computeDayStats(events, '2026-03-02')).toEqual({
      date: '2026-03-02',
      due: 2,
      taken: 1,
      snoozed: 1,
      skipped: 0,
      minutesMoved: 3,
    });
  });

  it('places late-evening events on their own local day', () => {
    const lateInTokyo = ev(
      { type: 'reminder-shown', at: at('2026-03-02T14:30:00Z'), kind: 'movement', breakId: 'b9' },
      540,
    );
    expect(computeDayStats([lateInTokyo], '2026-03-02').due).toBe(1);
    const pastMidnightInTokyo = ev(
      { type: 'reminder-shown', at: at('2026-03-02T15:30:00Z'), kind: 'movement', breakId: 'b10' },
      540,
    );
    expect(computeDayStats([pastMidnightInTokyo], '2026-03-02').due).toBe(0);
    expect(computeDayStats([pastMidnightInTokyo], '2026-03-03').due).toBe(1);
  });

  it('counts a skipped break as due but not taken', () => {
    const events = [
      ev({
        type: 'break-started',
        at: at('2026-03-02T11:00:00Z'),
        kind: 'movement',
        breakId: 'b3',
        source: 'tray',
        exerciseIds: [],
      }),
      ev({ type: 'break-skipped', at: at('2026-03-02T11:00:30Z'), kind: 'movement', breakId: 'b3', reason: 'closed' }),
    ];
    expect(computeDayStats(events, '2026-03-02')).toMatchObject({ due: 1, taken: 0, skipped: 1 });
  });
});

describe('parseLogLine', () => {
  const good = JSON.stringify(
    ev({ type: 'reminder-shown', at: at('2026-03-02T09:50:00Z'), kind: 'movement', breakId: 'b1' }),
  );

  it('accepts a valid line', () => {
    expect(parseLogLine(good)).toMatchObject({ ok: true, event: { type: 'reminder-shown' } });
  });

  it('calls a line cut short by a crash torn', () => {
    expect(parseLogLine(good.slice(0, 30))).toEqual({ ok: false, reason: 'torn' });
  });

  it('ignores event types and versions from a later app', () => {
    expect(parseLogLine(JSON.stringify({ v: 1, id: 'x', at: 1, tz: 0, type: 'hydration-logged' }))).toEqual({
      ok: false,
      reason: 'unknown-type',
    });
    expect(parseLogLine(JSON.stringify({ v: 2, id: 'x', at: 1, tz: 0, type: 'reminder-shown' }))).toEqual({
      ok: false,
      reason: 'future-version',
    });
  });

  it('rejects a known type with bad fields', () => {
    expect(parseLogLine(JSON.stringify({ v: 1, id: 'x', at: -5, tz: 0, type: 'paused', until: null }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('hostile exercise ids', () => {
  it('an exercise id that is not kebab-case ("__proto__", "../x") makes the line invalid', () => {
    for (const exerciseId of ['__proto__', 'Plank', '../x', '']) {
      const line = JSON.stringify({ v: 1, id: 'x', at: 1, tz: 0, type: 'exercise-done', breakId: 'b', exerciseId });
      expect(parseLogLine(line)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('"constructor" is counted like any other id, without touching Object.prototype', () => {
    const line = JSON.stringify({
      v: 1,
      id: 'x',
      at: 1,
      tz: 0,
      type: 'exercise-done',
      breakId: 'b',
      exerciseId: 'constructor',
    });
    const parsed = parseLogLine(line);
    if (!parsed.ok) throw new Error('should parse');
    const day = aggregateDays([parsed.event]).get('1970-01-01');
    expect(day?.exercises.constructor).toBe(1);
    expect(historiesFromDays(day ? [day] : []).get('constructor')).toEqual({ done: 1, feedback: [] });
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});
