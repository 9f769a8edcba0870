/**
 * The exercise catalogue's agreed ids by position, written out by hand: the
 * tests' own record of what shared/content/exercises.ts must hold, so a test
 * that compares against them cannot pass by reading the code it checks.
 */
const ids = (list: string): readonly string[] => list.split(/\s+/);

export const DESK_IDS = ids(
  'seated-cat-cow chin-tucks shoulder-blade-squeeze seated-figure-four seated-knee-hug seated-side-bend seated-twist breathing-reset',
);
export const STANDING_IDS = ids(
  'standing-back-extension standing-hamstring-stretch hip-flexor-lunge wall-angels calf-raises doorway-chest-stretch',
);
/** The home program's floor routine, in its order. */
export const FLOOR_IDS = ids('knee-to-chest childs-pose cat-cow plank bird-dog superman');
/** Every exercise: desk, standing, floor, then the walk. */
export const ALL_IDS: readonly string[] = [...DESK_IDS, ...STANDING_IDS, ...FLOOR_IDS, 'walking'];
