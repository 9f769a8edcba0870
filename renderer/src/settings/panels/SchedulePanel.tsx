import { useTranslation } from 'react-i18next';
import { settingAt, SettingsCards, type Field } from '../SettingsCard';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';
import { WorkingHoursEditor } from '../WorkingHoursEditor';

/** When the app runs and reminds: starting at login, working hours, the daily home program and walk. */
export function SchedulePanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  // The home program and the walk come daily, at a time, on chosen days.
  const daily = (section: 'homeProgram' | 'walk'): Field[] => [
    { time: settingAt(section, 'time'), label: t('settings.schedule.at') },
    { weekdays: settingAt(section, 'days'), label: t('settings.schedule.onDays') },
  ];
  const startCard = {
    title: t('settings.schedule.startTitle'),
    fields: [
      {
        toggle: settingAt('general', 'launchAtLogin'),
        label: t('settings.schedule.launchAtLogin'),
        hint: t('settings.schedule.launchAtLoginHint'),
      },
    ],
  };
  const hoursCard = {
    title: t('settings.schedule.hoursTitle'),
    fields: [
      {
        toggle: settingAt('workingHours', 'enabled'),
        label: t('settings.schedule.hoursEnabled'),
        hint: { on: t('settings.schedule.hoursOnHint'), off: t('settings.schedule.hoursOffHint') },
      },
    ],
    extra: <WorkingHoursEditor model={model} />,
  };
  const homeCard = {
    title: t('settings.schedule.homeTitle'),
    fields: [
      {
        toggle: settingAt('homeProgram', 'enabled'),
        label: t('settings.schedule.homeEnabled'),
        hint: t('settings.schedule.homeHint'),
      },
      ...daily('homeProgram'),
    ],
  };
  const walkCard = {
    title: t('settings.schedule.walkTitle'),
    fields: [
      { toggle: settingAt('walk', 'enabled'), label: t('settings.schedule.walkEnabled') },
      ...daily('walk'),
      {
        number: NUMBER_SETTINGS.walk.startMinutes,
        label: t('settings.schedule.walkMinutes'),
        hint: t('settings.schedule.walkMinutesHint'),
      },
    ],
  };
  return <SettingsCards model={model} cards={[startCard, hoursCard, homeCard, walkCard]} />;
}
