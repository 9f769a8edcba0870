/**
 * The exercise catalogue. Doses follow ../shared/CONTENT-FACTS.md; the text
 * is ours. Desk-friendly variants for workday breaks, the home program's
 * floor exercises, and walking. The program builder will pick and progress
 * doses within the fact sheet's ranges.
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
  // The home program: floor exercises from the physical-therapy guide.
  {
    id: 'knee-to-chest',
    name: 'Knee to chest',
    position: 'floor',
    target: 'Low back',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Bring one knee up and hold it with both hands.',
      'Draw it gently toward your chest until your low back stretches.',
      'Hold, relax, and change sides.',
    ],
    dose: { holdSeconds: 30, repetitions: 3, perSide: true },
    cues: ['Keep the other foot on the floor.', 'Breathe slowly through the hold.'],
    avoid: ['Pulling hard on the knee.'],
  },
  {
    id: 'childs-pose',
    name: "Child's pose",
    position: 'floor',
    target: 'Low back and hips',
    steps: [
      'Kneel and sit back toward your heels.',
      'Walk your hands forward on the floor.',
      'Lower your chest toward your thighs and rest your forehead down.',
      'Stay and breathe into your back.',
    ],
    dose: { holdSeconds: 60, repetitions: 1 },
    cues: ['A pillow under your hips or forehead makes it gentler.'],
    avoid: ['Knee pain: widen the knees or skip it.'],
  },
  {
    id: 'cat-cow',
    name: 'Cat-cow',
    position: 'floor',
    target: 'Whole spine',
    steps: [
      'Come onto hands and knees, hands under shoulders, knees under hips.',
      'Breathe in: let your belly sink, lift your chest and look up.',
      'Breathe out: round your back up and look toward your stomach.',
      'Flow slowly between the two.',
    ],
    dose: { repetitions: 8 },
    cues: ['Move one vertebra at a time.'],
    avoid: ['Forcing the arch.'],
  },
  {
    id: 'plank',
    name: 'Plank',
    position: 'floor',
    target: 'Core',
    steps: [
      'Rest on your forearms and toes, elbows under shoulders.',
      'Keep your body in one straight line from head to heels.',
      'Tighten your stomach muscles and breathe steadily.',
      'Lower your knees to rest.',
    ],
    dose: { holdSeconds: 15, repetitions: 1 },
    cues: ['Start on your knees if a full plank is too much.'],
    avoid: ['Letting the hips sag toward the floor.'],
  },
  {
    id: 'bird-dog',
    name: 'Bird dog',
    position: 'floor',
    target: 'Core and back',
    steps: [
      'Start on hands and knees with a flat back.',
      'Reach one arm forward and the opposite leg back.',
      'Hold with your hips level.',
      'Return and switch sides.',
    ],
    dose: { holdSeconds: 5, repetitions: 8, perSide: true },
    cues: ['Imagine balancing a cup on your low back.'],
    avoid: ['Lifting the leg higher than your hip.'],
  },
  {
    id: 'superman',
    name: 'Superman',
    position: 'floor',
    target: 'Back extensors',
    steps: [
      'Lie face down with your arms stretched overhead.',
      'Lift your head, chest, arms and legs a little off the floor.',
      'Hold briefly without straining your neck.',
      'Lower slowly.',
    ],
    dose: { holdSeconds: 2, repetitions: 10 },
    cues: ['Look at the floor to keep your neck long.'],
    avoid: ['Lifting high: a few centimetres is enough.'],
  },
  {
    id: 'walking',
    name: 'Easy walk',
    position: 'standing',
    target: 'Whole body',
    steps: [
      'Walk at a pace where you can still talk.',
      'Stand tall and let your arms swing.',
      'Build up the time gradually from week to week.',
    ],
    dose: {},
    cues: ['Comfortable shoes; flat routes at first.'],
    avoid: ['Pushing through sharp pain.'],
  },
];

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** The floor routine of the home program, in order. */
export const HOME_PROGRAM_EXERCISE_IDS = [
  'knee-to-chest',
  'childs-pose',
  'cat-cow',
  'plank',
  'bird-dog',
  'superman',
] as const;

/** Exercises that fit a workday break at the desk or standing beside it. */
export const DESK_EXERCISES: readonly Exercise[] = EXERCISES.filter(
  (e) => e.position !== 'floor' && e.id !== 'walking',
);

/** The exercise for the n-th movement break: a rotation through the desk set. */
export function exerciseForBreak(rotation: number): Exercise {
  const index = ((rotation % DESK_EXERCISES.length) + DESK_EXERCISES.length) % DESK_EXERCISES.length;
  return DESK_EXERCISES[index] as Exercise;
}

/** One line describing the dose, for the break view and notifications. */
export function describeDose(dose: ExerciseDose): string {
  const parts: string[] = [];
  if (dose.repetitions !== undefined) parts.push(`${dose.repetitions} repetitions${dose.perSide ? ' per side' : ''}`);
  if (dose.holdSeconds !== undefined) parts.push(`hold ${dose.holdSeconds} s each`);
  return parts.join(', ');
}
