import { describe, expect, it } from 'vitest';
import { describeDose, describeTargets, exerciseById, startingDose } from '@shared/content/exercises';
import { exerciseText, tipText } from '@shared/content/localized';
import { translator } from '@shared/i18n/i18n';
import { buildNotification, formatMinutes, type NotificationInput } from '@shared/notification-content';
import { DEFAULT_SETTINGS } from '@shared/settings-schema';
import { buildTrayMenu, buildTrayTooltip, findTrayItem, type TrayModelInput } from '@shared/tray-menu';

/**
 * The shared builders in Spanish and Brazilian Portuguese, read as a user
 * would see them: whole sentences from the translated resources, the
 * exercise name from the translated catalogue, plurals by Intl.PluralRules.
 */
const es = translator('es');
const pt = translator('pt-BR');

const movementReminder = (t: NotificationInput['t']) =>
  buildNotification({
    id: 'n',
    kind: 'movement',
    variant: 'reminder',
    breakId: 'b',
    at: 0,
    settings: DEFAULT_SETTINGS, // a 3-minute break, snooze 10 min
    canSnooze: true,
    canSkip: true,
    detail: { exerciseId: 'seated-cat-cow' },
    t,
  });

describe('a movement-break notification', () => {
  it('in Spanish', () => {
    const spec = movementReminder(es);
    expect(spec.title).toBe('Hora de una pausa activa');
    expect(spec.body).toBe('Levántate y estira durante 3 minutos. Ejercicio de hoy: Gato-vaca en la silla.');
    expect(spec.actions.map((a) => a.label)).toEqual(['Empezar a estirar', 'Posponer 10 min', 'Omitir']);
  });

  it('in Brazilian Portuguese', () => {
    const spec = movementReminder(pt);
    expect(spec.title).toBe('Hora da pausa ativa');
    expect(spec.body).toBe('Levante-se e alongue-se por 3 minutos. Exercício de hoje: Gato-vaca na cadeira.');
    expect(spec.actions.map((a) => a.label)).toEqual(['Começar alongamento', 'Adiar 10 min', 'Pular']);
  });
});

describe('durations, doses and body areas', () => {
  it('join hours and minutes the language’s way, with plurals from Intl.PluralRules', () => {
    expect(formatMinutes(90 * 60, es)).toBe('1 hora y 30 min');
    expect(formatMinutes(90 * 60, pt)).toBe('1 hora e 30 min');
    expect(formatMinutes(1, es)).toBe('1 segundo');
    expect(formatMinutes(45, pt)).toBe('45 segundos');
    // "many" (a million and up) is a plural category of its own in both.
    expect(es('duration.minutes', { count: 1_000_000 })).toBe('1000000 minutos');
    expect(pt('duration.minutes', { count: 1_000_000 })).toBe('1000000 minutos');
  });

  it('describe a dose', () => {
    const figureFour = startingDose(exerciseById('seated-figure-four')!.dose); // 1 × per side, hold 20 s
    const squeeze = startingDose(exerciseById('shoulder-blade-squeeze')!.dose); // 10 reps, hold 5 s
    expect(describeDose(figureFour, es)).toBe('1 vez por lado, mantén 20 s');
    expect(describeDose(squeeze, es)).toBe('10 repeticiones, mantén 5 s cada una');
    expect(describeDose(figureFour, pt)).toBe('1 vez de cada lado, mantenha 20 s');
    expect(describeDose(squeeze, pt)).toBe('10 repetições, mantenha 5 s em cada uma');
  });

  it('list body areas with Intl.ListFormat', () => {
    expect(describeTargets(['low-back', 'hips', 'core'], es, 'es')).toBe('Zona lumbar, caderas y abdomen');
    expect(describeTargets(['low-back', 'hips', 'core'], pt, 'pt-BR')).toBe('Lombar, quadris e abdômen');
  });
});

describe('the tray', () => {
  const now = Date.parse('2026-03-02T09:00:00Z');
  const model: TrayModelInput = {
    now,
    zone: 'UTC',
    status: 'running',
    next: [{ kind: 'movement', at: now + 60_000 }],
    canSnooze: true,
  };

  it('speaks Spanish', () => {
    const menu = buildTrayMenu({ ...model, language: 'es' }, 'linux', es);
    expect(findTrayItem(menu, 'status')?.label).toBe('Próximo estiramiento en 1 min');
    expect(findTrayItem(menu, 'next-movement')?.label).toBe('Pausa activa: 09:01');
    expect(findTrayItem(menu, 'snooze-5')?.label).toBe('5 minutos');
    expect(findTrayItem(menu, 'settings')?.label).toBe('Preferencias');
    expect(buildTrayTooltip(model, es)).toBe('Posture Breaks: Próximo estiramiento en 1 min');
  });

  it('speaks Brazilian Portuguese', () => {
    const menu = buildTrayMenu({ ...model, language: 'pt-BR' }, 'darwin', pt);
    expect(findTrayItem(menu, 'start-now')?.label).toBe('Alongar agora');
    expect(findTrayItem(menu, 'pause-tomorrow')?.label).toBe('Até amanhã');
    expect(findTrayItem(menu, 'quit')?.label).toBe('Encerrar Posture Breaks');
  });
});

describe('content', () => {
  it('comes from the translation, with the catalogue’s structure', () => {
    expect(exerciseText('bird-dog', pt)?.name).toBe('Perdigueiro');
    expect(exerciseText('plank', es)?.steps).toHaveLength(exerciseById('plank')!.steps.length);
    expect(tipText('talk-to-a-doctor', es)?.title).toBe('Cuándo hablar con tu médico');
  });
});
