import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { describeDose } from '@shared/content/exercises';
import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { PAIN_AREAS, RED_FLAGS, type PainArea, type RedFlag } from '@shared/program/profile-model';
import { RED_FLAG_QUESTIONS } from '@shared/program/safety';
import { reportFailure } from '../api';

const AREA_NAMES: Record<PainArea, string> = { 'low-back': 'Low back', 'upper-back': 'Upper back', neck: 'Neck' };

/** The program at a glance on the dashboard, with the reason for each choice. */
export function ProgramPanel({ api, view }: { api: PostureApi; view: ProgramView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (view.profile.status !== 'completed') {
    return (
      <section className="program-panel" aria-labelledby="program-panel-title">
        <h2 id="program-panel-title">Your program</h2>
        <p>Answer a few questions so the stretches suit your back, and unsuitable ones are left out.</p>
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={async () => reportFailure(await api.openView({ view: 'onboarding' }), 'open the questionnaire')}
          >
            Personalise my program
          </button>
        </div>
      </section>
    );
  }
  if (view.program.stopped) {
    return (
      <section className="program-panel" aria-labelledby="program-panel-title">
        <h2 id="program-panel-title">Your program</h2>
        <p>Paused for your safety until a professional says exercise is fine again.</p>
      </section>
    );
  }
  const items = [...view.program.workday, ...view.program.home];
  return (
    <section className="program-panel" aria-labelledby="program-panel-title">
      <h2 id="program-panel-title">Your program</h2>
      <p>
        {view.program.workday.length} exercises rotate through your workday breaks
        {view.program.home.length > 0 ? `; ${view.program.home.length} make up your home routine` : ''}.
      </p>
      <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide the exercises' : 'Show the exercises and why'}
      </button>
      {open && (
        <ul className="program-panel__list">
          {items.map((item) => (
            <li key={item.exerciseId}>
              <span>{item.reason}</span>
              <span className="muted">{describeDose(item.dose, t)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={async () => reportFailure(await api.openView({ view: 'onboarding' }), 'open the questionnaire')}
        >
          Change my answers
        </button>
      </div>
    </section>
  );
}

/** "How is your back today?": once a day, pain by region, flare-up, and the safety questions. */
export function PainCheckIn({ api, view }: { api: PostureApi; view: ProgramView }) {
  const areas = view.profile.painAreas.length > 0 ? view.profile.painAreas : [...PAIN_AREAS];
  const [pain, setPain] = useState<Partial<Record<PainArea, number>>>({});
  const [flareUp, setFlareUp] = useState(false);
  const [flags, setFlags] = useState<RedFlag[]>([]);
  const [saved, setSaved] = useState(false);
  if (view.checkedInToday || saved) {
    return (
      <section className="checkin" aria-label="Pain check-in">
        <p className="muted">Thanks: today&apos;s check-in is saved.</p>
      </section>
    );
  }
  return (
    <section className="checkin" aria-labelledby="checkin-title">
      <h2 id="checkin-title">How is your back today?</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await api.submitPainCheckIn({ regions: pain, flareUp, redFlags: flags });
          if (reportFailure(result, 'pain check-in')) setSaved(true);
        }}
      >
        {areas.map((area) => (
          <label key={area} className="field">
            <span>
              {AREA_NAMES[area]}: <strong>{pain[area] ?? 0}</strong> / 10
            </span>
            <input
              type="range"
              min={0}
              max={10}
              value={pain[area] ?? 0}
              onChange={(e) => setPain((p) => ({ ...p, [area]: Number(e.target.value) }))}
            />
          </label>
        ))}
        <label className="choice">
          <input type="checkbox" checked={flareUp} onChange={(e) => setFlareUp(e.target.checked)} />
          It is flaring up today
        </label>
        <details>
          <summary>Anything new that worries you?</summary>
          {RED_FLAGS.map((flag) => (
            <label key={flag} className="choice">
              <input
                type="checkbox"
                checked={flags.includes(flag)}
                onChange={(e) => setFlags((f) => (e.target.checked ? [...f, flag] : f.filter((x) => x !== flag)))}
              />
              {RED_FLAG_QUESTIONS[flag]}
            </label>
          ))}
        </details>
        <div className="actions">
          <button type="submit" className="button">
            Save today&apos;s check-in
          </button>
        </div>
      </form>
    </section>
  );
}
