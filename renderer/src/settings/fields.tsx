import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '@shared/settings-schema';
import { useDraft } from './use-draft';
import type { SettingsModel } from './use-settings';
import { checkNumber, checkTime, shownBounds, type NumberSetting } from './validation';

/**
 * The controls of the Settings window. Each one saves on its own (a switch or
 * a choice at once; typed values once valid and typing pauses), shows its
 * problem next to it (aria-invalid, aria-describedby), and keeps what the user
 * typed until it is saved.
 */

/** The ids a control's description is made of: its hint and its problem, those it has. */
function describedBy(id: string, hint: string | undefined, problem: string | null): string | undefined {
  const present = [hint && 'hint', problem && 'problem'].filter(Boolean);
  return present.length > 0 ? present.map((part) => `${id}-${part}`).join(' ') : undefined;
}

export function Problem({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="setting__problem" id={id} role="alert">
      {children}
    </p>
  );
}

/** What follows a control: its hint, then its problem (the ids `describedBy` names). */
function HintAndProblem({ id, hint, problem }: { id: string; hint?: string; problem: string | null }) {
  return (
    <>
      {hint && (
        <p className="setting__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && <Problem id={`${id}-problem`}>{problem}</Problem>}
    </>
  );
}

/** A setting's row: its label, its control (given `id`), the hint and the problem. */
function LabelledSetting(props: {
  label: string;
  hint?: string;
  problem: string | null;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="setting">
      <label className="setting__label" htmlFor={id}>
        {props.label}
      </label>
      <div className="setting__control">{props.children(id)}</div>
      <HintAndProblem id={id} hint={props.hint} problem={props.problem} />
    </div>
  );
}

/**
 * A control that saves at once (a switch, a choice): it shows the new value
 * straight away, while the backend saves it, and goes back (with the
 * backend's reason, worded as the problem) if the change is refused.
 */
function useSaving<V>(saved: V): [V, string | null, (value: V, saving: Promise<string | null>) => void] {
  const { t } = useTranslation();
  const [optimistic, setOptimistic] = useState<{ value: V } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const latest = useRef(0);
  const change = (value: V, saving: Promise<string | null>) => {
    const call = ++latest.current;
    setOptimistic({ value });
    setRefused(null);
    void saving.then((reason) => {
      if (call !== latest.current) return; // a later change decides
      setOptimistic(null);
      setRefused(reason);
    });
  };
  const problem = refused === null ? null : t('settings.refused', { message: refused });
  return [optimistic ? optimistic.value : saved, problem, change];
}

export function Toggle(props: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => Promise<string | null>;
}) {
  const id = useId();
  const [checked, problem, change] = useSaving(props.checked);
  return (
    <div className="setting setting--toggle">
      <input
        id={id}
        className="switch"
        type="checkbox"
        checked={checked}
        aria-invalid={problem !== null}
        aria-describedby={describedBy(id, props.hint, problem)}
        onChange={(e) => change(e.target.checked, props.onChange(e.target.checked))}
      />
      <label className="setting__label" htmlFor={id}>
        {props.label}
      </label>
      <HintAndProblem id={id} hint={props.hint} problem={problem} />
    </div>
  );
}

export function Choice<V extends string>(props: {
  label: string;
  hint?: string;
  value: V;
  options: readonly { value: V; label: string; lang?: string }[];
  onChange: (value: V) => Promise<string | null>;
}) {
  const [value, problem, change] = useSaving(props.value);
  return (
    <LabelledSetting label={props.label} hint={props.hint} problem={problem}>
      {(id) => (
        <select
          id={id}
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={describedBy(id, props.hint, problem)}
          onChange={(e) => change(e.target.value as V, props.onChange(e.target.value as V))}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledSetting>
  );
}

/** A number setting, shown in its unit (minutes for durations stored in seconds), bounded by the schema. */
export function NumberField(props: { model: SettingsModel; setting: NumberSetting; label: string; hint?: string }) {
  const { t, i18n } = useTranslation();
  const spec = props.setting;
  const stored = spec.read(props.model.settings);
  const shown = stored === null ? '' : String(stored / spec.factor);
  const format = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const { min, max } = shownBounds(spec);
  const draft = useDraft({
    saved: shown,
    check: (text) => {
      const checked = checkNumber(text, spec);
      if (checked.ok) return null;
      const values = {
        min: format(checked.min),
        max: format(checked.max),
        saved: shown === '' ? '' : format(Number(shown)),
      };
      if (shown === '') return t('settings.validation.rangeOnly', values);
      return t(checked.problem === 'whole' ? 'settings.validation.whole' : 'settings.validation.range', values);
    },
    commit: (text) => {
      const checked = checkNumber(text, spec);
      if (!checked.ok) return Promise.resolve(null);
      if (checked.stored === stored) return Promise.resolve(null);
      return props.model.save(spec.patch(props.model.settings, checked.stored));
    },
  });
  return (
    <LabelledSetting label={props.label} hint={props.hint} problem={draft.problem}>
      {(id) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft.text}
          aria-invalid={draft.problem !== null}
          aria-describedby={describedBy(id, props.hint, draft.problem)}
          onChange={(e) => draft.onChange(e.target.value)}
          onBlur={draft.onBlur}
        />
      )}
    </LabelledSetting>
  );
}

/** A time of day ("HH:MM"), in the browser's time control (which shows it the user's way). */
export function TimeField(props: { label: string; value: string; onSave: (value: string) => Promise<string | null> }) {
  const { t } = useTranslation();
  const draft = useDraft({
    saved: props.value,
    check: (text) => (checkTime(text) ? null : t('settings.validation.time')),
    commit: (text) => (text === props.value ? Promise.resolve(null) : props.onSave(text)),
  });
  return (
    <LabelledSetting label={props.label} problem={draft.problem}>
      {(id) => (
        <input
          id={id}
          type="time"
          value={draft.text}
          aria-invalid={draft.problem !== null}
          aria-describedby={describedBy(id, undefined, draft.problem)}
          onChange={(e) => draft.onChange(e.target.value)}
          onBlur={draft.onBlur}
        />
      )}
    </LabelledSetting>
  );
}

/** Weekday names in the user's language (Intl), Monday first like the settings. */
export function useWeekdayNames(width: 'long' | 'short'): Record<Weekday, string> {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Object.fromEntries(WEEKDAYS.map((day, i) => [day, format.format(Date.UTC(2024, 0, 1 + i))])) as Record<
    Weekday,
    string
  >;
}

/** The days a daily reminder comes on. */
export function WeekdaysField(props: {
  label: string;
  days: readonly Weekday[];
  onSave: (days: Weekday[]) => Promise<string | null>;
}) {
  const id = useId();
  const short = useWeekdayNames('short');
  const long = useWeekdayNames('long');
  const [days, problem, change] = useSaving<readonly Weekday[]>(props.days);
  return (
    <fieldset className="setting weekdays" aria-describedby={describedBy(id, undefined, problem)}>
      <legend className="setting__label">{props.label}</legend>
      <div className="weekdays__days setting__control">
        {WEEKDAYS.map((day) => (
          <label key={day} className="weekdays__day" title={long[day]}>
            <input
              type="checkbox"
              aria-label={long[day]}
              checked={days.includes(day)}
              onChange={(e) => {
                const next = WEEKDAYS.filter((d) => (d === day ? e.target.checked : days.includes(d)));
                change(next, props.onSave(next));
              }}
            />
            <span aria-hidden="true">{short[day]}</span>
          </label>
        ))}
      </div>
      <HintAndProblem id={id} problem={problem} />
    </fieldset>
  );
}
