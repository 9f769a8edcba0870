import { useEffect, useId, useState, type ReactNode } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import type { Settings, SettingsPatch } from '@shared/settings-schema';
import { reportFailure } from '../api';
import { AboutSection } from './AboutSection';

/**
 * The reminder settings. Each change is saved at once and takes effect
 * immediately; the backend validates it against the shared schema and a
 * refusal is shown next to the form.
 */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <Field label={label}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
    </Field>
  );
}

function NumberInput(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  // What the user is typing, until they leave the field; then the saved value shows.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  return (
    <div>
      <label className="field" htmlFor={id}>
        <span>{props.label}</span>
        <input
          id={id}
          type="number"
          min={props.min}
          max={props.max}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${id}-problem` : undefined}
          value={draft ?? String(props.value)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft === null) return;
            const value = Number(draft);
            setDraft(null);
            if (draft.trim() === '' || !Number.isFinite(value) || value < props.min || value > props.max) {
              setProblem(`Enter a number from ${props.min} to ${props.max}; ${props.value} is kept.`);
              return;
            }
            setProblem(null);
            if (value !== props.value) props.onChange(value);
          }}
        />
      </label>
      {problem && (
        <p className="field__error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export function SettingsView({ api }: { api: PostureApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.getSettings().then((result) => setSettings(reportFailure(result, 'load settings')));
  }, [api]);

  const save = async (patch: SettingsPatch) => {
    const result = await api.updateSettings(patch);
    if (result.ok) {
      setSettings(result.value);
      setError(null);
    } else setError(result.error.message);
  };

  if (!settings) return <main className="settings">Loading settings…</main>;
  const weekday = settings.workingHours.days.mon[0] ?? { start: '09:00', end: '17:30' };
  const setWeekdayHours = (start: string, end: string) => {
    const range = [{ start, end }];
    void save({
      workingHours: {
        days: { ...settings.workingHours.days, mon: range, tue: range, wed: range, thu: range, fri: range },
      },
    });
  };
  return (
    <main className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>General</legend>
          <Toggle
            label="Start Posture Breaks when I log in"
            checked={settings.general.launchAtLogin}
            onChange={(launchAtLogin) => void save({ general: { launchAtLogin } })}
          />
          <Field label="Theme">
            <select
              value={settings.general.theme}
              onChange={(e) => void save({ general: { theme: e.target.value as 'system' | 'light' | 'dark' } })}
            >
              <option value="system">Follow the system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </Field>
        </fieldset>
        <fieldset>
          <legend>Movement breaks</legend>
          <Toggle
            label="On"
            checked={settings.movement.enabled}
            onChange={(enabled) => void save({ movement: { enabled } })}
          />
          <NumberInput
            label="Every (minutes)"
            value={settings.movement.intervalSeconds / 60}
            min={5}
            max={240}
            onChange={(m) => void save({ movement: { intervalSeconds: Math.round(m * 60) } })}
          />
          <NumberInput
            label="Length (minutes)"
            value={settings.movement.durationSeconds / 60}
            min={1}
            max={30}
            onChange={(m) => void save({ movement: { durationSeconds: Math.round(m * 60) } })}
          />
          <NumberInput
            label="Heads-up before (seconds, 0 = none)"
            value={settings.movement.preBreakNoticeSeconds}
            min={0}
            max={300}
            onChange={(s) => void save({ movement: { preBreakNoticeSeconds: s } })}
          />
        </fieldset>
        <fieldset>
          <legend>Posture checks</legend>
          <Toggle
            label="On"
            checked={settings.posture.enabled}
            onChange={(enabled) => void save({ posture: { enabled } })}
          />
          <Field label="Kind">
            <select
              value={settings.posture.mode}
              onChange={(e) => void save({ posture: { mode: e.target.value as 'check' | 'sit-stand' } })}
            >
              <option value="check">Posture check</option>
              <option value="sit-stand">Sit-stand rhythm (standing desk)</option>
            </select>
          </Field>
          <NumberInput
            label="Every (minutes)"
            value={settings.posture.intervalSeconds / 60}
            min={5}
            max={120}
            onChange={(m) => void save({ posture: { intervalSeconds: Math.round(m * 60) } })}
          />
        </fieldset>
        <fieldset>
          <legend>Working hours</legend>
          <Toggle
            label="Only remind me during working hours"
            checked={settings.workingHours.enabled}
            onChange={(enabled) => void save({ workingHours: { enabled } })}
          />
          <Field label="Weekdays from">
            <input type="time" value={weekday.start} onChange={(e) => setWeekdayHours(e.target.value, weekday.end)} />
          </Field>
          <Field label="until">
            <input type="time" value={weekday.end} onChange={(e) => setWeekdayHours(weekday.start, e.target.value)} />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Home program and walks</legend>
          <Toggle
            label="Home program reminder"
            checked={settings.homeProgram.enabled}
            onChange={(enabled) => void save({ homeProgram: { enabled } })}
          />
          <Field label="at">
            <input
              type="time"
              value={settings.homeProgram.time}
              onChange={(e) => void save({ homeProgram: { time: e.target.value } })}
            />
          </Field>
          <Toggle
            label="Walk reminder"
            checked={settings.walk.enabled}
            onChange={(enabled) => void save({ walk: { enabled } })}
          />
          <Field label="at">
            <input
              type="time"
              value={settings.walk.time}
              onChange={(e) => void save({ walk: { time: e.target.value } })}
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Break behaviour</legend>
          <Toggle
            label="Strict mode (no skip, no snooze)"
            checked={settings.breakRules.strict}
            onChange={(strict) => void save({ breakRules: { strict } })}
          />
          <NumberInput
            label="Snoozes allowed per break"
            value={settings.breakRules.maxSnoozesPerBreak}
            min={0}
            max={10}
            onChange={(n) => void save({ breakRules: { maxSnoozesPerBreak: n } })}
          />
          <NumberInput
            label="Skips allowed in a row"
            value={settings.breakRules.maxSkipsInRow}
            min={0}
            max={10}
            onChange={(n) => void save({ breakRules: { maxSkipsInRow: n } })}
          />
          <Toggle
            label="Hold reminders while I present or use a fullscreen app"
            checked={settings.focus.deferWhileBusy}
            onChange={(deferWhileBusy) => void save({ focus: { deferWhileBusy } })}
          />
          <Toggle
            label="Meanwhile, show posture checks as a silent seated micro-move"
            checked={settings.focus.postureAsMicroMove}
            onChange={(postureAsMicroMove) => void save({ focus: { postureAsMicroMove } })}
          />
          <Toggle
            label="Desktop notifications (off: the break window opens instead)"
            checked={settings.notifications.enabled}
            onChange={(enabled) => void save({ notifications: { enabled } })}
          />
        </fieldset>
        <fieldset>
          <legend>Program</legend>
          <p className="muted">Your answers choose the exercises and leave out the ones that do not suit you.</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={async () => reportFailure(await api.openView({ view: 'onboarding' }), 'open the questionnaire')}
            >
              Change my answers
            </button>
          </div>
          <Toggle
            label="Soft sound in the guided player"
            checked={settings.player.sound}
            onChange={(sound) => void save({ player: { sound } })}
          />
        </fieldset>
        <AboutSection api={api} />
      </form>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={async () => reportFailure(await api.closeView({ view: 'settings' }), 'close settings')}
        >
          Close
        </button>
      </div>
    </main>
  );
}
