/**
 * `node --import <this file> out/main/index.js` runs the built main bundle
 * with the recording `electron` stand-in in place of the real module (the
 * boot test; the one place such a stand-in is allowed).
 *
 * The stand-in is TypeScript: this first makes sure its bundle for the
 * current sources exists (build-standin.mjs; a hash check, or about a second
 * of vite when the sources changed), then points `electron` at it.
 *
 * Environment:
 *   ELECTRON_STANDIN_RECORD     file that receives one JSON line per call (required)
 *   ELECTRON_STANDIN_USER_DATA  the folder app.getPath('userData') returns (required)
 *   ELECTRON_STANDIN_LOCK       "denied": another instance holds the single-instance lock
 *   ELECTRON_STANDIN_NOTIFICATIONS  "unsupported": Notification.isSupported() is false
 * Commands arrive on stdin as JSON lines; see stdin-commands.ts.
 */
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ensureStandinBuilt } from './build-standin.mjs';

const bundle = await ensureStandinBuilt();
register('./hooks.mjs', import.meta.url, { data: { standinUrl: pathToFileURL(bundle).href } });
