import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { LogEventDraft } from '@shared/event-log-schema';
import { IpcRejection } from '@shared/ipc-contract';
import { calibrate, type Neutral } from '@shared/posture/calibration';
import { isDrift } from '@shared/posture/posture-model';
import { readPose, type PoseObservation } from '@shared/posture/pose-reading';
import {
  initialTracker,
  trackLook,
  withNeutral,
  type TrackerRules,
  type TrackerState,
} from '@shared/posture/posture-tracker';
import type { SensingProblem, SensingSnapshot } from '@shared/posture/sensing-contract';
import type { EngineEvent } from '@shared/scheduling/engine';
import type { SensingSettings } from '@shared/settings-schema';
import type { Logger } from './ports';

/**
 * Camera posture sensing, on the backend's side. The page runs the pose
 * model and sends keypoints (never a frame); this service reads each look
 * (shared/posture/pose-reading.ts), runs the posture tracker over them, keeps
 * the person's neutral for this computer, writes the posture lines of the
 * history, and hands the engine the drifts worth a check, which then follow
 * every reminder rule (shared/scheduling/sensed-posture.ts).
 */
export interface PostureSensingDeps {
  now: () => number;
  settings: () => SensingSettings;
  /** This computer's neutral lives here: another camera needs its own calibration. */
  neutralFile: string;
  record: (event: LogEventDraft) => void;
  dispatch: (event: EngineEvent) => void;
  /** Something the snapshot shows changed. */
  changed: () => void;
  logger: Logger;
}

const neutralSchema = z
  .object({
    recordedAt: z.number().int().nonnegative(),
    headRise: z.number().finite(),
    scale: z.number().finite().positive(),
    shoulderY: z.number().finite(),
    shoulderX: z.number().finite(),
  })
  .strict();

export class PostureSensing {
  private tracker: TrackerState;
  private stale = false;
  private cameraInUse = false;
  private problem: SensingProblem | null = null;
  /** A posture line was written since sensing last started, so stopping writes "off". */
  private recording = false;

  constructor(private readonly deps: PostureSensingDeps) {
    this.tracker = initialTracker(this.loadNeutral(), deps.now());
  }

  snapshot(): SensingSnapshot {
    const settings = this.deps.settings();
    return {
      enabled: settings.enabled,
      lookEverySeconds: settings.lookEverySeconds,
      calibrated: this.tracker.neutral !== null,
      stale: this.stale,
      posture: this.tracker.posture,
      reason: this.tracker.reason,
      since: this.tracker.since,
      cameraInUse: this.cameraInUse,
      problem: this.problem,
    };
  }

  private rules(): TrackerRules {
    const { nudgeAfterMinutes, cooldownMinutes } = this.deps.settings();
    return { nudgeAfterMs: nudgeAfterMinutes * 60_000, cooldownMs: cooldownMinutes * 60_000 };
  }

  private requireEnabled(): void {
    if (!this.deps.settings().enabled) throw new IpcRejection('posture sensing is off');
  }

  cameraUse(inUse: boolean): void {
    // Turning the camera off is always allowed: the page may finish a look after sensing went off.
    if (inUse) this.requireEnabled();
    if (inUse === this.cameraInUse) return;
    this.cameraInUse = inUse;
    this.deps.changed();
  }

  look(request: { observation: PoseObservation } | { problem: SensingProblem }): void {
    this.requireEnabled();
    const before = this.snapshot();
    if ('problem' in request) {
      if (this.problem !== request.problem) this.deps.logger.warn(`posture sensing: ${request.problem}`);
      this.problem = request.problem;
    } else {
      this.problem = null;
      this.track(request.observation);
    }
    if (JSON.stringify(this.snapshot()) !== JSON.stringify(before)) this.deps.changed();
  }

  private track(observation: PoseObservation): void {
    const now = this.deps.now();
    const wasDrift = isDrift(this.tracker.posture);
    const { state, outputs } = trackLook(this.tracker, now, readPose(observation), this.rules());
    this.tracker = state;
    for (const output of outputs) {
      switch (output.type) {
        case 'record':
          this.recording = true;
          this.deps.record({
            type: 'posture-state',
            at: now,
            posture: output.posture,
            since: output.since,
            ...(output.reason ? { reason: output.reason } : {}),
          });
          break;
        case 'nudge':
          this.deps.dispatch({ type: 'posture-drift', posture: output.posture, since: state.since });
          break;
        case 'neutral-stale':
          this.stale = true;
          this.saveNeutral(null);
          this.deps.logger.info('posture sensing: the camera view changed; calibration is offered again');
          break;
      }
    }
    if (wasDrift && !isDrift(state.posture)) this.deps.dispatch({ type: 'posture-settled' });
  }

  calibrate(
    observations: PoseObservation[],
  ): { ok: true } | { ok: false; reason: 'too-few-looks' | 'moving' | 'turned' } {
    this.requireEnabled();
    const now = this.deps.now();
    const result = calibrate(observations.map(readPose), now);
    if (!result.ok) return result;
    this.saveNeutral(result.neutral);
    this.tracker = withNeutral(this.tracker, result.neutral, now);
    this.stale = false;
    this.problem = null;
    this.deps.record({ type: 'posture-calibrated', at: now });
    this.deps.changed();
    return { ok: true };
  }

  /** Settings changed: turning sensing off ends the posture run and releases everything. */
  settingsChanged(previous: SensingSettings): void {
    const next = this.deps.settings();
    if (previous.enabled && !next.enabled) this.stop();
  }

  /** Sensing stops (turned off, or the app quits): the run ends here, in the log too. */
  stop(): void {
    const now = this.deps.now();
    if (this.recording) this.deps.record({ type: 'posture-state', at: now, posture: 'off', since: now });
    this.recording = false;
    if (isDrift(this.tracker.posture)) this.deps.dispatch({ type: 'posture-settled' });
    this.tracker = initialTracker(this.tracker.neutral, now);
    this.cameraInUse = false;
    this.problem = null;
    this.deps.changed();
  }

  private loadNeutral(): Neutral | null {
    let text: string;
    try {
      text = fs.readFileSync(this.deps.neutralFile, 'utf8');
    } catch {
      return null; // never calibrated on this computer
    }
    try {
      return neutralSchema.parse(JSON.parse(text));
    } catch (error) {
      this.deps.logger.warn(`posture sensing: ignoring an unreadable neutral in ${this.deps.neutralFile}`, error);
      return null;
    }
  }

  private saveNeutral(neutral: Neutral | null): void {
    const file = this.deps.neutralFile;
    try {
      if (neutral === null) {
        fs.rmSync(file, { force: true });
        return;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(neutral));
      fs.renameSync(temp, file);
    } catch (error) {
      // Sensing goes on from memory; the next start asks for calibration again.
      this.deps.logger.error(`posture sensing: could not save the neutral to ${file}`, error);
    }
  }
}
