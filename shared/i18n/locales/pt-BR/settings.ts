import type { Strings } from '../en';

/**
 * Brazilian Portuguese strings of the Settings window (renderer/src/settings/).
 * Terms as in the glossary of ./core.ts (pausa ativa, checagem de postura,
 * adiar, pular, programa em casa, caminhada, horário de trabalho, sinal de
 * alerta, configurações); the questionnaire is "o questionário", the daily
 * goal "a meta", the streak "a sequência", the computer "este computador".
 * Labels stay short (a number box sits to their right) and carry their unit
 * in parentheses. No gendered adjectives for the reader ("ocupado",
 * "sentado"): rephrase.
 */
export const settings: Strings<'settings'> = {
  title: 'Configurações',
  close: 'Fechar',
  loading: 'Carregando as configurações…',
  loadFailed: 'Não foi possível carregar as configurações: {{message}}',
  groupsLabel: 'Grupos de configurações',
  savesAsYouGo: 'As alterações são salvas na hora.',
  saved: 'Todas as alterações foram salvas.',
  refused: 'Esta alteração não foi salva: {{message}}',
  groups: {
    reminders: {
      title: 'Lembretes',
      intro: 'Checagens de postura rápidas e pausas ativas mais longas ao longo do seu dia de trabalho.',
    },
    schedule: {
      title: 'Horários',
      intro:
        'Quando o app abre e quando pode enviar lembretes, além do seu programa em casa e da sua caminhada de cada dia.',
    },
    'break-behaviour': {
      title: 'Regras de pausa',
      intro:
        'Adiar e pular, o que acontece enquanto você apresenta ou está no meio de uma tarefa, e quanto tempo na cadeira é o bastante.',
    },
    program: {
      title: 'Programa',
      intro:
        'Suas respostas, que escolhem seus exercícios; o estado de segurança do programa; as pausas guiadas e sua meta diária.',
    },
    appearance: {
      title: 'Aparência',
      intro: 'A aparência do app e o idioma em que ele fala com você.',
    },
    camera: { title: 'Câmera', intro: 'Detecção opcional da postura com a sua câmera, só neste computador.' },
    notifications: {
      title: 'Notificações',
      intro: 'Como os lembretes chegam até você.',
    },
    data: {
      title: 'Dados e privacidade',
      intro:
        'Seus dados ficam neste computador. Salve suas configurações em um arquivo para guardá-las ou levá-las para outro computador, ou volte aos valores padrão.',
    },
    about: {
      title: 'Sobre',
      intro: 'Qual versão você tem e detalhes para copiar em um relatório de erro.',
    },
  },
  validation: {
    range: 'Digite um número de {{min}} a {{max}}; {{saved}} continua valendo.',
    whole: 'Digite um número inteiro de {{min}} a {{max}}; {{saved}} continua valendo.',
    rangeOnly: 'Digite um número inteiro de {{min}} a {{max}}.',
    time: 'Digite um horário completo, como 09:30.',
    rangeOrder: 'Este intervalo precisa terminar depois de começar (um intervalo não pode passar da meia-noite).',
    overlap: 'Estes intervalos se sobrepõem. Faça cada um terminar antes de o próximo começar.',
    tooMany_one: 'Um dia pode ter no máximo {{count}} intervalo.',
    tooMany_many: 'Um dia pode ter no máximo {{count}} intervalos.',
    tooMany_other: 'Um dia pode ter no máximo {{count}} intervalos.',
  },
  reminders: {
    every: 'A cada (minutos)',
    posture: {
      title: 'Checagens de postura',
      enabled: 'Lembrar-me de checar minha postura',
      mode: 'Tipo',
      modeCheck: 'Checagem de postura',
      modeSitStand: 'Alternar cadeira e em pé (mesa regulável)',
      modeCheckHint: 'Um lembrete rápido para apoiar as costas, baixar os ombros e recolher o queixo.',
      modeSitStandHint: 'Um ritmo para mesa regulável: cadeira, em pé, depois se mexer, e de novo.',
      sitMinutes: 'Tempo na cadeira (minutos)',
      standMinutes: 'Tempo em pé (minutos)',
      moveMinutes: 'Tempo em movimento (minutos)',
      durationSeconds: 'Mostrar cada checagem por (segundos)',
      durationHint: 'Quanto tempo o lembrete fica na tela.',
      naturalResetMinutes: 'Recomeçar se eu me ausentar por (minutos)',
      naturalResetHint: 'O tempo longe do computador conta como uma pausa para a postura.',
    },
    movement: {
      title: 'Pausas ativas',
      enabled: 'Lembrar-me de levantar e alongar',
      intervalHint: 'Contado a partir do fim da última pausa.',
      durationMinutes: 'Duração de uma pausa (minutos)',
      noticeSeconds: 'Aviso antes de uma pausa (segundos)',
      noticeHint: 'Um aviso rápido para você terminar a frase; 0 para nenhum.',
    },
  },
  schedule: {
    startTitle: 'Inicialização',
    launchAtLogin: 'Abrir o Posture Breaks ao entrar no sistema',
    launchAtLoginHint: 'O app espera na bandeja e lembra você desde o começo do seu dia.',
    hoursTitle: 'Horário de trabalho',
    hoursEnabled: 'Lembrar-me só no horário de trabalho',
    hoursOnHint: 'Fora deste horário, e nos dias sem horário, nenhum lembrete chega.',
    hoursOffHint:
      'Desativado: os lembretes chegam a qualquer hora. O horário abaixo vale quando você ativar esta opção.',
    noHours: 'Sem horário de trabalho',
    rangeStart: '{{day}}, intervalo {{n}}: início',
    rangeEnd: '{{day}}, intervalo {{n}}: fim',
    to: 'até',
    remove: 'Remover',
    removeRange: 'Remover o intervalo de {{start}} a {{end}} de {{day}}',
    addRange: 'Adicionar horário',
    addRangeOn: 'Adicionar horário para {{day}}',
    copyMonday: 'Usar o horário de {{day}} em todos os dias úteis',
    homeTitle: 'Programa em casa',
    homeEnabled: 'Lembrar-me de fazer meu programa em casa',
    homeHint: 'Uma rotina diária de exercícios no chão para fortalecer as costas.',
    walkTitle: 'Caminhadas',
    walkEnabled: 'Lembrar-me de fazer uma caminhada',
    at: 'Horário',
    onDays: 'Em quais dias',
    walkMinutes: 'Duração inicial (minutos)',
    walkMinutesHint: 'A partir daí, as caminhadas ficam mais longas com o passar das semanas.',
  },
  breakBehaviour: {
    snoozeTitle: 'Adiar e pular',
    strict: 'Modo rígido: sem adiar, sem pular',
    strictHint: 'Para quando você sabe que vai arranjar desculpas para não fazer nenhuma pausa.',
    snoozeMinutes: 'Adiar por (minutos)',
    maxSnoozes: 'Vezes que posso adiar cada pausa',
    maxSkips: 'Pausas seguidas que posso pular',
    zeroMeansNone: '0 para nenhuma.',
    busyTitle: 'No meio de uma tarefa',
    deferWhileBusy: 'Deixar os lembretes em espera enquanto eu apresento ou uso um app em tela cheia',
    deferHint: 'Os lembretes em espera chegam quando você estiver livre de novo.',
    maxDeferral: 'Tempo máximo em espera (minutos)',
    maxDeferralHint: 'Depois desse tempo, um lembrete em espera chega mesmo assim.',
    microMove: 'Enquanto isso, mostrar as checagens de postura como um micromovimento silencioso na cadeira',
    microMoveHint: 'Um exercício discreto que você pode fazer na cadeira sem que ninguém perceba.',
    sittingTitle: 'Tempo na cadeira',
    sittingEnabled: 'Avisar-me quando eu passar tempo demais na cadeira em um dia',
    sittingHint: 'Conta cada minuto de hoje na cadeira, com ou sem pausas.',
    sittingMinutes: 'Tempo máximo na cadeira por dia (minutos)',
  },
  program: {
    answersTitle: 'Suas respostas',
    answers: {
      new: 'Você ainda não respondeu ao questionário. Algumas perguntas sobre suas costas permitem que o app escolha os exercícios certos para você.',
      skipped:
        'Você pulou o questionário, então seu programa tem exercícios leves, adequados para a maioria das pessoas.',
      completed: 'Suas respostas escolhem seus exercícios e deixam de fora os que não são adequados para você.',
    },
    changeAnswers: 'Mudar minhas respostas',
    answerNow: 'Responder ao questionário',
    openFailed: 'Não foi possível abrir o questionário: {{message}}',
    safetyTitle: 'Segurança',
    running:
      'Seu programa está ativo. Se algum dia você informar ao app um sinal de alerta, ele interrompe o programa e pede que você procure um médico.',
    stopped: 'Seu programa de alongamentos está pausado desde {{date}}.',
    youSaid: 'Você respondeu sim a:',
    stoppedAdvice:
      'Procure um médico, que pode encaminhar você a um fisioterapeuta. Os lembretes para ficar em pé e se mexer com suavidade continuam ativos; pare qualquer coisa que doa.',
    resume: 'Um profissional disse que posso voltar a me exercitar',
    resumeAsk: 'Retomar o programa de alongamentos?',
    resumeExplain:
      'Só retome se um médico ou fisioterapeuta tiver dito que os exercícios são adequados para você. Pare qualquer exercício que doa.',
    resumeConfirm: 'Retomar o programa',
    resumeFailed: 'Não foi possível retomar o programa: {{message}}',
    playerTitle: 'Pausas guiadas e meta',
    sound: 'Tocar um som suave a cada etapa de uma pausa guiada',
    target: 'Meta diária (% das pausas feitas)',
    targetHint: 'Um dia que atinge a meta conta para sua sequência, e os gráficos a mostram como uma linha.',
  },
  appearance: {
    title: 'Visual e idioma',
    theme: 'Tema',
    themeSystem: 'Seguir o sistema',
    themeLight: 'Claro',
    themeDark: 'Escuro',
    language: 'Idioma',
    languageSystem: 'Seguir o sistema',
    languageHint: 'O menu da bandeja e as notificações também o seguem.',
  },
  camera: {
    title: 'Detecção da postura com a câmera',
    enabled: 'Observar minha postura com a câmera',
    onHint:
      'Ligada: o app dá uma olhada rápida de vez em quando e avisa quando você se afasta da sua própria postura ereta.',
    offHint: 'Desligada: a câmera nunca é usada. Os lembretes seguem só o relógio.',
    measures:
      'O que ela mede: onde estão sua cabeça e seus ombros, reduzido a alguns números por olhada (a altura da cabeça sobre os ombros e o quanto você se aproxima da tela).',
    neverKept:
      'O que ela nunca faz: nenhuma imagem ou vídeo é guardado, mostrado ou enviado. Os quadros ficam um instante na memória e nada sai deste computador.',
    light:
      'A câmera liga por cerca de um segundo a cada olhada e é liberada entre elas, então a luz dela se apaga. A bandeja mostra quando ela está em uso.',
    nudges:
      'Uma checagem de postura só vem depois de um desvio que dura, respeita seu horário, as pausas e os momentos ocupados, e pode ser adiada.',
    rulesTitle: 'Com que frequência ela olha e quando avisa',
    lookEvery: 'Olhar a cada (segundos)',
    lookEveryHint: 'Menos olhadas deixam o computador mais tranquilo; mais percebem um desvio antes.',
    nudgeAfter: 'Avisar depois de um desvio de (minutos)',
    cooldown: 'No máximo uma checagem a cada (minutos)',
  },
  notifications: {
    title: 'Notificações na área de trabalho',
    enabled: 'Mostrar notificações na área de trabalho',
    onHint: 'Os lembretes chegam como notificações do seu sistema.',
    offHint: 'Desativado: quando chega a hora de uma pausa ativa, a janela da pausa se abre.',
    buttons:
      'Onde o sistema mostra botões nas notificações (macOS, Windows), eles permitem começar, adiar e pular; nos outros, o menu da bandeja e o painel fazem isso.',
  },
  data: {
    whereTitle: 'Onde ficam seus dados',
    local:
      'Tudo fica neste computador: sem conta, sem servidor. Seu histórico é guardado como arquivos simples na pasta de dados.',
    folder: 'Pasta de dados:',
    transferTitle: 'Exportar e importar',
    transferText:
      'O arquivo contém suas configurações, não suas respostas ao questionário nem informações de saúde; ao importar um arquivo, as respostas deste computador são mantidas.',
    export: 'Exportar configurações',
    import: 'Importar configurações…',
    exported: 'Suas configurações foram salvas como {{file}}.',
    imported: 'As configurações de {{file}} foram importadas e já estão valendo.',
    importedMigrated:
      'As configurações de {{file}} foram importadas e atualizadas a partir de uma versão anterior do app. Já estão valendo.',
    refused: {
      'too-large': '{{file}} é grande demais para ser um arquivo de configurações.',
      'not-json': '{{file}} não é um arquivo JSON.',
      'not-settings': '{{file}} não contém configurações do Posture Breaks.',
      'newer-version':
        '{{file}} vem de uma versão mais recente do Posture Breaks. Atualize o app e depois importe o arquivo de novo.',
      invalid: 'Alguns valores em {{file}} não são válidos:',
    },
    nothingChanged: 'Nada foi alterado.',
    issue: '{{path}}: {{message}}',
    issueTop: '{{message}}',
    failed: 'Não deu certo: {{message}}',
    resetTitle: 'Começar de novo',
  },
  reset: {
    groupButton: 'Restaurar “{{group}}” aos valores padrão…',
    allButton: 'Restaurar todas as configurações aos valores padrão…',
    ask: 'Restaurar as configurações de “{{group}}”?',
    askAll: 'Restaurar todas as configurações?',
    explain: 'Cada configuração de “{{group}}” volta ao valor padrão e vale na hora.',
    explainAll: 'Cada configuração volta ao valor padrão e vale na hora.',
    keeps: 'Suas respostas ao questionário e o estado de segurança do programa são mantidos.',
    confirm: 'Restaurar',
    done: 'As configurações de “{{group}}” voltaram aos valores padrão.',
    doneAll: 'Todas as configurações voltaram aos valores padrão.',
    failed: 'Não foi possível restaurar as configurações: {{message}}',
  },
  dialog: {
    cancel: 'Cancelar',
  },
  about: {
    version: 'Versão',
    runsOn: 'Executado em',
    runsOnElectron: 'Electron {{electron}} com Node {{node}}',
    runsOnWeb: 'o servidor web local, com Node {{node}}',
    dataFolder: 'Pasta de dados',
    logFile: 'Arquivo de log',
    noLogFile: 'nenhum',
    openFolder: 'Abrir a pasta de dados',
    copy: 'Copiar diagnóstico',
    copied: 'Copiado',
    copyFailed: 'Não foi possível copiar o diagnóstico para a área de transferência.',
  },
};
