import { addCalendarDays } from '@shared/calendar';
import type { ProgramView } from '@shared/ipc-contract';
import type { LogEventDraft } from '@shared/event-log-schema';
import { buildProgram, type Program } from '@shared/program/build-program';
import type { Profile, RedFlag } from '@shared/program/profile-model';
import { historiesFromDays } from '@shared/program/progression';
import { flareUpAdvice, isUrgent } from '@shared/program/safety';
import type { SessionItem, SessionPlan } from '@shared/scheduling/engine-types';
import type { Clock } from './ports';
import type { StatsService } from './stats-service';
import type { SettingsStore } from './settings-store';

/**
 * The user's program, built from the questionnaire's answers and the history
 * of exercise feedback, and kept until either changes. It gives the engine the
 * exercises breaks draw from, as data, and the renderer its program view.
 */
export class ProgramService {
  private cached: Program | null = null;
  private plan: { of: Program; plan: SessionPlan } | null = null;
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
    // Only the answers and the safety stop shape the program. Other settings change as the user types
    // them, and the engine asks for the program before every event: those keep the one built.
    settings.onChange((next, previous) => {
      if (JSON.stringify([next.profile, next.safety]) !== JSON.stringify([previous.profile, previous.safety])) {
        this.letGo();
      }
    });
  }

  current(): Program {
    if (!this.cached) {
      const { profile, safety } = this.settings.get();
      this.cached = buildProgram(profile, safety, historiesFromDays(this.stats.allDays()));
    }
    return this.cached;
  }

  /**
   * The program as the engine takes it: plain exercises and doses, kept with
   * the program they came from (the runtime asks before every event). The
   * engine picks each break's session from it, once (BreakSession).
   */
  sessionPlan(): SessionPlan {
    const program = this.current();
    if (this.plan?.of !== program) {
      const strip = ({ exerciseId, dose }: SessionItem): SessionItem => ({ exerciseId, dose });
      this.plan = { of: program, plan: { workday: program.workday.map(strip), home: program.home.map(strip) } };
    }
    return this.plan.plan;
  }

  /** What the last two weeks say: flare-ups to mention, and whether today's check-in is done. */
  private recent(): Pick<ProgramView, 'flareUp' | 'checkedInToday'> {
    const today = this.today();
    const lastTwoWeeks = this.stats.days(addCalendarDays(today, -13), today);
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
