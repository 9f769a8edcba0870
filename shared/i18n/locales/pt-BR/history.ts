import type { Strings } from '../en';

/**
 * Brazilian Portuguese strings of the dashboard's history: the charts, their
 * summaries and tables, today's ring and timeline, the range switch and the
 * exports. Terms as in the glossary of ./core.ts; a pain check-in is a
 * "registro de dor", the target a "meta". Percentages as Intl writes them for
 * pt-BR ("80%", no space).
 */
export const history: Strings<'history'> = {
  title: 'Seu histórico',
  loading: 'Carregando seu histórico…',
  loadingChart: 'Carregando o gráfico…',
  loadError: 'Não foi possível carregar seu histórico: {{error}}',
  noValue: '–',
  percent: '{{value, number}}%',
  durationMinutes: '{{minutes, number}} min',
  durationHoursMinutes: '{{hours, number}} h {{minutes, number}} min',
  hourRange: '{{from}}–{{to}}',
  dateRange: '{{from}} – {{to}}',
  days_one: '{{count, number}} dia',
  days_many: '{{count, number}} dias',
  days_other: '{{count, number}} dias',
  times_one: '{{count, number}} vez',
  times_many: '{{count, number}} vezes',
  times_other: '{{count, number}} vezes',
  yes: 'sim',
  no: 'não',
  showAsTable: 'Ver como tabela',
  columns: {
    date: 'Data',
    due: 'Previstas',
    taken: 'Feitas',
    takenPercent: 'Feitas (%)',
    worstPain: 'Dor máxima (0–10)',
    flareUp: 'Crise de dor',
    minutes: 'Minutos',
    exercise: 'Exercício',
    timesDone: 'Vezes',
    month: 'Mês',
  },
  range: {
    legend: 'Mostrar os últimos',
  },
  highlights: {
    currentStreak: 'Sequência atual',
    bestStreak: 'Melhor sequência',
    bestHour: 'Melhor horário',
    mostSkippedHour: 'Mais pausas puladas',
    streakNote:
      'Uma sequência conta os dias na sua meta de {{target}} ou acima; dias sem nada previsto não a interrompem.',
  },
  ring: {
    title: 'Pausas de hoje',
    titleTaken: '{{percent}} das pausas de hoje feitas',
    nothingDue: 'Nada previsto ainda hoje.',
    taken_one: '{{taken, number}} de {{count, number}} pausa ativa feita.',
    taken_many: '{{taken, number}} de {{count, number}} pausas ativas feitas.',
    taken_other: '{{taken, number}} de {{count, number}} pausas ativas feitas.',
    fraction: '{{taken, number}}/{{due, number}}',
    centre: 'feitas',
    longestSitting: 'Período mais longo na cadeira: {{duration}}',
  },
  timeline: {
    title: 'Lembretes de hoje',
    empty: 'Nenhum lembrete ainda hoje.',
    // Labels before the counts, so "1" and "3" read the same (no "1 adiados").
    summary: 'Hoje até agora: {{reminders}} e {{breaks}}; adiados: {{snoozed, number}}; pulados: {{skipped, number}}.',
    reminders_one: '{{count, number}} lembrete',
    reminders_many: '{{count, number}} lembretes',
    reminders_other: '{{count, number}} lembretes',
    breaks_one: '{{count, number}} pausa feita',
    breaks_many: '{{count, number}} pausas feitas',
    breaks_other: '{{count, number}} pausas feitas',
    outcomes: {
      reminded: 'Lembrete',
      started: 'Iniciada',
      taken: 'Feita',
      natural: 'Pausa natural',
      snoozed: 'Adiada',
      skipped: 'Pulada',
      deferred: 'Aguardou',
    },
  },
  adherence: {
    title: 'Pausas feitas e dor',
    empty_one: 'Hoje: ainda não houve pausas previstas, então não há nada para mostrar.',
    empty_many: 'Últimos {{count, number}} dias: ainda não houve pausas previstas, então não há nada para mostrar.',
    empty_other: 'Últimos {{count, number}} dias: ainda não houve pausas previstas, então não há nada para mostrar.',
    summary_one:
      'Hoje: {{percent}} das pausas feitas ({{taken, number}} de {{due, number}}), {{daysAtTarget, number}} de {{activeDays}} na sua meta de {{target}} ou acima; {{pain}}.',
    summary_many:
      'Últimos {{count, number}} dias: {{percent}} das pausas feitas ({{taken, number}} de {{due, number}}), {{daysAtTarget, number}} de {{activeDays}} na sua meta de {{target}} ou acima; {{pain}}.',
    summary_other:
      'Últimos {{count, number}} dias: {{percent}} das pausas feitas ({{taken, number}} de {{due, number}}), {{daysAtTarget, number}} de {{activeDays}} na sua meta de {{target}} ou acima; {{pain}}.',
    painNone: 'sem registros de dor',
    pain_one: 'dor {{min, number}}–{{max, number}} de 10 em {{count, number}} registro',
    pain_many: 'dor {{min, number}}–{{max, number}} de 10 em {{count, number}} registros',
    pain_other: 'dor {{min, number}}–{{max, number}} de 10 em {{count, number}} registros',
    painWithFlareUps_one: 'dor {{min, number}}–{{max, number}} de 10 em {{count, number}} registro, com {{flareUps}}',
    painWithFlareUps_many: 'dor {{min, number}}–{{max, number}} de 10 em {{count, number}} registros, com {{flareUps}}',
    painWithFlareUps_other:
      'dor {{min, number}}–{{max, number}} de 10 em {{count, number}} registros, com {{flareUps}}',
    flareUps_one: '{{count, number}} crise de dor',
    flareUps_many: '{{count, number}} crises de dor',
    flareUps_other: '{{count, number}} crises de dor',
    legendTaken: 'Pausas feitas (% das previstas)',
    legendTarget: 'Meta {{target}}',
    legendPain: 'Dor máxima (0–10)',
    flareUp: 'Crise de dor',
    caption: 'Pausas feitas por dia, com registros de dor (meta {{target}})',
    painAxis: 'dor (0–10)',
    tooltipTaken: '{{taken, number}} de {{due, number}} feitas ({{percent}})',
    tooltipNothingDue: 'Nada previsto',
    tooltipPain: 'Dor máxima {{pain, number}}/10',
  },
  minutes: {
    title: 'Minutos em movimento',
    empty_one: 'Hoje: ainda sem movimento guiado.',
    empty_many: 'Últimos {{count, number}} dias: ainda sem movimento guiado.',
    empty_other: 'Últimos {{count, number}} dias: ainda sem movimento guiado.',
    summary_one: 'Hoje: {{minutes}} de movimento guiado em {{days}}, a maior parte em {{best}} ({{bestMinutes}}).',
    summary_many:
      'Últimos {{count, number}} dias: {{minutes}} de movimento guiado em {{days}}, a maior parte em {{best}} ({{bestMinutes}}).',
    summary_other:
      'Últimos {{count, number}} dias: {{minutes}} de movimento guiado em {{days}}, a maior parte em {{best}} ({{bestMinutes}}).',
    caption: 'Minutos de movimento guiado por dia',
    axis: 'minutos',
    tooltip: '{{minutes, number}} min em movimento',
  },
  exercises: {
    title: 'Exercícios feitos',
    empty_one: 'Hoje: nenhum exercício feito ainda.',
    empty_many: 'Últimos {{count, number}} dias: nenhum exercício feito ainda.',
    empty_other: 'Últimos {{count, number}} dias: nenhum exercício feito ainda.',
    summary_one: 'Hoje: {{different}}, {{times}} no total; o mais frequente, {{top}} ({{topTimes}}).',
    summary_many:
      'Últimos {{count, number}} dias: {{different}}, {{times}} no total; o mais frequente, {{top}} ({{topTimes}}).',
    summary_other:
      'Últimos {{count, number}} dias: {{different}}, {{times}} no total; o mais frequente, {{top}} ({{topTimes}}).',
    different_one: '{{count, number}} exercício diferente',
    different_many: '{{count, number}} exercícios diferentes',
    different_other: '{{count, number}} exercícios diferentes',
    caption: 'Exercícios feitos, do mais ao menos frequente',
  },
  year: {
    title: 'Os últimos 12 meses',
    empty: 'Últimos 12 meses: ainda não houve pausas previstas.',
    summary_one:
      'Últimos 12 meses: houve pausas previstas em {{count, number}} dia; você atingiu sua meta de {{target}} em {{atTarget, number}} deles.',
    summary_many:
      'Últimos 12 meses: houve pausas previstas em {{count, number}} dias; você atingiu sua meta de {{target}} em {{atTarget, number}} deles.',
    summary_other:
      'Últimos 12 meses: houve pausas previstas em {{count, number}} dias; você atingiu sua meta de {{target}} em {{atTarget, number}} deles.',
    caption: 'Porcentagem de pausas feitas em cada dia dos últimos 12 meses (– quando não havia nada previsto)',
    calendar: 'Calendário dos últimos 12 meses, uma célula por dia',
    cell: '{{date}}: {{percent}}',
    cellNothingDue: '{{date}}: nada previsto',
    nothingDue: 'nada previsto',
    step: '{{from, number}}–{{to, number}}%',
  },
  export: {
    title: 'Seus dados',
    note: 'Tudo fica neste computador. Exporte para uma planilha ou compartilhe um relatório.',
    daily: 'Baixar estatísticas diárias (CSV)',
    events: 'Baixar todos os eventos (CSV)',
    dailyFile: 'posture-breaks-diario-{{date}}.csv',
    eventsFile: 'posture-breaks-eventos-{{date}}.csv',
    downloaded: 'Baixado: {{filename}}.',
    failed: 'A exportação falhou: {{error}}',
    report: 'Relatório para meu fisioterapeuta',
  },
};
