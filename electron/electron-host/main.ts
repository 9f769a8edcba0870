import { runElectronApp } from './electron-app';

// The Electron entry point. All Electron calls live under adapters/.
runElectronApp();
