import { describe, expect, it } from 'vitest';
import { calibrate, isNeutralStale, STALE_LOOKS, type Neutral } from '../../../shared/posture/calibration';
import { classifyPosture, DRIFT_THRESHOLDS } from '../../../shared/posture/classify-posture';
import { readPose, type PoseReading } from '../../../shared/posture/pose-reading';
import { NEUTRAL_SITTER, observe, type Sitter } from '../../helpers/posture-looks';

const NEUTRAL: Neutral = { ...NEUTRAL_SITTER, recordedAt: 0 };

function seated(sitter: Sitter = {}) {
  const reading = readPose(observe(sitter));
  if (reading.kind !== 'seated') throw new Error(`expected a seated reading, got ${reading.kind}`);
  return reading;
}

describe('readPose', () => {
  it('measures head height in shoulder widths and the shoulders in the frame', () => {
    const reading = seated({ headRise: 0.5, scale: 0.25, shoulderY: 0.7, shoulderX: 0.4 });
    expect(reading.headRise).toBeCloseTo(0.5);
    expect(reading.scale).toBeCloseTo(0.25);
    expect(reading.shoulderY).toBeCloseTo(0.7);
    expect(reading.shoulderX).toBeCloseTo(0.4);
    expect(reading.turned).toBe(false);
  });

  it('gives no reading in poor light, with several people, or without shoulders and head', () => {
    expect(readPose(observe({ brightness: 0.05 }))).toEqual({ kind: 'no-reading', reason: 'dark' });
    expect(readPose({ ...observe(), people: 2 })).toEqual({ kind: 'no-reading', reason: 'several-people' });
    const { leftShoulder: _gone, ...noShoulder } = observe().keypoints;
    expect(readPose({ ...observe(), keypoints: noShoulder })).toEqual({ kind: 'no-reading', reason: 'unclear' });
  });

  it('is away when nobody is in view', () => {
    expect(readPose({ people: 0, brightness: 0.5, keypoints: {} })).toEqual({ kind: 'away' });
  });

  it('ignores keypoints the model is unsure of', () => {
    const looks = observe();
    const unsure = { ...looks.keypoints.rightShoulder!, score: 0.1 };
    expect(readPose({ ...looks, keypoints: { ...looks.keypoints, rightShoulder: unsure } }).kind).toBe('no-reading');
  });

  it('reads standing when only the chest is in view, high in the frame, or the head alone at the top', () => {
    const { nose: _n, leftEar: _l, rightEar: _r, ...chest } = observe({ shoulderY: 0.1 }).keypoints;
    expect(readPose({ people: 1, brightness: 0.5, keypoints: chest })).toEqual({ kind: 'standing' });
    const { leftShoulder: _a, rightShoulder: _b, ...head } = observe({ shoulderY: 0.3 }).keypoints;
    expect(readPose({ people: 1, brightness: 0.5, keypoints: head })).toEqual({ kind: 'standing' });
  });

  it('marks a head turned to the side', () => {
    expect(seated({ noseOffset: 0.5 }).turned).toBe(true);
    expect(seated({ noseOffset: 0.2 }).turned).toBe(false);
  });
});

describe('calibrate', () => {
  const looks = (sitters: Sitter[]): PoseReading[] => sitters.map((sitter) => readPose(observe(sitter)));

  it('records the median of steady looks as the neutral', () => {
    const result = calibrate(
      looks([{ headRise: 0.58 }, { headRise: 0.6 }, {}, { headRise: 0.62 }, { headRise: 0.6 }]),
      42,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.neutral.headRise).toBeCloseTo(0.6);
    expect(result.neutral.scale).toBeCloseTo(0.3);
    expect(result.neutral.recordedAt).toBe(42);
  });

  it('says why it could not: too few looks, the person moved, the head turned away', () => {
    expect(calibrate(looks([{}, {}, {}]), 0)).toEqual({ ok: false, reason: 'too-few-looks' });
    expect(calibrate([...looks([{}, {}, {}, {}]), { kind: 'away' }, { kind: 'away' }], 0)).toEqual({
      ok: false,
      reason: 'too-few-looks',
    });
    expect(calibrate(looks([{}, {}, { headRise: 0.2 }, {}, {}]), 0)).toEqual({ ok: false, reason: 'moving' });
    expect(calibrate(looks([{}, {}, { scale: 0.45 }, {}, {}]), 0)).toEqual({ ok: false, reason: 'moving' });
    const turned = { noseOffset: 0.6 };
    expect(calibrate(looks([turned, turned, turned, {}, {}]), 0)).toEqual({ ok: false, reason: 'turned' });
  });
});

describe('classifyPosture', () => {
  it('is upright at the neutral and names each drift past its threshold', () => {
    expect(classifyPosture(seated(), NEUTRAL, null)).toBe('upright');
    expect(classifyPosture(seated({ headRise: 0.42 }), NEUTRAL, null)).toBe('forward-head');
    expect(classifyPosture(seated({ scale: 0.38 }), NEUTRAL, null)).toBe('leaning-in');
    // Slumping drops the head too; it is named as the slump.
    expect(classifyPosture(seated({ shoulderY: 0.7, headRise: 0.4 }), NEUTRAL, null)).toBe('slumped');
    expect(classifyPosture(seated({ shoulderY: 0.3 }), NEUTRAL, null)).toBe('standing');
  });

  it('has hysteresis: a drift between exit and enter keeps the posture it had', () => {
    const { enter, exit } = DRIFT_THRESHOLDS['forward-head'];
    const between = seated({ headRise: 0.6 * (1 - (enter + exit) / 2) });
    expect(classifyPosture(between, NEUTRAL, 'upright')).toBe('upright');
    expect(classifyPosture(between, NEUTRAL, 'forward-head')).toBe('forward-head');
    expect(classifyPosture(seated({ headRise: 0.6 * (1 - exit / 2) }), NEUTRAL, 'forward-head')).toBe('upright');
  });
});

describe('isNeutralStale', () => {
  it('is stale only when every recent look is far from the neutral in position or size', () => {
    const moved = Array.from({ length: STALE_LOOKS }, () => seated({ shoulderX: 0.8 }));
    expect(isNeutralStale(NEUTRAL, moved)).toBe(true);
    expect(isNeutralStale(NEUTRAL, moved.slice(1))).toBe(false);
    expect(isNeutralStale(NEUTRAL, [...moved.slice(1), seated()])).toBe(false);
    const further = Array.from({ length: STALE_LOOKS }, () => seated({ scale: 0.15 }));
    expect(isNeutralStale(NEUTRAL, further)).toBe(true);
  });

  it('is never stale from slouching alone', () => {
    const slouched = Array.from({ length: STALE_LOOKS }, () => seated({ headRise: 0.3, shoulderY: 0.72 }));
    expect(isNeutralStale(NEUTRAL, slouched)).toBe(false);
  });
});
