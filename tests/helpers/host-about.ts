import type { HostAbout } from '../../electron/core/app-service';

/** The host facts AppService wants, for tests that do not look at the About section. */
export function testHostDeps(dataDir: string): { about: HostAbout; openPath: (folder: string) => Promise<void> } {
  return {
    about: {
      appVersion: '0.0.0-test',
      electronVersion: null,
      chromeVersion: null,
      dataDir,
      logFile: null,
      idleSource: 'test',
      busyDetection: 'test',
    },
    openPath: async () => {},
  };
}
