/**
 * The stand-in's windows, shared by BrowserWindow (which fills them), app's
 * quit sequence (which closes the open ones) and the stdin commands. Kept
 * apart so that app.mjs need not import browser-window.mjs, which imports it.
 */

/** Windows not yet closed or destroyed, oldest first (BrowserWindow.getAllWindows()). */
export const openWindows = [];

/** Every window ever created, in creation order: what `close-window` indexes. */
export const createdWindows = [];
