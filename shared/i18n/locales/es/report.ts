import type { Strings } from '../en';

/**
 * Spanish strings of the printable report for a therapist. Terms as in the
 * glossary of ./core.ts and ./history.ts (a pain check-in is a "registro de
 * dolor", the target an "objetivo").
 */
export const report: Strings<'report'> = {
  title: 'Informe para tu fisioterapeuta',
  loading: 'Cargando…',
  print: 'Imprimir o guardar como PDF',
  close: 'Cerrar el informe',
  documentTitle: 'Informe de {{app}} del {{from}} al {{to}}',
  heading: 'Informe de movimiento: {{range}}',
  disclaimer:
    'Elaborado por {{app}}; no es un historial médico. Los datos proceden de los recordatorios de la app y de los registros de la propia persona.',
  summaryTitle_one: 'Resumen de la última semana',
  summaryTitle_many: 'Resumen de las últimas {{count, number}} semanas',
  summaryTitle_other: 'Resumen de las últimas {{count, number}} semanas',
  breaksTaken: 'Pausas activas hechas',
  breaksTakenValue: '{{taken, number}} de {{due, number}} ({{percent}})',
  daysAtTarget: 'Días en el objetivo del {{target}}',
  daysAtTargetValue: '{{atTarget, number}} de {{days}}',
  streak: 'Racha actual / mejor',
  streakValue: '{{current}} / {{best}}',
  guidedMovement: 'Movimiento guiado',
  guidedMovementValue: '{{minutes}} en {{days}}',
  bestHour: 'Mejor hora*',
  mostSkippedHour: 'Más pausas omitidas*',
  noteHours_one: '* Las horas abarcan el último día; todo lo demás abarca los {{reportDays, number}} días del informe.',
  noteHours_many:
    '* Las horas abarcan los últimos {{count, number}} días; todo lo demás abarca los {{reportDays, number}} días del informe.',
  noteHours_other:
    '* Las horas abarcan los últimos {{count, number}} días; todo lo demás abarca los {{reportDays, number}} días del informe.',
  noteHoursExercises_one:
    '* Las horas y los ejercicios hechos abarcan el último día; todo lo demás abarca los {{reportDays, number}} días del informe.',
  noteHoursExercises_many:
    '* Las horas y los ejercicios hechos abarcan los últimos {{count, number}} días; todo lo demás abarca los {{reportDays, number}} días del informe.',
  noteHoursExercises_other:
    '* Las horas y los ejercicios hechos abarcan los últimos {{count, number}} días; todo lo demás abarca los {{reportDays, number}} días del informe.',
  weeks: {
    caption: 'Pausas activas por semana',
    week: 'Semana',
    daysAtTarget: 'Días en objetivo',
    minutesMoved: 'Minutos activos',
  },
  pain: {
    title: 'Pausas y dolor',
    caption: 'Registros de dolor ({{days}})',
    none_one: 'Sin registros de dolor esta semana.',
    none_many: 'Sin registros de dolor en estas {{count, number}} semanas.',
    none_other: 'Sin registros de dolor en estas {{count, number}} semanas.',
  },
  movementTitle: 'Movimiento y ejercicios',
};
