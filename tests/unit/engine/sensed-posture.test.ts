import { describe, expect, it } from 'vitest';
import type { SettingsPatch } from '@shared/settings-schema';
import { EngineSim, MINUTE } from '../../helpers/engine-harness';

/** Only the camera's checks: no timed reminders to get in the way. */
const SENSING_ONLY: SettingsPatch = {
  movement: { enabled: false },
  posture: { enabled: false },
  sensing: { enabled: true },
};

/** The tracker saw the head drift forward `minutesAgo` minutes ago and asks for a check now. */
function drift(sim: EngineSim, minutesAgo = 4) {
  return sim.send({ type: 'posture-drift', posture: 'forward-head', since: sim.now - minutesAgo * MINUTE });
}

describe('posture checks about what the camera saw', () => {
  it('says what was seen and for how long, and logs the nudge', () => {
    const sim = new EngineSim({ settings: SENSING_ONLY }).run(10 * MINUTE);
    drift(sim);
    expect(sim.timeline()).toEqual(['posture/sensed@09:10']);
    expect(sim.last().body).toBe(
      'Your head has drifted forward for 4 minutes. Draw your chin back so your head rests over your shoulders.',
    );
    expect(sim.last().actions.map((action) => action.id)).toEqual(['ack', 'snooze']);
    expect(sim.records('posture-nudge')).toEqual([
      expect.objectContaining({ type: 'posture-nudge', posture: 'forward-head', minutes: 4 }),
    ]);
  });

  it('waits while the user is busy and comes once they are free, if the drift still holds', () => {
    const sim = new EngineSim({ settings: SENSING_ONLY }).run(10 * MINUTE);
    sim.busy = true;
    sim.run(MINUTE);
    drift(sim);
    sim.run(10 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
    expect(sim.records('reminder-deferred')).toEqual([expect.objectContaining({ kind: 'posture' })]);
    sim.busy = false;
    sim.run(MINUTE);
    expect(sim.timeline()).toEqual(['posture/sensed@09:22']);
    // Told with the whole time the drift has held.
    expect(sim.last().body).toMatch(/for 15 minutes/);
  });

  it('drops a waiting check when the drift ends before the user is free', () => {
    const sim = new EngineSim({ settings: SENSING_ONLY }).run(10 * MINUTE);
    sim.busy = true;
    sim.run(MINUTE);
    drift(sim);
    sim.run(5 * MINUTE);
    sim.send({ type: 'posture-settled' });
    sim.busy = false;
    sim.run(10 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
  });

  it('tells nothing while paused or outside working hours, and nothing is owed afterwards', () => {
    const sim = new EngineSim({ settings: SENSING_ONLY }).run(MINUTE);
    sim.send({ type: 'pause', length: { minutes: 30 } });
    drift(sim);
    sim.run(40 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);

    const evening = new EngineSim({
      start: '2026-03-02T19:00:00+01:00',
      settings: { ...SENSING_ONLY, workingHours: { enabled: true } },
    }).run(MINUTE);
    drift(evening);
    evening.run(10 * MINUTE);
    expect(evening.notifications()).toHaveLength(0);
  });

  it('a snooze holds the next checks for its minutes; strict mode offers none', () => {
    const sim = new EngineSim({ settings: SENSING_ONLY }).run(10 * MINUTE);
    sim.send({ type: 'snooze-sensed', minutes: 10 });
    drift(sim);
    sim.run(5 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
    sim.run(5 * MINUTE);
    expect(sim.timeline()).toEqual(['posture/sensed@09:20']);

    const strict = new EngineSim({ settings: { ...SENSING_ONLY, breakRules: { strict: true } } }).run(MINUTE);
    drift(strict);
    expect(strict.last().actions.map((action) => action.id)).toEqual(['ack']);
    expect(strict.send({ type: 'snooze-sensed', minutes: 10 }).rejected).toMatch(/strict/);
  });

  it('tells nothing when sensing is off', () => {
    const sim = new EngineSim({ settings: { ...SENSING_ONLY, sensing: { enabled: false } } }).run(MINUTE);
    drift(sim);
    expect(sim.notifications()).toHaveLength(0);
  });
});
