import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { CONTRAINDICATIONS } from '@shared/content/exercise-model';
import { exerciseText } from '@shared/content/localized';
import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { DEFAULT_PROFILE, PAIN_AREAS, RED_FLAGS, type Profile, type RedFlag } from '@shared/program/profile-model';
import { describeExclusion, describeReason, painAreaLabel } from '@shared/program/program-text';
import { handleAsync, reportFailure } from '../api';
import { NotMedicalAdvice } from './SafetyNotice';
import './program.css';

/**
 * The questionnaire: where it hurts, how long and how much, what makes it
 * worse, the workplace, preferences, goals, conditions and the red-flag
 * questions. Skippable; answered again from Settings. Saving builds the
 * program, shown at the end with a reason for every exercise.
 */
type Answers = Omit<Profile, 'status'>;

/** The questionnaire's pages, by their key under program.onboarding.steps. */
const STEPS = ['where', 'day', 'preferences', 'conditions', 'safety'] as const;

const DURATIONS = ['under-3-months', 'longer'] as const;
const WORSE_WITH = ['sitting', 'standing', 'bending'] as const;
const WORK_SETUPS = ['desk', 'sit-stand', 'mixed'] as const;
const BREAK_STYLES = ['short-frequent', 'fewer-longer'] as const;
const GOALS = ['relief', 'strength'] as const;

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
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const name = (id: string) => exerciseText(id, t)?.name ?? id;
  const leftOut = view.program.excluded.map((x) =>
    t('program.summary.leftOutItem', { name: name(x.exerciseId), reason: describeExclusion(x.reason, t) }),
  );
  return (
    <section aria-labelledby="program-title" className="program-summary">
      <h2 id="program-title">{t('program.title')}</h2>
      <h3>{t('program.summary.workday')}</h3>
      <ul>
        {view.program.workday.map((item) => (
          <li key={item.exerciseId}>{describeReason(item, t, language)}</li>
        ))}
      </ul>
      {view.program.home.length > 0 && (
        <>
          <h3>{t('program.summary.home')}</h3>
          <ul>
            {view.program.home.map((item) => (
              <li key={item.exerciseId}>{describeReason(item, t, language)}</li>
            ))}
          </ul>
        </>
      )}
      {leftOut.length > 0 && (
        <p className="muted">
          {t('program.summary.leftOut', {
            list: new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(leftOut),
          })}
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
  const { t, i18n } = useTranslation();
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
        <h1 id="onboarding-title">{t('program.onboarding.done.title')}</h1>
        {result.program.stopped ? <p>{t('program.onboarding.done.stopped')}</p> : <ProgramSummary view={result} />}
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void close()}>
            {t('program.onboarding.done.toDashboard')}
          </button>
        </div>
      </main>
    );
  }

  if (step === -1) {
    return (
      <main className="onboarding" aria-labelledby="onboarding-title">
        <p className="eyebrow">{t('program.onboarding.welcome.eyebrow')}</p>
        <h1 id="onboarding-title">{t('program.onboarding.welcome.title')}</h1>
        <p>{t('program.onboarding.welcome.intro')}</p>
        <NotMedicalAdvice />
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setStep(0)}>
            {t('program.onboarding.welcome.start')}
          </button>
          <button
            type="button"
            className="button"
            onClick={handleAsync(async () => {
              reportFailure(await api.skipQuestionnaire(), 'skip the questionnaire');
              await close();
            })}
          >
            {t('program.onboarding.welcome.skip')}
          </button>
        </div>
      </main>
    );
  }

  const save = async () => {
    const saved = await api.saveProfile({ profile: answers, redFlags, applySuggestions });
    if (saved.ok) setResult(saved.value);
    else setError(t('program.onboarding.saveFailed', { reason: saved.error.message }));
  };
  const last = step === STEPS.length - 1;
  return (
    <main className="onboarding" aria-labelledby="onboarding-title">
      <p className="eyebrow">{t('program.onboarding.stepOf', { step: step + 1, total: STEPS.length })}</p>
      <h1 id="onboarding-title">{t(`program.onboarding.steps.${STEPS[step] ?? 'where'}`)}</h1>
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
              legend={t('program.onboarding.where.legend')}
              options={PAIN_AREAS.map((area) => ({ value: area, label: painAreaLabel(area, t, i18n.language) }))}
              values={answers.painAreas}
              onChange={(v) => set('painAreas', v)}
              hint={<p className="muted">{t('program.onboarding.where.hint')}</p>}
            />
            <Choice
              legend={t('program.onboarding.where.duration')}
              name="duration"
              options={DURATIONS.map((value) => ({ value, label: t(`program.onboarding.where.durations.${value}`) }))}
              value={answers.duration}
              onChange={(v) => set('duration', v)}
            />
            <label className="field">
              <span>
                <Trans
                  t={t}
                  i18nKey="program.onboarding.where.severity"
                  values={{ value: answers.severity ?? 0 }}
                  components={{ strong: <strong /> }}
                />
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
              legend={t('program.onboarding.day.worseWith')}
              options={WORSE_WITH.map((value) => ({ value, label: t(`program.onboarding.day.worse.${value}`) }))}
              values={answers.worseWith}
              onChange={(v) => set('worseWith', v)}
            />
            <Choice
              legend={t('program.onboarding.day.workSetup')}
              name="work"
              options={WORK_SETUPS.map((value) => ({ value, label: t(`program.onboarding.day.workSetups.${value}`) }))}
              value={answers.workSetup}
              onChange={(v) => set('workSetup', v)}
            />
          </>
        )}
        {step === 2 && (
          <>
            <Choice
              legend={t('program.onboarding.preferences.breakStyle')}
              name="style"
              options={BREAK_STYLES.map((value) => ({
                value,
                label: t(`program.onboarding.preferences.breakStyles.${value}`),
              }))}
              value={answers.breakStyle}
              onChange={(v) => set('breakStyle', v)}
            />
            <Choice
              legend={t('program.onboarding.preferences.goal')}
              name="goal"
              options={GOALS.map((value) => ({ value, label: t(`program.onboarding.preferences.goals.${value}`) }))}
              value={answers.goal}
              onChange={(v) => set('goal', v)}
            />
          </>
        )}
        {step === 3 && (
          <Checks
            legend={t('program.onboarding.conditions.legend')}
            options={CONTRAINDICATIONS.map((c) => ({ value: c, label: t(`program.onboarding.conditions.names.${c}`) }))}
            values={answers.conditions}
            onChange={(v) => set('conditions', v)}
            hint={<p className="muted">{t('program.onboarding.conditions.hint')}</p>}
          />
        )}
        {step === 4 && (
          <>
            <Checks
              legend={t('program.onboarding.safety.legend')}
              options={RED_FLAGS.map((flag) => ({ value: flag, label: t(`safety.redFlags.${flag}`) }))}
              values={redFlags}
              onChange={setRedFlags}
              hint={<p className="muted">{t('program.onboarding.safety.hint')}</p>}
            />
            <label className="choice">
              <input
                type="checkbox"
                checked={applySuggestions}
                onChange={(e) => setApplySuggestions(e.target.checked)}
              />
              {t('program.onboarding.safety.applySuggestions')}
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
            {last ? t('program.onboarding.finish') : t('program.onboarding.next')}
          </button>
          <button type="button" className="button" onClick={() => setStep(step - 1)}>
            {t('program.onboarding.back')}
          </button>
        </div>
      </form>
    </main>
  );
}
