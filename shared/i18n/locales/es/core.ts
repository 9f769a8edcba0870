import type { CoreStrings } from '../en';

/**
 * Spanish (neutral, tú) for the tray, notifications, notices, durations,
 * doses, body areas and safety questions.
 *
 * Glossary (use the same word everywhere, content included):
 *   movement break    pausa activa            break (generic)  pausa
 *   stretch           estiramiento / estirar  posture check    control de postura
 *   snooze            posponer                skip             omitir
 *   pause / resume    pausar / reanudar       paused           en pausa
 *   home program      programa en casa        walk             caminata
 *   flare-up          crisis de dolor         red flag         señal de alarma
 *   reminder          recordatorio            physical therapist  fisioterapeuta
 *   low back          zona lumbar             upper back       espalda alta
 *   core              abdomen                 hold (a stretch) mantén
 *   sit tall          con la espalda erguida  settings         configuración
 * Units: "s" and "min" (SI), a space before them. No gendered adjectives for
 * the reader ("sentado", "cómodo"): rephrase ("en la silla", "te resulte cómodo").
 */
export const core: CoreStrings = {
  app: {
    name: 'Posture Breaks',
    connecting: 'Conectando con Posture Breaks…',
    connectionLost: 'Se perdió la conexión con la app. Reconectando…',
  },
  trayPanel: {
    region: 'Bandeja',
    menu: 'Menú de la bandeja',
  },
  notices: {
    dismiss: 'Descartar',
    region: 'Avisos',
    settingsRecovered:
      'No se pudo leer tu configuración ({{reason}}), así que se usan los valores predeterminados. El archivo anterior se guardó como {{file}}.',
    settingsRecoveredUntouched:
      'No se pudo leer tu configuración ({{reason}}), así que se usan los valores predeterminados. El archivo no se modificó porque la carpeta de datos no admite cambios ({{code}}), así que por ahora no se pueden guardar cambios en la configuración.',
    settingsUnsaved:
      'No se puede guardar tu configuración: la carpeta de datos no admite cambios ({{code}}). La app funciona con la configuración que ves, pero los cambios no se conservarán.',
  },
  reminders: {
    movement: 'Pausa activa',
    posture: 'Control de postura',
    'home-program': 'Programa en casa',
    walk: 'Caminata',
  },
  schedule: {
    inBreak: 'Pausa activa en curso',
    pausedIndefinitely: 'En pausa hasta que reanudes',
    pausedUntil: 'En pausa hasta {{time}}',
    outsideHours: 'Fuera del horario laboral',
    outsideHoursUntil: 'Fuera del horario laboral; recordatorios desde {{time}}',
    nothingScheduled: 'No hay recordatorios programados',
    timeFor: {
      movement: 'Hora de estirar',
      posture: 'Hora de revisar tu postura',
      'home-program': 'Hora de tu programa en casa',
      walk: 'Hora de caminar',
    },
    nextIn: {
      movement_one: 'Próximo estiramiento en {{count}} min',
      movement_many: 'Próximo estiramiento en {{count}} min',
      movement_other: 'Próximo estiramiento en {{count}} min',
      posture_one: 'Próximo control de postura en {{count}} min',
      posture_many: 'Próximo control de postura en {{count}} min',
      posture_other: 'Próximo control de postura en {{count}} min',
      'home-program_one': 'Programa en casa en {{count}} min',
      'home-program_many': 'Programa en casa en {{count}} min',
      'home-program_other': 'Programa en casa en {{count}} min',
      walk_one: 'Próxima caminata en {{count}} min',
      walk_many: 'Próxima caminata en {{count}} min',
      walk_other: 'Próxima caminata en {{count}} min',
    },
    tooltip: '{{app}}: {{status}}',
    tooltipCamera: '{{app}}: {{status}} (cámara encendida)',
    titlePaused: 'en pausa',
  },
  tray: {
    startNow: 'Estirar ahora',
    showStretch: 'Ver estiramiento',
    nextAt: '{{name}}: {{time}}',
    snooze: 'Posponer',
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    pause: 'Pausar',
    pause30: '30 minutos',
    pause60: '1 hora',
    pause120: '2 horas',
    pauseTomorrow: 'Hasta mañana',
    pauseIndefinitely: 'Hasta reanudar',
    resume: 'Reanudar recordatorios',
    todaysStats: 'Estadísticas de hoy',
    cameraInUse: 'Cámara encendida: mirando tu postura',
    checkIn: '¿Cómo está tu espalda hoy?',
    settings_darwin: 'Ajustes…',
    settings_win32: 'Configuración',
    settings_linux: 'Preferencias',
    quit: 'Salir',
    quitNamed: 'Salir de {{app}}',
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
    hoursMinutes: '{{hours}} y {{minutes}} min',
  },
  bodyAreas: {
    'low-back': 'zona lumbar',
    'upper-back': 'espalda alta',
    neck: 'cuello',
    shoulders: 'hombros',
    chest: 'pecho',
    hips: 'caderas',
    hamstrings: 'isquiotibiales',
    calves: 'pantorrillas',
    core: 'abdomen',
    'whole-body': 'todo el cuerpo',
  },
  dose: {
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    times_one: '{{count}} vez',
    times_many: '{{count}} veces',
    times_other: '{{count}} veces',
    timesPerSide_one: '{{count}} vez por lado',
    timesPerSide_many: '{{count}} veces por lado',
    timesPerSide_other: '{{count}} veces por lado',
    repetitions_one: '{{count}} repetición',
    repetitions_many: '{{count}} repeticiones',
    repetitions_other: '{{count}} repeticiones',
    repetitionsPerSide_one: '{{count}} repetición por lado',
    repetitionsPerSide_many: '{{count}} repeticiones por lado',
    repetitionsPerSide_other: '{{count}} repeticiones por lado',
    hold: 'mantén {{seconds}} s',
    holdEach: 'mantén {{seconds}} s cada una',
    eachSide: 'cada lado',
  },
  notification: {
    actions: {
      start: 'Empezar a estirar',
      startNow: 'Empezar ya',
      startHome: 'Empezar',
      startWalk: 'Empezar a caminar',
      takeBreak: 'Hacer una pausa',
      snooze: 'Posponer {{minutes}} min',
      skip: 'Omitir',
      done: 'Hecho',
    },
    preBreak: {
      title: 'Pausa activa en {{duration}}',
      body: 'Termina la frase: en un momento toca un breve estiramiento.',
    },
    microMove: {
      title: 'Micromovimiento en la silla',
      fallback: 'Siéntate con la espalda erguida y gira los hombros hacia atrás.',
    },
    stand: { title: 'Hora de ponerte de pie', body: 'Sube la mesa y quédate de pie durante {{duration}}.' },
    move: { title: 'Hora de moverte', body: 'Camina o estira durante {{duration}} y luego vuelve a sentarte.' },
    sit: { title: 'Vuelve a sentarte', fallback: 'Siéntate con la espalda apoyada en la silla.' },
    limit: {
      title: 'Un día largo en la silla',
      body: 'Hoy llevas más de {{duration}} en la silla. Una caminata le vendría bien a tu espalda.',
    },
    posture: { title: 'Control de postura', fallback: 'Apóyate en el respaldo y deja que la silla te sostenga.' },
    movement: {
      title: 'Hora de una pausa activa',
      body: 'Levántate y estira durante {{duration}}.',
      bodyCatchUp: 'Ahora que estás libre: levántate y estira durante {{duration}}.',
      move: 'Ejercicio de hoy: {{name}}.',
    },
    home: {
      title: 'Tu programa en casa',
      body: 'Unos {{minutes}} minutos de ejercicios en el suelo para fortalecer la espalda.',
      bodyCatchUp:
        'Ahora que estás libre: unos {{minutes}} minutos de ejercicios en el suelo para fortalecer la espalda.',
    },
    walk: {
      title: 'Hora de tu caminata',
      body: 'Hoy toca una caminata suave de {{minutes}} minutos.',
      bodyCatchUp: 'Ahora que estás libre: hoy toca una caminata suave de {{minutes}} minutos.',
    },
    sitting: { title: 'Hora de moverte', body: 'Levántate un momento.' },
    sensed: {
      'forward-head_one':
        'Llevas {{count}} minuto con la cabeza adelantada. Lleva el mentón hacia atrás para que la cabeza descanse sobre los hombros.',
      'forward-head_many':
        'Llevas {{count}} minutos con la cabeza adelantada. Lleva el mentón hacia atrás para que la cabeza descanse sobre los hombros.',
      'forward-head_other':
        'Llevas {{count}} minutos con la cabeza adelantada. Lleva el mentón hacia atrás para que la cabeza descanse sobre los hombros.',
      slumped_one:
        'Llevas {{count}} minuto con la espalda encorvada. Échate hacia atrás y deja que la silla sostenga tu espalda.',
      slumped_many:
        'Llevas {{count}} minutos con la espalda encorvada. Échate hacia atrás y deja que la silla sostenga tu espalda.',
      slumped_other:
        'Llevas {{count}} minutos con la espalda encorvada. Échate hacia atrás y deja que la silla sostenga tu espalda.',
      'leaning-in_one':
        'Llevas {{count}} minuto inclinándote hacia la pantalla. Échate hacia atrás y acerca la pantalla si hace falta.',
      'leaning-in_many':
        'Llevas {{count}} minutos inclinándote hacia la pantalla. Échate hacia atrás y acerca la pantalla si hace falta.',
      'leaning-in_other':
        'Llevas {{count}} minutos inclinándote hacia la pantalla. Échate hacia atrás y acerca la pantalla si hace falta.',
    },
  },
  safety: {
    redFlags: {
      'bladder-or-bowel-control': '¿Has tenido alguna pérdida nueva del control de la vejiga o del intestino?',
      'leg-weakness-or-numbness': '¿Tienes entumecimiento, hormigueo o debilidad en una pierna (o en un brazo)?',
      'severe-pain-not-improving': '¿Tu dolor es intenso y no mejora con medicación ni con reposo?',
      'trouble-walking-or-standing': '¿Tienes dificultad para caminar o para estar de pie?',
      'no-improvement-6-8-weeks': '¿Tu espalda sigue sin ninguna mejoría después de 6 a 8 semanas de tratamiento?',
    },
  },
};
