import { Trans, useTranslation } from 'react-i18next';
import { useState } from 'react';
import { describeDose } from '@shared/content/exercises';
import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { PAIN_AREAS, RED_FLAGS, type PainArea, type RedFlag } from '@shared/program/profile-model';
import { describeReason, painAreaLabel } from '@shared/program/program-text';
import { handleAsync, reportFailure } from '../api';
import './program.css';

/** The program at a glance on the dashboard, with the reason for each choice. */
export function ProgramPanel({ api, view }: { api: PostureApi; view: ProgramView }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const openQuestionnaire = async () =>
    reportFailure(await api.openView({ view: 'onboarding' }), 'open the questionnaire');
  if (view.profile.status !== 'completed') {
    return (
      <section className="program-panel" aria-labelledby="program-panel-title">
        <h2 id="program-panel-title">{t('program.title')}</h2>
        <p>{t('program.panel.intro')}</p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={handleAsync(openQuestionnaire)}>
            {t('program.panel.personalise')}
          </button>
        </div>
      </section>
    );
  }
  if (view.program.stopped) {
    return (
      <section className="program-panel" aria-labelledby="program-panel-title">
        <h2 id="program-panel-title">{t('program.title')}</h2>
        <p>{t('program.panel.stopped')}</p>
      </section>
    );
  }
  const items = [...view.program.workday, ...view.program.home];
  const { workday, home } = view.program;
  return (
    <section className="program-panel" aria-labelledby="program-panel-title">
      <h2 id="program-panel-title">{t('program.title')}</h2>
      <p>
        {home.length > 0
          ? t('program.panel.workdayAndHome', { count: workday.length, home: home.length })
          : t('program.panel.workday', { count: workday.length })}
      </p>
      <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t('program.panel.hide') : t('program.panel.show')}
      </button>
      {open && (
        <ul className="program-panel__list">
          {items.map((item) => (
            <li key={item.exerciseId}>
              <span>{describeReason(item, t, i18n.language)}</span>
              <span className="muted">{describeDose(item.dose, t)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={handleAsync(openQuestionnaire)}>
          {t('program.panel.changeAnswers')}
        </button>
      </div>
    </section>
  );
}

/** "How is your back today?": once a day, pain by region, flare-up, and the safety questions. */
export function PainCheckIn({ api, view }: { api: PostureApi; view: ProgramView }) {
  const { t, i18n } = useTranslation();
  const areas = view.profile.painAreas.length > 0 ? view.profile.painAreas : [...PAIN_AREAS];
  const [pain, setPain] = useState<Partial<Record<PainArea, number>>>({});
  const [flareUp, setFlareUp] = useState(false);
  const [flags, setFlags] = useState<RedFlag[]>([]);
  const [saved, setSaved] = useState(false);
  if (view.checkedInToday || saved) {
    return (
      <section className="checkin" aria-label={t('program.checkIn.region')}>
        <p className="muted">{t('program.checkIn.saved')}</p>
      </section>
    );
  }
  return (
    <section className="checkin" aria-labelledby="checkin-title">
      <h2 id="checkin-title">{t('tray.checkIn')}</h2>
      <form
        onSubmit={handleAsync(async (e) => {
          e.preventDefault();
          const result = await api.submitPainCheckIn({ regions: pain, flareUp, redFlags: flags });
          if (reportFailure(result, 'pain check-in')) setSaved(true);
        })}
      >
        {areas.map((area) => (
          <label key={area} className="field">
            <span>
              <Trans
                t={t}
                i18nKey="program.checkIn.areaPain"
                values={{ area: painAreaLabel(area, t, i18n.language), value: pain[area] ?? 0 }}
                components={{ strong: <strong /> }}
              />
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
          {t('program.checkIn.flareUp')}
        </label>
        <details>
          <summary>{t('program.checkIn.worries')}</summary>
          {RED_FLAGS.map((flag) => (
            <label key={flag} className="choice">
              <input
                type="checkbox"
                checked={flags.includes(flag)}
                onChange={(e) => setFlags((f) => (e.target.checked ? [...f, flag] : f.filter((x) => x !== flag)))}
              />
              {t(`safety.redFlags.${flag}`)}
            </label>
          ))}
        </details>
        <div className="actions">
          <button type="submit" className="button">
            {t('program.checkIn.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
