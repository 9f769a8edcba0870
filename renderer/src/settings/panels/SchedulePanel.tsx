import { useTranslation } from 'react-i18next';
import { NumberField, TimeField, Toggle, WeekdaysField } from '../fields';
import type { SettingsModel } from '../use-settings';
import { NUMBER_SETTINGS } from '../validation';
import { WorkingHoursEditor } from '../WorkingHoursEditor';

/** When the app runs and reminds: starting at login, working hours, the daily home program and walk. */
export function SchedulePanel({ model }: { model: SettingsModel }) {
  const { t } = useTranslation();
  const { general, workingHours, homeProgram, walk } = model.settings;
  return (
    <>
      <fieldset className="settings-card">
        <legend>{t('settings.schedule.startTitle')}</legend>
        <Toggle
          label={t('settings.schedule.launchAtLogin')}
          hint={t('settings.schedule.launchAtLoginHint')}
          checked={general.launchAtLogin}
          onChange={(launchAtLogin) => model.save({ general: { launchAtLogin } })}
        />
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.schedule.hoursTitle')}</legend>
        <Toggle
          label={t('settings.schedule.hoursEnabled')}
          hint={workingHours.enabled ? t('settings.schedule.hoursOnHint') : t('settings.schedule.hoursOffHint')}
          checked={workingHours.enabled}
          onChange={(enabled) => model.save({ workingHours: { enabled } })}
        />
        <WorkingHoursEditor model={model} />
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.schedule.homeTitle')}</legend>
        <Toggle
          label={t('settings.schedule.homeEnabled')}
          hint={t('settings.schedule.homeHint')}
          checked={homeProgram.enabled}
          onChange={(enabled) => model.save({ homeProgram: { enabled } })}
        />
        <TimeField
          label={t('settings.schedule.at')}
          value={homeProgram.time}
          onSave={(time) => model.save({ homeProgram: { time } })}
        />
        <WeekdaysField
          label={t('settings.schedule.onDays')}
          days={homeProgram.days}
          onSave={(days) => model.save({ homeProgram: { days } })}
        />
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.schedule.walkTitle')}</legend>
        <Toggle
          label={t('settings.schedule.walkEnabled')}
          checked={walk.enabled}
          onChange={(enabled) => model.save({ walk: { enabled } })}
        />
        <TimeField
          label={t('settings.schedule.at')}
          value={walk.time}
          onSave={(time) => model.save({ walk: { time } })}
        />
        <WeekdaysField
          label={t('settings.schedule.onDays')}
          days={walk.days}
          onSave={(days) => model.save({ walk: { days } })}
        />
        <NumberField
          model={model}
          setting={NUMBER_SETTINGS.walk.startMinutes}
          label={t('settings.schedule.walkMinutes')}
          hint={t('settings.schedule.walkMinutesHint')}
        />
      </fieldset>
    </>
  );
}
