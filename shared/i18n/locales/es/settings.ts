import type { Strings } from '../en';

/**
 * Spanish strings of the Settings window (renderer/src/settings/). Terms as in
 * the glossary of ./core.ts (pausa activa, control de postura, posponer,
 * omitir, programa en casa, caminata, horario laboral, señal de alarma,
 * configuración); the questionnaire is "el cuestionario", the daily goal "el
 * objetivo", the streak "la racha", the computer "este equipo". Labels stay
 * short (a number box sits to their right) and carry their unit in
 * parentheses. Group names go in quotation marks « ». No gendered adjectives
 * for the reader ("ocupado", "sentado"): rephrase.
 */
export const settings: Strings<'settings'> = {
  title: 'Configuración',
  close: 'Cerrar',
  loading: 'Cargando la configuración…',
  loadFailed: 'No se pudo cargar la configuración: {{message}}',
  groupsLabel: 'Grupos de la configuración',
  savesAsYouGo: 'Los cambios se guardan a medida que los haces.',
  saved: 'Todos los cambios están guardados.',
  refused: 'Este cambio no se guardó: {{message}}',
  groups: {
    reminders: {
      title: 'Recordatorios',
      intro: 'Controles de postura breves y pausas activas más largas a lo largo de tu jornada.',
    },
    schedule: {
      title: 'Horario',
      intro:
        'Cuándo se abre la app y cuándo puede enviarte recordatorios, además de tu programa en casa y tu caminata de cada día.',
    },
    'break-behaviour': {
      title: 'Reglas de pausa',
      intro:
        'Posponer y omitir, qué pasa mientras presentas o estás en plena tarea, y cuánto tiempo en la silla es suficiente.',
    },
    program: {
      title: 'Programa',
      intro:
        'Tus respuestas, que eligen tus ejercicios; el estado de seguridad del programa; las pausas guiadas y tu objetivo diario.',
    },
    appearance: {
      title: 'Apariencia',
      intro: 'Cómo se ve la app y en qué idioma te habla.',
    },
    camera: { title: 'Cámara', intro: 'Detección de postura opcional con tu cámara, solo en este ordenador.' },
    notifications: {
      title: 'Notificaciones',
      intro: 'Cómo te llegan los recordatorios.',
    },
    data: {
      title: 'Datos y privacidad',
      intro:
        'Tus datos se quedan en este equipo. Guarda tu configuración en un archivo para conservarla o llevarla a otro equipo, o vuelve a los valores predeterminados.',
    },
    about: {
      title: 'Acerca de',
      intro: 'Qué versión tienes y datos para copiar en un informe de error.',
    },
  },
  validation: {
    range: 'Escribe un número entre {{min}} y {{max}}; se conserva {{saved}}.',
    whole: 'Escribe un número entero entre {{min}} y {{max}}; se conserva {{saved}}.',
    rangeOnly: 'Escribe un número entero entre {{min}} y {{max}}.',
    time: 'Escribe una hora completa, como 09:30.',
    rangeOrder: 'Este intervalo debe terminar después de empezar (un intervalo no puede pasar de la medianoche).',
    overlap: 'Estos intervalos se solapan. Haz que cada uno termine antes de que empiece el siguiente.',
    tooMany_one: 'Un día puede tener como máximo {{count}} intervalo.',
    tooMany_many: 'Un día puede tener como máximo {{count}} intervalos.',
    tooMany_other: 'Un día puede tener como máximo {{count}} intervalos.',
  },
  reminders: {
    every: 'Cada (minutos)',
    posture: {
      title: 'Controles de postura',
      enabled: 'Recordarme revisar mi postura',
      mode: 'Tipo',
      modeCheck: 'Control de postura',
      modeSitStand: 'Alternar silla y de pie (escritorio elevable)',
      modeCheckHint: 'Un breve aviso para apoyar la espalda, bajar los hombros y meter la barbilla.',
      modeSitStandHint: 'Un ritmo para escritorio elevable: silla, de pie, luego moverte, y vuelta a empezar.',
      sitMinutes: 'Tiempo en la silla (minutos)',
      standMinutes: 'Tiempo de pie (minutos)',
      moveMinutes: 'Tiempo en movimiento (minutos)',
      durationSeconds: 'Mostrar cada control durante (segundos)',
      durationHint: 'Cuánto tiempo se queda el aviso en pantalla.',
      naturalResetMinutes: 'Reiniciar si me ausento durante (minutos)',
      naturalResetHint: 'El tiempo lejos del equipo cuenta como una pausa para la postura.',
    },
    movement: {
      title: 'Pausas activas',
      enabled: 'Recordarme levantarme y estirar',
      intervalHint: 'Se cuenta desde el final de la última pausa.',
      durationMinutes: 'Duración de una pausa (minutos)',
      noticeSeconds: 'Aviso antes de una pausa (segundos)',
      noticeHint: 'Un breve aviso para que termines la frase; 0 para ninguno.',
    },
  },
  schedule: {
    startTitle: 'Inicio',
    launchAtLogin: 'Abrir Posture Breaks al iniciar sesión',
    launchAtLoginHint: 'La app espera en la bandeja y te avisa desde el comienzo de tu jornada.',
    hoursTitle: 'Horario laboral',
    hoursEnabled: 'Recordarme solo en horario laboral',
    hoursOnHint: 'Fuera de este horario, y los días sin horario, no llega ningún recordatorio.',
    hoursOffHint:
      'Desactivado: los recordatorios llegan a cualquier hora. El horario de abajo se aplica cuando actives esta opción.',
    noHours: 'Sin horario laboral',
    rangeStart: '{{day}}, intervalo {{n}}: inicio',
    rangeEnd: '{{day}}, intervalo {{n}}: fin',
    to: 'a',
    remove: 'Quitar',
    removeRange: 'Quitar de {{start}} a {{end}} el {{day}}',
    addRange: 'Añadir horas',
    addRangeOn: 'Añadir horas el {{day}}',
    copyMonday: 'Usar el horario del {{day}} en cada día laborable',
    homeTitle: 'Programa en casa',
    homeEnabled: 'Recordarme hacer mi programa en casa',
    homeHint: 'Una rutina diaria de ejercicios en el suelo para fortalecer la espalda.',
    walkTitle: 'Caminatas',
    walkEnabled: 'Recordarme salir a caminar',
    at: 'Hora',
    onDays: 'Qué días',
    walkMinutes: 'Duración inicial (minutos)',
    walkMinutesHint: 'A partir de ahí, las caminatas se alargan con las semanas.',
  },
  breakBehaviour: {
    snoozeTitle: 'Posponer y omitir',
    strict: 'Modo estricto: sin posponer ni omitir',
    strictHint: 'Para cuando sabes que encontrarás excusas para no hacer ninguna pausa.',
    snoozeMinutes: 'Posponer durante (minutos)',
    maxSnoozes: 'Veces que puedo posponer cada pausa',
    maxSkips: 'Pausas seguidas que puedo omitir',
    zeroMeansNone: '0 para ninguna.',
    busyTitle: 'Si estoy en plena tarea',
    deferWhileBusy: 'Dejar en espera los recordatorios mientras presento o uso una app a pantalla completa',
    deferHint: 'Los recordatorios en espera llegan cuando vuelves a estar libre.',
    maxDeferral: 'Tiempo máximo en espera (minutos)',
    maxDeferralHint: 'Pasado ese tiempo, un recordatorio en espera llega igualmente.',
    microMove: 'Mientras tanto, mostrar los controles de postura como un micromovimiento silencioso en la silla',
    microMoveHint: 'Un ejercicio discreto que puedes hacer en la silla sin que nadie lo note.',
    sittingTitle: 'Tiempo en la silla',
    sittingEnabled: 'Avisarme cuando pase demasiado tiempo en la silla en un día',
    sittingHint: 'Cuenta cada minuto de hoy en la silla, con pausas o sin ellas.',
    sittingMinutes: 'Tiempo máximo en la silla al día (minutos)',
  },
  program: {
    answersTitle: 'Tus respuestas',
    answers: {
      new: 'Aún no has respondido el cuestionario. Unas preguntas sobre tu espalda permiten a la app elegir los ejercicios que te convienen.',
      skipped:
        'Omitiste el cuestionario, así que tu programa incluye ejercicios suaves adecuados para la mayoría de las personas.',
      completed: 'Tus respuestas eligen tus ejercicios y dejan fuera los que no te convienen.',
    },
    changeAnswers: 'Cambiar mis respuestas',
    answerNow: 'Responder el cuestionario',
    openFailed: 'No se pudo abrir el cuestionario: {{message}}',
    safetyTitle: 'Seguridad',
    running:
      'Tu programa está en marcha. Si alguna vez le indicas a la app una señal de alarma, la app detiene el programa y te pide que consultes a un médico.',
    stopped: 'Tu programa de estiramientos está en pausa desde el {{date}}.',
    youSaid: 'Respondiste que sí a:',
    stoppedAdvice:
      'Consulta a un médico, que puede derivarte a un fisioterapeuta. Los recordatorios para levantarte y moverte con suavidad siguen activos; detente si algo te duele.',
    resume: 'Un profesional dice que puedo volver a hacer ejercicio',
    resumeAsk: '¿Reanudar el programa de estiramientos?',
    resumeExplain:
      'Reanúdalo solo si un médico o un fisioterapeuta te ha dicho que el ejercicio es adecuado para ti. Detén cualquier ejercicio que te duela.',
    resumeConfirm: 'Reanudar el programa',
    resumeFailed: 'No se pudo reanudar el programa: {{message}}',
    playerTitle: 'Pausas guiadas y objetivo',
    sound: 'Reproducir un sonido suave en cada paso de una pausa guiada',
    target: 'Objetivo diario (% de pausas hechas)',
    targetHint: 'Un día que lo alcanza suma a tu racha, y los gráficos lo muestran como una línea.',
  },
  appearance: {
    title: 'Aspecto e idioma',
    theme: 'Tema',
    themeSystem: 'Según el sistema',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
    language: 'Idioma',
    languageSystem: 'Según el sistema',
    languageHint: 'El menú de la bandeja y las notificaciones también lo usan.',
  },
  camera: {
    title: 'Detección de postura con la cámara',
    enabled: 'Vigilar mi postura con la cámara',
    onHint:
      'Activado: la app echa un vistazo breve de vez en cuando y te avisa cuando te alejas de tu propia postura erguida.',
    offHint: 'Desactivado: la cámara no se usa nunca. Los recordatorios siguen solo el reloj.',
    measures:
      'Qué mide: dónde están tu cabeza y tus hombros, convertido en unas pocas cifras por vistazo (a qué altura queda la cabeza sobre los hombros y cuánto te acercas a la pantalla).',
    neverKept:
      'Qué no hace nunca: no guarda, muestra ni envía ninguna imagen ni vídeo. Los fotogramas están en memoria un instante y nada sale de este ordenador.',
    light:
      'La cámara se enciende alrededor de un segundo por vistazo y se libera entre uno y otro, así que su luz se apaga. La bandeja indica cuándo está en uso.',
    nudges:
      'Un control de postura llega solo tras un desvío que se mantiene, respeta tu horario, las pausas y los momentos ocupados, y se puede posponer.',
    rulesTitle: 'Cada cuánto mira y cuándo avisa',
    lookEvery: 'Mirar cada (segundos)',
    lookEveryHint: 'Menos vistazos mantienen el ordenador más tranquilo; más notan antes un desvío.',
    nudgeAfter: 'Avisarme tras un desvío de (minutos)',
    cooldown: 'Como mucho un control cada (minutos)',
  },
  notifications: {
    title: 'Notificaciones del escritorio',
    enabled: 'Mostrar notificaciones del escritorio',
    onHint: 'Los recordatorios llegan como notificaciones de tu sistema.',
    offHint: 'Desactivado: cuando toca una pausa activa, se abre la ventana de la pausa.',
    buttons:
      'Donde el sistema muestra botones en las notificaciones (macOS, Windows), estos permiten empezar, posponer y omitir; en los demás, lo permiten el menú de la bandeja y el panel principal.',
  },
  data: {
    whereTitle: 'Dónde se guardan tus datos',
    local:
      'Todo se queda en este equipo: sin cuenta ni servidor. Tu historial se guarda como archivos sencillos en la carpeta de datos.',
    folder: 'Carpeta de datos:',
    transferTitle: 'Exportar e importar',
    transferText:
      'El archivo contiene tu configuración, no tus respuestas al cuestionario ni información de salud; al importar uno, se conservan las respuestas guardadas en este equipo.',
    export: 'Exportar la configuración',
    import: 'Importar una configuración…',
    exported: 'Tu configuración se guardó como {{file}}.',
    imported: 'Se importó la configuración de {{file}}. Ya está en vigor.',
    importedMigrated:
      'Se importó la configuración de {{file}}, actualizada desde una versión anterior de la app. Ya está en vigor.',
    refused: {
      'too-large': '{{file}} es demasiado grande para ser un archivo de configuración.',
      'not-json': '{{file}} no es un archivo JSON.',
      'not-settings': '{{file}} no contiene una configuración de Posture Breaks.',
      'newer-version':
        '{{file}} viene de una versión más reciente de Posture Breaks. Actualiza la app y vuelve a importarlo.',
      invalid: 'Algunos valores de {{file}} no son válidos:',
    },
    nothingChanged: 'No se cambió nada.',
    issue: '{{path}}: {{message}}',
    issueTop: '{{message}}',
    failed: 'No funcionó: {{message}}',
    resetTitle: 'Volver a empezar',
  },
  reset: {
    groupButton: 'Restablecer «{{group}}» a los valores predeterminados…',
    allButton: 'Restablecer toda la configuración a los valores predeterminados…',
    ask: '¿Restablecer la configuración de «{{group}}»?',
    askAll: '¿Restablecer toda la configuración?',
    explain: 'Cada ajuste de «{{group}}» vuelve a su valor predeterminado y se aplica de inmediato.',
    explainAll: 'Cada ajuste vuelve a su valor predeterminado y se aplica de inmediato.',
    keeps: 'Se conservan tus respuestas al cuestionario y el estado de seguridad del programa.',
    confirm: 'Restablecer',
    done: 'La configuración de «{{group}}» volvió a sus valores predeterminados.',
    doneAll: 'Toda la configuración volvió a sus valores predeterminados.',
    failed: 'No se pudo restablecer la configuración: {{message}}',
  },
  dialog: {
    cancel: 'Cancelar',
  },
  about: {
    version: 'Versión',
    runsOn: 'Se ejecuta en',
    runsOnElectron: 'Electron {{electron}} con Node {{node}}',
    runsOnWeb: 'el servidor web local, con Node {{node}}',
    dataFolder: 'Carpeta de datos',
    logFile: 'Archivo de registro',
    noLogFile: 'ninguno',
    openFolder: 'Abrir la carpeta de datos',
    copy: 'Copiar el diagnóstico',
    copied: 'Copiado',
    copyFailed: 'No se pudo copiar el diagnóstico al portapapeles.',
  },
};
