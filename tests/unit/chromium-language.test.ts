import { describe, expect, it } from 'vitest';
import { chromiumLanguage } from '../../electron/electron-host/chromium-language';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';

const withLanguage = (language: unknown) =>
  JSON.stringify({ ...DEFAULT_SETTINGS, general: { ...DEFAULT_SETTINGS.general, language } });

describe("Chromium's --lang from the settings file", () => {
  it('is the chosen language as Intl writes it, English as British English', () => {
    expect(chromiumLanguage(withLanguage('fr'))).toBe('fr');
    expect(chromiumLanguage(withLanguage('pt-BR'))).toBe('pt-BR');
    expect(chromiumLanguage(withLanguage('en'))).toBe('en-GB');
  });

  it("is none (the system's locale) for 'follow the system', no file, a bad file or an unknown language", () => {
    expect(DEFAULT_SETTINGS.general.language).toBe('system');
    expect(chromiumLanguage(JSON.stringify(DEFAULT_SETTINGS))).toBeNull();
    expect(chromiumLanguage(null)).toBeNull();
    for (const text of ['', '{ not json', 'null', '[]', '"fr"', '{"general": "fr"}', '{"general": null}']) {
      expect(chromiumLanguage(text), text).toBeNull();
    }
    for (const language of ['xx', 'FR', 42, null, { fr: true }]) {
      expect(chromiumLanguage(withLanguage(language)), JSON.stringify(language)).toBeNull();
    }
  });
});
