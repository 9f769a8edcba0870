import { describe, expect, it } from 'vitest';
import { allowPermission } from '../../electron/electron-host/permissions';

const OWN = 'app://renderer/index.html';

describe('the Electron permission decision', () => {
  it('denies everything but the clipboard while posture sensing is off', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(allowPermission({ permission, requestingUrl: OWN, mediaTypes: ['video'] }, false)).toBe(false);
    }
    expect(
      allowPermission({ permission: 'clipboard-sanitized-write', requestingUrl: OWN, mediaTypes: [] }, false),
    ).toBe(true);
  });

  it('allows the camera alone, for our own pages, while sensing is on', () => {
    const ask = (requestingUrl: string | undefined, mediaTypes: string[]) =>
      allowPermission({ permission: 'media', requestingUrl, mediaTypes }, true);
    expect(ask(OWN, ['video'])).toBe(true);
    expect(ask(OWN, ['audio'])).toBe(false);
    expect(ask(OWN, ['video', 'audio'])).toBe(false);
    expect(ask(OWN, [])).toBe(false);
    expect(ask('https://example.com/', ['video'])).toBe(false);
    expect(ask('app://renderer.evil/', ['video'])).toBe(false);
    expect(ask(undefined, ['video'])).toBe(false);
    expect(allowPermission({ permission: 'geolocation', requestingUrl: OWN, mediaTypes: [] }, true)).toBe(false);
  });
});
