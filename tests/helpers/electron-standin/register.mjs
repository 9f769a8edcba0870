/**
 * `node --import <this file> out/main/index.js` runs the built main bundle
 * with the recording `electron` stand-in in place of the real module (the
 * boot test of DESIGN section 7; the one place such a stand-in is allowed).
 *
 * Environment:
 *   ELECTRON_STANDIN_RECORD     file that receives one JSON line per call (required)
 *   ELECTRON_STANDIN_USER_DATA  the folder app.getPath('userData') returns (required)
 * Commands arrive on stdin as JSON lines; see stdin-commands.mjs.
 */
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
