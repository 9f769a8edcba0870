/**
 * Module-customization hooks (node:module register()) that send every import
 * of `electron` (and its `electron/main`, `electron/common` subpaths) to the
 * recording stand-in. Everything else resolves as usual. Runs in Node's
 * loader thread, so it keeps no state.
 */
const STANDIN_URL = new URL('./electron.mjs', import.meta.url).href;
const ELECTRON_SPECIFIERS = new Set(['electron', 'electron/main', 'electron/common']);

export async function resolve(specifier, context, nextResolve) {
  if (ELECTRON_SPECIFIERS.has(specifier)) return { url: STANDIN_URL, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
