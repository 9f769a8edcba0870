/** `shell` and `dialog`: recorded, and answered as if the user did nothing. */
import type { Electron } from './electron-types';
import { recordCall } from './recorder';

/** What electron/electron-host/ (openExternal, openPath) and electron-store (openPath) use of `shell`. */
type ShellUses = 'openExternal' | 'openPath';

export const shell = {
  openExternal(url: string, options?: Electron.OpenExternalOptions): Promise<void> {
    recordCall('shell.openExternal', null, options === undefined ? [url] : [url, options]);
    return Promise.resolve();
  },
  openPath(path: string): Promise<string> {
    recordCall('shell.openPath', null, [path]);
    return Promise.resolve('');
  },
  showItemInFolder(fullPath: string): void {
    recordCall('shell.showItemInFolder', null, [fullPath]);
  },
  beep(): void {
    recordCall('shell.beep', null, []);
  },
} satisfies Pick<Electron.Shell, ShellUses | 'showItemInFolder' | 'beep'>;

type MessageBoxArgs = [Electron.BaseWindow | Electron.MessageBoxOptions, Electron.MessageBoxOptions?];
type MessageBoxSyncArgs = [Electron.BaseWindow | Electron.MessageBoxSyncOptions, Electron.MessageBoxSyncOptions?];

/** Not used by the app today; faked so that a stray error box is recorded rather than a crash. */
export const dialog = {
  showErrorBox(title: string, content: string): void {
    recordCall('dialog.showErrorBox', null, [title, content]);
  },
  showMessageBox(...args: MessageBoxArgs): Promise<Electron.MessageBoxReturnValue> {
    recordCall('dialog.showMessageBox', null, args);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showMessageBoxSync(...args: MessageBoxSyncArgs): number {
    recordCall('dialog.showMessageBoxSync', null, args);
    return 0;
  },
} satisfies Pick<Electron.Dialog, 'showErrorBox' | 'showMessageBox' | 'showMessageBoxSync'>;
