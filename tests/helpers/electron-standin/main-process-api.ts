/**
 * The main-process API of the stand-in, one module per part: what
 * electron.ts exports by name and, as a whole, as `electron`'s default.
 */
export { app } from './app';
export { BrowserWindow } from './browser-window';
export { ipcMain } from './ipc-main';
export { nativeTheme } from './native-theme';
export { Notification } from './notification';
export { powerMonitor } from './power-monitor';
export { protocol } from './protocol';
export { session } from './session';
export { dialog, shell } from './shell-and-dialog';
export { Menu, nativeImage, Tray } from './tray-and-menu';
