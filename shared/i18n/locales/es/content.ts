import type { ContentStrings } from '../en';

/**
 * Spanish exercise and tip text, keyed by the catalogue's ids; every list has
 * the English list's items in the same order. Terms as in the glossary of
 * ./core.ts.
 */
export const content: ContentStrings = {
  exercises: {
    'seated-cat-cow': {
      name: 'Gato-vaca en la silla',
      why: 'Suelta una espalda que ha pasado demasiado tiempo quieta en la misma postura',
      steps: [
        'Siéntate cerca del borde de la silla, con los pies apoyados y las manos sobre las rodillas.',
        'Al inspirar: inclina la pelvis hacia delante, eleva el pecho y mira un poco hacia arriba.',
        'Al espirar: redondea la espalda, mete la barbilla y lleva el ombligo hacia dentro.',
        'Sigue pasando despacio de una postura a otra al ritmo de la respiración.',
      ],
      cues: ['Deja que el movimiento empiece en la pelvis.', 'Mantén los hombros relajados y lejos de las orejas.'],
      avoid: ['Forzar el final de cualquiera de las dos posturas.', 'Seguir si el dolor se extiende a una pierna.'],
    },
    'standing-back-extension': {
      name: 'Extensión de espalda de pie',
      why: 'Contrarresta la flexión de estar sentado arqueando suavemente la espalda hacia el otro lado',
      steps: [
        'Ponte de pie con la espalda erguida y los pies separados al ancho de las caderas, cerca de la mesa.',
        'Coloca las palmas en la zona lumbar, con los dedos hacia abajo.',
        'Inclínate suavemente hacia atrás desde la cintura, con la mirada en el horizonte.',
        'Haz una breve pausa y vuelve a la posición erguida.',
      ],
      cues: ['Mantén las rodillas ligeramente flexionadas.', 'Inclínate solo hasta donde te resulte cómodo.'],
      avoid: [
        'Echar la cabeza hacia atrás.',
        'Dolor que se irradia a una pierna: detente y quédate de pie con normalidad.',
      ],
    },
    'chin-tucks': {
      name: 'Retracción de barbilla',
      why: 'Devuelve a su sitio, sobre los hombros, una cabeza que tiende a irse hacia delante',
      steps: [
        'Siéntate con la espalda erguida y apoyada en la silla.',
        'Lleva la barbilla recta hacia atrás, como si hicieras papada.',
        'Mantén mientras notas un estiramiento suave en la base del cráneo.',
        'Suelta despacio y repite.',
      ],
      cues: ['Mantén la mirada al frente.', 'Desliza la cabeza recta hacia atrás, sin bajarla.'],
      avoid: ['Forzar hasta sentir dolor, mareo u hormigueo en los brazos.'],
    },
    'shoulder-blade-squeeze': {
      name: 'Juntar los omóplatos',
      why: 'Activa los músculos de la espalda alta que mantienen los hombros atrás',
      steps: [
        'Siéntate o ponte de pie con la espalda erguida y los brazos relajados a los lados.',
        'Lleva los omóplatos hacia atrás y un poco hacia abajo, uno hacia el otro.',
        'Mantén la contracción mientras respiras con normalidad.',
        'Suelta despacio y repite.',
      ],
      cues: [
        'Los hombros se quedan bajos, lejos de las orejas.',
        'Imagina que guardas los omóplatos en los bolsillos traseros del pantalón.',
      ],
      avoid: ['Arquear la zona lumbar para ayudarte a apretar.'],
    },
    'seated-figure-four': {
      name: 'Estiramiento del cuatro en la silla',
      why: 'Relaja los músculos profundos de la cadera, que se tensan tras muchas horas en la silla',
      steps: [
        'Siéntate cerca del borde de la silla con los dos pies apoyados en el suelo.',
        'Apoya el tobillo derecho sobre la rodilla izquierda y deja caer la rodilla derecha hacia fuera.',
        'Mantén la espalda erguida; para estirar más, inclínate un poco hacia delante desde la cadera con la espalda alargada.',
        'Mantén respirando despacio y luego cambia de pierna.',
      ],
      cues: [
        'Flexiona el pie de la pierna cruzada para proteger la rodilla.',
        'Deberías notarlo en el glúteo, no en la rodilla.',
      ],
      avoid: ['Empujar hacia abajo la rodilla elevada.', 'Redondear la espalda para llegar más lejos.'],
    },
    'seated-knee-hug': {
      name: 'Rodilla al pecho en la silla',
      why: 'Estira suavemente la zona lumbar sin tener que bajar al suelo',
      steps: [
        'Siéntate con la espalda erguida en una silla estable, sin ruedas si es posible, con los pies apoyados.',
        'Levanta una rodilla y rodea con las manos la parte de atrás de ese muslo.',
        'Acerca la rodilla hacia ti hasta notar un estiramiento ligero en la zona lumbar.',
        'Mantén, baja el pie y cambia de pierna.',
      ],
      cues: ['Sujeta por detrás del muslo, no sobre la espinilla.', 'Deja los hombros relajados.'],
      avoid: ['Tirar de la rodilla de golpe.', 'Hacerlo en una silla que rueda o puede volcar.'],
    },
    'seated-side-bend': {
      name: 'Inclinación lateral en la silla',
      why: 'Abre los costados del tronco, que se ponen rígidos cuando no te mueves',
      steps: [
        'Siéntate con la espalda erguida, los dos pies apoyados y el peso repartido por igual entre los dos isquiones.',
        'Deja que la mano derecha se deslice hacia el suelo junto a la silla.',
        'Apoya la mano izquierda en el muslo e inclínate suavemente hacia la derecha.',
        'Mantén, vuelve al centro y repite hacia el otro lado.',
      ],
      cues: [
        'Inclínate justo hacia el lado, como si estuvieras entre dos cristales.',
        'Mantén los dos glúteos apoyados en el asiento.',
      ],
      avoid: ['Girar o inclinarte hacia delante mientras te inclinas hacia el lado.'],
    },
    'seated-twist': {
      name: 'Giro suave en la silla',
      why: 'Devuelve la facilidad de giro a la parte media de la espalda cuando está rígida',
      steps: [
        'Siéntate con la espalda erguida, los pies apoyados y las rodillas mirando al frente.',
        'Pon la mano derecha en la rodilla izquierda y la mano izquierda en el asiento, detrás de ti.',
        'Inspira para crecer hacia arriba y, al espirar, gira el pecho despacio hacia la izquierda.',
        'Mantén, vuelve al centro y gira hacia el otro lado.',
      ],
      cues: ['Gira desde las costillas, sin tirar con los brazos.', 'Deja que la cabeza acompañe al final.'],
      avoid: ['Forzar el final del giro.', 'Girar con la espalda encorvada.'],
    },
    'breathing-reset': {
      name: 'Respiración pausada',
      why: 'Respirar despacio calma la tensión muscular que acumula el estrés',
      steps: [
        'Apóyate en el respaldo y pon una mano sobre la barriga.',
        'Inspira despacio por la nariz y deja que la barriga se eleve bajo tu mano.',
        'Espira por los labios relajados, durante un poco más de tiempo que al inspirar.',
        'Deja que los hombros y la mandíbula se aflojen un poco más con cada espiración.',
      ],
      cues: ['Cada repetición es una respiración lenta.', 'El pecho casi no se mueve; lo que se mueve es la barriga.'],
      avoid: ['Forzar respiraciones profundas: para si notas mareo.'],
    },
    'standing-hamstring-stretch': {
      name: 'Estiramiento de isquiotibiales de pie',
      why: 'Alarga unos isquiotibiales acortados que tiran de la pelvis y de la zona lumbar',
      steps: [
        'Ponte de pie junto a la mesa, con una mano apoyada en ella para mantener el equilibrio.',
        'Adelanta el talón derecho un paso corto, con los dedos hacia arriba y la rodilla estirada pero sin bloquearla.',
        'Flexiona un poco la rodilla izquierda e inclínate hacia delante desde la cadera, con la espalda alargada.',
        'Mantén cuando notes el estiramiento detrás del muslo derecho y luego cambia de pierna.',
      ],
      cues: ['Lleva la cadera hacia atrás, como si cerraras un cajón detrás de ti.', 'Mantén el pecho abierto.'],
      avoid: [
        'Redondear la espalda para bajar más.',
        'Hormigueo o dolor que baja por la pierna: reduce la intensidad.',
      ],
    },
    'hip-flexor-lunge': {
      name: 'Zancada para flexores de cadera',
      why: 'Estira la parte delantera de la cadera, que se acorta tras todo el día en la silla',
      steps: [
        'Ponte de lado junto a la mesa y sujétate a ella con una mano.',
        'Lleva el pie derecho hacia atrás en una zancada corta, con el talón levantado.',
        'Lleva suavemente el coxis hacia abajo y flexiona un poco las dos rodillas.',
        'Mantén cuando notes el estiramiento en la parte delantera de la cadera derecha y luego cambia de lado.',
      ],
      cues: [
        'Mantén la rodilla delantera sobre el tobillo.',
        'Mantén el tronco erguido en lugar de inclinarte hacia delante.',
      ],
      avoid: ['Arquear la zona lumbar para estirar más.'],
    },
    'wall-angels': {
      name: 'Ángeles en la pared',
      why: 'Contrarresta los hombros redondeados y abre la espalda alta',
      steps: [
        'Ponte de espaldas a una pared, con los pies un paso corto por delante.',
        'Apoya en la pared la cabeza, la espalda alta y los glúteos.',
        'Sube los brazos con los codos doblados en ángulo recto y el dorso de las manos hacia la pared.',
        'Desliza los brazos despacio hacia arriba hasta donde te resulte cómodo y vuelve a bajarlos.',
      ],
      cues: ['No pasa nada si las manos no tocan la pared.', 'Mantén las costillas abajo.'],
      avoid: ['Pinchazos o dolor en el hombro.', 'Arquearte separándote de la pared.'],
    },
    'calf-raises': {
      name: 'Elevación de talones',
      why: 'Activa la circulación en unas piernas que han estado quietas bajo la mesa',
      steps: [
        'Ponte de pie con la espalda erguida, los pies separados al ancho de las caderas y las yemas de los dedos sobre la mesa.',
        'Sube despacio hasta apoyarte en la parte delantera de los pies.',
        'Haz una pausa arriba y baja los talones con control.',
      ],
      cues: ['Mantén el peso sobre los dedos gordos.', 'Sube y baja al mismo ritmo constante.'],
      avoid: ['Soltar el apoyo si te notas inestable.'],
    },
    'doorway-chest-stretch': {
      name: 'Estiramiento de pecho en el marco de la puerta',
      why: 'Abre un pecho que se cierra tras horas frente al teclado',
      steps: [
        'Colócate en el hueco de una puerta y apoya los antebrazos en el marco, con los codos a la altura de los hombros.',
        'Da un paso al frente con un pie, cruzando la puerta.',
        'Lleva el peso hacia delante despacio hasta notar un estiramiento en el pecho.',
        'Mantén respirando de forma regular y luego da un paso atrás.',
      ],
      cues: ['Mantén la barbilla nivelada y el cuello relajado.', 'Basta con inclinarte un poco.'],
      avoid: ['Hormigueo en las manos o dolor en la parte delantera del hombro.'],
    },
    'knee-to-chest': {
      name: 'Rodilla al pecho',
      why: 'Alivia la tensión de la zona lumbar',
      steps: [
        'Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
        'Sube una rodilla y sujétala por detrás del muslo con las dos manos.',
        'Acércala suavemente hasta notar un estiramiento en la zona lumbar.',
        'Mantén, baja la pierna despacio y haz el otro lado.',
      ],
      cues: ['Mantén el otro pie en el suelo.', 'Respira despacio mientras mantienes la posición.'],
      avoid: ['Tirar con fuerza de la rodilla.', 'Levantar la cabeza del suelo.'],
    },
    'childs-pose': {
      name: 'Postura del niño',
      why: 'Deja que toda la espalda se alargue y descanse',
      steps: [
        'Arrodíllate sobre una esterilla y lleva la cadera hacia atrás, hacia los talones.',
        'Avanza las manos por el suelo, por delante de ti.',
        'Deja que el pecho descanse sobre los muslos y apoya la frente.',
        'Quédate así y respira despacio hacia la espalda.',
      ],
      cues: [
        'Un cojín bajo la cadera o la frente lo hace más suave.',
        'Puedes separar más las rodillas si te resulta más cómodo.',
      ],
      avoid: ['Dolor en las rodillas.', 'Forzar la cadera hasta los talones.'],
    },
    'cat-cow': {
      name: 'Gato-vaca',
      why: 'Mueve suavemente toda la columna en todo su recorrido',
      steps: [
        'Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo la cadera.',
        'Al inspirar: deja que la barriga baje, eleva el pecho y mira al frente.',
        'Al espirar: empuja el suelo, redondea la espalda y deja caer la cabeza.',
        'Pasa despacio y con fluidez de una postura a otra.',
      ],
      cues: ['Mueve la espalda tramo a tramo.', 'Una toalla doblada bajo las rodillas ayuda.'],
      avoid: ['Forzar el arco o el redondeo.'],
    },
    plank: {
      name: 'Plancha',
      why: 'Da resistencia a los músculos profundos que sostienen la columna',
      steps: [
        'Acuéstate boca abajo y apóyate sobre los antebrazos, con los codos bajo los hombros.',
        'Aprieta el abdomen y elévate sobre las puntas de los pies.',
        'Mantén una línea recta de la cabeza a los talones y respira de forma regular.',
        'Para terminar, baja las rodillas al suelo.',
      ],
      cues: [
        'Empieza con las rodillas apoyadas si la versión completa es demasiado.',
        'Añade tiempo poco a poco, semana a semana.',
      ],
      avoid: ['Dejar que la cadera se hunda hacia el suelo.', 'Contener la respiración.'],
    },
    'bird-dog': {
      name: 'Perro de caza',
      why: 'Entrena la espalda y el abdomen para mantener estable la columna',
      steps: [
        'Empieza a cuatro patas con la espalda plana.',
        'Estira el brazo derecho hacia delante y la pierna izquierda hacia atrás.',
        'Mantén con la cadera nivelada y el abdomen suavemente activado.',
        'Vuelve despacio y cambia al otro brazo y la otra pierna.',
      ],
      cues: [
        'Imagina que llevas una taza de té en equilibrio sobre la zona lumbar.',
        'Alárgate hacia delante y hacia atrás, no hacia arriba.',
      ],
      avoid: ['Subir la pierna por encima de la altura de la cadera.', 'Dejar que la espalda se hunda.'],
    },
    superman: {
      name: 'Superman',
      why: 'Fortalece los músculos que recorren la columna por detrás',
      steps: [
        'Acuéstate boca abajo con los brazos estirados por delante de la cabeza.',
        'Despega a la vez del suelo los brazos, el pecho y las piernas, solo un poco.',
        'Mantén un momento con la mirada hacia el suelo.',
        'Baja despacio y descansa antes de la siguiente repetición.',
      ],
      cues: ['Basta con elevar unos pocos centímetros.', 'Mantén la nuca larga.'],
      avoid: ['Subir de golpe o notar un pinchazo en la zona lumbar.'],
    },
    walking: {
      name: 'Caminata suave',
      why: 'Movimiento suave y constante que mantiene la espalda sana a largo plazo',
      steps: [
        'Camina a un ritmo que todavía te permita mantener una conversación.',
        'Mantén la espalda erguida y deja que los brazos se balanceen con naturalidad.',
        'Añade un poco de tiempo cada semana, a medida que te resulte más fácil.',
      ],
      cues: ['Al principio, calzado cómodo y rutas llanas.'],
      avoid: ['Seguir a pesar de un dolor agudo.'],
    },
  },
  tips: {
    'let-the-chair-hold-you': {
      title: 'Deja que la silla sostenga tu espalda',
      body:
        'Lleva la cadera hasta el fondo del asiento para que la espalda descanse en el respaldo en lugar de quedarse en el aire, por delante. ' +
        'A la pequeña curva hacia dentro de la zona lumbar le sienta bien tener apoyo; si la silla no lo da, un cojín lumbar o una toalla enrollada cumplen esa función. ' +
        'Al encorvarte, ese trabajo pasa a los ligamentos, que se cansan y duelen a media tarde.',
    },
    'move-between-positions': {
      title: 'La mejor postura es la siguiente',
      body:
        'Incluso una postura bien apoyada se vuelve rígida si la mantienes durante horas. ' +
        'Cambia el peso de lado, descruza las piernas, ponte de pie para una llamada y vuelve a sentarte. ' +
        'Los recordatorios de esta app están para animarte a hacer justo estos pequeños cambios.',
    },
    'support-in-the-car': {
      title: 'Apoyo también en el coche',
      body:
        'Los trayectos largos cargan la espalda de forma muy parecida a una silla de oficina. ' +
        'Acerca el asiento lo suficiente para que las rodillas queden flexionadas y la espalda se mantenga en el respaldo, y añade un cojín lumbar si el asiento no trae apoyo integrado. ' +
        'En viajes largos, detente de vez en cuando para bajar del coche y caminar un poco.',
    },
    'desk-setup-checklist': {
      title: 'Ajusta tu puesto en cinco puntos',
      body:
        'Dedicar unos minutos a ajustar tu puesto compensa cada día de trabajo. ' +
        'Repasa la lista una vez ahora, y de nuevo siempre que cambies de mesa o de silla.',
      checklist: [
        'Silla: regulable, ajustada para que la cadera quede a la altura de las rodillas o un poco por encima.',
        'Apoyo lumbar: un cojín o una toalla enrollada que rellene el hueco detrás de la zona lumbar.',
        'Altura del monitor: el borde superior de la pantalla a la altura de los ojos o justo por debajo, a un brazo de distancia aproximadamente.',
        'Pies: apoyados en el suelo o en un reposapiés, nunca colgando.',
        'Teclado y ratón: lo bastante cerca para que los codos descansen junto al cuerpo, con las muñecas rectas.',
      ],
    },
    'laptop-on-a-stand': {
      title: 'Eleva el portátil',
      body:
        'Trabajar todo el día con un portátil tira de la cabeza hacia abajo y hacia delante, hacia la pantalla. ' +
        'Elévalo sobre un soporte o una pila de libros y usa un teclado y un ratón aparte, para que los ojos queden frente a la pantalla sin doblar el cuello.',
    },
    'stand-tall': {
      title: 'Espalda erguida, sin rigidez',
      body:
        'Imagina un hilo que tira de tu coronilla hacia el techo. ' +
        'Deja que los hombros se asienten hacia atrás y hacia abajo, y mete un poco la barbilla para que las orejas queden alineadas sobre los hombros. ' +
        'Mantén las rodillas sin bloquear y el peso repartido por igual entre los dos pies.',
    },
    'phone-at-eye-level': {
      title: 'Sube el teléfono a la altura de los ojos',
      body:
        'Mirar el teléfono hacia abajo durante mucho rato somete el cuello y la espalda alta a una tensión constante. ' +
        'Sostén la pantalla más alta y baja la mirada en lugar de toda la cabeza, y haz descansos mientras navegas.',
    },
    'lift-with-your-legs': {
      title: 'Levanta con las piernas',
      body:
        'Colócate cerca de la carga, con los pies separados para tener una base estable. ' +
        'Flexiona la cadera y las rodillas para agacharte, mantén la espalda alargada y pega el objeto al cuerpo mientras te levantas con la fuerza de las piernas. ' +
        'Doblarse de golpe al levantar algo es una de las formas más habituales de sufrir una distensión en la espalda.',
    },
    'turn-with-your-feet': {
      title: 'Gira con los pies, no con la espalda',
      body:
        'Girar el tronco mientras sostienes algo pesado castiga la columna. ' +
        'En su lugar, da pasos cortos para girar todo el cuerpo, y deja la carga con el mismo cuidado con que la levantaste. ' +
        'Si algo es demasiado pesado o incómodo de llevar, divídelo o pide ayuda.',
    },
    'stress-tightens-muscles': {
      title: 'El estrés se nota en los músculos',
      body:
        'Las preocupaciones y la presión tensan los músculos, y una espalda que ya duele es la primera en notarlo. ' +
        'Unos minutos de respiración abdominal lenta, yoga, meditación o un masaje pueden ayudar a soltar esa tensión. ' +
        'La respiración pausada, entre los ejercicios de escritorio, es una forma rápida de empezar.',
    },
    'boundaries-and-sleep': {
      title: 'Cuida tus noches y tu sueño',
      body:
        'Poner límites claros al horario de trabajo, acostarte a una hora regular y dedicar tiempo a tus aficiones reducen la carga que el estrés impone a tu cuerpo. ' +
        'Si el estrés o el bajo estado de ánimo no dejan de aumentar, hablar con un profesional es un paso sensato, no un fracaso.',
    },
    'small-losses-count': {
      title: 'Los pequeños cambios cuentan',
      body:
        'En personas con sobrepeso, perder incluso un poco quita una carga real a la columna. ' +
        'Las comidas basadas en alimentos frescos y poco procesados, y una actividad regular que disfrutes, son la forma constante de conseguirlo. ' +
        'Pide a tu médico que te ayude a fijar un objetivo realista.',
    },
    'heat-or-cold': {
      title: 'Frío para calmar, calor para soltar',
      body:
        'El frío ayuda cuando una zona está recién inflamada: reduce la hinchazón y atenúa el dolor. ' +
        'El calor ayuda a los músculos rígidos y tensos, porque aumenta el flujo sanguíneo y les ayuda a relajarse. ' +
        'Hay quien alterna los dos; pon siempre un paño entre la piel y la bolsa, y aplica cada uno durante ratos cortos.',
    },
    'when-a-flare-up-hits': {
      title: 'Cuando llega una crisis de dolor',
      body:
        'Los días malos llegan de vez en cuando, incluso si cuidas bien tu espalda. ' +
        'La mayoría se calman con cuidados sencillos en casa. ' +
        'Si las crisis son frecuentes o intensas, cuéntaselo a tu fisioterapeuta, porque quizá haya que cambiar tu programa en casa.',
      checklist: [
        'Pon una bolsa de hielo, envuelta en un paño, sobre la zona dolorida.',
        'Toma un analgésico de venta libre si es adecuado para ti, siguiendo las indicaciones del envase.',
        'Un masaje suave puede aliviar los músculos tensos.',
        'Descansa un rato corto y luego vuelve a moverte con suavidad según lo permita el dolor.',
        'Avisa a tu fisioterapeuta si las crisis se vuelven frecuentes o intensas.',
      ],
    },
    'see-a-physical-therapist': {
      title: 'Cuándo puede ayudarte un fisioterapeuta',
      body:
        'Algunos problemas de espalda necesitan algo más que autocuidado, y un fisioterapeuta puede diseñar un programa a tu medida. ' +
        'Pide a tu médico que te derive si te ocurre alguna de estas cosas.',
      checklist: [
        'El dolor dura más de unas semanas y te dificulta la vida diaria.',
        'No puedes moverte con la libertad de antes.',
        'Te estás recuperando de una operación de columna.',
        'Notas entumecimiento, hormigueo o debilidad en las piernas.',
        'Tienes síntomas de estrechamiento del canal espinal (estenosis espinal).',
      ],
    },
    'talk-to-a-doctor': {
      title: 'Cuándo hablar con tu médico',
      body:
        'Cuando el dolor de espalda no mejora, un médico puede revisar contigo las opciones, incluido si vale la pena plantearse una cirugía. ' +
        'Una pérdida nueva del control de la vejiga o del intestino, o una debilidad en brazos o piernas que no deja de empeorar, puede ser una urgencia: busca atención médica de inmediato.',
      checklist: [
        'Dolor intenso que no ha mejorado con medicación, terapia ni infiltraciones.',
        'Dificultad para caminar o para estar de pie.',
        'Síntomas neurológicos que no dejan de empeorar, como debilidad o pérdida del control de la vejiga o del intestino.',
        'Ningún avance tras 6 a 8 semanas de tratamiento sin cirugía.',
        'Una columna que se nota inestable después de una fractura o una infección.',
      ],
    },
  },
  tipCategories: {
    'sitting-and-lumbar-support': 'Postura sentada y apoyo lumbar',
    workstation: 'Tu puesto de trabajo',
    'standing-posture': 'Postura de pie',
    lifting: 'Levantar cargas',
    'stress-and-breathing': 'Estrés y respiración',
    weight: 'Peso',
    'heat-and-cold': 'Calor y frío',
    'flare-ups': 'Crisis de dolor',
    'when-to-see-a-professional': 'Cuándo consultar a un profesional',
  },
  postureCues: [
    'Siéntate al fondo para que la silla sostenga la curva de tu zona lumbar.',
    'Apoya la espalda en el respaldo en lugar de inclinarte hacia delante.',
    'Lleva los hombros hacia atrás y hacia abajo, y mete un poco la barbilla.',
    'Pies apoyados en el suelo, rodillas más o menos a la altura de la cadera.',
    'Sube la pantalla a la altura de los ojos en lugar de doblar el cuello hacia abajo.',
    'Cambia de postura: mueve el peso, descruza las piernas y vuelve a erguir la espalda.',
    'Mantén el teclado cerca para que los codos descansen junto al cuerpo.',
  ],
  microMoves: [
    'Gira despacio los hombros hacia atrás tres veces.',
    'Con la espalda erguida, presiona suavemente la zona lumbar contra la silla durante cinco respiraciones.',
    'Lleva la barbilla recta hacia atrás, mantén tres segundos y suelta.',
    'Junta los omóplatos durante cinco segundos.',
  ],
};
