import { describe, expect, it } from 'vitest';
import { EngineSim, MINUTE, MOVEMENT_ONLY } from '../../helpers/engine-harness';

describe('busy: fullscreen, presenting, do-not-disturb', () => {
  it('a reminder due during a presentation waits and fires as a catch-up when it ends', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(40 * MINUTE);
    sim.busy = true;
    sim.run(20 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
    expect(sim.records('reminder-deferred')).toEqual([expect.objectContaining({ kind: 'movement', reason: 'busy' })]);
    sim.busy = false;
    sim.run(MINUTE);
    expect(sim.timeline()).toEqual(['movement/catch-up@10:01']);
    expect(sim.last().body).toMatch(/^Now that you are free/);
    expect(sim.last().quiet).toBe(false);
  });

  it('fullscreen for 90 minutes: deferred at most 45 minutes, then shown quietly; one catch-up, no burst', () => {
    const sim = new EngineSim({ settings: MOVEMENT_ONLY }).run(30 * MINUTE);
    sim.busy = true;
    sim.run(90 * MINUTE);
    sim.busy = false;
    sim.run(5 * MINUTE);
    expect(sim.timeline()).toEqual(['movement/reminder@10:35']);
    expect(sim.notifications()[0]?.quiet).toBe(true);
    expect(sim.records('reminder-deferred')).toHaveLength(1);
  });

  it('no deferral when the user turned it off', () => {
    const sim = new EngineSim({ settings: { ...MOVEMENT_ONLY, focus: { deferWhileBusy: false } } });
    sim.busy = true;
    sim.run(50 * MINUTE);
    expect(sim.timeline()).toEqual(['movement/reminder@09:50']);
  });

  it('posture checks wait too, by default', () => {
    const sim = new EngineSim({ settings: { movement: { enabled: false } } });
    sim.busy = true;
    sim.run(30 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
    sim.busy = false;
    sim.run(MINUTE);
    expect(sim.timeline()).toEqual(['posture/catch-up@09:31']);
  });

  it('or show as a silent seated micro-move when the user prefers', () => {
    const sim = new EngineSim({ settings: { movement: { enabled: false }, focus: { postureAsMicroMove: true } } });
    sim.busy = true;
    sim.run(25 * MINUTE);
    expect(sim.timeline()).toEqual(['posture/micro-move@09:25']);
    expect(sim.last()).toMatchObject({ title: 'Seated micro-move', quiet: true });
  });

  it('the pre-break notice is not sent while busy', () => {
    const sim = new EngineSim({ settings: { posture: { enabled: false } } });
    sim.run(49 * MINUTE);
    sim.busy = true;
    sim.run(2 * MINUTE);
    expect(sim.notifications()).toHaveLength(0);
  });
});
