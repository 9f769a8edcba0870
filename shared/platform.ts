/**
 * The desktop platforms the app tells apart (menus, notification buttons,
 * autostart): every other OS Node runs on is treated as Linux, whose desktop
 * conventions (XDG, D-Bus) the BSDs share.
 */
export type Platform = 'darwin' | 'win32' | 'linux';

/** The Platform for a Node `process.platform` value. */
export function platformOf(nodePlatform: string): Platform {
  return nodePlatform === 'darwin' || nodePlatform === 'win32' ? nodePlatform : 'linux';
}
