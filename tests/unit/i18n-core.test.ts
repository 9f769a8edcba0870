import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '@shared/content/exercises';
import { exerciseText, tipText } from '@shared/content/localized';
import { TIPS } from '@shared/content/tips';
import type { Translate } from '@shared/i18n/english';
import { I18N_OPTIONS, resolveLanguage } from '@shared/i18n/languages';
import { type NotificationInput, type NotificationVariant } from '@shared/notification-content';
import { formatLocalDayTime } from '@shared/calendar';
import { buildTrayMenu, buildTrayTooltip, type TrayMenuItem } from '@shared/tray-menu';
import { posixLocales } from '../../electron/os/system-locales';
import { isMarked, NOTIFICATION_VARIANTS, notificationIn, pseudoTranslator } from '../helpers/i18n-fixtures';

describe('resolveLanguage', () => {
  it('takes the setting over the OS', () => {
    expect(resolveLanguage('fr', ['de-DE'])).toBe('fr');
  });
  it.each([
    [['de-DE', 'en-US'], 'de'],
    [['de_AT.UTF-8'], 'de'],
    [['pt-PT'], 'pt-BR'],
    [['pt_BR'], 'pt-BR'],
    [['es-MX'], 'es'],
    [['nl-NL', 'fr-CA'], 'fr'],
    [['ja-JP'], 'en'],
    [[], 'en'],
  ])('finds the first OS language it has: %j → %s', (locales, expected) => {
    expect(resolveLanguage('system', locales)).toBe(expected);
  });
});

describe('posixLocales', () => {
  it('reads LC_ALL, the LANGUAGE list, LC_MESSAGES and LANG in that order, skipping C and POSIX', () => {
    expect(posixLocales({ LC_ALL: '', LANGUAGE: 'de:fr', LC_MESSAGES: 'C', LANG: 'es_ES.UTF-8' }, 'en-US')).toEqual([
      'de',
      'fr',
      'es_ES.UTF-8',
      'en-US',
    ]);
    expect(posixLocales({ LC_ALL: 'POSIX', LANG: 'C.UTF-8' }, 'en-US')).toEqual(['en-US']);
    expect(posixLocales({ LC_ALL: 'pt_BR.UTF-8', LANG: 'de_DE.UTF-8' }, 'en-US')[0]).toBe('pt_BR.UTF-8');
  });
});

describe('builders translate every string they show', () => {
  const t = pseudoTranslator();
  const input = (
    variant: NotificationVariant,
    kind: NotificationInput['kind'],
    extra: Partial<NotificationInput> = {},
  ) => notificationIn(t, variant, kind, extra);

  it.each(NOTIFICATION_VARIANTS)('%s notification for %s', (variant, kind, extra) => {
    const spec = input(variant, kind, extra);
    expect(isMarked(spec.title), spec.title).toBe(true);
    // A movement body may join two sentences, each translated.
    for (const part of spec.body.split(/(?<=⟧) (?=⟦)/)) expect(isMarked(part), spec.body).toBe(true);
    for (const action of spec.actions) expect(isMarked(action.label), action.label).toBe(true);
  });

  it('the tray menu and tooltip', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    const model = {
      now,
      zone: 'UTC',
      status: 'running' as const,
      next: [{ kind: 'movement' as const, at: now + 60_000 }],
      canSnooze: true,
      checkInDue: true,
    };
    const labels = (items: TrayMenuItem[]): string[] =>
      items.flatMap((item) => [...(item.type === 'separator' ? [] : [item.label]), ...labels(item.submenu ?? [])]);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      for (const label of labels(buildTrayMenu(model, platform, t))) expect(isMarked(label), label).toBe(true);
    }
    expect(buildTrayTooltip(model, t)).toMatch(/^⟦.*⟧$/);
  });
});

describe('localized content', () => {
  it('every exercise and tip has text under content.* and falls back to English without a translation', () => {
    const t = pseudoTranslator();
    const english = createInstance();
    void english.init({ ...I18N_OPTIONS, lng: 'en', resources: { en: { translation: {} } }, initAsync: false });
    for (const exercise of EXERCISES) {
      const text = exerciseText(exercise.id, t);
      expect(text?.name).toBe(`⟦${exercise.name}⟧`);
      expect(text?.steps).toEqual(exercise.steps.map((step) => `⟦${step}⟧`));
      // With no resource at all: the catalogue's English, not a key.
      expect(exerciseText(exercise.id, english.t.bind(english) as Translate)?.steps).toEqual([...exercise.steps]);
    }
    for (const tip of TIPS) expect(tipText(tip.id, t)?.title).toBe(`⟦${tip.title}⟧`);
    expect(exerciseText('no-such-exercise', t)).toBeUndefined();
  });
});

describe('formatLocalDayTime', () => {
  it('names another day in the language asked for', () => {
    const now = Date.parse('2026-03-02T09:00:00Z'); // a Monday
    const tomorrow = now + 24 * 3600_000;
    expect(formatLocalDayTime(now + 3600_000, now, 'UTC')).toBe('10:00');
    expect(formatLocalDayTime(tomorrow, now, 'UTC')).toBe('Tue 09:00');
    expect(formatLocalDayTime(tomorrow, now, 'UTC', 'de')).toMatch(/^Di\.? 09:00$/);
    expect(formatLocalDayTime(tomorrow, now, 'UTC', 'fr')).toBe('mar. 09:00');
  });
});
