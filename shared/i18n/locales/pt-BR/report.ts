import type { Strings } from '../en';

/**
 * Brazilian Portuguese strings of the printable report for a therapist. Terms
 * as in the glossary of ./core.ts and ./history.ts (a pain check-in is a
 * "registro de dor", the target a "meta").
 */
export const report: Strings<'report'> = {
  title: 'Relatório para seu fisioterapeuta',
  loading: 'Carregando…',
  print: 'Imprimir ou salvar como PDF',
  close: 'Fechar o relatório',
  documentTitle: 'Relatório do {{app}} de {{from}} a {{to}}',
  heading: 'Relatório de movimento: {{range}}',
  disclaimer:
    'Gerado pelo {{app}}; não é um prontuário médico. Os números vêm dos lembretes do app e dos registros feitos pela própria pessoa.',
  summaryTitle_one: 'Resumo da última semana',
  summaryTitle_many: 'Resumo das últimas {{count, number}} semanas',
  summaryTitle_other: 'Resumo das últimas {{count, number}} semanas',
  breaksTaken: 'Pausas ativas feitas',
  breaksTakenValue: '{{taken, number}} de {{due, number}} ({{percent}})',
  daysAtTarget: 'Dias na meta de {{target}}',
  daysAtTargetValue: '{{atTarget, number}} de {{days}}',
  streak: 'Sequência atual / melhor',
  streakValue: '{{current}} / {{best}}',
  guidedMovement: 'Movimento guiado',
  guidedMovementValue: '{{minutes}} em {{days}}',
  bestHour: 'Melhor horário*',
  mostSkippedHour: 'Mais pausas puladas*',
  noteHours_one: '* Os horários cobrem o último dia; todo o resto cobre os {{reportDays, number}} dias do relatório.',
  noteHours_many:
    '* Os horários cobrem os últimos {{count, number}} dias; todo o resto cobre os {{reportDays, number}} dias do relatório.',
  noteHours_other:
    '* Os horários cobrem os últimos {{count, number}} dias; todo o resto cobre os {{reportDays, number}} dias do relatório.',
  noteHoursExercises_one:
    '* Os horários e os exercícios feitos cobrem o último dia; todo o resto cobre os {{reportDays, number}} dias do relatório.',
  noteHoursExercises_many:
    '* Os horários e os exercícios feitos cobrem os últimos {{count, number}} dias; todo o resto cobre os {{reportDays, number}} dias do relatório.',
  noteHoursExercises_other:
    '* Os horários e os exercícios feitos cobrem os últimos {{count, number}} dias; todo o resto cobre os {{reportDays, number}} dias do relatório.',
  weeks: {
    caption: 'Pausas ativas por semana',
    week: 'Semana',
    daysAtTarget: 'Dias na meta',
    minutesMoved: 'Minutos ativos',
  },
  pain: {
    title: 'Pausas e dor',
    caption: 'Registros de dor ({{days}})',
    none_one: 'Nenhum registro de dor nesta semana.',
    none_many: 'Nenhum registro de dor nestas {{count, number}} semanas.',
    none_other: 'Nenhum registro de dor nestas {{count, number}} semanas.',
  },
  movementTitle: 'Movimento e exercícios',
};
