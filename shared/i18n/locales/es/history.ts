import type { Strings } from '../en';

/**
 * Spanish strings of the dashboard's history: the charts, their summaries and
 * tables, today's ring and timeline, the range switch and the exports. Terms
 * as in the glossary of ./core.ts; a pain check-in is a "registro de dolor",
 * the target an "objetivo". Percentages take a space before the sign ("80 %"),
 * as Intl and the RAE write them.
 */
export const history: Strings<'history'> = {
  title: 'Tu historial',
  loading: 'Cargando tu historial…',
  loadingChart: 'Cargando el gráfico…',
  loadError: 'No se pudo cargar tu historial: {{error}}',
  noValue: '–',
  percent: '{{value, number}}\u00a0%',
  durationMinutes: '{{minutes, number}} min',
  durationHoursMinutes: '{{hours, number}} h {{minutes, number}} min',
  hourRange: '{{from}}–{{to}}',
  dateRange: '{{from}} – {{to}}',
  days_one: '{{count, number}} día',
  days_many: '{{count, number}} días',
  days_other: '{{count, number}} días',
  times_one: '{{count, number}} vez',
  times_many: '{{count, number}} veces',
  times_other: '{{count, number}} veces',
  yes: 'sí',
  no: 'no',
  showAsTable: 'Ver como tabla',
  columns: {
    date: 'Fecha',
    due: 'Previstas',
    taken: 'Hechas',
    takenPercent: 'Hechas (%)',
    worstPain: 'Dolor máximo (0–10)',
    flareUp: 'Crisis de dolor',
    minutes: 'Minutos',
    exercise: 'Ejercicio',
    timesDone: 'Veces',
    month: 'Mes',
  },
  range: {
    legend: 'Mostrar los últimos',
  },
  highlights: {
    currentStreak: 'Racha actual',
    bestStreak: 'Mejor racha',
    bestHour: 'Mejor hora',
    mostSkippedHour: 'Más pausas omitidas',
    streakNote:
      'Una racha cuenta los días que alcanzan o superan tu objetivo del {{target}}; los días sin nada previsto no la rompen.',
  },
  ring: {
    title: 'Pausas de hoy',
    titleTaken: 'Hechas el {{percent}} de las pausas de hoy',
    nothingDue: 'Todavía no hay nada previsto hoy.',
    taken_one: '{{taken, number}} de {{count, number}} pausa activa hecha.',
    taken_many: '{{taken, number}} de {{count, number}} pausas activas hechas.',
    taken_other: '{{taken, number}} de {{count, number}} pausas activas hechas.',
    fraction: '{{taken, number}}/{{due, number}}',
    centre: 'hechas',
    longestSitting: 'Periodo más largo en la silla: {{duration}}',
  },
  timeline: {
    title: 'Recordatorios de hoy',
    empty: 'Todavía no hay recordatorios hoy.',
    // Labels before the counts, so "1" and "3" read the same (no "1 pospuestos").
    summary:
      'Hoy hasta ahora: {{reminders}} y {{breaks}}; pospuestos: {{snoozed, number}}; omitidos: {{skipped, number}}.',
    reminders_one: '{{count, number}} recordatorio',
    reminders_many: '{{count, number}} recordatorios',
    reminders_other: '{{count, number}} recordatorios',
    breaks_one: '{{count, number}} pausa hecha',
    breaks_many: '{{count, number}} pausas hechas',
    breaks_other: '{{count, number}} pausas hechas',
    outcomes: {
      reminded: 'Aviso',
      started: 'Iniciada',
      taken: 'Hecha',
      natural: 'Pausa natural',
      snoozed: 'Pospuesta',
      skipped: 'Omitida',
      deferred: 'En espera',
    },
  },
  adherence: {
    title: 'Pausas hechas y dolor',
    empty_one: 'Hoy: todavía no hubo pausas previstas, así que no hay nada que mostrar.',
    empty_many: 'Últimos {{count, number}} días: todavía no hubo pausas previstas, así que no hay nada que mostrar.',
    empty_other: 'Últimos {{count, number}} días: todavía no hubo pausas previstas, así que no hay nada que mostrar.',
    summary_one:
      'Hoy: hechas el {{percent}} de las pausas ({{taken, number}} de {{due, number}}), {{daysAtTarget, number}} de {{activeDays}} en tu objetivo del {{target}} o por encima; {{pain}}.',
    summary_many:
      'Últimos {{count, number}} días: hechas el {{percent}} de las pausas ({{taken, number}} de {{due, number}}), {{daysAtTarget, number}} de {{activeDays}} en tu objetivo del {{target}} o por encima; {{pain}}.',
    summary_other:
      'Últimos {{count, number}} días: hechas el {{percent}} de las pausas ({{taken, number}} de {{due, number}}), {{daysAtTarget, number}} de {{activeDays}} en tu objetivo del {{target}} o por encima; {{pain}}.',
    painNone: 'sin registros de dolor',
    pain_one: 'dolor {{min, number}}–{{max, number}} de 10 en {{count, number}} registro',
    pain_many: 'dolor {{min, number}}–{{max, number}} de 10 en {{count, number}} registros',
    pain_other: 'dolor {{min, number}}–{{max, number}} de 10 en {{count, number}} registros',
    painWithFlareUps_one: 'dolor {{min, number}}–{{max, number}} de 10 en {{count, number}} registro, con {{flareUps}}',
    painWithFlareUps_many:
      'dolor {{min, number}}–{{max, number}} de 10 en {{count, number}} registros, con {{flareUps}}',
    painWithFlareUps_other:
      'dolor {{min, number}}–{{max, number}} de 10 en {{count, number}} registros, con {{flareUps}}',
    flareUps_one: '{{count, number}} crisis de dolor',
    flareUps_many: '{{count, number}} crisis de dolor',
    flareUps_other: '{{count, number}} crisis de dolor',
    legendTaken: 'Pausas hechas (% de las previstas)',
    legendTarget: 'Objetivo {{target}}',
    legendPain: 'Dolor máximo (0–10)',
    flareUp: 'Crisis de dolor',
    caption: 'Pausas hechas por día, con registros de dolor (objetivo {{target}})',
    painAxis: 'dolor (0–10)',
    tooltipTaken: '{{taken, number}} de {{due, number}} hechas ({{percent}})',
    tooltipNothingDue: 'Nada previsto',
    tooltipPain: 'Dolor máximo {{pain, number}}/10',
  },
  minutes: {
    title: 'Minutos de movimiento',
    empty_one: 'Hoy: todavía sin movimiento guiado.',
    empty_many: 'Últimos {{count, number}} días: todavía sin movimiento guiado.',
    empty_other: 'Últimos {{count, number}} días: todavía sin movimiento guiado.',
    summary_one: 'Hoy: {{minutes}} de movimiento guiado en {{days}}, la mayor parte el {{best}} ({{bestMinutes}}).',
    summary_many:
      'Últimos {{count, number}} días: {{minutes}} de movimiento guiado en {{days}}, la mayor parte el {{best}} ({{bestMinutes}}).',
    summary_other:
      'Últimos {{count, number}} días: {{minutes}} de movimiento guiado en {{days}}, la mayor parte el {{best}} ({{bestMinutes}}).',
    caption: 'Minutos de movimiento guiado por día',
    axis: 'minutos',
    tooltip: '{{minutes, number}} min de movimiento',
  },
  exercises: {
    title: 'Ejercicios hechos',
    empty_one: 'Hoy: todavía no hay ejercicios hechos.',
    empty_many: 'Últimos {{count, number}} días: todavía no hay ejercicios hechos.',
    empty_other: 'Últimos {{count, number}} días: todavía no hay ejercicios hechos.',
    summary_one: 'Hoy: {{different}}, {{times}} en total; el más frecuente, {{top}} ({{topTimes}}).',
    summary_many:
      'Últimos {{count, number}} días: {{different}}, {{times}} en total; el más frecuente, {{top}} ({{topTimes}}).',
    summary_other:
      'Últimos {{count, number}} días: {{different}}, {{times}} en total; el más frecuente, {{top}} ({{topTimes}}).',
    different_one: '{{count, number}} ejercicio distinto',
    different_many: '{{count, number}} ejercicios distintos',
    different_other: '{{count, number}} ejercicios distintos',
    caption: 'Ejercicios hechos, de más a menos frecuente',
  },
  year: {
    title: 'Los últimos 12 meses',
    empty: 'Últimos 12 meses: todavía no hubo pausas previstas.',
    summary_one:
      'Últimos 12 meses: hubo pausas previstas en {{count, number}} día; alcanzaste tu objetivo del {{target}} en {{atTarget, number}} de ellos.',
    summary_many:
      'Últimos 12 meses: hubo pausas previstas en {{count, number}} días; alcanzaste tu objetivo del {{target}} en {{atTarget, number}} de ellos.',
    summary_other:
      'Últimos 12 meses: hubo pausas previstas en {{count, number}} días; alcanzaste tu objetivo del {{target}} en {{atTarget, number}} de ellos.',
    caption: 'Porcentaje de pausas hechas cada día de los últimos 12 meses (– cuando no había nada previsto)',
    calendar: 'Calendario de los últimos 12 meses, una celda por día',
    cell: '{{date}}: {{percent}}',
    cellNothingDue: '{{date}}: nada previsto',
    nothingDue: 'nada previsto',
    step: '{{from, number}}–{{to, number}}\u00a0%',
  },
  export: {
    title: 'Tus datos',
    note: 'Todo se queda en este equipo. Expórtalo para una hoja de cálculo o comparte un informe.',
    daily: 'Descargar estadísticas diarias (CSV)',
    events: 'Descargar todos los eventos (CSV)',
    dailyFile: 'posture-breaks-diario-{{date}}.csv',
    eventsFile: 'posture-breaks-eventos-{{date}}.csv',
    downloaded: 'Descargado: {{filename}}.',
    failed: 'La exportación falló: {{error}}',
    report: 'Informe para mi fisioterapeuta',
  },
};
