import type { Strings } from '../en';

/**
 * Brazilian Portuguese strings of the program area: the questionnaire, the
 * program panel, the pain check-in ("registro de dor"), the safety notices and
 * the tips. Terms as in the glossary of ./core.ts (crise de dor, sinal de
 * alerta, programa em casa, fisioterapeuta). The reasons keep "Nome: por quê";
 * the "why" after the colon is lower-cased by shared/program/program-text.ts.
 */
export const program: Strings<'program'> = {
  title: 'Seu programa',
  onboarding: {
    welcome: {
      eyebrow: 'Boas-vindas',
      title: 'Alongamentos sob medida para suas costas',
      intro:
        'Algumas perguntas, cerca de dois minutos, para escolher os exercícios certos para você e deixar de fora os que não são. Você pode mudar suas respostas quando quiser nas configurações.',
      start: 'Começar as perguntas',
      skip: 'Pular por enquanto',
    },
    stepOf: 'Etapa {{step}} de {{total}}',
    steps: {
      where: 'Onde dói',
      day: 'Seu dia',
      preferences: 'Suas preferências',
      conditions: 'Condições de saúde',
      safety: 'Perguntas de segurança',
    },
    where: {
      legend: 'Onde dói?',
      hint: 'Deixe tudo desmarcado se nada doer.',
      duration: 'Há quanto tempo?',
      durations: {
        'under-3-months': 'Menos de 3 meses',
        longer: '3 meses ou mais',
      },
      severity: 'Dor habitual, de 0 (nenhuma) a 10 (a pior): <strong>{{value}}</strong>',
    },
    day: {
      worseWith: 'O que piora a dor?',
      worse: {
        sitting: 'Ficar na cadeira',
        standing: 'Ficar em pé',
        bending: 'Curvar-se',
      },
      workSetup: 'Seu local de trabalho',
      workSetups: {
        desk: 'Uma mesa comum',
        'sit-stand': 'Uma mesa com regulagem de altura',
        mixed: 'Misto: parte na mesa, parte em pé',
      },
    },
    preferences: {
      breakStyle: 'Pausas que você prefere',
      breakStyles: {
        'short-frequent': 'Curtas e frequentes (2 minutos a cada 30)',
        'fewer-longer': 'Menos e mais longas (5 minutos a cada hora)',
      },
      goal: 'Seu objetivo',
      goals: {
        relief: 'Alívio agora',
        strength: 'Costas mais fortes a longo prazo',
      },
    },
    conditions: {
      legend: 'Alguma destas situações se aplica a você?',
      hint: 'Os exercícios não recomendados nesses casos ficam de fora.',
      names: {
        pregnancy: 'Gravidez',
        osteoporosis: 'Osteoporose',
        'recent-spinal-surgery': 'Cirurgia na coluna no último ano',
        'acute-disc': 'Um problema de disco com sintomas agora',
        'knee-problems': 'Problemas no joelho (dói ajoelhar)',
        'wrist-problems': 'Problemas no punho (dói apoiar nas mãos)',
        'shoulder-problems': 'Problemas no ombro',
        'balance-problems': 'Problemas de equilíbrio',
      },
    },
    safety: {
      legend: 'Marque o que vale para você agora',
      hint: 'Estes sinais pedem um profissional, não exercícios.',
      applySuggestions: 'Ajustar meus horários de pausa às minhas respostas',
    },
    next: 'Próximo',
    back: 'Voltar',
    finish: 'Ver meu programa',
    saveFailed: 'Não foi possível salvar suas respostas: {{reason}}',
    done: {
      title: 'Tudo pronto',
      stopped:
        'Por causa das suas respostas às perguntas de segurança, o programa de exercícios está pausado. Veja no painel o que fazer a seguir.',
      toDashboard: 'Ir para o painel',
    },
  },
  summary: {
    workday: 'Durante o expediente',
    home: 'Em casa',
    leftOut: 'Ficaram de fora: {{list}}.',
    leftOutItem: '{{name}} ({{reason}})',
  },
  panel: {
    intro:
      'Responda a algumas perguntas para que os alongamentos se adaptem às suas costas e os inadequados fiquem de fora.',
    personalise: 'Personalizar meu programa',
    stopped: 'Pausado para sua segurança até que um profissional diga que você pode voltar a se exercitar.',
    workday_one: 'Suas pausas do expediente usam {{count}} exercício.',
    workday_many: 'Suas pausas do expediente alternam {{count}} exercícios.',
    workday_other: 'Suas pausas do expediente alternam {{count}} exercícios.',
    workdayAndHome_one:
      'Suas pausas do expediente usam {{count}} exercício; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_many:
      'Suas pausas do expediente alternam {{count}} exercícios; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_other:
      'Suas pausas do expediente alternam {{count}} exercícios; $t(program.panel.home, {"count": {{home}} }).',
    home_one: 'sua rotina em casa tem {{count}}',
    home_many: 'sua rotina em casa tem {{count}}',
    home_other: 'sua rotina em casa tem {{count}}',
    show: 'Mostrar os exercícios e por quê',
    hide: 'Ocultar os exercícios',
    changeAnswers: 'Mudar minhas respostas',
  },
  checkIn: {
    region: 'Registro de dor',
    saved: 'Obrigado: o registro de hoje foi salvo.',
    areaPain: '{{area}}: <strong>{{value}}</strong> / 10',
    flareUp: 'Hoje estou em crise de dor',
    worries: 'Algo novo que preocupa você?',
    save: 'Salvar o registro de hoje',
  },
  safety: {
    notAdvice:
      '<strong>Isto não é orientação médica.</strong> O {{app}} oferece exercícios e hábitos gerais para o cuidado das costas no dia a dia. Ele não diagnostica nem trata nada. Se você não tiver certeza de que um exercício é adequado para você, pergunte a um médico ou a um fisioterapeuta.',
    urgentTitle: 'Procure atendimento médico hoje',
    urgentBody:
      'Perda nova do controle da bexiga ou do intestino, ou fraqueza ou dormência em uma perna ou em um braço, pode ser sinal de algo que precisa de atendimento imediato. Ligue agora para seu médico ou, se não conseguir falar com ele, para um número de emergência.',
    title: 'Consulte um médico antes de continuar',
    body: 'O que você nos contou é motivo para um médico examinar suas costas; ele pode encaminhar você a um fisioterapeuta. Os exercícios podem esperar até lá.',
    toldUs: 'Você nos contou:',
    paused:
      'Pausamos o programa de alongamentos. Os lembretes para levantar e se mexer com calma continuam ativos; pare se algo doer.',
    resume: 'Um profissional disse que posso voltar a me exercitar',
  },
  flareUp: {
    region: 'Crises de dor',
    advice:
      '<strong>Suas costas têm tido crises de dor</strong> ({{why}}). Crises de dor acontecem, mas quando são frequentes ou fortes vale a pena contar a um fisioterapeuta: talvez seu programa em casa precise de ajustes. Enquanto isso, gelo, repouso e analgésicos sem receita podem ajudar.',
    flareUps_one: '{{count}} crise de dor nos últimos {{days}} dias',
    flareUps_many: '{{count}} crises de dor nos últimos {{days}} dias',
    flareUps_other: '{{count}} crises de dor nos últimos {{days}} dias',
    severePain: 'dor de {{pain}} ou mais em dois dias seguidos',
  },
  reason: {
    plain: '{{name}}: {{why}}',
    outOfSitting: '{{name}}: {{why}}; tira você da posição sentada',
    buildsStrength: '{{name}}: {{why}}; constrói força duradoura',
    outOfSittingAndStrength: '{{name}}: {{why}}; tira você da posição sentada e constrói força duradoura',
  },
  excluded: {
    painful: 'doloroso nas sessões recentes: ficou de fora',
    conditions: {
      pregnancy: 'não recomendado na gravidez',
      osteoporosis: 'não recomendado com osteoporose',
      'recent-spinal-surgery': 'não recomendado após cirurgia recente na coluna',
      'acute-disc': 'não recomendado com problema de disco agudo',
      'knee-problems': 'não recomendado com problemas no joelho',
      'wrist-problems': 'não recomendado com problemas no punho',
      'shoulder-problems': 'não recomendado com problemas no ombro',
      'balance-problems': 'não recomendado com problemas de equilíbrio',
    },
  },
  tips: {
    showAll: 'Todas as dicas',
    hideAll: 'Ocultar as dicas',
  },
};
