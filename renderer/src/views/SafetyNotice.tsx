import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { RED_FLAG_QUESTIONS, isUrgent } from '@shared/program/safety';
import { reportFailure } from '../api';

/** Shown in onboarding and About: what this app is and is not. */
export function NotMedicalAdvice() {
  return (
    <p className="not-advice" role="note">
      <strong>Not medical advice.</strong> Posture Breaks offers general exercises and habits for everyday back care. It
      does not diagnose or treat anything. If you are unsure whether an exercise is right for you, ask a doctor or a
      physical therapist.
    </p>
  );
}

/**
 * A red flag was reported: the exercise program stops and the user is asked,
 * calmly and clearly, to see a doctor; urgently for the signs that can be an
 * emergency. No diagnosis, only who to see and how soon.
 */
export function RedFlagScreen({ api, view }: { api: PostureApi; view: ProgramView }) {
  const urgent = isUrgent(view.safety.reasons);
  return (
    <section className={`red-flag ${urgent ? 'red-flag--urgent' : ''}`} aria-labelledby="red-flag-title" role="alert">
      <h2 id="red-flag-title">
        {urgent ? 'Please get medical help today' : 'Please see a doctor before you continue'}
      </h2>
      {urgent ? (
        <p>
          New loss of bladder or bowel control, or weakness or numbness in a leg or arm, can be a sign of something that
          needs care straight away. Call your doctor now, or an emergency number if you cannot reach them.
        </p>
      ) : (
        <p>
          What you told us is a reason to have your back looked at by a doctor, who can refer you to a physical
          therapist. Exercise can wait until then.
        </p>
      )}
      <p>You told us:</p>
      <ul>
        {view.safety.reasons.map((reason) => (
          <li key={reason}>{RED_FLAG_QUESTIONS[reason]}</li>
        ))}
      </ul>
      <p>
        We have paused the stretch program. Reminders to stand up and move gently stay on; stop anything that hurts.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={async () => reportFailure(await api.resumeProgram({ confirmed: true }), 'resume the program')}
        >
          A professional says I can exercise again
        </button>
      </div>
    </section>
  );
}

/** Frequent or severe flare-ups: suggest a physical therapist, without alarm. */
export function FlareUpAdvice({ view }: { view: ProgramView }) {
  if (!view.flareUp.suggest) return null;
  return (
    <section className="advice" aria-label="Flare-ups" role="status">
      <p>
        <strong>Your back has been flaring up</strong> ({view.flareUp.why}). Flare-ups happen, but when they come often
        or hit hard it is worth telling a physical therapist: your home program may need adjusting. Meanwhile, ice, rest
        and over-the-counter pain relief can help.
      </p>
    </section>
  );
}
