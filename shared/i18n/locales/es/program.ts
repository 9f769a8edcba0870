import type { Strings } from '../en';

/**
 * Spanish strings of the program area: the questionnaire, the program panel,
 * the pain check-in ("registro de dolor"), the safety notices and the tips.
 * Terms as in the glossary of ./core.ts (crisis de dolor, señal de alarma,
 * programa en casa, fisioterapeuta). The reasons keep "Nombre: por qué"; the
 * "why" after the colon is lower-cased by shared/program/program-text.ts.
 */
export const program: Strings<'program'> = {
  title: 'Tu programa',
  onboarding: {
    welcome: {
      eyebrow: 'Bienvenida',
      title: 'Adaptemos los estiramientos a tu espalda',
      intro:
        'Unas preguntas, unos dos minutos, para elegir los ejercicios que te convienen y dejar fuera los que no. Puedes cambiar tus respuestas cuando quieras en la configuración.',
      start: 'Empezar las preguntas',
      skip: 'Omitir por ahora',
    },
    stepOf: 'Paso {{step}} de {{total}}',
    steps: {
      where: 'Dónde te duele',
      day: 'Tu día',
      preferences: 'Tus preferencias',
      conditions: 'Problemas de salud',
      safety: 'Preguntas de seguridad',
    },
    where: {
      legend: '¿Dónde te duele?',
      hint: 'Si no te duele nada, deja todo sin marcar.',
      duration: '¿Desde hace cuánto?',
      durations: {
        'under-3-months': 'Menos de 3 meses',
        longer: '3 meses o más',
      },
      severity: 'Dolor habitual, de 0 (nada) a 10 (el peor): <strong>{{value}}</strong>',
    },
    day: {
      worseWith: '¿Qué lo empeora?',
      worse: {
        sitting: 'Pasar tiempo en la silla',
        standing: 'Estar de pie',
        bending: 'Agacharse',
      },
      workSetup: 'Tu puesto de trabajo',
      workSetups: {
        desk: 'Un escritorio',
        'sit-stand': 'Un escritorio elevable',
        mixed: 'Mixto: parte en el escritorio, parte de pie',
      },
    },
    preferences: {
      breakStyle: 'Las pausas que prefieres',
      breakStyles: {
        'short-frequent': 'Cortas y frecuentes (2 minutos cada 30)',
        'fewer-longer': 'Menos y más largas (5 minutos cada hora)',
      },
      goal: 'Tu objetivo',
      goals: {
        relief: 'Alivio ya',
        strength: 'Una espalda más fuerte a largo plazo',
      },
    },
    conditions: {
      legend: '¿Te afecta alguna de estas situaciones?',
      hint: 'Los ejercicios que no se recomiendan en esos casos quedan fuera.',
      names: {
        pregnancy: 'Embarazo',
        osteoporosis: 'Osteoporosis',
        'recent-spinal-surgery': 'Cirugía de columna en el último año',
        'acute-disc': 'Un problema de disco que ahora da síntomas',
        'knee-problems': 'Problemas de rodilla (duele arrodillarse)',
        'wrist-problems': 'Problemas de muñeca (duele apoyarse en las manos)',
        'shoulder-problems': 'Problemas de hombro',
        'balance-problems': 'Problemas de equilibrio',
      },
    },
    safety: {
      legend: 'Marca las que se cumplan en tu caso ahora',
      hint: 'Estas señales requieren a un profesional, no ejercicio.',
      applySuggestions: 'Ajustar mi horario de pausas a mis respuestas',
    },
    next: 'Siguiente',
    back: 'Atrás',
    finish: 'Ver mi programa',
    saveFailed: 'No se pudieron guardar tus respuestas: {{reason}}',
    done: {
      title: 'Todo listo',
      stopped:
        'Por tus respuestas a las preguntas de seguridad, el programa de ejercicios está en pausa. En el panel principal verás qué hacer ahora.',
      toDashboard: 'Ir al panel principal',
    },
  },
  summary: {
    workday: 'Durante la jornada',
    home: 'En casa',
    leftOut: 'Quedan fuera: {{list}}.',
    leftOutItem: '{{name}} ({{reason}})',
  },
  panel: {
    intro:
      'Responde unas preguntas para que los estiramientos se adapten a tu espalda y queden fuera los que no te convienen.',
    personalise: 'Personalizar mi programa',
    stopped: 'En pausa por tu seguridad hasta que un profesional diga que puedes volver a hacer ejercicio.',
    workday_one: 'Tus pausas de la jornada usan {{count}} ejercicio.',
    workday_many: 'Tus pausas de la jornada van alternando {{count}} ejercicios.',
    workday_other: 'Tus pausas de la jornada van alternando {{count}} ejercicios.',
    workdayAndHome_one:
      'Tus pausas de la jornada usan {{count}} ejercicio; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_many:
      'Tus pausas de la jornada van alternando {{count}} ejercicios; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_other:
      'Tus pausas de la jornada van alternando {{count}} ejercicios; $t(program.panel.home, {"count": {{home}} }).',
    home_one: 'tu rutina en casa tiene {{count}}',
    home_many: 'tu rutina en casa tiene {{count}}',
    home_other: 'tu rutina en casa tiene {{count}}',
    show: 'Ver los ejercicios y por qué',
    hide: 'Ocultar los ejercicios',
    changeAnswers: 'Cambiar mis respuestas',
  },
  checkIn: {
    region: 'Registro de dolor',
    saved: 'Gracias: el registro de hoy está guardado.',
    areaPain: '{{area}}: <strong>{{value}}</strong> / 10',
    flareUp: 'Hoy tengo una crisis de dolor',
    worries: '¿Hay algo nuevo que te preocupe?',
    save: 'Guardar el registro de hoy',
  },
  safety: {
    notAdvice:
      '<strong>Esto no es consejo médico.</strong> {{app}} ofrece ejercicios y hábitos generales para cuidar la espalda en el día a día. No diagnostica ni trata nada. Si no sabes con seguridad si un ejercicio es adecuado para ti, consulta a un médico o a un fisioterapeuta.',
    urgentTitle: 'Busca atención médica hoy mismo',
    urgentBody:
      'Una pérdida nueva del control de la vejiga o del intestino, o debilidad o entumecimiento en una pierna o un brazo, puede ser señal de algo que requiere atención inmediata. Llama ahora a tu médico o, si no logras contactar, a un número de emergencias.',
    title: 'Consulta a un médico antes de continuar',
    body: 'Lo que nos contaste es motivo para que un médico te revise la espalda; puede derivarte a un fisioterapeuta. El ejercicio puede esperar hasta entonces.',
    toldUs: 'Nos dijiste:',
    paused:
      'Pusimos en pausa el programa de estiramientos. Los recordatorios para levantarte y moverte con suavidad siguen activos; detente si algo te duele.',
    resume: 'Un profesional dice que puedo volver a hacer ejercicio',
  },
  flareUp: {
    region: 'Crisis de dolor',
    advice:
      '<strong>Tu espalda ha tenido crisis de dolor</strong> ({{why}}). Las crisis de dolor ocurren, pero si son frecuentes o fuertes, conviene contárselo a un fisioterapeuta: quizá haya que ajustar tu programa en casa. Mientras tanto, el hielo, el reposo y los analgésicos sin receta pueden ayudar.',
    flareUps_one: '{{count}} crisis de dolor en los últimos {{days}} días',
    flareUps_many: '{{count}} crisis de dolor en los últimos {{days}} días',
    flareUps_other: '{{count}} crisis de dolor en los últimos {{days}} días',
    severePain: 'dolor de {{pain}} o más dos días seguidos',
  },
  reason: {
    plain: '{{name}}: {{why}}',
    outOfSitting: '{{name}}: {{why}}; te saca de la postura sentada',
    buildsStrength: '{{name}}: {{why}}; desarrolla una fuerza duradera',
    outOfSittingAndStrength: '{{name}}: {{why}}; te saca de la postura sentada y desarrolla una fuerza duradera',
  },
  excluded: {
    painful: 'doloroso en sesiones recientes: queda fuera',
    conditions: {
      pregnancy: 'no se recomienda durante el embarazo',
      osteoporosis: 'no se recomienda con osteoporosis',
      'recent-spinal-surgery': 'no se recomienda tras una cirugía de columna reciente',
      'acute-disc': 'no se recomienda con un problema de disco agudo',
      'knee-problems': 'no se recomienda con problemas de rodilla',
      'wrist-problems': 'no se recomienda con problemas de muñeca',
      'shoulder-problems': 'no se recomienda con problemas de hombro',
      'balance-problems': 'no se recomienda con problemas de equilibrio',
    },
  },
  tips: {
    showAll: 'Todos los consejos',
    hideAll: 'Ocultar los consejos',
  },
};
