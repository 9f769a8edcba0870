import { useEffect, useRef } from 'react';
import type { AppSnapshot, PostureApi } from '@shared/ipc-contract';
import type { Settings } from '@shared/settings-schema';

export type ThemeSetting = Settings['general']['theme'];

/**
 * Puts the theme setting on `<html data-theme>`: "light" or "dark" force
 * that theme whatever the system prefers, "system" (no attribute) follows it.
 * The stylesheet does the rest (`color-scheme` and the `light-dark()` tokens
 * at the top of styles.css). Electron also drives `prefers-color-scheme`
 * through nativeTheme; a plain browser (the web host) has only this.
 */
export function applyTheme(theme: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}

/**
 * Keeps the page's theme in step with the settings: read at start and again
 * whenever the backend pushes a new snapshot (every settings change does),
 * so a choice made in Settings shows at once, in every open page.
 */
export function useThemeSetting(api: PostureApi, snapshot: AppSnapshot | null): void {
  const latestRequest = useRef(0);
  useEffect(() => {
    const request = ++latestRequest.current;
    void api.getSettings().then((result) => {
      // Only the newest answer counts, should replies cross.
      if (result.ok && request === latestRequest.current) applyTheme(result.value.general.theme);
    });
  }, [api, snapshot]);
}
