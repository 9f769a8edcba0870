import { createInstance } from 'i18next';
import type { Translate } from '@shared/i18n/english';
import { I18N_OPTIONS } from '@shared/i18n/languages';
import { en } from '@shared/i18n/locales/en';
import { buildNotification, type NotificationInput, type NotificationVariant } from '@shared/notification-content';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';

function mark(value: unknown): unknown {
  if (typeof value === 'string') return `⟦${value}⟧`;
  if (Array.isArray(value)) return value.map(mark);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v)]));
  }
  return value;
}

/**
 * A pseudo-locale: English with every string marked "⟦…⟧", placeholders
 * intact. Whatever a builder shows without the mark did not go through t.
 */
export function pseudoTranslator(): Translate {
  const instance = createInstance();
  void instance.init({
    ...I18N_OPTIONS,
    lng: 'xx',
    fallbackLng: false,
    resources: { xx: { translation: mark(en) as Record<string, unknown> } },
    initAsync: false,
  });
  return instance.t.bind(instance);
}

/** Wholly marked; values put into a marked sentence (a duration) are marked inside it. */
export const isMarked = (text: string) => /^⟦.*⟧$/s.test(text);

/** A notification of `kind` and `variant` in `t`'s language, with the default settings and every action allowed. */
export function notificationIn(
  t: Translate,
  variant: NotificationVariant,
  kind: NotificationInput['kind'],
  extra: Partial<NotificationInput> = {},
) {
  return buildNotification({
    id: 'n',
    kind,
    variant,
    breakId: 'b',
    at: 0,
    settings: { ...DEFAULT_SETTINGS, sitting: { dailyLimitMinutes: 480 } },
    canSnooze: true,
    canSkip: true,
    t,
    ...extra,
  });
}

/** One notification of each kind and variant, with the detail its text needs: [variant, kind, extra]. */
export const NOTIFICATION_VARIANTS = [
  ['reminder', 'movement', { detail: { exerciseId: 'seated-cat-cow' } }],
  ['catch-up', 'movement', {}],
  ['reminder', 'posture', { detail: { postureCue: 3 } }],
  ['catch-up', 'posture', {}],
  ['micro-move', 'posture', { detail: { microMove: 1 } }],
  ['stand', 'posture', {}],
  ['move', 'posture', {}],
  ['sit', 'posture', { detail: { postureCue: 0 } }],
  ['pre-break', 'movement', {}],
  ['reminder', 'home-program', { minutes: 20 }],
  ['catch-up', 'walk', { minutes: 10 }],
  ['limit', 'sitting', {}],
  ['reminder', 'sitting', {}],
] as const satisfies readonly (readonly [NotificationVariant, NotificationInput['kind'], Partial<NotificationInput>])[];
