/** The bundled stand-in for the current sources, built first if needed (see build-standin.mjs). */
export function ensureStandinBuilt(): Promise<string>;
