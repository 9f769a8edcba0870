/**
 * The walking plan: start with short walks a few times a week and build up
 * gradually (the clinic's guide: 10-15 min, 2-3 times a week, then longer and
 * more often; docs/PROGRAM.md "Walks"). Our rate: two more minutes for every
 * four walks done, up to 30 minutes.
 */
export const WALK_MAX_MINUTES = 30;
const WALKS_PER_STEP = 4;
const MINUTES_PER_STEP = 2;

export function walkMinutes(startMinutes: number, completedWalks: number): number {
  const steps = Math.floor(Math.max(0, completedWalks) / WALKS_PER_STEP);
  return Math.min(WALK_MAX_MINUTES, startMinutes + steps * MINUTES_PER_STEP);
}
