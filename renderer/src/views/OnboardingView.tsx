import { useState, type ReactNode } from 'react';
import { exerciseById } from '@shared/content/exercises';
import { CONTRAINDICATIONS, type Contraindication } from '@shared/content/exercise-model';
import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { DEFAULT_PROFILE, RED_FLAGS, type Profile, type RedFlag } from '@shared/program/profile-model';
import { RED_FLAG_QUESTIONS } from '@shared/program/safety';
import { reportFailure } from '../api';
import { NotMedicalAdvice } from './SafetyNotice';

/**
 * The questionnaire: where it hurts, how long and how much, what makes it
 * worse, the workplace, preferences, goals, conditions and the red-flag
 * questions. Skippable; answered again from Settings. Saving builds the
 * program, shown at the end with a reason for every exercise.
 */
type Answers = Omit<Profile, 'status'>;

const CONDITION_LABELS: Record<Contraindication, string> = {
  pregnancy: 'Pregnancy',
  osteoporosis: 'Osteoporosis',
  'recent-spinal-surgery': 'Spinal surgery in the last year',
  'acute-disc': 'A disc problem that is acting up now',
  'knee-problems': 'Knee problems (kneeling hurts)',
  'wrist-problems': 'Wrist problems (leaning on hands hurts)',
  'shoulder-problems': 'Shoulder problems',
  'balance-problems': 'Balance problems',
};

