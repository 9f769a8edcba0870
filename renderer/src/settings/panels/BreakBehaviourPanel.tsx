import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField, Toggle } from '../fields';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';

/** Where the sitting limit starts when it is switched on: a long working day (minutes). */
const SITTING_LIMIT_START = 6 * 60;

/** Snoozing and skipping, strict mode, holding reminders while busy, and the daily sitting limit. */
export function BreakBehaviourPanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const { breakRules, focus, sitting } = model.settings;
  // Switching the limit off and on again brings back the last limit.
  const [lastLimit, setLastLimit] = useState(sitting.dailyLimitMinutes ?? SITTING_LIMIT_START);
  return (
    <>
      <fieldset className="settings-card">
        <legend>{t('settings.breakBehaviour.snoozeTitle')}</legend>
        <Toggle
          label={t('settings.breakBehaviour.strict')}
          hint={t('settings.breakBehaviour.strictHint')}
          checked={breakRules.strict}
          onChange={(strict) => model.save({ breakRules: { strict } })}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.breakRules.snoozeMinutes}
          label={t('settings.breakBehaviour.snoozeMinutes')}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.breakRules.maxSnoozesPerBreak}
          label={t('settings.breakBehaviour.maxSnoozes')}
          hint={t('settings.breakBehaviour.zeroMeansNone')}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.breakRules.maxSkipsInRow}
          label={t('settings.breakBehaviour.maxSkips')}
          hint={t('settings.breakBehaviour.zeroMeansNone')}
        />
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.breakBehaviour.busyTitle')}</legend>
        <Toggle
          label={t('settings.breakBehaviour.deferWhileBusy')}
          hint={t('settings.breakBehaviour.deferHint')}
          checked={focus.deferWhileBusy}
          onChange={(deferWhileBusy) => model.save({ focus: { deferWhileBusy } })}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.focus.maxDeferralMinutes}
          label={t('settings.breakBehaviour.maxDeferral')}
          hint={t('settings.breakBehaviour.maxDeferralHint')}
        />
        <Toggle
          label={t('settings.breakBehaviour.microMove')}
          hint={t('settings.breakBehaviour.microMoveHint')}
          checked={focus.postureAsMicroMove}
          onChange={(postureAsMicroMove) => model.save({ focus: { postureAsMicroMove } })}
        />
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.breakBehaviour.sittingTitle')}</legend>
        <Toggle
          label={t('settings.breakBehaviour.sittingEnabled')}
          hint={t('settings.breakBehaviour.sittingHint')}
          checked={sitting.dailyLimitMinutes !== null}
          onChange={(on) => {
            if (!on && sitting.dailyLimitMinutes !== null) setLastLimit(sitting.dailyLimitMinutes);
            return model.save({ sitting: { dailyLimitMinutes: on ? lastLimit : null } });
          }}
        />
        {sitting.dailyLimitMinutes !== null && (
          <NumberField
            model={model}
            setting={NUMBER_SETTINGS.sitting.dailyLimitMinutes}
            label={t('settings.breakBehaviour.sittingMinutes')}
          />
        )}
      </fieldset>
    </>
  );
}
