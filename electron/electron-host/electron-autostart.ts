import * as path from 'node:path';
import { app } from 'electron';
import type { Autostart } from '../core/ports';
import { XdgAutostart } from '../os/autostart';

/** Login items on macOS and Windows; an XDG autostart entry on Linux. */
export function createElectronAutostart(platform: NodeJS.Platform): Autostart {
  if (platform === 'linux') {
    // An AppImage runs from a temporary mount: start the AppImage file itself.
    const executable = process.env.APPIMAGE ?? process.execPath;
    const command = app.isPackaged ? [executable] : [executable, path.resolve(app.getAppPath())];
    return new XdgAutostart(command);
  }
  return {
    description: platform === 'darwin' ? 'macOS login item' : 'Windows login item (Run key)',
    isEnabled: () => app.getLoginItemSettings().openAtLogin,
    setEnabled: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
  };
}
