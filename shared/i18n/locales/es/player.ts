import type { Strings } from '../en';

/**
 * Spanish strings of the break view and the guided player. Terms as in the
 * glossary of ./core.ts. Keys in <kbd> are named as on a Spanish keyboard
 * ("Espacio"); the <clock>, <arrow> and <strong> tags stay around the words
 * they mark.
 */
export const player: Strings<'player'> = {
  pending: {
    body: 'Unos minutos de pie ahora le ahorran dolores a tu espalda más adelante.',
  },
  idle: {
    title: 'No hay ningún estiramiento en curso',
    body: 'Tu próxima pausa activa aparecerá aquí cuando toque.',
    close: 'Cerrar',
  },
  header: {
    timeLeft: 'Quedan <clock>{{time}}</clock> de esta pausa',
    sound: 'Sonido',
  },
  ready: {
    title: {
      movement: 'Tu estiramiento, paso a paso',
      posture: 'Tu estiramiento, paso a paso',
      'home-program': 'Tu rutina en el suelo',
      walk: 'Hora de una caminata suave',
    },
    noExercises: 'Levántate, estírate como te resulte agradable y camina un par de minutos.',
    walk: '{{duration}} a un ritmo que te permita seguir conversando. Empieza cuando te hayas levantado de la silla.',
    summary_one: 'Un ejercicio, cerca de {{duration}}. La app lleva la cuenta de cada segundo y cada repetición.',
    summary_many:
      '{{count}} ejercicios, cerca de {{duration}}. La app lleva la cuenta de cada segundo y cada repetición.',
    summary_other:
      '{{count}} ejercicios, cerca de {{duration}}. La app lleva la cuenta de cada segundo y cada repetición.',
    session: 'Esta sesión',
    start: 'Empezar',
    markDone: 'Marcar como hecha',
    keys: '<kbd>Espacio</kbd> empezar o pausar · <kbd>←</kbd> <kbd>→</kbd> atrás y adelante · <kbd>Esc</kbd> terminar',
  },
  screen: {
    illustration: '{{name}}: ilustración',
    steps: 'Pasos',
    position: 'Ejercicio {{number}} de {{total}}',
    paused: 'En pausa',
    left: 'restante',
    seconds_one: 'segundo',
    seconds_many: 'segundos',
    seconds_other: 'segundos',
    rep: 'Repetición {{rep}} de {{reps}}',
    repNext: 'Luego, repetición {{rep}} de {{reps}}',
    next: 'Siguiente: {{name}}',
    nextFinish: 'Siguiente: terminar y contar qué tal fue',
    tip: 'Consejo:',
    avoid: 'Evita:',
    stop: 'Detente si algo te duele.',
    progress: 'Progreso de la sesión',
    controls: 'Controles de la sesión',
  },
  phase: {
    'get-ready': 'Colócate en posición',
    hold: 'Mantén',
    move: 'Muévete despacio',
    breathe: 'Respira despacio',
    rest: 'Suelta',
    'switch-to-right': 'Cambia al lado derecho',
    'switch-to-left': 'Cambia al lado izquierdo',
    'switch-side': 'Cambia al otro lado',
    walk: 'Camina a un ritmo suave',
  },
  side: {
    right: 'Lado derecho',
    left: 'Lado izquierdo',
  },
  controls: {
    previous: '<arrow>← </arrow>Anterior',
    previousHint: 'Paso anterior (←)',
    pause: 'Pausar',
    pauseHint: 'Pausar (Espacio)',
    resume: 'Reanudar',
    resumeHint: 'Reanudar (Espacio)',
    next: 'Siguiente<arrow> →</arrow>',
    nextHint: 'Paso siguiente (→)',
    end: 'Terminar',
    endHint: 'Terminar la pausa (Esc)',
  },
  announce: {
    finished: 'Sesión completada. ¿Qué tal fue?',
    paused: 'En pausa. {{text}}',
    getReady: '{{name}}. Colócate en posición.',
    getReadySide: '{{name}}. Colócate en posición. {{side}}.',
    switchToRight: '{{name}}. Cambia al lado derecho.',
    switchToLeft: '{{name}}. Cambia al lado izquierdo.',
    switchSide: '{{name}}. Cambia al otro lado.',
    hold: '{{name}}. Mantén la posición, {{rep}} de {{reps}}.',
    holdSide: '{{name}}. {{side}}. Mantén la posición, {{rep}} de {{reps}}.',
    move: '{{name}}. Repetición {{rep}} de {{reps}}.',
    moveSide: '{{name}}. {{side}}. Repetición {{rep}} de {{reps}}.',
    walk: '{{name}}. {{duration}}.',
  },
  complete: {
    title: '¡Bien hecho!',
    titleNothingDone: 'Pausa terminada',
    allDone: 'Terminaste todos los ejercicios. Tus respuestas ajustan las próximas sesiones.',
    someDone_one: 'Terminaste {{done}} de {{count}} ejercicio. Tus respuestas ajustan las próximas sesiones.',
    someDone_many: 'Terminaste {{done}} de {{count}} ejercicios. Tus respuestas ajustan las próximas sesiones.',
    someDone_other: 'Terminaste {{done}} de {{count}} ejercicios. Tus respuestas ajustan las próximas sesiones.',
    nothingDone: 'Esta vez te saltaste los ejercicios; la pausa cuenta igual cuando pulses Hecho.',
    question: '¿Qué tal fue?',
    feedback: {
      'too-easy': 'Demasiado fácil',
      right: 'En su punto',
      painful: 'Doloroso',
    },
    painfulNote:
      'Gracias por decírnoslo: la próxima vez este ejercicio se suavizará o se cambiará por otro. Detente si algo te duele.',
    skipped: 'Ejercicios omitidos: {{names}}.',
    done: 'Hecho',
  },
  stopped: {
    title: 'Sin ejercicios por ahora',
    walk: '<strong>En su lugar, una caminata suave:</strong> si puedes caminar sin molestias, unos minutos tranquilos de pie te siguen sentando bien. Detente si algo te duele.',
  },
};
