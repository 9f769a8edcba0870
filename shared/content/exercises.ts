/**
 * The exercise catalogue. Doses follow ../shared/CONTENT-FACTS.md; the text
 * is ours. This first set holds desk-friendly variants for workday breaks;
 * the home-program floor exercises join with the program builder.
 */
export type Position = 'desk' | 'standing' | 'floor';

export interface ExerciseDose {
  /** Seconds to hold each repetition, if it is a hold. */
  holdSeconds?: number;
  repetitions?: number;
  /** Whether the repetitions are done on each side. */
  perSide?: boolean;
}

export interface Exercise {
  id: string;
  name: string;
  position: Position;
  target: string;
  steps: readonly string[];
  dose: ExerciseDose;
  cues: readonly string[];
  avoid: readonly string[];
}

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'seated-cat-cow',
    name: 'Seated cat-cow',
    position: 'desk',
    target: 'Low and mid back',
    steps: [
      'Sit near the front of your chair, feet flat, hands resting on your knees.',
      'Breathe in: roll your pelvis forward, lift your chest and look slightly up.',
      'Breathe out: round your back, tuck your chin and draw your belly in.',
      'Move slowly between the two positions with your breath.',
    ],
    dose: { repetitions: 8 },
    cues: ['Let the movement start at the pelvis.', 'Keep your shoulders relaxed.'],
    avoid: ['Forcing the end of either position.'],
  },
  {
    id: 'standing-back-extension',
    name: 'Standing back extension',
    position: 'standing',
    target: 'Low back',
    steps: [
      'Stand tall with your feet hip-width apart.',
      'Place your palms on your lower back, fingers pointing down.',
      'Gently lean back from the hips while looking ahead, not up.',
      'Pause, then return to standing tall.',
    ],
    dose: { holdSeconds: 3, repetitions: 6 },
    cues: ['Keep your knees soft.', 'Lean only as far as is comfortable.'],
    avoid: ['Pain that travels into a leg: stop and stand normally.'],
  },
  {
    id: 'chin-tucks',
    name: 'Chin tucks',
    position: 'desk',
    target: 'Neck and upper back',
    steps: [
      'Sit tall with your back against the chair.',
      'Draw your chin straight back, as if making a double chin.',
      'Hold while you feel a gentle stretch at the base of your skull.',
      'Release slowly and repeat.',
    ],
    dose: { holdSeconds: 5, repetitions: 8 },
    cues: ['Keep your eyes level.', 'Glide back; do not nod down.'],
    avoid: ['Pushing into pain or dizziness.'],
  },
  {
    id: 'shoulder-blade-squeeze',
    name: 'Shoulder blade squeeze',
    position: 'desk',
    target: 'Upper back and shoulders',
    steps: [
      'Sit or stand tall with your arms relaxed at your sides.',
      'Draw your shoulder blades back and slightly down, toward each other.',
      'Hold the squeeze while breathing normally.',
      'Let go slowly and repeat.',
    ],
    dose: { holdSeconds: 5, repetitions: 10 },
    cues: ['Shoulders stay away from your ears.'],
    avoid: ['Arching your low back to help the squeeze.'],
  },
];

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The exercise for the n-th movement break: a simple rotation for now. */
export function exerciseForBreak(rotation: number): Exercise {
  const index = ((rotation % EXERCISES.length) + EXERCISES.length) % EXERCISES.length;
  return EXERCISES[index] as Exercise;
}

/** One line describing the dose, for the break view and notifications. */
export function describeDose(dose: ExerciseDose): string {
  const parts: string[] = [];
  if (dose.repetitions !== undefined) parts.push(`${dose.repetitions} repetitions${dose.perSide ? ' per side' : ''}`);
  if (dose.holdSeconds !== undefined) parts.push(`hold ${dose.holdSeconds} s each`);
  return parts.join(', ');
}
