// Types only: the English resources are built from this catalogue.
import type { Translate } from '../i18n/english';
import type { BodyArea, DoseRange, Exercise } from './exercise-model';

/**
 * The exercise catalogue: desk and standing variants for workday breaks, the
 * home program's floor exercises, and walking. Every entry satisfies
 * `exerciseSchema` of content-schema.ts (checked by tests/unit/content-catalogue.test.ts). The
 * home-program doses are the ranges of a physical-therapy clinic's guide; the
 * desk doses are modest, common physical-therapy doses of our own choosing.
 * docs/PROGRAM.md ("Sources of the content") gives each dose's source. All
 * text is ours.
 *
 * Contraindications are chosen conservatively: an exercise is ruled out for a
 * condition whenever its position or motion is one that condition is usually
 * told to avoid (loaded bending or twisting, lying face down or on the back in
 * pregnancy, kneeling, weight on the hands, arms overhead, standing on one leg).
 */
export { BODY_AREAS, CONTRAINDICATIONS, EXERCISE_KINDS, POSITIONS, describeDose, startingDose } from './exercise-model';
export type {
  BodyArea,
  Contraindication,
  DoseRange,
  DoseSpec,
  Exercise,
  ExerciseKind,
  Position,
  PrescribedDose,
} from './exercise-model';

/** A range that does not progress: the source gives one number (docs/PROGRAM.md). */
const fixed = (value: number): DoseRange => ({ min: value, max: value, start: value, step: 1 });