const STEPS = ['Where it hurts', 'Your day', 'Your preferences', 'Health conditions', 'Safety questions'] as const;

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={props.name}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function Checks<T extends string>(props: {
  legend: string;
  options: readonly { value: T; label: string }[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  hint?: ReactNode;
}) {
  return (
    <fieldset className="choices">
      <legend>{props.legend}</legend>
      {props.hint}
      {props.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            checked={props.values.includes(option.value)}
            onChange={(e) =>
              props.onChange(
                e.target.checked ? [...props.values, option.value] : props.values.filter((v) => v !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function ProgramSummary({ view }: { view: ProgramView }) {
  const name = (id: string) => exerciseById(id)?.name ?? id;
  return (
    <section aria-labelledby="program-title" className="program-summary">
      <h2 id="program-title">Your program</h2>
      <h3>During the workday</h3>
      <ul>
        {view.program.workday.map((item) => (
          <li key={item.exerciseId}>{item.reason}</li>
        ))}
      </ul>
      {view.program.home.length > 0 && (
        <>
          <h3>At home</h3>
          <ul>
            {view.program.home.map((item) => (
              <li key={item.exerciseId}>{item.reason}</li>
            ))}
          </ul>
        </>
      )}
      {view.program.excluded.length > 0 && (
        <p className="muted">
          Left out: {view.program.excluded.map((x) => `${name(x.exerciseId)} (${x.reason})`).join('; ')}.
        </p>
      )}
    </section>
  );
}

export function OnboardingView({
  api,
  program,
  onDone,
}: {
  api: PostureApi;
  program: ProgramView | null;
  /** Called when the user leaves the questionnaire (finished or skipped). */
  onDone?: () => void;
}) {
  const [step, setStep] = useState(-1); // -1: the welcome
  const [answers, setAnswers] = useState<Answers>(() => {
    const { status: _status, ...saved } = program?.profile ?? DEFAULT_PROFILE;
    return saved;
  });
  const [redFlags, setRedFlags] = useState<RedFlag[]>([]);
  const [applySuggestions, setApplySuggestions] = useState(true);
  const [result, setResult] = useState<ProgramView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setAnswers((a) => ({ ...a, [key]: value }));
  const close = async () => {
    reportFailure(await api.closeView({ view: 'onboarding' }), 'close the questionnaire');
    onDone?.();
  };

  if (result) {
    return (
      <main className="onboarding" aria-labelledby="onboarding-title">
        <h1 id="onboarding-title">All set</h1>
        {result.program.stopped ? (
          <p>
            Because of your answers to the safety questions, the exercise program is paused. See the dashboard for what
            to do next.
          </p>
        ) : (
          <ProgramSummary view={result} />
        )}
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void close()}>
            Go to the dashboard
          </button>
        </div>
      </main>
    );
  }

  if (step === -1) {
    return (
      <main className="onboarding" aria-labelledby="onboarding-title">
        <p className="eyebrow">Welcome</p>
        <h1 id="onboarding-title">Let us fit the stretches to your back</h1>
        <p>
          A few questions, about two minutes, to choose exercises that suit you and leave out the ones that do not. You
          can change your answers any time in Settings.
        </p>
        <NotMedicalAdvice />
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setStep(0)}>
            Start the questions
          </button>
          <button
            type="button"
            className="button"
            onClick={async () => {
              reportFailure(await api.skipQuestionnaire(), 'skip the questionnaire');
              await close();
            }}
          >
            Skip for now
          </button>
        </div>
      </main>
    );
  }

  const save = async () => {
    const saved = await api.saveProfile({ profile: answers, redFlags, applySuggestions });
    if (saved.ok) setResult(saved.value);
    else setError(saved.error.message);
  };
  const last = step === STEPS.length - 1;
  return (
    <main className="onboarding" aria-labelledby="onboarding-title">
      <p className="eyebrow">
        Step {step + 1} of {STEPS.length}
      </p>
      <h1 id="onboarding-title">{STEPS[step]}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (last) void save();
          else setStep(step + 1);
        }}
      >
        {step === 0 && (
          <>
            <Checks
              legend="Where does it hurt?"
              options={[
                { value: 'low-back', label: 'Low back' },
                { value: 'upper-back', label: 'Upper back' },
                { value: 'neck', label: 'Neck' },
              ]}
              values={answers.painAreas}
              onChange={(v) => set('painAreas', v)}
              hint={<p className="muted">Leave all unticked if nothing hurts.</p>}
            />
            <Choice
              legend="For how long?"
              name="duration"
              options={[
                { value: 'under-3-months', label: 'Less than 3 months' },
                { value: 'longer', label: '3 months or longer' },
              ]}
              value={answers.duration}
              onChange={(v) => set('duration', v)}
            />
            <label className="field">
              <span>
                Typical pain, 0 (none) to 10 (worst): <strong>{answers.severity ?? 0}</strong>
              </span>
              <input
                type="range"
                min={0}
                max={10}
                value={answers.severity ?? 0}
                onChange={(e) => set('severity', Number(e.target.value))}
              />
            </label>
          </>
        )}
        {step === 1 && (
          <>
            <Checks
              legend="What makes it worse?"
              options={[
                { value: 'sitting', label: 'Sitting' },
                { value: 'standing', label: 'Standing' },
                { value: 'bending', label: 'Bending' },
              ]}
              values={answers.worseWith}
              onChange={(v) => set('worseWith', v)}
            />
            <Choice
              legend="Your workplace"
              name="work"
              options={[
                { value: 'desk', label: 'A desk' },
                { value: 'sit-stand', label: 'A sit-stand desk' },
                { value: 'mixed', label: 'Mixed: some desk work, some on my feet' },
              ]}
              value={answers.workSetup}
              onChange={(v) => set('workSetup', v)}
            />
          </>
        )}
        {step === 2 && (
          <>
            <Choice
              legend="Breaks you prefer"
              name="style"
              options={[
                { value: 'short-frequent', label: 'Short and frequent (2 minutes every 30)' },
                { value: 'fewer-longer', label: 'Fewer and longer (5 minutes every hour)' },
              ]}
              value={answers.breakStyle}
              onChange={(v) => set('breakStyle', v)}
            />
            <Choice
              legend="Your goal"
              name="goal"
              options={[
                { value: 'relief', label: 'Relief now' },
                { value: 'strength', label: 'A stronger back for the long term' },
              ]}
              value={answers.goal}
              onChange={(v) => set('goal', v)}
            />
          </>
        )}
        {step === 3 && (
          <Checks
            legend="Do any of these apply to you?"
            options={CONTRAINDICATIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }))}
            values={answers.conditions}
            onChange={(v) => set('conditions', v)}
            hint={<p className="muted">Exercises that are not advised with them are left out.</p>}
          />
        )}
        {step === 4 && (
          <>
            <Checks
              legend="Tick any that are true for you now"
              options={RED_FLAGS.map((flag) => ({ value: flag, label: RED_FLAG_QUESTIONS[flag] }))}
              values={redFlags}
              onChange={setRedFlags}
              hint={<p className="muted">These signs need a professional rather than exercise.</p>}
            />
            <label className="choice">
              <input
                type="checkbox"
                checked={applySuggestions}
                onChange={(e) => setApplySuggestions(e.target.checked)}
              />
              Set my break schedule to suit my answers
            </label>
          </>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button--primary">
            {last ? 'See my program' : 'Next'}
          </button>
          <button type="button" className="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        </div>
      </form>
    </main>
  );
}
