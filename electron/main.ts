import { runElectronApp } from './adapters/electron-app';

// The Electron entry point. All Electron calls live under adapters/.
runElectronApp();
