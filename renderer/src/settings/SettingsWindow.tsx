import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostureApi } from '@shared/ipc-contract';
import { isResettableGroup, SETTINGS_GROUPS, type SettingsGroup } from '@shared/settings-groups';
import { reportFailure } from '../api';
import { GroupTabs, panelId, tabId } from './GroupTabs';
import { AboutPanel } from './panels/AboutPanel';
import { AppearancePanel } from './panels/AppearancePanel';
import { BreakBehaviourPanel } from './panels/BreakBehaviourPanel';
import { CameraPanel } from './panels/CameraPanel';
import { DataPanel } from './panels/DataPanel';
import { NotificationsPanel } from './panels/NotificationsPanel';
import { ProgramPanel } from './panels/ProgramPanel';
import { RemindersPanel } from './panels/RemindersPanel';
import { SchedulePanel } from './panels/SchedulePanel';
import { ResetButton } from './ResetButton';
import { useDiagnostics } from './use-diagnostics';
import { useSettings, type SettingsModel } from './use-settings';
import './settings.css';
import './settings-controls.css';

/**
 * The Settings window: every option of the engine, the program and the
 * stats, in nine groups (a vertical tab list and one panel per group).
 * Every change is checked as it is made, saved at once and in effect at once.
 * Loaded on demand (App.tsx): this folder is the one part of the renderer
 * that ships zod, for inline validation with the shared schema.
 */
export default function SettingsWindow({ api }: { api: PostureApi }) {
  const { t } = useTranslation();
  const state = useSettings(api);
  const about = useDiagnostics(api);
  const [group, setGroup] = useState<SettingsGroup>('reminders');
  // Settings replaced as a whole (a reset, an import): the groups' fields start afresh.
  const [generation, setGeneration] = useState(0);

  const close = async () => reportFailure(await api.closeView({ view: 'settings' }), 'close settings');
  const header = (status: ReactNode) => (
    <header className="settings__header">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {status}
      <button type="button" className="button" onClick={() => void close()}>
        {t('settings.close')}
      </button>
    </header>
  );

  if (state.status !== 'ready') {
    return (
      <main className="settings" aria-labelledby="settings-title" aria-busy={state.status === 'loading'}>
        {header(null)}
        {state.status === 'loading' ? (
          <p className="muted">{t('settings.loading')}</p>
        ) : (
          <p className="setting__problem" role="alert">
            {t('settings.loadFailed', { message: state.message })}
          </p>
        )}
      </main>
    );
  }

  const model: SettingsModel = {
    ...state,
    replace: (settings) => {
      state.replace(settings);
      setGeneration((n) => n + 1);
    },
  };
  const panel = (g: SettingsGroup): ReactNode => {
    switch (g) {
      case 'reminders':
        return <RemindersPanel model={model} />;
      case 'schedule':
        return <SchedulePanel model={model} />;
      case 'break-behaviour':
        return <BreakBehaviourPanel model={model} />;
      case 'camera':
        return <CameraPanel model={model} />;
      case 'program':
        return <ProgramPanel api={api} model={model} />;
      case 'appearance':
        return <AppearancePanel model={model} />;
      case 'notifications':
        return <NotificationsPanel model={model} />;
      case 'data':
        return <DataPanel api={api} model={model} about={about} />;
      case 'about':
        return <AboutPanel api={api} about={about} />;
    }
  };

  return (
    <main className="settings" aria-labelledby="settings-title">
      {header(
        <p className="settings__saved" role="status">
          {state.saves > 0 ? t('settings.saved') : t('settings.savesAsYouGo')}
        </p>,
      )}
      <div className="settings__layout">
        <GroupTabs value={group} onChange={setGroup} />
        {SETTINGS_GROUPS.map((g) => (
          // Every panel stays mounted (hidden when not chosen): what was typed
          // in one group is still there after a look at another.
          <section
            key={g}
            id={panelId(g)}
            className="settings__panel"
            role="tabpanel"
            aria-labelledby={tabId(g)}
            hidden={g !== group}
            tabIndex={0}
          >
            <h2 className="settings__panel-title">{t(`settings.groups.${g}.title`)}</h2>
            <p className="settings__intro">{t(`settings.groups.${g}.intro`)}</p>
            {/* After a reset the group's fields start afresh (no leftover typing). */}
            <div key={isResettableGroup(g) ? generation : 0} className="settings__cards">
              {panel(g)}
            </div>
            {isResettableGroup(g) && (
              <footer className="settings__panel-footer">
                <ResetButton api={api} model={model} scope={g} />
              </footer>
            )}
          </section>
        ))}
      </div>
    </main>
  );
}
