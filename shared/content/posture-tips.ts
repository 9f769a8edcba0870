/**
 * Short sitting and posture cues for the posture check, in our own words;
 * their sources are in docs/PROGRAM.md ("Posture cues"). One is shown per
 * check, in rotation.
 */
export const POSTURE_CUES: readonly string[] = [
  'Sit back so the chair supports the curve of your lower back.',
  'Let your back rest against the chair back instead of leaning forward.',
  'Roll your shoulders back and down, and tuck your chin slightly.',
  'Feet flat on the floor, knees about level with your hips.',
  'Bring the screen to eye height rather than bending your neck down.',
  'Change position: shift your weight, uncross your legs, sit tall again.',
  'Keep the keyboard close so your elbows rest near your sides.',
];

/** Seated moves small enough to do during a meeting, for busy moments. */
export const SEATED_MICRO_MOVES: readonly string[] = [
  'Slowly roll your shoulders back three times.',
  'Sit tall and press your lower back gently into the chair for five breaths.',
  'Draw your chin straight back, hold for three seconds, release.',
  'Squeeze your shoulder blades together for five seconds.',
];

export function rotate<T>(items: readonly T[], index: number): T {
  return items[((index % items.length) + items.length) % items.length] as T;
}
