/**
 * Which permission requests a page gets, as a pure decision so it is tested
 * without Electron (electron-app.ts installs it as the session's handlers).
 * Everything is denied except writing the clipboard ("Copy diagnostics") and,
 * only while the user has posture sensing on, the camera: video alone (never
 * the microphone), and only for the app's own pages.
 */
export interface PermissionAsk {
  permission: string;
  /** The page asking, e.g. app://renderer/index.html. */
  requestingUrl: string | undefined;
  /** For "media": what the page asks for ("video", "audio"); a check names one, as mediaType. */
  mediaTypes: readonly string[];
}

const ALWAYS_ALLOWED = new Set(['clipboard-sanitized-write']);
const OWN_PAGES = 'app://renderer/';

export function allowPermission(ask: PermissionAsk, sensingOn: boolean): boolean {
  if (ALWAYS_ALLOWED.has(ask.permission)) return true;
  if (ask.permission !== 'media' || !sensingOn) return false;
  const ownPage = ask.requestingUrl?.startsWith(OWN_PAGES) ?? false;
  return ownPage && ask.mediaTypes.length > 0 && ask.mediaTypes.every((type) => type === 'video');
}
