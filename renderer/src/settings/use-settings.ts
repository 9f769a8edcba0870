import { useCallback, useEffect, useState } from 'react';
import type { PostureApi } from '@shared/ipc-contract';
import type { Settings, SettingsPatch } from '@shared/settings-schema';

/**
 * The settings as the window shows them, and saving: each change goes to the
 * backend at once (it validates again and applies it immediately) and the
 * window shows what the backend saved. A refusal comes back as its message.
 */
export interface SettingsModel {
  settings: Settings;
  /** Saves a change; resolves to null once saved, or to the backend's reason for refusing it. */
  save: (patch: SettingsPatch) => Promise<string | null>;
  /** Shows settings the backend changed as a whole (a reset, an import, a resumed program). */
  replace: (settings: Settings) => void;
  /** Fetches the settings again. */
  reload: () => Promise<void>;
  /** How many changes were saved since the window opened (the "Saved" status). */
  saves: number;
}

export type SettingsState =
  { status: 'loading' } | { status: 'failed'; message: string } | ({ status: 'ready' } & SettingsModel);

export function useSettings(api: PostureApi): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saves, setSaves] = useState(0);

  const reload = useCallback(async () => {
    const result = await api.getSettings();
    if (result.ok) {
      setSettings(result.value);
      setFailure(null);
    } else setFailure(result.error.message);
  }, [api]);

  useEffect(() => {
    let live = true;
    void api.getSettings().then((result) => {
      if (!live) return;
      if (result.ok) setSettings(result.value);
      else setFailure(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const save = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.updateSettings(patch);
      if (!result.ok) return result.error.message;
      setSettings(result.value);
      setSaves((n) => n + 1);
      return null;
    },
    [api],
  );

  const replace = useCallback((next: Settings) => {
    setSettings(next);
    setSaves((n) => n + 1);
  }, []);

  if (settings) return { status: 'ready', settings, save, replace, reload, saves };
  if (failure !== null) return { status: 'failed', message: failure };
  return { status: 'loading' };
}
