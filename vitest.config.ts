import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Calendar maths in tests runs in UTC unless a test sets its own zone; the
// forked workers inherit this.
process.env.TZ = 'UTC';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    pool: 'forks',
    // The boot tests' electron stand-in is TypeScript: bundled once per run, if its sources changed.
    globalSetup: ['tests/helpers/electron-standin/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest-results.json' }]],
  },
});
