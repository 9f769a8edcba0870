import type { ProgramView } from '@shared/ipc-contract';
import type { LogEventDraft, ReminderKind } from '@shared/event-log-schema';
import { buildProgram, sessionFor, type Program } from '@shared/program/build-program';
import type { Profile, RedFlag } from '@shared/program/profile-model';
import { doseSeconds, historiesFromDays } from '@shared/program/progression';
import { flareUpAdvice, isUrgent } from '@shared/program/safety';
import { addDaysTo } from '@shared/stats/rollups';
import type { SessionItem } from '@shared/scheduling/engine-types';
import type { Clock } from './ports';
import type { StatsService } from './stats-service';
import type { SettingsStore } from './settings-store';

/**
 * The user's program, built from the questionnaire's answers and the history
 * of exercise feedback, and kept until either changes. It answers the engine's
 * "which exercises for this break" and the renderer's program view.
 */
export class ProgramService {
  private cached: Program | null = null;
  /** Moves on whenever the cached program is let go (settings, new exercise lines). */
  private generation = 0;
  /** The program view's revision, and what it was last worked out from. */
  private viewRevision = { number: 0, at: null as number | null, key: '' };

  constructor(
    private readonly settings: SettingsStore,
    private readonly stats: StatsService,
    private readonly today: () => string,
    private readonly clock: Clock,
    private readonly record: (event: LogEventDraft) => void,
  ) {
    settings.onChange(() => this.letGo());
  }

  current(): Program {
    if (!this.cached) {
      const { profile, safety } = this.settings.get();
      this.cached = buildProgram(profile, safety, historiesFromDays(this.stats.allDays()));
    }
    return this.cached;
  }

  /** The engine's session source: the program's exercises for the n-th break. */
  session = (kind: ReminderKind, rotation: number, durationSeconds: number): SessionItem[] => {
    const program = this.current();
    const strip = ({ exerciseId, dose }: { exerciseId: string; dose: SessionItem['dose'] }) => ({ exerciseId, dose });
    if (kind === 'home-program') return program.home.map(strip);
    return sessionFor(program.workday, rotation, durationSeconds, doseSeconds).map(strip);
  };

  /** What the last two weeks say: flare-ups to mention, and whether today's check-in is done. */
  private recent(): Pick<ProgramView, 'flareUp' | 'checkedInToday'> {
    const today = this.today();
    const lastTwoWeeks = this.stats.days(addDaysTo(today, -13), today);
    return {
      flareUp: flareUpAdvice(lastTwoWeeks),
      checkedInToday: lastTwoWeeks[lastTwoWeeks.length - 1]?.pain != null,
    };
  }

  view(): ProgramView {
    const { profile, safety } = this.settings.get();
    const program = this.current();
    return {
      program: {
        workday: program.workday,
        home: program.home,
        walk: program.walk,
        excluded: program.excluded,
        stopped: program.stopped,
      },
      profile,
      safety,
      ...this.recent(),
    };
  }

  /**
   * A number that moves on only when the program view may have changed: the
   * program was let go (settings, new exercise lines), or the last two
   * weeks' advice moved. It is looked at only when the history revision
   * (which moves with both) did; most records (a reminder shown) leave the
   * program as it was, and pages then need not fetch it. Building the
   * program itself is left to whoever asks for it.
   */
  revision(historyRevision: number): number {
    const seen = this.viewRevision;
    if (seen.at === historyRevision) return seen.number;
    const key = JSON.stringify({ generation: this.generation, ...this.recent() });
    seen.at = historyRevision;
    if (key !== seen.key) {
      seen.key = key;
      seen.number++;
    }
    return seen.number;
  }

  /** Saves the questionnaire; optionally applies the schedule that suits the answers. */
  saveProfile(answers: Omit<Profile, 'status'>, redFlags: RedFlag[], applySuggestions: boolean): void {
    const profile: Profile = { ...answers, status: 'completed' };
    const suggestions = applySuggestions ? buildProgram(profile, this.settings.get().safety).suggestedSettings : {};
    this.settings.update({ ...suggestions, profile });
    if (redFlags.length > 0) this.stop(redFlags);
  }

  skipQuestionnaire(): void {
    this.settings.update({ profile: { status: 'skipped' } });
  }

  /** New exercise lines in the history: the doses are worked out again from it. */
  historyChanged(): void {
    this.letGo();
  }

  private letGo(): void {
    this.cached = null;
    this.generation++;
  }

  /** A pain check-in; any red flag stops the exercise program. */
  checkIn(input: {
    regions: Partial<Record<'low-back' | 'upper-back' | 'neck', number>>;
    flareUp: boolean;
    redFlags: RedFlag[];
  }): { stopped: boolean; urgent: boolean } {
    const at = this.clock.now();
    this.record({ type: 'pain-checkin', at, regions: input.regions, flareUp: input.flareUp, redFlags: input.redFlags });
    if (input.redFlags.length === 0) return { stopped: this.settings.get().safety.stoppedAt !== null, urgent: false };
    this.stop(input.redFlags);
    return { stopped: true, urgent: isUrgent(input.redFlags) };
  }

  stop(reasons: RedFlag[]): void {
    this.record({ type: 'program-stopped', at: this.clock.now(), reasons });
    this.settings.update({ safety: { stoppedAt: this.clock.now(), reasons } });
  }

  /** The user confirms a professional said exercise is fine again. */
  resume(): void {
    this.record({ type: 'program-resumed', at: this.clock.now() });
    this.settings.update({ safety: { stoppedAt: null, reasons: [] } });
  }
}
