import { useEffect } from 'react';
import type { AppSnapshot } from '@shared/ipc-contract';

export type ThemeSetting = AppSnapshot['theme'];

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
 * Keeps the page's theme in step with the setting, which every snapshot
 * carries: a choice made in Settings shows at once, in every open page.
 */
export function useTheme(snapshot: AppSnapshot | null): void {
  const theme = snapshot?.theme;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
}
