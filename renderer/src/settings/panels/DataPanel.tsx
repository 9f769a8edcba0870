import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostics, PostureApi, SettingsImport } from '@shared/ipc-contract';
import { MAX_SETTINGS_IMPORT_BYTES } from '@shared/settings-transfer';
import { Problem } from '../fields';
import { ResetButton } from '../ResetButton';
import { saveTextFile } from '../../save-text-file';
import type { SettingsModel } from '../use-settings';
import { handleAsync } from '../../api';

type Refusal = Extract<SettingsImport, { imported: false }>;
type Outcome =
  | { kind: 'exported'; filename: string }
  | { kind: 'imported'; filename: string; migrated: boolean }
  | { kind: 'refused'; filename: string; refusal: Refusal }
  | { kind: 'failed'; message: string };

/**
 * Where the data lives (on this computer only), settings export and import
 * as a JSON file, and resetting everything. An import is all or nothing: a
 * file with any problem changes nothing, and the window lists what is wrong.
 */
export function DataPanel(props: { api: PostureApi; model: SettingsModel; about: Diagnostics | null }) {
  const { api, model, about } = props;
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportSettings = async () => {
    const result = await api.exportSettings();
    if (!result.ok) return setOutcome({ kind: 'failed', message: result.error.message });
    saveTextFile(result.value.filename, result.value.content, 'application/json');
    setOutcome({ kind: 'exported', filename: result.value.filename });
  };

  const importFile = async (file: File) => {
    const filename = file.name;
    // Too big to be a settings file: refused here, without reading it.
    if (file.size > MAX_SETTINGS_IMPORT_BYTES) {
      return setOutcome({ kind: 'refused', filename, refusal: { imported: false, problem: 'too-large', issues: [] } });
    }
    const result = await api.importSettings({ text: await file.text() });
    if (!result.ok) return setOutcome({ kind: 'failed', message: result.error.message });
    const value = result.value;
    if (!value.imported) return setOutcome({ kind: 'refused', filename, refusal: value });
    model.replace(value.settings);
    setOutcome({ kind: 'imported', filename, migrated: value.migratedFrom !== null });
  };

  const done =
    outcome?.kind === 'exported'
      ? t('settings.data.exported', { file: outcome.filename })
      : outcome?.kind === 'imported'
        ? t(outcome.migrated ? 'settings.data.importedMigrated' : 'settings.data.imported', { file: outcome.filename })
        : null;

  return (
    <>
      <fieldset className="settings-card">
        <legend>{t('settings.data.whereTitle')}</legend>
        <p className="settings-card__text">{t('settings.data.local')}</p>
        {about && (
          <p className="settings-card__text">
            {t('settings.data.folder')} <code>{about.dataDir}</code>
          </p>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={handleAsync(async () => void (await api.openDataFolder()))}>
            {t('settings.about.openFolder')}
          </button>
        </div>
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.data.transferTitle')}</legend>
        <p className="settings-card__text">{t('settings.data.transferText')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => void exportSettings()}>
            {t('settings.data.export')}
          </button>
          <button type="button" className="button" onClick={() => picker.current?.click()}>
            {t('settings.data.import')}
          </button>
          <input
            ref={picker}
            type="file"
            accept="application/json,.json"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file may be chosen again
              if (file) void importFile(file);
            }}
          />
        </div>
        <p className="settings-card__status" role="status">
          {done}
        </p>
        {outcome?.kind === 'refused' && <ImportRefusal filename={outcome.filename} refusal={outcome.refusal} />}
        {outcome?.kind === 'failed' && (
          <Problem id="data-failed">{t('settings.data.failed', { message: outcome.message })}</Problem>
        )}
      </fieldset>

      <fieldset className="settings-card">
        <legend>{t('settings.data.resetTitle')}</legend>
        <p className="settings-card__text">{t('settings.reset.keeps')}</p>
        <ResetButton api={api} model={model} scope="all" />
      </fieldset>
    </>
  );
}

/** Why a file was not imported, with each problem the schema found; and that nothing changed. */
function ImportRefusal({ filename, refusal }: { filename: string; refusal: Refusal }) {
  const { t } = useTranslation();
  return (
    <div className="import-refusal" role="alert">
      <p>
        <strong>{t(`settings.data.refused.${refusal.problem}`, { file: filename })}</strong>{' '}
        {t('settings.data.nothingChanged')}
      </p>
      {refusal.issues.length > 0 && (
        <ul className="import-refusal__issues">
          {refusal.issues.map((issue, i) => (
            <li key={i}>
              {issue.path === ''
                ? t('settings.data.issueTop', { message: issue.message })
                : t('settings.data.issue', { path: issue.path, message: issue.message })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
