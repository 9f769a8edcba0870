// The Chromium that every browser test and benchmark here drives: Debian's
// (these machines download no Playwright browser), with the flags that keep
// it quiet and offline. playwright.config.ts and tests/bench/browser.mjs both
// launch it from here; plain JavaScript so the benchmarks run on bare Node.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
