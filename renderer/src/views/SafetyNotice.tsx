import { Trans, useTranslation } from 'react-i18next';
import type { PostureApi, ProgramView } from '@shared/ipc-contract';
import { describeFlareUp } from '@shared/program/program-text';
import { isUrgent } from '@shared/program/safety';
import { handleAsync, reportFailure } from '../api';
import './program.css';

/** Shown in onboarding and About: what this app is and is not. */
export function NotMedicalAdvice() {
  const { t } = useTranslation();
  return (
    <p className="not-advice" role="note">
      <Trans
        t={t}
        i18nKey="program.safety.notAdvice"
        values={{ app: t('app.name') }}
        components={{ strong: <strong /> }}
      />
    </p>
  );
}

/**
 * A red flag was reported: the exercise program stops and the user is asked,
 * calmly and clearly, to see a doctor; urgently for the signs that can be an
 * emergency. No diagnosis, only who to see and how soon.
 */
export function RedFlagScreen({ api, view }: { api: PostureApi; view: ProgramView }) {
  const { t } = useTranslation();
  const urgent = isUrgent(view.safety.reasons);
  return (
    <section className={`red-flag ${urgent ? 'red-flag--urgent' : ''}`} aria-labelledby="red-flag-title" role="alert">
      <h2 id="red-flag-title">{urgent ? t('program.safety.urgentTitle') : t('program.safety.title')}</h2>
      <p>{urgent ? t('program.safety.urgentBody') : t('program.safety.body')}</p>
      <p>{t('program.safety.toldUs')}</p>
      <ul>
        {view.safety.reasons.map((reason) => (
          <li key={reason}>{t(`safety.redFlags.${reason}`)}</li>
        ))}
      </ul>
      <p>{t('program.safety.paused')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={handleAsync(async () =>
            reportFailure(await api.resumeProgram({ confirmed: true }), 'resume the program'),
          )}
        >
          {t('program.safety.resume')}
        </button>
      </div>
    </section>
  );
}

/** Frequent or severe flare-ups: suggest a physical therapist, without alarm. */
export function FlareUpAdvice({ view }: { view: ProgramView }) {
  const { t } = useTranslation();
  if (!view.flareUp.suggest || !view.flareUp.why) return null;
  return (
    <section className="advice" aria-label={t('program.flareUp.region')} role="status">
      <p>
        <Trans
          t={t}
          i18nKey="program.flareUp.advice"
          values={{ why: describeFlareUp(view.flareUp.why, t) }}
          components={{ strong: <strong /> }}
        />
      </p>
    </section>
  );
}
