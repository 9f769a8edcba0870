import { ensureStandinBuilt } from './build-standin.mjs';

/**
 * vitest global setup: bundles the electron stand-in once per run, before
 * the boot tests' processes start in parallel (each would otherwise find it
 * missing after a change and build it, see build-standin.mjs). A build that
 * fails is only reported here: the boot tests then fail with the same
 * error, and the other tests still run.
 */
export default async function buildElectronStandin(): Promise<void> {
  try {
    await ensureStandinBuilt();
  } catch (error) {
    console.error('[electron stand-in] could not be bundled; the boot tests will fail:', error);
  }
}
