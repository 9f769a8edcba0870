import type { ReminderKind } from '@shared/event-log-schema';
import type { AppSnapshot } from '@shared/ipc-contract';
import { sittingClockKey } from '@shared/scheduling/sitting-clock';

/** A home program or walk reminder past its time: the engine gives its instant as `now` (it moves with the clock). */
function heldDaily(kind: ReminderKind, at: number, now: number): boolean {
  return (kind === 'home-program' || kind === 'walk') && at <= now;
}

/**
 * What a snapshot shows a page, leaving out what only the passing of time
 * changes: `now`, the tray's words (made again by the page at its own clock
 * from the fields kept here), the sitting figures (kept as the clock they
 * run on), and the instant of a daily reminder held past its time (the
 * engine gives it as "now", shared/scheduling/reminders.ts). Two snapshots with the same key look the same on a page
 * whose clock runs on, so the second is not pushed (AppService.publish).
 */
export function timelessKey(snapshot: AppSnapshot): string {
  const { now, tray, sitting, schedule, ...rest } = snapshot;
  return JSON.stringify({
    ...rest,
    schedule: {
      ...schedule,
      next: schedule.next.map(({ kind, at }) => ({ kind, at: heldDaily(kind, at, now) ? 'held' : at })),
    },
    tray: { platform: tray.platform, checkInDue: tray.checkInDue },
    sitting: sittingClockKey(sitting, now),
  });
}
