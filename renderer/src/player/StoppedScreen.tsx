import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { RedFlagScreen } from '../views/SafetyNotice';

/**
 * A red flag stopped the program: the break shows no exercises, only the
 * advice to get help, a gentle walk instead, and End.
 */
export function StoppedScreen(props: { api: PostureApi; view: ProgramView; busy: boolean; onEnd: () => void }) {
  return (
    <section className="player player--stopped" aria-labelledby="player-title">
      <h1 id="player-title">No exercises for now</h1>
      <RedFlagScreen api={props.api} view={props.view} />
      <p className="player__walk">
        <strong>A gentle walk instead:</strong> if you can walk comfortably, a few easy minutes on your feet are still
        good for you. Stop if anything hurts.
      </p>
      <div className="actions player__controls">
        <button
          type="button"
          className="button button--primary"
          aria-keyshortcuts="Escape"
          disabled={props.busy}
          onClick={props.onEnd}
        >
          End
        </button>
      </div>
    </section>
  );
}
