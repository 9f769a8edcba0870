import type { ReactNode } from 'react';
import type { Settings, SettingsPatch, Weekday } from '@shared/settings-schema';
import { Choice, NumberField, TimeField, Toggle, WeekdaysField } from './fields';
import type { SettingsModel } from './use-settings';
import type { NumberSetting } from './validation';

/** Where a setting lives: how to read it from the settings, and the patch that saves a new value. */
export interface SettingAt<V> {
  /** "section.key": names the setting's field in a card. */
  key: string;
  read: (settings: Settings) => V;
  // A method, so that a setting of a narrower value (a choice's union) is one of `string`.
  patch(value: V): SettingsPatch;
}

/** A setting one level into its section, e.g. `settingAt('posture', 'enabled')`. */
export function settingAt<S extends keyof Settings & keyof SettingsPatch, K extends keyof Settings[S] & string>(
  section: S,
  key: K,
): SettingAt<Settings[S][K]> {
  return {
    key: `${section}.${key}`,
    read: (settings) => settings[section][key],
    patch: (value) => ({ [section]: { [key]: value } }),
  };
}

export interface ChoiceOption {
  value: string;
  label: string;
  lang?: string;
}

/** One field of a settings card, as data: the setting, its words, and the control that fits it. */
export type Field =
  | {
      toggle: SettingAt<boolean>;
      label: string;
      /** One hint, or one for each state (what the saved setting does now). */
      hint?: string | { on: string; off: string };
    }
  | { number: NumberSetting; label: string; hint?: string }
  | { choice: SettingAt<string>; label: string; hint?: string; options: readonly ChoiceOption[] }
  | { time: SettingAt<string>; label: string }
  | { weekdays: SettingAt<readonly Weekday[]>; label: string };

/** A choice field, its options checked against the values the setting takes. */
export function choiceField<V extends string>(field: {
  choice: SettingAt<V>;
  label: string;
  hint?: string;
  options: readonly { value: V; label: string; lang?: string }[];
}): Field {
  return field;
}

function fieldKey(field: Field): string {
  if ('toggle' in field) return field.toggle.key;
  if ('number' in field) return field.number.key;
  if ('choice' in field) return field.choice.key;
  return 'time' in field ? field.time.key : field.weekdays.key;
}

/** The control of one field, bound to the setting it shows and saves. */
function FieldControl({ model, field }: { model: SettingsModel; field: Field }) {
  const { settings } = model;
  const saver =
    <V,>(at: SettingAt<V>) =>
    (value: V) =>
      model.save(at.patch(value));
  if ('toggle' in field) {
    const { toggle, hint } = field;
    const on = toggle.read(settings);
    const shownHint = typeof hint === 'object' ? (on ? hint.on : hint.off) : hint;
    return <Toggle label={field.label} hint={shownHint} checked={on} onChange={saver(toggle)} />;
  }
  if ('number' in field)
    return <NumberField model={model} setting={field.number} label={field.label} hint={field.hint} />;
  if ('choice' in field) {
    const { choice } = field;
    return (
      <Choice
        label={field.label}
        hint={field.hint}
        value={choice.read(settings)}
        options={field.options}
        onChange={saver(choice)}
      />
    );
  }
  if ('time' in field)
    return <TimeField label={field.label} value={field.time.read(settings)} onSave={saver(field.time)} />;
  const { weekdays } = field;
  return <WeekdaysField label={field.label} days={weekdays.read(settings)} onSave={saver(weekdays)} />;
}

/** One card of a settings group: its title, its fields in order (one given as `false` is not shown), then its own `extra`. */
export interface Card {
  title: string;
  fields: readonly (Field | false)[];
  extra?: ReactNode;
}

export function SettingsCard({ model, card }: { model: SettingsModel; card: Card }) {
  return (
    <fieldset className="settings-card">
      <legend>{card.title}</legend>
      {card.fields.map((field) => field && <FieldControl key={fieldKey(field)} model={model} field={field} />)}
      {card.extra}
    </fieldset>
  );
}

/** A settings group's cards, drawn from their description. */
export function SettingsCards({ model, cards }: { model: SettingsModel; cards: readonly Card[] }) {
  return cards.map((card, index) => <SettingsCard key={index} model={model} card={card} />);
}
