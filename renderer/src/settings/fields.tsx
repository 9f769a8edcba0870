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

/** The ids a control's description is made of: its hint and its problem. */
function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function Problem({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="setting__problem" id={id} role="alert">
      {children}
    </p>
  );
}

/**
 * A control that saves at once (a switch, a choice): it shows the new value
 * straight away, while the backend saves it, and goes back (with the
 * backend's reason) if the change is refused.
 */
function useSaving<V>(saved: V): [V, string | null, (value: V, saving: Promise<string | null>) => void] {
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
  return [optimistic ? optimistic.value : saved, refused, change];
}

export function Toggle(props: {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [checked, refused, change] = useSaving(props.checked);
  return (
    <div className="setting setting--toggle">
      <input
        id={id}
        className="switch"
        type="checkbox"
        checked={checked}
        aria-invalid={refused !== null}
        aria-describedby={describedBy(props.hint && `${id}-hint`, refused && `${id}-problem`)}
        onChange={(e) => change(e.target.checked, props.onChange(e.target.checked))}
      />
      <label className="setting__label" htmlFor={id}>
        {props.label}
      </label>
      {props.hint && (
        <p className="setting__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {refused && <Problem id={`${id}-problem`}>{t('settings.refused', { message: refused })}</Problem>}
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
  const { t } = useTranslation();
  const id = useId();
  const [value, refused, change] = useSaving(props.value);
  return (
    <div className="setting">
      <label className="setting__label" htmlFor={id}>
        {props.label}
      </label>
      <div className="setting__control">
        <select
          id={id}
          value={value}
          aria-invalid={refused !== null}
          aria-describedby={describedBy(props.hint && `${id}-hint`, refused && `${id}-problem`)}
          onChange={(e) => change(e.target.value as V, props.onChange(e.target.value as V))}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {props.hint && (
        <p className="setting__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {refused && <Problem id={`${id}-problem`}>{t('settings.refused', { message: refused })}</Problem>}
    </div>
  );
}

/** A number setting, shown in its unit (minutes for durations stored in seconds), bounded by the schema. */
export function NumberField(props: {
  model: SettingsModel;
  setting: NumberSetting;
  label: string;
  hint?: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
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
    <div className="setting">
      <label className="setting__label" htmlFor={id}>
        {props.label}
      </label>
      <div className="setting__control">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          disabled={props.disabled}
          value={draft.text}
          aria-invalid={draft.problem !== null}
          aria-describedby={describedBy(props.hint && `${id}-hint`, draft.problem && `${id}-problem`)}
          onChange={(e) => draft.onChange(e.target.value)}
          onBlur={draft.onBlur}
        />
      </div>
      {props.hint && (
        <p className="setting__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {draft.problem && <Problem id={`${id}-problem`}>{draft.problem}</Problem>}
    </div>
  );
}

/** A time of day ("HH:MM"), in the browser's time control (which shows it the user's way). */
export function TimeField(props: {
  label: string;
  value: string;
  disabled?: boolean;
  onSave: (value: string) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const draft = useDraft({
    saved: props.value,
    check: (text) => (checkTime(text) ? null : t('settings.validation.time')),
    commit: (text) => (text === props.value ? Promise.resolve(null) : props.onSave(text)),
  });
  return (
    <div className="setting">
      <label className="setting__label" htmlFor={id}>
        {props.label}
      </label>
      <div className="setting__control">
        <input
          id={id}
          type="time"
          disabled={props.disabled}
          value={draft.text}
          aria-invalid={draft.problem !== null}
          aria-describedby={describedBy(draft.problem && `${id}-problem`)}
          onChange={(e) => draft.onChange(e.target.value)}
          onBlur={draft.onBlur}
        />
      </div>
      {draft.problem && <Problem id={`${id}-problem`}>{draft.problem}</Problem>}
    </div>
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
  disabled?: boolean;
  onSave: (days: Weekday[]) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const short = useWeekdayNames('short');
  const long = useWeekdayNames('long');
  const [days, refused, change] = useSaving<readonly Weekday[]>(props.days);
  return (
    <fieldset
      className="setting weekdays"
      disabled={props.disabled}
      aria-describedby={describedBy(refused && `${id}-problem`)}
    >
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
      {refused && <Problem id={`${id}-problem`}>{t('settings.refused', { message: refused })}</Problem>}
    </fieldset>
  );
}
