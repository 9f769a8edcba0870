import * as fs from 'node:fs';
import * as path from 'node:path';
import { DESK_EXERCISES, HOME_PROGRAM_EXERCISE_IDS } from '@shared/content/exercises';
import { EVENT_VERSION, type LogEvent, type LogEventDraft } from '@shared/event-log-schema';
import { addCalendarDays, instantAt, localMoment, utcOffsetMinutes } from '@shared/calendar';

/**
 * Realistic synthetic history for demos and benchmarks (`npm run
 * seed-history`): workdays with posture checks and movement breaks taken,
 * snoozed, skipped or missed, natural breaks, holidays, pain check-ins with
 * the odd flare-up, home programs and walks, and the DST changes of the zone.
 * Deterministic for a seed. Writes the event log's own files directly.
 */
/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedOptions {
  dataDir: string;
  years: number;
  end: string;
  zone: string;
  seed: number;
  devices: number;
}

export function seedHistory(options: SeedOptions): { events: number; days: number; files: number } {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number) => random() < p;
  const files = new Map<string, string[]>();
  let ids = 0;
  let count = 0;
  const write = (device: string, draft: LogEventDraft) => {
    const tz = utcOffsetMinutes(draft.at, options.zone);
    const event = { v: EVENT_VERSION, id: `seed-${options.seed}-${++ids}`, ...draft, tz } as LogEvent;
    const month = localMoment(draft.at, options.zone).date.slice(0, 7);
    const key = path.join(options.dataDir, 'events', device, `${month}.jsonl`);
    let lines = files.get(key);
    if (!lines) files.set(key, (lines = []));
    lines.push(JSON.stringify(event));
    count++;
  };

  const startDate = addCalendarDays(options.end, -Math.round(options.years * 365.25) + 1);
  let pain = 3;
  let walks = 0;
  let days = 0;
  for (let date = startDate; date <= options.end; date = addCalendarDays(date, 1)) {
    days++;
    const weekday = localMoment(instantAt(date, '12:00', options.zone), options.zone).weekday;
    const device = `device-${1 + Math.floor(random() * options.devices)}`;
    pain = Math.max(0, Math.min(9, pain + (random() - 0.52) * 1.5));
    const holiday = chance(0.06);
    if (weekday === 'sat' || weekday === 'sun' || holiday) {
      if (chance(0.3)) {
        write(device, {
          type: 'pain-checkin',
          at: instantAt(date, '10:00', options.zone),
          regions: { 'low-back': Math.round(pain) },
          flareUp: false,
          redFlags: [],
        });
      }
      continue;
    }
    // A workday: 08:30 to 18:00, breaks every ~50 minutes, posture checks every ~25.
    let t = instantAt(date, '08:30', options.zone);
    const endOfDay = instantAt(date, '18:00', options.zone);
    const lunch = instantAt(date, '12:30', options.zone);
    let lunched = false;
    let activeMinutes = 0;
    let longest = 0;
    let sittingSince = t;
    while (t < endOfDay) {
      if (!lunched && t >= lunch) {
        lunched = true;
        t += 60 * 60_000;
        sittingSince = t;
        continue;
      }
      // Posture check halfway through.
      const postureId = `p${ids}`;
      write(device, {
        type: 'reminder-shown',
        at: t + 25 * 60_000,
        kind: 'posture',
        breakId: postureId,
        variant: 'reminder',
      });
      if (chance(0.5))
        write(device, {
          type: 'reminder-acknowledged',
          at: t + 25 * 60_000 + 20_000,
          kind: 'posture',
          breakId: postureId,
        });
      t += 50 * 60_000;
      activeMinutes += 50;
      const breakId = `b${ids}`;
      const roll = random();
      if (roll < 0.12) {
        // Got up anyway: a natural break.
        write(device, {
          type: 'break-completed',
          at: t + 5 * 60_000,
          kind: 'movement',
          breakId,
          durationSeconds: 300,
          endedBy: 'natural',
        });
        longest = Math.max(longest, (t - sittingSince) / 60_000);
        sittingSince = t + 5 * 60_000;
        t += 5 * 60_000;
        continue;
      }
      write(device, { type: 'reminder-shown', at: t - 30_000, kind: 'movement', breakId, variant: 'pre-break' });
      write(device, { type: 'reminder-shown', at: t, kind: 'movement', breakId, variant: 'reminder' });
      let startAt = t + 20_000;
      if (roll < 0.22) {
        write(device, { type: 'break-snoozed', at: t + 10_000, kind: 'movement', breakId, minutes: 10 });
        write(device, { type: 'reminder-shown', at: t + 600_000, kind: 'movement', breakId, variant: 'reminder' });
        startAt = t + 620_000;
      }
      if (roll >= 0.8 && roll < 0.88) {
        write(device, { type: 'break-skipped', at: t + 15_000, kind: 'movement', breakId, reason: 'user' });
        continue;
      }
      if (roll >= 0.88) continue; // ignored
      const session = [pick(DESK_EXERCISES), pick(DESK_EXERCISES), pick(DESK_EXERCISES)];
      write(device, {
        type: 'break-started',
        at: startAt,
        kind: 'movement',
        breakId,
        source: pick(['notification', 'tray', 'dashboard'] as const),
        exerciseIds: session.map((e) => e.id),
      });
      for (const exercise of session) {
        write(device, {
          type: 'exercise-done',
          at: startAt + 80_000,
          breakId,
          exerciseId: exercise.id,
          repetitions: 8,
        });
        if (chance(0.15))
          write(device, {
            type: 'exercise-feedback',
            at: startAt + 170_000,
            breakId,
            exerciseId: exercise.id,
            feedback: pick(['too-easy', 'right', 'right', 'painful'] as const),
          });
      }
      write(device, {
        type: 'break-completed',
        at: startAt + 180_000,
        kind: 'movement',
        breakId,
        durationSeconds: 180,
        endedBy: chance(0.8) ? 'user' : 'timer',
      });
      longest = Math.max(longest, (startAt - sittingSince) / 60_000);
      sittingSince = startAt + 180_000;
      t = startAt + 180_000;
      // The app logs the day's activity about every hour.
      write(device, { type: 'day-activity', at: t, date, activeMinutes, longestSittingMinutes: Math.round(longest) });
    }
    write(device, {
      type: 'day-activity',
      at: endOfDay,
      date,
      activeMinutes,
      longestSittingMinutes: Math.round(longest),
    });
    if (chance(0.7)) {
      const flareUp = pain > 6 && chance(0.3);
      write(device, {
        type: 'pain-checkin',
        at: instantAt(date, '17:40', options.zone),
        regions: { 'low-back': Math.round(pain), neck: Math.round(pain / 2) },
        flareUp,
        redFlags: [],
      });
    }
    if (chance(0.4)) {
      const at = instantAt(date, '18:30', options.zone);
      const homeId = `h${ids}`;
      write(device, { type: 'reminder-shown', at, kind: 'home-program', breakId: homeId, variant: 'reminder' });
      if (chance(0.6)) {
        write(device, {
          type: 'break-started',
          at: at + 60_000,
          kind: 'home-program',
          breakId: homeId,
          source: 'notification',
          exerciseIds: [...HOME_PROGRAM_EXERCISE_IDS],
        });
        write(device, {
          type: 'break-completed',
          at: at + 16 * 60_000,
          kind: 'home-program',
          breakId: homeId,
          durationSeconds: 900,
          endedBy: 'user',
        });
      }
    }
    if ((weekday === 'tue' || weekday === 'thu') && chance(0.7)) {
      const at = instantAt(date, '12:30', options.zone);
      walks++;
      const walkId = `w${walks}`;
      const minutes = Math.min(30, 10 + 2 * Math.floor(walks / 4));
      write(device, { type: 'reminder-shown', at, kind: 'walk', breakId: walkId, variant: 'reminder' });
      write(device, {
        type: 'break-started',
        at: at + 60_000,
        kind: 'walk',
        breakId: walkId,
        source: 'notification',
        exerciseIds: ['walking'],
      });
      write(device, {
        type: 'break-completed',
        at: at + 60_000 + minutes * 60_000,
        kind: 'walk',
        breakId: walkId,
        durationSeconds: minutes * 60,
        endedBy: 'timer',
      });
    }
  }
  for (const [file, lines] of files) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
  }
  return { events: count, days, files: files.size };
}
