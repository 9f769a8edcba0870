import type { Strings } from '../en';

/** Brazilian Portuguese strings of the dashboard. Terms as in the glossary of ./core.ts. */
export const dashboard: Strings<'dashboard'> = {
  title: 'Hoje',
  due: {
    region: 'Pausa ativa pendente',
    title: 'Hora da pausa ativa.',
    body: 'Alguns minutos em pé agora poupam suas costas mais tarde.',
  },
  stats: {
    region: 'Pausas ativas de hoje',
    due: 'previstas',
    taken: 'feitas',
    snoozed: 'adiadas',
    adherence: 'adesão',
  },
  // Labels before the numbers, so "1" and "5" read the same (no "1 feitas").
  summary: 'Pausas feitas: {{taken, number}} de {{due, number}}; adiadas: {{snoozed, number}}.',
  summaryWithMovement:
    'Pausas feitas: {{taken, number}} de {{due, number}}; adiadas: {{snoozed, number}}; {{minutes, number}} min de movimento.',
  next: {
    region: 'Próximos lembretes',
    title: 'A seguir',
    busy: '{{status}} (aguardando: parece que você está usando um app em tela cheia)',
    backToStretch: 'Voltar ao alongamento',
    pauseLabel: 'Pausar lembretes',
    pausePrompt: 'Pausar…',
  },
  sitting: {
    region: 'Tempo na cadeira hoje',
    title: 'Tempo na cadeira hoje',
    current: 'Desde a última pausa',
    longest: 'Período mais longo',
    total: 'No total',
  },
};