export const EXERCISES: readonly Exercise[] = [
  // ---- Workday breaks at the desk or beside it. The first four keep their
  // long-standing rotation order (the engine tests start with seated-cat-cow).
  {
    id: 'seated-cat-cow',
    name: 'Seated cat-cow',
    kind: 'mobility',
    position: 'desk',
    targets: ['low-back', 'upper-back'],
    why: 'Loosens a back that has been still in one shape for too long',
    steps: [
      'Sit near the front of your chair, feet flat, hands resting on your knees.',
      'Breathe in: tip your pelvis forward, lift your chest and look slightly up.',
      'Breathe out: round your back, tuck your chin and draw your belly in.',
      'Keep moving slowly between the two shapes in time with your breath.',
    ],
    dose: { repetitions: { min: 6, max: 10, start: 8, step: 1 }, perSide: false },
    cues: ['Let the movement start at the pelvis.', 'Keep your shoulders soft and away from your ears.'],
    avoid: ['Forcing the end of either shape.', 'Carrying on if pain spreads into a leg.'],
    contraindications: ['osteoporosis', 'recent-spinal-surgery'],
    illustration: 'seated-cat-cow.svg',
  },
  {
    id: 'standing-back-extension',
    name: 'Standing back extension',
    kind: 'mobility',
    position: 'standing',
    targets: ['low-back'],
    why: 'Undoes the forward bend of sitting by gently arching the other way',
    steps: [
      'Stand tall with your feet hip-width apart, close to your desk.',
      'Place your palms on your lower back, fingers pointing down.',
      'Lean back gently from the waist while your eyes stay on the horizon.',
      'Pause briefly, then return to standing tall.',
    ],
    dose: {
      holdSeconds: { min: 2, max: 5, start: 3, step: 1 },
      repetitions: { min: 5, max: 10, start: 6, step: 1 },
      perSide: false,
    },
    cues: ['Keep your knees soft.', 'Lean only as far as feels comfortable.'],
    avoid: ['Throwing your head back.', 'Pain that travels into a leg: stop and stand normally.'],
    contraindications: ['recent-spinal-surgery'],
    illustration: 'standing-back-extension.svg',
  },
  {
    id: 'chin-tucks',
    name: 'Chin tucks',
    kind: 'mobility',
    position: 'desk',
    targets: ['neck', 'upper-back'],
    why: 'Brings a forward-drifting head back over the shoulders',
    steps: [
      'Sit tall with your back against the chair.',
      'Slide your chin straight back, as if making a double chin.',
      'Hold while you feel a mild stretch at the base of your skull.',
      'Release slowly and repeat.',
    ],
    dose: {
      holdSeconds: { min: 5, max: 10, start: 5, step: 1 },
      repetitions: { min: 8, max: 12, start: 8, step: 1 },
      perSide: false,
    },
    cues: ['Keep your eyes level.', 'Glide straight back rather than nodding down.'],
    avoid: ['Pushing into pain, dizziness or tingling in the arms.'],
    contraindications: [],
    illustration: 'chin-tucks.svg',
  },
  {
    id: 'shoulder-blade-squeeze',
    name: 'Shoulder blade squeeze',
    kind: 'strength',
    position: 'desk',
    targets: ['upper-back', 'shoulders'],
    why: 'Wakes up the upper-back muscles that hold the shoulders back',
    steps: [
      'Sit or stand tall with your arms relaxed at your sides.',
      'Draw your shoulder blades back and slightly down, toward each other.',
      'Hold the squeeze while breathing normally.',
      'Let go slowly and repeat.',
    ],
    dose: {
      holdSeconds: { min: 5, max: 10, start: 5, step: 1 },
      repetitions: { min: 8, max: 12, start: 10, step: 1 },
      perSide: false,
    },
    cues: ['Shoulders stay low, away from your ears.', 'Think of tucking the blades into your back pockets.'],
    avoid: ['Arching your low back to help the squeeze.'],
    contraindications: [],
    illustration: 'shoulder-blade-squeeze.svg',
  },
  {
    id: 'seated-figure-four',
    name: 'Seated figure-four stretch',
    kind: 'stretch',
    position: 'desk',
    targets: ['hips', 'low-back'],
    why: 'Releases the deep hip muscles that tighten with long sitting',
    steps: [
      'Sit near the front of your chair with both feet flat.',
      'Rest your right ankle on your left knee, letting the right knee drop out.',
      'Sit tall; for more stretch, lean forward a little from the hips with a long back.',
      'Hold, breathing slowly, then switch legs.',
    ],
    dose: {
      holdSeconds: { min: 20, max: 30, start: 20, step: 5 },
      repetitions: { min: 1, max: 2, start: 1, step: 1 },
      perSide: true,
    },
    cues: ['Flex the foot of the crossed leg to protect the knee.', 'You should feel it in the buttock, not the knee.'],
    avoid: ['Pressing down on the raised knee.', 'Rounding your back to reach further.'],
    contraindications: ['knee-problems', 'recent-spinal-surgery'],
    illustration: 'seated-figure-four.svg',
  },
  {
    id: 'seated-knee-hug',
    name: 'Seated knee hug',
    kind: 'stretch',
    position: 'desk',
    targets: ['low-back', 'hips'],
    why: 'Gives the low back a gentle stretch without getting on the floor',
    steps: [
      'Sit tall on a steady chair without wheels if you can, feet flat.',
      'Lift one knee and wrap your hands around the back of that thigh.',
      'Ease the knee toward you until you feel a light stretch low in the back.',
      'Hold, lower the foot, and change legs.',
    ],
    dose: {
      holdSeconds: { min: 15, max: 30, start: 15, step: 5 },
      repetitions: { min: 2, max: 3, start: 2, step: 1 },
      perSide: true,
    },
    cues: ['Hold behind the thigh rather than over the shin.', 'Let your shoulders stay relaxed.'],
    avoid: ['Yanking the knee in.', 'Doing it on a chair that rolls or tips.'],
    contraindications: ['pregnancy', 'osteoporosis', 'recent-spinal-surgery', 'acute-disc'],
    illustration: 'seated-knee-hug.svg',
  },
  {
    id: 'seated-side-bend',
    name: 'Seated side bend',
    kind: 'stretch',
    position: 'desk',
    targets: ['low-back', 'upper-back'],
    why: 'Opens up the sides of the trunk that stiffen when you sit still',
    steps: [
      'Sit tall with both feet flat and your weight even on both sit bones.',
      'Let your right hand slide down toward the floor beside the chair.',
      'Rest your left hand on your thigh and lean gently to the right.',
      'Hold, come back to upright, and repeat on the other side.',
    ],
    dose: {
      holdSeconds: { min: 10, max: 20, start: 10, step: 5 },
      repetitions: { min: 2, max: 4, start: 2, step: 1 },
      perSide: true,
    },
    cues: ['Bend straight to the side as if between two panes of glass.', 'Keep both hips on the seat.'],
    avoid: ['Twisting or leaning forward as you bend.'],
    contraindications: ['recent-spinal-surgery'],
    illustration: 'seated-side-bend.svg',
  },
  {
    id: 'seated-twist',
    name: 'Gentle seated twist',
    kind: 'mobility',
    position: 'desk',
    targets: ['upper-back', 'low-back'],
    why: 'Brings back easy rotation to a stiff mid back',
    steps: [
      'Sit tall with your feet flat and knees pointing forward.',
      'Place your right hand on your left knee and your left hand on the chair seat behind you.',
      'Breathe in to grow tall, then turn your chest slowly to the left as you breathe out.',
      'Hold, return to the middle, and turn the other way.',
    ],
    dose: {
      holdSeconds: { min: 10, max: 20, start: 10, step: 5 },
      repetitions: { min: 2, max: 4, start: 2, step: 1 },
      perSide: true,
    },
    cues: ['Turn from the ribcage, not by pulling with your arms.', 'Let your head follow last.'],
    avoid: ['Cranking into the end of the turn.', 'Twisting while slumped.'],
    contraindications: ['pregnancy', 'osteoporosis', 'recent-spinal-surgery', 'acute-disc'],
    illustration: 'seated-twist.svg',
  },
  {
    id: 'breathing-reset',
    name: 'Breathing reset',
    kind: 'breathing',
    position: 'desk',
    targets: ['core', 'whole-body'],
    why: 'Slow breathing settles the muscle tension that stress builds up',
    steps: [
      'Sit back in your chair and put one hand on your belly.',
      'Breathe in slowly through your nose, letting the belly rise under your hand.',
      'Breathe out through relaxed lips a little longer than you breathed in.',
      'Let your shoulders and jaw soften a bit more with each breath out.',
    ],
    dose: { repetitions: { min: 5, max: 10, start: 6, step: 1 }, perSide: false },
    cues: ['Each of the repetitions is one slow breath.', 'Your chest stays fairly still; the belly moves.'],
    avoid: ['Forcing big breaths: stop if you feel light-headed.'],
    contraindications: [],
    illustration: 'breathing-reset.svg',
  },
  {
    id: 'standing-hamstring-stretch',
    name: 'Standing hamstring stretch',
    kind: 'stretch',
    position: 'standing',
    targets: ['hamstrings', 'low-back'],
    why: 'Lengthens tight hamstrings that tug on the pelvis and low back',
    steps: [
      'Stand beside your desk with one hand on it for balance.',
      'Put your right heel a short step in front, toes up, knee straight but not locked.',
      'Bend the left knee slightly and hinge forward from the hips with a long back.',
      'Hold when you feel a stretch behind the right thigh, then switch legs.',
    ],
    dose: {
      holdSeconds: { min: 20, max: 30, start: 20, step: 5 },
      repetitions: { min: 2, max: 3, start: 2, step: 1 },
      perSide: true,
    },
    cues: ['Push your hips back as if closing a drawer behind you.', 'Keep your chest open.'],
    avoid: ['Rounding your back to get lower.', 'Tingling or pain running down the leg: ease off.'],
    contraindications: ['recent-spinal-surgery', 'acute-disc'],
    illustration: 'standing-hamstring-stretch.svg',
  },
  {
    id: 'hip-flexor-lunge',
    name: 'Hip flexor lunge',
    kind: 'stretch',
    position: 'standing',
    targets: ['hips', 'low-back'],
    why: 'Stretches the front of the hip that shortens in a chair all day',
    steps: [
      'Stand side-on to your desk and hold it with one hand.',
      'Step your right foot back into a short split stance, heel lifted.',
      'Tuck your tailbone under gently and bend both knees a little.',
      'Hold when you feel a stretch at the front of the right hip, then switch sides.',
    ],
    dose: {
      holdSeconds: { min: 20, max: 30, start: 20, step: 5 },
      repetitions: { min: 2, max: 3, start: 2, step: 1 },
      perSide: true,
    },
    cues: ['Keep the front knee above the ankle.', 'Stay upright rather than leaning forward.'],
    avoid: ['Arching your low back to deepen the stretch.'],
    contraindications: ['knee-problems', 'balance-problems'],
    illustration: 'hip-flexor-lunge.svg',
  },
  {
    id: 'wall-angels',
    name: 'Wall angels',
    kind: 'mobility',
    position: 'standing',
    targets: ['upper-back', 'shoulders', 'chest'],
    why: 'Counters rounded shoulders and opens the upper back',
    steps: [
      'Stand with your back against a wall, feet a small step forward.',
      'Rest your head, upper back and buttocks on the wall.',
      'Raise your arms into a goalpost shape, backs of the hands toward the wall.',
      'Slide your arms slowly up as far as is comfortable, then back down.',
    ],
    dose: { repetitions: { min: 5, max: 10, start: 6, step: 1 }, perSide: false },
    cues: ['It is fine if your hands do not touch the wall.', 'Keep your ribs down.'],
    avoid: ['Pinching or pain in the shoulder.', 'Arching away from the wall.'],
    contraindications: ['shoulder-problems'],
    illustration: 'wall-angels.svg',
  },
  {
    id: 'calf-raises',
    name: 'Calf raises',
    kind: 'strength',
    position: 'standing',
    targets: ['calves'],
    why: 'Gets the blood moving in legs that have been still under the desk',
    steps: [
      'Stand tall with your feet hip-width apart, fingertips on your desk.',
      'Rise slowly onto the balls of your feet.',
      'Pause at the top, then lower your heels with control.',
    ],
    dose: { repetitions: { min: 10, max: 20, start: 10, step: 2 }, perSide: false },
    cues: ['Keep your weight over the big toes.', 'Go up and down at the same steady pace.'],
    avoid: ['Letting go of support if you feel unsteady.'],
    contraindications: ['balance-problems'],
    illustration: 'calf-raises.svg',
  },
  {
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    kind: 'stretch',
    position: 'standing',
    targets: ['chest', 'shoulders'],
    why: 'Opens a chest that closes in from hours at the keyboard',
    steps: [
      'Stand in a doorway and place your forearms on the frame, elbows at shoulder height.',
      'Step one foot forward through the doorway.',
      'Shift your weight forward slowly until you feel a stretch across the chest.',
      'Hold, breathing steadily, then step back.',
    ],
    dose: {
      holdSeconds: { min: 15, max: 30, start: 20, step: 5 },
      repetitions: { min: 2, max: 3, start: 2, step: 1 },
      perSide: false,
    },
    cues: ['Keep your chin level and your neck relaxed.', 'A small lean is enough.'],
    avoid: ['Tingling in the hands or pain at the front of the shoulder.'],
    contraindications: ['shoulder-problems'],
    illustration: 'doorway-chest-stretch.svg',
  },

  // ---- The home program: floor exercises, doses from the clinic's guide (docs/PROGRAM.md).
  {
    id: 'knee-to-chest',
    name: 'Knee to chest',
    kind: 'stretch',
    position: 'floor',
    targets: ['low-back', 'hips'],
    why: 'Eases tension in the low back',
    steps: [
      'Lie on your back with both knees bent and feet flat on the floor.',
      'Bring one knee up and hold it behind the thigh with both hands.',
      'Draw it in gently until you feel a stretch across your lower back.',
      'Hold, let the leg down slowly, and do the other side.',
    ],
    dose: { holdSeconds: fixed(30), repetitions: { min: 2, max: 4, start: 2, step: 1 }, perSide: true },
    cues: ['Keep the other foot on the floor.', 'Breathe slowly through the hold.'],
    avoid: ['Pulling hard on the knee.', 'Lifting your head off the floor.'],
    contraindications: ['pregnancy', 'osteoporosis', 'recent-spinal-surgery', 'acute-disc'],
    illustration: 'knee-to-chest.svg',
  },
  {
    id: 'childs-pose',
    name: "Child's pose",
    kind: 'stretch',
    position: 'floor',
    targets: ['low-back', 'hips'],
    why: 'Lets the whole back lengthen and rest',
    steps: [
      'Kneel on a mat and lower your hips back toward your heels.',
      'Walk your hands out in front of you along the floor.',
      'Let your chest settle onto your thighs and rest your forehead down.',
      'Stay there and breathe slowly into your back.',
    ],
    dose: { holdSeconds: fixed(60), perSide: false },
    cues: ['A cushion under your hips or forehead makes it gentler.', 'Knees can spread wider for comfort.'],
    avoid: ['Pain in the knees.', 'Forcing your hips down to your heels.'],
    contraindications: ['knee-problems', 'osteoporosis', 'recent-spinal-surgery', 'acute-disc'],
    illustration: 'childs-pose.svg',
  },
  {
    id: 'cat-cow',
    name: 'Cat-cow',
    kind: 'mobility',
    position: 'floor',
    targets: ['low-back', 'upper-back'],
    why: 'Moves the whole spine gently through its range',
    steps: [
      'Come onto hands and knees, hands under shoulders, knees under hips.',
      'Breathe in: let your belly sink, lift your chest and gaze forward.',
      'Breathe out: push the floor away, round your back and let your head drop.',
      'Flow slowly between the two.',
    ],
    dose: { repetitions: { min: 5, max: 10, start: 5, step: 1 }, perSide: false },
    cues: ['Move one section of the back at a time.', 'A folded towel under the knees helps.'],
    avoid: ['Forcing the arch or the rounding.'],
    contraindications: ['wrist-problems', 'osteoporosis', 'recent-spinal-surgery'],
    illustration: 'cat-cow.svg',
  },
  {
    id: 'plank',
    name: 'Plank',
    kind: 'strength',
    position: 'floor',
    targets: ['core'],
    why: 'Builds stamina in the deep muscles that support the spine',
    steps: [
      'Lie face down, then prop yourself on your forearms, elbows under shoulders.',
      'Tighten your belly and lift onto your toes.',
      'Keep one straight line from your head to your heels and breathe steadily.',
      'Lower your knees to the floor to finish.',
    ],
    dose: { holdSeconds: { min: 10, max: 60, start: 10, step: 5 }, perSide: false },
    cues: ['Start from your knees if the full version is too much.', 'Add time slowly from week to week.'],
    avoid: ['Letting the hips sag toward the floor.', 'Holding your breath.'],
    contraindications: ['pregnancy', 'recent-spinal-surgery', 'shoulder-problems'],
    illustration: 'plank.svg',
  },
  {
    id: 'bird-dog',
    name: 'Bird dog',
    kind: 'strength',
    position: 'floor',
    targets: ['core', 'low-back'],
    why: 'Trains the back and belly to keep the spine steady',
    steps: [
      'Start on hands and knees with a flat back.',
      'Reach your right arm ahead and your left leg behind you.',
      'Hold with your hips level and your belly gently tight.',
      'Return slowly and switch to the other arm and leg.',
    ],
    dose: {
      holdSeconds: { min: 5, max: 10, start: 5, step: 1 },
      repetitions: { min: 8, max: 12, start: 8, step: 1 },
      perSide: true,
    },
    cues: ['Imagine balancing a cup of tea on your low back.', 'Reach long rather than high.'],
    avoid: ['Lifting the leg above hip height.', 'Letting your back sag.'],
    contraindications: ['wrist-problems'],
    illustration: 'bird-dog.svg',
  },
  {
    id: 'superman',
    name: 'Superman',
    kind: 'strength',
    position: 'floor',
    targets: ['low-back', 'upper-back'],
    why: 'Strengthens the muscles along the back of the spine',
    steps: [
      'Lie on your front with your arms reaching past your head.',
      'Raise your arms, chest and legs a short way off the floor together.',
      'Hold briefly while your gaze stays on the floor.',
      'Lower slowly and rest before the next one.',
    ],
    dose: {
      holdSeconds: { min: 2, max: 3, start: 2, step: 1 },
      repetitions: { min: 10, max: 15, start: 10, step: 1 },
      perSide: false,
    },
    cues: ['A few centimetres of lift is plenty.', 'Keep the back of your neck long.'],
    avoid: ['Jerking up or pinching in the low back.'],
    contraindications: ['pregnancy', 'recent-spinal-surgery', 'shoulder-problems'],
    illustration: 'superman.svg',
  },

  // ---- Aerobic: how often (two or three times a week) is scheduling, not dose.
  {
    id: 'walking',
    name: 'Easy walk',
    kind: 'aerobic',
    position: 'standing',
    targets: ['whole-body'],
    why: 'Gentle, steady movement that keeps the back healthy over time',
    steps: [
      'Walk at a pace where you could still hold a conversation.',
      'Stand tall and let your arms swing naturally.',
      'Add a little time from week to week as it gets easier.',
    ],
    dose: { minutes: { min: 10, max: 30, start: 10, step: 2 }, perSide: false },
    cues: ['Comfortable shoes and flat routes at first.'],
    avoid: ['Pushing through sharp pain.'],
    contraindications: [],
    illustration: 'walking.svg',
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

/** Exercises that fit a workday break at the desk or standing beside it (no floor work, no walk). */
export const DESK_EXERCISES: readonly Exercise[] = EXERCISES.filter(
  (e) => e.position !== 'floor' && e.kind !== 'aerobic',
);

/** The exercise for the n-th movement break: a rotation through the desk set. */
export function exerciseForBreak(rotation: number): Exercise {
  const index = ((rotation % DESK_EXERCISES.length) + DESK_EXERCISES.length) % DESK_EXERCISES.length;
  return DESK_EXERCISES[index] as Exercise;
}

/** The body areas in words, for display: "Low back, hips and core" (joined the language's way). */
export function describeTargets(targets: readonly BodyArea[], t: Translate, language: string): string {
  const words = targets.map((area) => t(`bodyAreas.${area}`));
  const text = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(words);
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
