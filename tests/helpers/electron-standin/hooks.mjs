/**
 * Module-customization hooks (node:module register()) that send every import
 * of `electron` (and its `electron/electron-host/main`, `electron/common` subpaths) to the
 * recording stand-in, bundled from TypeScript by register.mjs
 * (build-standin.mjs). Everything else resolves as usual. Runs in Node's
 * loader thread, so it keeps no state beyond the bundle's URL.
 */
const ELECTRON_SPECIFIERS = new Set(['electron', 'electron/electron-host/main', 'electron/common']);

/** @type {string | undefined} */
let standinUrl;

/** @param {{ standinUrl: string }} data what register.mjs passes */
export async function initialize(data) {
  standinUrl = data.standinUrl;
}

export async function resolve(specifier, context, nextResolve) {
  if (ELECTRON_SPECIFIERS.has(specifier)) {
    if (!standinUrl) throw new Error('electron stand-in: hooks.mjs must be registered by register.mjs');
    return { url: standinUrl, format: 'module', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
