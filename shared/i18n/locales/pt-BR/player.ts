import type { Strings } from '../en';

/**
 * Brazilian Portuguese strings of the break view and the guided player. Terms
 * as in the glossary of ./core.ts. Keys in <kbd> are named as on a Brazilian
 * keyboard ("Espaço"); the <clock>, <arrow> and <strong> tags stay around the
 * words they mark.
 */
export const player: Strings<'player'> = {
  pending: {
    body: 'Alguns minutos em pé agora poupam suas costas mais tarde.',
  },
  idle: {
    title: 'Nenhum alongamento em andamento',
    body: 'Sua próxima pausa ativa vai aparecer aqui na hora certa.',
    close: 'Fechar',
  },
  header: {
    timeLeft: 'Faltam <clock>{{time}}</clock> nesta pausa',
    sound: 'Som',
  },
  ready: {
    title: {
      movement: 'Seu alongamento, passo a passo',
      posture: 'Seu alongamento, passo a passo',
      'home-program': 'Sua rotina no chão',
      walk: 'Hora de uma caminhada leve',
    },
    noExercises: 'Levante-se, alongue-se do jeito que for bom para você e caminhe por um ou dois minutos.',
    walk: '{{duration}} num ritmo em que ainda dê para conversar. Comece quando tiver saído da cadeira.',
    summary_one: 'Um exercício, cerca de {{duration}}. O app conta cada segundo e cada repetição para você.',
    summary_many: '{{count}} exercícios, cerca de {{duration}}. O app conta cada segundo e cada repetição para você.',
    summary_other: '{{count}} exercícios, cerca de {{duration}}. O app conta cada segundo e cada repetição para você.',
    session: 'Esta sessão',
    start: 'Começar',
    markDone: 'Marcar como feita',
    keys: '<kbd>Espaço</kbd> começar ou pausar · <kbd>←</kbd> <kbd>→</kbd> voltar e avançar · <kbd>Esc</kbd> encerrar',
  },
  screen: {
    illustration: '{{name}}: ilustração',
    steps: 'Passos',
    position: 'Exercício {{number}} de {{total}}',
    paused: 'Pausado',
    left: 'restantes',
    seconds_one: 'segundo',
    seconds_many: 'segundos',
    seconds_other: 'segundos',
    rep: 'Repetição {{rep}} de {{reps}}',
    repNext: 'A seguir, repetição {{rep}} de {{reps}}',
    next: 'A seguir: {{name}}',
    nextFinish: 'A seguir: encerrar e contar como foi',
    tip: 'Dica:',
    avoid: 'Evite:',
    stop: 'Pare se algo doer.',
    progress: 'Progresso da sessão',
    controls: 'Controles da sessão',
  },
  phase: {
    'get-ready': 'Fique em posição',
    hold: 'Mantenha',
    move: 'Movimente-se devagar',
    breathe: 'Respire devagar',
    rest: 'Solte',
    'switch-to-right': 'Troque para o lado direito',
    'switch-to-left': 'Troque para o lado esquerdo',
    'switch-side': 'Troque para o outro lado',
    walk: 'Caminhe num ritmo leve',
  },
  side: {
    right: 'Lado direito',
    left: 'Lado esquerdo',
  },
  controls: {
    previous: '<arrow>← </arrow>Anterior',
    previousHint: 'Passo anterior (←)',
    pause: 'Pausar',
    pauseHint: 'Pausar (Espaço)',
    resume: 'Retomar',
    resumeHint: 'Retomar (Espaço)',
    next: 'Próximo<arrow> →</arrow>',
    nextHint: 'Próximo passo (→)',
    end: 'Encerrar',
    endHint: 'Encerrar a pausa (Esc)',
  },
  announce: {
    finished: 'Sessão concluída. Como foi?',
    paused: 'Pausado. {{text}}',
    getReady: '{{name}}. Fique em posição.',
    getReadySide: '{{name}}. Fique em posição. {{side}}.',
    switchToRight: '{{name}}. Troque para o lado direito.',
    switchToLeft: '{{name}}. Troque para o lado esquerdo.',
    switchSide: '{{name}}. Troque para o outro lado.',
    hold: '{{name}}. Mantenha a posição, {{rep}} de {{reps}}.',
    holdSide: '{{name}}. {{side}}. Mantenha a posição, {{rep}} de {{reps}}.',
    move: '{{name}}. Repetição {{rep}} de {{reps}}.',
    moveSide: '{{name}}. {{side}}. Repetição {{rep}} de {{reps}}.',
    walk: '{{name}}. {{duration}}.',
  },
  complete: {
    title: 'Muito bem!',
    titleNothingDone: 'Fim da pausa',
    allDone: 'Você fez todos os exercícios. Suas respostas ajustam as próximas sessões.',
    someDone_one: 'Você fez {{done}} de {{count}} exercício. Suas respostas ajustam as próximas sessões.',
    someDone_many: 'Você fez {{done}} de {{count}} exercícios. Suas respostas ajustam as próximas sessões.',
    someDone_other: 'Você fez {{done}} de {{count}} exercícios. Suas respostas ajustam as próximas sessões.',
    nothingDone: 'Desta vez você pulou os exercícios; a pausa conta mesmo assim quando você clicar em Pronto.',
    question: 'Como foi?',
    feedback: {
      'too-easy': 'Fácil demais',
      right: 'Na medida',
      painful: 'Doloroso',
    },
    painfulNote:
      'Obrigado por avisar: da próxima vez este exercício será suavizado ou trocado por outro. Pare se algo doer.',
    skipped: 'Exercícios pulados: {{names}}.',
    done: 'Pronto',
  },
  stopped: {
    title: 'Nada de exercícios por enquanto',
    walk: '<strong>Em vez disso, uma caminhada leve:</strong> se você consegue caminhar sem desconforto, alguns minutos tranquilos em pé continuam fazendo bem. Pare se algo doer.',
  },
};
