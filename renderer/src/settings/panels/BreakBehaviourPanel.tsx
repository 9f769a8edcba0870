import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingAt, SettingsCards, type SettingAt } from '../SettingsCard';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';

/** Where the sitting limit starts when it is switched on: a long working day (minutes). */
const SITTING_LIMIT_START = 6 * 60;

const { breakRules, focus, sitting } = NUMBER_SETTINGS;

/** Snoozing and skipping, strict mode, holding reminders while busy, and the daily sitting limit. */
export function BreakBehaviourPanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const limit = model.settings.sitting.dailyLimitMinutes;
  // Switching the limit off and on again brings back the last limit.
  const [lastLimit, setLastLimit] = useState(limit ?? SITTING_LIMIT_START);
  const limitOn: SettingAt<boolean> = {
    key: 'sitting.on',
    read: (settings) => settings.sitting.dailyLimitMinutes !== null,
    patch: (on) => {
      if (!on && limit !== null) setLastLimit(limit);
      return { sitting: { dailyLimitMinutes: on ? lastLimit : null } };
    },
  };
  const zeroMeansNone = t('settings.breakBehaviour.zeroMeansNone');
  const snoozeCard = {
    title: t('settings.breakBehaviour.snoozeTitle'),
    fields: [
      {
        toggle: settingAt('breakRules', 'strict'),
        label: t('settings.breakBehaviour.strict'),
        hint: t('settings.breakBehaviour.strictHint'),
      },
      { number: breakRules.snoozeMinutes, label: t('settings.breakBehaviour.snoozeMinutes') },
      { number: breakRules.maxSnoozesPerBreak, label: t('settings.breakBehaviour.maxSnoozes'), hint: zeroMeansNone },
      { number: breakRules.maxSkipsInRow, label: t('settings.breakBehaviour.maxSkips'), hint: zeroMeansNone },
    ],
  };
  const busyCard = {
    title: t('settings.breakBehaviour.busyTitle'),
    fields: [
      {
        toggle: settingAt('focus', 'deferWhileBusy'),
        label: t('settings.breakBehaviour.deferWhileBusy'),
        hint: t('settings.breakBehaviour.deferHint'),
      },
      {
        number: focus.maxDeferralMinutes,
        label: t('settings.breakBehaviour.maxDeferral'),
        hint: t('settings.breakBehaviour.maxDeferralHint'),
      },
      {
        toggle: settingAt('focus', 'postureAsMicroMove'),
        label: t('settings.breakBehaviour.microMove'),
        hint: t('settings.breakBehaviour.microMoveHint'),
      },
    ],
  };
  const sittingCard = {
    title: t('settings.breakBehaviour.sittingTitle'),
    fields: [
      {
        toggle: limitOn,
        label: t('settings.breakBehaviour.sittingEnabled'),
        hint: t('settings.breakBehaviour.sittingHint'),
      },
      limit !== null && { number: sitting.dailyLimitMinutes, label: t('settings.breakBehaviour.sittingMinutes') },
    ],
  };
  return <SettingsCards model={model} cards={[snoozeCard, busyCard, sittingCard]} />;
}
