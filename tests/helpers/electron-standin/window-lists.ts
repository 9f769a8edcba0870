/**
 * The stand-in's windows, shared by BrowserWindow (which fills them), app's
 * quit sequence (which closes the open ones) and the stdin commands. Kept
 * apart so that app.ts need not import browser-window.ts, which imports it.
 */
import type { FakeBrowserWindow } from './browser-window';

/** Windows not yet closed or destroyed, oldest first (BrowserWindow.getAllWindows()). */
export const openWindows: FakeBrowserWindow[] = [];

/** Every window ever created, in creation order: what `close-window` indexes. */
export const createdWindows: FakeBrowserWindow[] = [];
