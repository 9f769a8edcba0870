import type { Translate } from '@shared/i18n/english';
import type { AppSnapshot } from '@shared/ipc-contract';
import { buildTrayModel } from '@shared/tray-menu';

/**
 * The tray the backend made for `snapshot`, made again at `now` from the
 * snapshot's own fields with the same shared code: at the snapshot's instant
 * it is the snapshot's tray, and later its "in N min" has moved on.
 */
export function trayModelAt(snapshot: AppSnapshot, now: number, t: Translate) {
  const { schedule, tray, zone, language } = snapshot;
  return buildTrayModel(
    {
      now,
      zone,
      language,
      status: schedule.status,
      next: schedule.next,
      pausedUntil: schedule.pausedUntil,
      resumesAt: schedule.resumesAt,
      canSnooze: schedule.canSnooze,
      checkInDue: tray.checkInDue,
      cameraInUse: snapshot.sensing.cameraInUse,
    },
    tray.platform,
    t,
  );
}
