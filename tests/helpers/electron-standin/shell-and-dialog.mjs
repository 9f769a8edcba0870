/** `shell` and `dialog`: recorded, and answered as if the user did nothing. */
import { recordCall } from './recorder.mjs';

export const shell = {
  openExternal(url, options) {
    recordCall('shell.openExternal', null, options === undefined ? [url] : [url, options]);
    return Promise.resolve();
  },
  openPath(filePath) {
    recordCall('shell.openPath', null, [filePath]);
    return Promise.resolve('');
  },
  showItemInFolder(filePath) {
    recordCall('shell.showItemInFolder', null, [filePath]);
  },
  beep() {
    recordCall('shell.beep', null, []);
  },
};

export const dialog = {
  showErrorBox(title, content) {
    recordCall('dialog.showErrorBox', null, [title, content]);
  },
  showMessageBox(...args) {
    recordCall('dialog.showMessageBox', null, args);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  showMessageBoxSync(...args) {
    recordCall('dialog.showMessageBoxSync', null, args);
    return 0;
  },
};
