/** Set at build time by electron.vite.config.ts (and vitest.config.ts for tests). */
declare const __APP_VERSION__: string;
