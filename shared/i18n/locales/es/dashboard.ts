import type { Strings } from '../en';

/** Spanish strings of the dashboard. Terms as in the glossary of ./core.ts. */
export const dashboard: Strings<'dashboard'> = {
  title: 'Hoy',
  due: {
    region: 'Pausa activa pendiente',
    title: 'Es hora de una pausa activa.',
    body: 'Unos minutos de pie ahora le ahorran dolores a tu espalda más adelante.',
  },
  stats: {
    region: 'Pausas activas de hoy',
    due: 'previstas',
    taken: 'hechas',
    snoozed: 'pospuestas',
    adherence: 'cumplimiento',
  },
  // Labels before the numbers, so "1" and "5" read the same (no "1 hechas").
  summary: 'Pausas hechas: {{taken, number}} de {{due, number}}; pospuestas: {{snoozed, number}}.',
  summaryWithMovement:
    'Pausas hechas: {{taken, number}} de {{due, number}}; pospuestas: {{snoozed, number}}; {{minutes, number}} min de movimiento.',
  next: {
    region: 'Próximos recordatorios',
    title: 'A continuación',
    busy: '{{status}} (en espera: parece que tienes una app a pantalla completa)',
    backToStretch: 'Volver al estiramiento',
    pauseLabel: 'Pausar recordatorios',
    pausePrompt: 'Pausar…',
  },
  sitting: {
    region: 'Tiempo en la silla hoy',
    title: 'Tiempo en la silla hoy',
    current: 'Desde tu última pausa',
    longest: 'Periodo más largo',
    total: 'En total',
  },
};
