import type { CoreStrings } from '../en';

/**
 * Brazilian Portuguese (você) for the tray, notifications, notices,
 * durations, doses, body areas and safety questions.
 *
 * Glossary (use the same word everywhere, content included):
 *   movement break    pausa ativa             break (generic)  pausa
 *   stretch           alongamento / alongar   posture check    checagem de postura
 *   snooze            adiar                   skip             pular
 *   pause / resume    pausar / retomar        paused           pausado
 *   home program      programa em casa        walk             caminhada
 *   flare-up          crise de dor            red flag         sinal de alerta
 *   reminder          lembrete                physical therapist  fisioterapeuta
 *   low back          lombar                  upper back       parte alta das costas
 *   core              abdômen                 hold (a stretch) mantenha
 *   sit tall          com a coluna ereta      settings         configurações
 * Units: "s" and "min" (SI), a space before them. No gendered adjectives for
 * the reader ("sentado", "parado"): rephrase ("na cadeira", "não se mexe").
 */
export const core: CoreStrings = {
  app: {
    name: 'Posture Breaks',
    connecting: 'Conectando ao Posture Breaks…',
    connectionLost: 'A conexão com o app caiu. Reconectando…',
  },
  trayPanel: {
    region: 'Bandeja',
    menu: 'Menu da bandeja',
  },
  notices: {
    dismiss: 'Dispensar',
    region: 'Avisos',
    settingsRecovered:
      'Não foi possível ler suas configurações ({{reason}}), então os valores padrão estão em uso. O arquivo antigo foi mantido como {{file}}.',
    settingsRecoveredUntouched:
      'Não foi possível ler suas configurações ({{reason}}), então os valores padrão estão em uso. O arquivo não foi alterado porque a pasta de dados não aceita alterações ({{code}}); por isso, por enquanto, não é possível salvar mudanças nas configurações.',
    settingsUnsaved:
      'Não é possível salvar suas configurações: a pasta de dados não aceita alterações ({{code}}). O app funciona com as configurações exibidas, mas as mudanças não serão mantidas.',
  },
  reminders: {
    movement: 'Pausa ativa',
    posture: 'Checagem de postura',
    'home-program': 'Programa em casa',
    walk: 'Caminhada',
  },
  schedule: {
    inBreak: 'Pausa ativa em andamento',
    pausedIndefinitely: 'Pausado até você retomar',
    pausedUntil: 'Pausado até {{time}}',
    outsideHours: 'Fora do horário de trabalho',
    outsideHoursUntil: 'Fora do horário de trabalho; lembretes a partir de {{time}}',
    nothingScheduled: 'Nenhum lembrete agendado',
    timeFor: {
      movement: 'Hora de alongar',
      posture: 'Hora de checar a postura',
      'home-program': 'Hora do seu programa em casa',
      walk: 'Hora de caminhar',
    },
    nextIn: {
      movement_one: 'Próximo alongamento em {{count}} min',
      movement_many: 'Próximo alongamento em {{count}} min',
      movement_other: 'Próximo alongamento em {{count}} min',
      posture_one: 'Próxima checagem de postura em {{count}} min',
      posture_many: 'Próxima checagem de postura em {{count}} min',
      posture_other: 'Próxima checagem de postura em {{count}} min',
      'home-program_one': 'Programa em casa em {{count}} min',
      'home-program_many': 'Programa em casa em {{count}} min',
      'home-program_other': 'Programa em casa em {{count}} min',
      walk_one: 'Próxima caminhada em {{count}} min',
      walk_many: 'Próxima caminhada em {{count}} min',
      walk_other: 'Próxima caminhada em {{count}} min',
    },
    tooltip: '{{app}}: {{status}}',
    tooltipCamera: '{{app}}: {{status}} (câmera ligada)',
    titlePaused: 'pausado',
  },
  tray: {
    startNow: 'Alongar agora',
    showStretch: 'Ver alongamento',
    nextAt: '{{name}}: {{time}}',
    snooze: 'Adiar',
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    pause: 'Pausar',
    pause30: '30 minutos',
    pause60: '1 hora',
    pause120: '2 horas',
    pauseTomorrow: 'Até amanhã',
    pauseIndefinitely: 'Até eu retomar',
    resume: 'Retomar lembretes',
    todaysStats: 'Estatísticas de hoje',
    cameraInUse: 'Câmera ligada: observando sua postura',
    checkIn: 'Como estão suas costas hoje?',
    settings_darwin: 'Ajustes…',
    settings_win32: 'Configurações',
    settings_linux: 'Preferências',
    quit: 'Sair',
    quitNamed: 'Encerrar {{app}}',
  },
  duration: {
    seconds_one: '{{count}} segundo',
    seconds_many: '{{count}} segundos',
    seconds_other: '{{count}} segundos',
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    hours_one: '{{count}} hora',
    hours_many: '{{count}} horas',
    hours_other: '{{count}} horas',
    hoursMinutes: '{{hours}} e {{minutes}} min',
  },
  bodyAreas: {
    'low-back': 'lombar',
    'upper-back': 'parte alta das costas',
    neck: 'pescoço',
    shoulders: 'ombros',
    chest: 'peito',
    hips: 'quadris',
    hamstrings: 'posteriores da coxa',
    calves: 'panturrilhas',
    core: 'abdômen',
    'whole-body': 'corpo inteiro',
  },
  dose: {
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    times_one: '{{count}} vez',
    times_many: '{{count}} vezes',
    times_other: '{{count}} vezes',
    timesPerSide_one: '{{count}} vez de cada lado',
    timesPerSide_many: '{{count}} vezes de cada lado',
    timesPerSide_other: '{{count}} vezes de cada lado',
    repetitions_one: '{{count}} repetição',
    repetitions_many: '{{count}} repetições',
    repetitions_other: '{{count}} repetições',
    repetitionsPerSide_one: '{{count}} repetição de cada lado',
    repetitionsPerSide_many: '{{count}} repetições de cada lado',
    repetitionsPerSide_other: '{{count}} repetições de cada lado',
    hold: 'mantenha {{seconds}} s',
    holdEach: 'mantenha {{seconds}} s em cada uma',
    eachSide: 'de cada lado',
  },
  notification: {
    actions: {
      start: 'Começar alongamento',
      startNow: 'Começar agora',
      startHome: 'Começar',
      startWalk: 'Começar caminhada',
      takeBreak: 'Fazer uma pausa',
      snooze: 'Adiar {{minutes}} min',
      skip: 'Pular',
      done: 'Pronto',
    },
    preBreak: {
      title: 'Pausa ativa em {{duration}}',
      body: 'Termine a frase: daqui a pouco vem um alongamento rápido.',
    },
    microMove: {
      title: 'Micromovimento na cadeira',
      fallback: 'Sente-se com a coluna ereta e gire os ombros para trás.',
    },
    stand: { title: 'Hora de ficar em pé', body: 'Eleve a mesa e fique em pé por {{duration}}.' },
    move: { title: 'Hora de se mexer', body: 'Caminhe ou alongue-se por {{duration}} e depois volte a se sentar.' },
    sit: { title: 'Volte a se sentar', fallback: 'Sente-se com as costas apoiadas na cadeira.' },
    limit: {
      title: 'Um dia longo na cadeira',
      body: 'Hoje você já passou mais de {{duration}} na cadeira. Uma caminhada faria bem às suas costas.',
    },
    posture: { title: 'Checagem de postura', fallback: 'Apoie as costas no encosto e deixe a cadeira sustentar você.' },
    movement: {
      title: 'Hora da pausa ativa',
      body: 'Levante-se e alongue-se por {{duration}}.',
      bodyCatchUp: 'Agora que você está livre: levante-se e alongue-se por {{duration}}.',
      move: 'Exercício de hoje: {{name}}.',
    },
    home: {
      title: 'Seu programa em casa',
      body: 'Cerca de {{minutes}} minutos de exercícios no chão para fortalecer as costas.',
      bodyCatchUp:
        'Agora que você está livre: cerca de {{minutes}} minutos de exercícios no chão para fortalecer as costas.',
    },
    walk: {
      title: 'Hora da sua caminhada',
      body: 'Hoje, uma caminhada leve de {{minutes}} minutos.',
      bodyCatchUp: 'Agora que você está livre: hoje, uma caminhada leve de {{minutes}} minutos.',
    },
    sitting: { title: 'Hora de se mexer', body: 'Fique em pé por um momento.' },
    sensed: {
      'forward-head_one':
        'Sua cabeça está projetada para a frente há {{count}} minuto. Recolha o queixo para a cabeça descansar sobre os ombros.',
      'forward-head_many':
        'Sua cabeça está projetada para a frente há {{count}} minutos. Recolha o queixo para a cabeça descansar sobre os ombros.',
      'forward-head_other':
        'Sua cabeça está projetada para a frente há {{count}} minutos. Recolha o queixo para a cabeça descansar sobre os ombros.',
      slumped_one:
        'Suas costas estão curvadas há {{count}} minuto. Apoie as costas no encosto e deixe a cadeira sustentar você.',
      slumped_many:
        'Suas costas estão curvadas há {{count}} minutos. Apoie as costas no encosto e deixe a cadeira sustentar você.',
      slumped_other:
        'Suas costas estão curvadas há {{count}} minutos. Apoie as costas no encosto e deixe a cadeira sustentar você.',
      'leaning-in_one':
        'Seu tronco está inclinado em direção à tela há {{count}} minuto. Recoste-se e aproxime a tela se precisar.',
      'leaning-in_many':
        'Seu tronco está inclinado em direção à tela há {{count}} minutos. Recoste-se e aproxime a tela se precisar.',
      'leaning-in_other':
        'Seu tronco está inclinado em direção à tela há {{count}} minutos. Recoste-se e aproxime a tela se precisar.',
    },
  },
  safety: {
    redFlags: {
      'bladder-or-bowel-control': 'Você teve alguma perda nova do controle da bexiga ou do intestino?',
      'leg-weakness-or-numbness': 'Você tem dormência, formigamento ou fraqueza em uma perna (ou em um braço)?',
      'severe-pain-not-improving': 'Sua dor é intensa e não melhora com medicação nem com repouso?',
      'trouble-walking-or-standing': 'Você tem dificuldade para andar ou ficar em pé?',
      'no-improvement-6-8-weeks': 'Suas costas continuam sem nenhuma melhora após 6 a 8 semanas de tratamento?',
    },
  },
};
