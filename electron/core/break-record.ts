import { exerciseById } from '@shared/content/exercises';
import type { LogEventDraft } from '@shared/event-log-schema';
import { IpcRejection } from '@shared/ipc-contract';
import type { Feedback } from '@shared/program/progression';
import type { ActiveBreak, SessionItem } from '@shared/scheduling/engine-types';

/**
 * The one writer of a break's exercise lines (docs/EVENT-LOG.md, "A break's
 * exercises"). The player says which item of the break it finished, by break
 * id and item index, the moment it happens; this service checks the report
 * against the break's session (the engine's `activeBreak.items`) and writes
 * `exercise-done` with the session's dose at once. Nothing waits for the page:
 * a break window destroyed, crashed or closed mid-break loses nothing already
 * reported. When the break ends, by whatever path, every item not reported
 * done is written as `exercise-skipped`, before the break's own end line.
 *
 * The "How was it?" answers come after the exercises, at the very end of the
 * break, and may arrive once it has ended (the user pressed Done as its own
 * time ran out): an ended break's session is kept for FEEDBACK_AFTER_END_MS so
 * its feedback still lands on the same break.
 *
 * Reports are checked, never trusted: an unknown or long-ended break, an item
 * index outside the session, a done report after the break ended, feedback for
 * an exercise not done are refused with a BreakRecordRefusal (a typed IPC
 * rejection) and write nothing. A repeated report (the same item done twice,
 * a second answer for one exercise) is a no-op that says so
 * (`recorded: false`): one line per fact, whatever the page resends.
 */

/** How long after its end a break still takes "How was it?" answers. */
export const FEEDBACK_AFTER_END_MS = 30 * 60_000;
/** Ended breaks kept for late feedback, newest first; older ones are forgotten. */
export const ENDED_BREAKS_KEPT = 4;

export type BreakRecordRefusalReason = 'unknown-break' | 'break-ended' | 'no-such-item' | 'not-done';

/** A report the break's session does not allow; nothing was written. */
export class BreakRecordRefusal extends IpcRejection {
  constructor(
    readonly reason: BreakRecordRefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export interface BreakRecordDeps {
  now: () => number;
  /** Appends one line to the event log. */
  record: (event: LogEventDraft) => void;
  /** Called after exercise lines were written: the program's doses follow the history. */
  historyChanged: () => void;
}

/** Whether a report wrote its line (false: the same fact was already recorded). */
export interface ReportResult {
  recorded: boolean;
}

interface BreakEntry {
  id: string;
  items: readonly SessionItem[];
  /** Item indexes written as exercise-done. */
  done: Set<number>;
  /** Item indexes whose feedback was written. */
  answered: Set<number>;
  endedAt: number | null;
}

export class BreakRecord {
  private active: BreakEntry | null = null;
  /** Newest first. */
  private recent: BreakEntry[] = [];

  constructor(private readonly deps: BreakRecordDeps) {}

  /** A break began: reports for it are checked against this session from now on. */
  began(active: ActiveBreak): void {
    if (this.active?.id === active.id) return;
    if (this.active) this.close(this.active);
    this.recent = this.recent.filter((entry) => entry.id !== active.id);
    this.active = { id: active.id, items: active.items.slice(), done: new Set(), answered: new Set(), endedAt: null };
  }

  /**
   * The break ended (Done, its timer, the window closed, Skip): whatever was
   * not reported done becomes exercise-skipped. Call it before writing the
   * break's end line, so that line closes the break's record. A break this
   * service never saw began (a natural break) has nothing to write.
   */
  ended(breakId: string): void {
    if (this.active?.id !== breakId) return;
    this.close(this.active);
  }

  /** The player finished item `itemIndex` of the break: written now, with the session's dose. */
  exerciseDone(breakId: string, itemIndex: number): ReportResult {
    const entry = this.find(breakId);
    if (entry.endedAt !== null) {
      throw new BreakRecordRefusal('break-ended', `the break "${breakId}" has ended: its exercises are recorded`);
    }
    const item = this.itemOf(entry, itemIndex);
    if (entry.done.has(itemIndex)) return { recorded: false };
    const { dose } = item;
    this.deps.record({
      type: 'exercise-done',
      at: this.deps.now(),
      breakId,
      exerciseId: item.exerciseId,
      ...(dose.holdSeconds ? { holdSeconds: dose.holdSeconds } : {}),
      ...(dose.repetitions ? { repetitions: dose.repetitions } : {}),
      ...(dose.minutes ? { minutes: dose.minutes } : {}),
    });
    entry.done.add(itemIndex);
    this.deps.historyChanged();
    return { recorded: true };
  }

  /** "How was it?" for an exercise done in the break, during it or up to FEEDBACK_AFTER_END_MS after. */
  feedback(breakId: string, itemIndex: number, feedback: Feedback): ReportResult {
    const entry = this.find(breakId);
    const item = this.itemOf(entry, itemIndex);
    if (!entry.done.has(itemIndex)) {
      throw new BreakRecordRefusal(
        'not-done',
        `item ${itemIndex} of the break "${breakId}" was not done: feedback is for exercises done`,
      );
    }
    if (entry.answered.has(itemIndex)) return { recorded: false };
    this.deps.record({
      type: 'exercise-feedback',
      at: this.deps.now(),
      breakId,
      exerciseId: item.exerciseId,
      feedback,
    });
    entry.answered.add(itemIndex);
    this.deps.historyChanged();
    return { recorded: true };
  }

  private close(entry: BreakEntry): void {
    const at = this.deps.now();
    let wrote = false;
    entry.items.forEach((item, index) => {
      // An id the catalogue does not know was never playable, nor a valid log line.
      if (entry.done.has(index) || !exerciseById(item.exerciseId)) return;
      this.deps.record({ type: 'exercise-skipped', at, breakId: entry.id, exerciseId: item.exerciseId });
      wrote = true;
    });
    entry.endedAt = at;
    if (this.active === entry) this.active = null;
    this.recent = [entry, ...this.recent].slice(0, ENDED_BREAKS_KEPT);
    if (wrote) this.deps.historyChanged();
  }

  private find(breakId: string): BreakEntry {
    if (this.active?.id === breakId) return this.active;
    const now = this.deps.now();
    // On the clock as read now: a clock set back keeps a break a little longer, never a wrong one.
    this.recent = this.recent.filter((entry) => entry.endedAt !== null && now - entry.endedAt <= FEEDBACK_AFTER_END_MS);
    const entry = this.recent.find((e) => e.id === breakId);
    if (!entry) {
      throw new BreakRecordRefusal(
        'unknown-break',
        `there is no break "${breakId.slice(0, 100)}" in progress or just ended`,
      );
    }
    return entry;
  }

  private itemOf(entry: BreakEntry, itemIndex: number): SessionItem {
    const item = Number.isInteger(itemIndex) ? entry.items[itemIndex] : undefined;
    if (!item || !exerciseById(item.exerciseId)) {
      throw new BreakRecordRefusal(
        'no-such-item',
        `the break "${entry.id}" has no exercise at index ${itemIndex} (it has ${entry.items.length})`,
      );
    }
    return item;
  }
}
