import type { ContentStrings } from '../en';

/**
 * French exercise and tip text, keyed by the catalogue's ids
 * (shared/content/). Every list has the same items in the same order as the
 * English one; the terms and typography follow ./core.ts.
 */
export const content: ContentStrings = {
  exercises: {
    'seated-cat-cow': {
      name: 'Chat-vache assis',
      why: 'Assouplit un dos resté trop longtemps figé dans la même position',
      steps: [
        'Asseyez-vous vers l’avant de votre chaise, pieds à plat, mains posées sur les genoux.',
        'Inspirez : basculez le bassin vers l’avant, soulevez la poitrine et regardez légèrement vers le haut.',
        'Expirez : arrondissez le dos, rentrez le menton et le ventre.',
        'Continuez à passer lentement d’une position à l’autre au rythme de votre respiration.',
      ],
      cues: ['Laissez le mouvement partir du bassin.', 'Gardez les épaules détendues, loin des oreilles.'],
      avoid: [
        'Forcer en fin de mouvement, dans un sens comme dans l’autre.',
        'Continuer si la douleur s’étend dans une jambe.',
      ],
    },
    'standing-back-extension': {
      name: 'Extension du dos debout',
      why: 'Compense la flexion de la position assise en cambrant doucement dans l’autre sens',
      steps: [
        'Tenez-vous droit, pieds écartés à la largeur des hanches, près de votre bureau.',
        'Placez les paumes sur le bas du dos, doigts vers le bas.',
        'Penchez-vous doucement en arrière à partir de la taille, le regard à l’horizon.',
        'Marquez une courte pause, puis redressez-vous.',
      ],
      cues: ['Gardez les genoux souples.', 'Ne vous penchez que tant que c’est confortable.'],
      avoid: [
        'Rejeter la tête en arrière.',
        'Une douleur qui descend dans une jambe : arrêtez et tenez-vous normalement.',
      ],
    },
    'chin-tucks': {
      name: 'Rétraction du menton',
      why: 'Ramène au-dessus des épaules une tête qui a glissé vers l’avant',
      steps: [
        'Asseyez-vous bien droit, le dos contre le dossier.',
        'Reculez le menton à l’horizontale, comme pour faire un double menton.',
        'Tenez la position tant que vous sentez un léger étirement à la base du crâne.',
        'Relâchez lentement et recommencez.',
      ],
      cues: ['Gardez le regard à l’horizontale.', 'Glissez droit vers l’arrière plutôt que de hocher la tête.'],
      avoid: ['Insister malgré une douleur, des vertiges ou des fourmillements dans les bras.'],
    },
    'shoulder-blade-squeeze': {
      name: 'Rapprochement des omoplates',
      why: 'Réveille les muscles du haut du dos qui maintiennent les épaules en arrière',
      steps: [
        'Asseyez-vous ou tenez-vous droit, bras relâchés le long du corps.',
        'Tirez les omoplates vers l’arrière et légèrement vers le bas, l’une vers l’autre.',
        'Maintenez la contraction en respirant normalement.',
        'Relâchez lentement et recommencez.',
      ],
      cues: [
        'Les épaules restent basses, loin des oreilles.',
        'Imaginez que vous glissez les omoplates dans vos poches arrière.',
      ],
      avoid: ['Cambrer le bas du dos pour aider le mouvement.'],
    },
    'seated-figure-four': {
      name: 'Étirement en 4 assis',
      why: 'Détend les muscles profonds de la hanche, qui se raidissent quand on reste longtemps assis',
      steps: [
        'Asseyez-vous vers l’avant de votre chaise, les deux pieds à plat.',
        'Posez la cheville droite sur le genou gauche et laissez le genou droit s’ouvrir vers l’extérieur.',
        'Tenez-vous droit ; pour étirer davantage, penchez-vous un peu en avant depuis les hanches, le dos long.',
        'Tenez en respirant lentement, puis changez de jambe.',
      ],
      cues: [
        'Fléchissez le pied de la jambe croisée pour protéger le genou.',
        'Vous devez le sentir dans la fesse, pas dans le genou.',
      ],
      avoid: ['Appuyer sur le genou relevé.', 'Arrondir le dos pour aller plus loin.'],
    },
    'seated-knee-hug': {
      name: 'Genou-poitrine assis',
      why: 'Étire doucement le bas du dos sans avoir à se mettre au sol',
      steps: [
        'Asseyez-vous bien droit sur une chaise stable, sans roulettes si possible, pieds à plat.',
        'Levez un genou et entourez l’arrière de cette cuisse avec vos mains.',
        'Ramenez doucement le genou vers vous jusqu’à sentir un léger étirement en bas du dos.',
        'Tenez, reposez le pied et changez de jambe.',
      ],
      cues: ['Tenez l’arrière de la cuisse plutôt que le tibia.', 'Gardez les épaules détendues.'],
      avoid: ['Tirer brusquement le genou vers soi.', 'Le faire sur une chaise qui roule ou qui bascule.'],
    },
    'seated-side-bend': {
      name: 'Inclinaison latérale assise',
      why: 'Ouvre les flancs, qui se raidissent quand on reste assis sans bouger',
      steps: [
        'Asseyez-vous droit, les deux pieds à plat, le poids réparti sur les deux ischions.',
        'Laissez la main droite glisser vers le sol, à côté de la chaise.',
        'Posez la main gauche sur la cuisse et penchez-vous doucement vers la droite.',
        'Tenez, revenez au centre et recommencez de l’autre côté.',
      ],
      cues: ['Inclinez-vous bien sur le côté, comme entre deux vitres.', 'Gardez les deux fesses sur l’assise.'],
      avoid: ['Tourner le buste ou se pencher en avant pendant l’inclinaison.'],
    },
    'seated-twist': {
      name: 'Torsion douce assise',
      why: 'Redonne de l’aisance en rotation au milieu du dos quand il est raide',
      steps: [
        'Asseyez-vous droit, pieds à plat, genoux orientés vers l’avant.',
        'Posez la main droite sur le genou gauche et la main gauche sur l’assise, derrière vous.',
        'Inspirez en vous grandissant, puis tournez lentement la poitrine vers la gauche en expirant.',
        'Tenez, revenez au centre et tournez de l’autre côté.',
      ],
      cues: ['Tournez à partir de la cage thoracique, sans tirer avec les bras.', 'Laissez la tête suivre en dernier.'],
      avoid: ['Forcer en fin de rotation.', 'Tourner en étant avachi.'],
    },
    'breathing-reset': {
      name: 'Pause respiration',
      why: 'Respirer lentement apaise les tensions musculaires que le stress accumule',
      steps: [
        'Calez-vous au fond de votre chaise et posez une main sur le ventre.',
        'Inspirez lentement par le nez en laissant le ventre se soulever sous votre main.',
        'Expirez par les lèvres détendues, un peu plus longtemps que l’inspiration.',
        'Laissez les épaules et la mâchoire se relâcher un peu plus à chaque expiration.',
      ],
      cues: [
        'Chaque répétition correspond à une respiration lente.',
        'La poitrine bouge peu ; c’est le ventre qui bouge.',
      ],
      avoid: ['Forcer de grandes respirations : arrêtez si la tête vous tourne.'],
    },
    'standing-hamstring-stretch': {
      name: 'Étirement des ischio-jambiers debout',
      why: 'Allonge les ischio-jambiers raides qui tirent sur le bassin et le bas du dos',
      steps: [
        'Placez-vous à côté de votre bureau, une main posée dessus pour l’équilibre.',
        'Posez le talon droit un petit pas devant vous, orteils relevés, genou tendu sans être verrouillé.',
        'Fléchissez légèrement le genou gauche et basculez vers l’avant depuis les hanches, le dos long.',
        'Tenez quand vous sentez un étirement derrière la cuisse droite, puis changez de jambe.',
      ],
      cues: [
        'Poussez les hanches vers l’arrière, comme pour fermer un tiroir derrière vous.',
        'Gardez la poitrine ouverte.',
      ],
      avoid: [
        'Arrondir le dos pour descendre plus bas.',
        'Des fourmillements ou une douleur qui descend dans la jambe : relâchez.',
      ],
    },
    'hip-flexor-lunge': {
      name: 'Étirement des fléchisseurs de hanche en fente',
      why: 'Étire l’avant de la hanche, qui se raccourcit à force de rester assis toute la journée',
      steps: [
        'Placez-vous de profil par rapport à votre bureau et tenez-le d’une main.',
        'Reculez le pied droit pour vous placer en fente courte, talon décollé.',
        'Rentrez doucement le coccyx et fléchissez légèrement les deux genoux.',
        'Tenez quand vous sentez un étirement à l’avant de la hanche droite, puis changez de côté.',
      ],
      cues: ['Gardez le genou avant au-dessus de la cheville.', 'Restez droit plutôt que de vous pencher en avant.'],
      avoid: ['Cambrer le bas du dos pour accentuer l’étirement.'],
    },
    'wall-angels': {
      name: 'Anges au mur',
      why: 'Combat l’enroulement des épaules et ouvre le haut du dos',
      steps: [
        'Placez-vous dos au mur, les pieds un petit pas en avant.',
        'Appuyez la tête, le haut du dos et les fesses contre le mur.',
        'Levez les bras en chandelier, le dos des mains vers le mur.',
        'Faites glisser lentement les bras vers le haut, aussi loin que c’est confortable, puis redescendez.',
      ],
      cues: ['Ce n’est pas grave si vos mains ne touchent pas le mur.', 'Gardez les côtes basses.'],
      avoid: ['Un pincement ou une douleur dans l’épaule.', 'Se cambrer en décollant du mur.'],
    },
    'calf-raises': {
      name: 'Montées sur la pointe des pieds',
      why: 'Relance la circulation dans des jambes restées immobiles sous le bureau',
      steps: [
        'Tenez-vous droit, pieds écartés à la largeur des hanches, le bout des doigts sur le bureau.',
        'Montez lentement sur la pointe des pieds.',
        'Marquez une pause en haut, puis redescendez les talons en contrôlant le mouvement.',
      ],
      cues: ['Gardez le poids au-dessus des gros orteils.', 'Montez et descendez au même rythme régulier.'],
      avoid: ['Lâcher l’appui si vous vous sentez instable.'],
    },
    'doorway-chest-stretch': {
      name: 'Étirement des pectoraux dans l’encadrement de porte',
      why: 'Ouvre une poitrine qui se referme après des heures au clavier',
      steps: [
        'Placez-vous dans l’encadrement d’une porte, avant-bras contre les montants, coudes à hauteur d’épaule.',
        'Avancez un pied au-delà du seuil.',
        'Transférez lentement votre poids vers l’avant jusqu’à sentir un étirement sur toute la poitrine.',
        'Tenez en respirant calmement, puis reculez.',
      ],
      cues: ['Gardez le menton à l’horizontale et la nuque détendue.', 'Une légère inclinaison suffit.'],
      avoid: ['Des fourmillements dans les mains ou une douleur à l’avant de l’épaule.'],
    },
    'knee-to-chest': {
      name: 'Genou-poitrine',
      why: 'Soulage les tensions du bas du dos',
      steps: [
        'Allongez-vous sur le dos, les deux genoux fléchis, pieds à plat au sol.',
        'Ramenez un genou et tenez-le derrière la cuisse avec les deux mains.',
        'Rapprochez-le doucement jusqu’à sentir un étirement dans le bas du dos.',
        'Tenez, redescendez lentement la jambe et passez de l’autre côté.',
      ],
      cues: ['Gardez l’autre pied au sol.', 'Respirez lentement pendant le maintien.'],
      avoid: ['Tirer fort sur le genou.', 'Décoller la tête du sol.'],
    },
    'childs-pose': {
      name: 'Posture de l’enfant',
      why: 'Permet à tout le dos de s’allonger et de se reposer',
      steps: [
        'Mettez-vous à genoux sur un tapis et descendez les hanches vers les talons.',
        'Avancez les mains devant vous sur le sol.',
        'Laissez la poitrine reposer sur les cuisses et posez le front au sol.',
        'Restez ainsi et respirez lentement dans votre dos.',
      ],
      cues: [
        'Un coussin sous les hanches ou sous le front rend la posture plus douce.',
        'Vous pouvez écarter davantage les genoux pour plus de confort.',
      ],
      avoid: ['Une douleur dans les genoux.', 'Forcer pour amener les hanches sur les talons.'],
    },
    'cat-cow': {
      name: 'Chat-vache',
      why: 'Mobilise doucement toute la colonne sur toute son amplitude',
      steps: [
        'Mettez-vous à quatre pattes, mains sous les épaules, genoux sous les hanches.',
        'Inspirez : laissez le ventre descendre, soulevez la poitrine et regardez devant vous.',
        'Expirez : repoussez le sol, arrondissez le dos et laissez tomber la tête.',
        'Enchaînez lentement les deux positions.',
      ],
      cues: ['Bougez une portion du dos à la fois.', 'Une serviette pliée sous les genoux aide.'],
      avoid: ['Forcer la cambrure ou l’arrondi.'],
    },
    plank: {
      name: 'Planche',
      why: 'Développe l’endurance des muscles profonds qui soutiennent la colonne',
      steps: [
        'Allongez-vous sur le ventre, puis appuyez-vous sur les avant-bras, coudes sous les épaules.',
        'Contractez le ventre et soulevez-vous sur la pointe des pieds.',
        'Gardez une ligne droite de la tête aux talons et respirez régulièrement.',
        'Posez les genoux au sol pour terminer.',
      ],
      cues: [
        'Commencez sur les genoux si la version complète est trop difficile.',
        'Augmentez la durée progressivement, d’une semaine à l’autre.',
      ],
      avoid: ['Laisser les hanches s’affaisser vers le sol.', 'Retenir sa respiration.'],
    },
    'bird-dog': {
      name: 'Extension croisée à quatre pattes',
      why: 'Apprend au dos et au ventre à garder la colonne stable',
      steps: [
        'Commencez à quatre pattes, le dos plat.',
        'Tendez le bras droit vers l’avant et la jambe gauche vers l’arrière.',
        'Tenez, les hanches à niveau et le ventre légèrement contracté.',
        'Revenez lentement et changez de bras et de jambe.',
      ],
      cues: [
        'Imaginez une tasse de thé posée en équilibre sur le bas de votre dos.',
        'Cherchez à aller loin plutôt que haut.',
      ],
      avoid: ['Lever la jambe plus haut que la hanche.', 'Laisser le dos s’affaisser.'],
    },
    superman: {
      name: 'Superman',
      why: 'Renforce les muscles le long de la colonne vertébrale',
      steps: [
        'Allongez-vous sur le ventre, les bras tendus au-delà de la tête.',
        'Soulevez ensemble les bras, la poitrine et les jambes, juste un peu au-dessus du sol.',
        'Tenez brièvement, le regard tourné vers le sol.',
        'Redescendez lentement et reposez-vous avant la répétition suivante.',
      ],
      cues: ['Quelques centimètres suffisent largement.', 'Gardez la nuque longue.'],
      avoid: ['Monter par à-coups ou sentir un pincement dans le bas du dos.'],
    },
    walking: {
      name: 'Marche tranquille',
      why: 'Un mouvement doux et régulier qui garde le dos en bonne santé sur la durée',
      steps: [
        'Marchez à un rythme qui vous permet encore de tenir une conversation.',
        'Tenez-vous droit et laissez vos bras se balancer naturellement.',
        'Allongez un peu la durée d’une semaine à l’autre, à mesure que cela devient plus facile.',
      ],
      cues: ['Au début, des chaussures confortables et des parcours plats.'],
      avoid: ['Continuer malgré une douleur vive.'],
    },
  },
  tips: {
    'let-the-chair-hold-you': {
      title: 'Laissez la chaise soutenir votre dos',
      body:
        'Reculez les hanches jusqu’au fond du siège pour que votre dos repose contre le dossier au lieu de flotter devant. ' +
        'La petite cambrure naturelle du bas du dos aime être soutenue ; un coussin lombaire ou une serviette roulée fait l’affaire si la chaise ne le fait pas. ' +
        'En vous avachissant, vous laissez le travail à vos ligaments, qui se fatiguent et deviennent douloureux dès l’après-midi.',
    },
    'move-between-positions': {
      title: 'La meilleure position, c’est la suivante',
      body:
        'Même une posture bien soutenue finit par raidir si vous la gardez pendant des heures. ' +
        'Déplacez votre poids, décroisez les jambes, levez-vous pour un appel, puis rasseyez-vous. ' +
        'Les rappels de cette application sont là pour susciter exactement ces petits changements.',
    },
    'support-in-the-car': {
      title: 'Un bon soutien en voiture aussi',
      body:
        'Les longs trajets en voiture sollicitent le dos à peu près comme une chaise de bureau. ' +
        'Avancez le siège assez pour que vos genoux restent fléchis et votre dos contre le dossier, et ajoutez un coussin lombaire si le siège n’a pas de soutien intégré. ' +
        'Sur les longs trajets, arrêtez-vous de temps en temps pour sortir et marcher un peu.',
    },
    'desk-setup-checklist': {
      title: 'Réglez votre bureau en cinq points',
      body:
        'Les quelques minutes passées à régler votre poste sont rentabilisées chaque jour de travail. ' +
        'Parcourez la liste une fois maintenant, puis à chaque changement de bureau ou de chaise.',
      checklist: [
        'Chaise : un modèle réglable, à une hauteur où vos hanches sont au niveau des genoux ou légèrement au-dessus.',
        'Rouleau lombaire : un coussin ou une serviette roulée qui comble l’espace derrière le bas du dos.',
        'Hauteur de l’écran : le haut de l’écran au niveau des yeux ou juste en dessous, à environ une longueur de bras.',
        'Pieds : à plat sur le sol ou sur un repose-pieds, jamais dans le vide.',
        'Clavier et souris : assez proches pour que vos coudes restent près du corps, poignets droits.',
      ],
    },
    'laptop-on-a-stand': {
      title: 'Surélevez l’ordinateur portable',
      body:
        'Travailler toute la journée sur un ordinateur portable tire la tête vers le bas et vers l’avant, en direction de l’écran. ' +
        'Posez-le sur un support ou une pile de livres et utilisez un clavier et une souris séparés, pour que vos yeux soient face à l’écran sans plier la nuque.',
    },
    'stand-tall': {
      title: 'Se tenir droit sans se raidir',
      body:
        'Imaginez un fil qui tire le sommet de votre tête vers le plafond. ' +
        'Laissez les épaules descendre vers l’arrière et vers le bas, et rentrez légèrement le menton pour que vos oreilles soient alignées au-dessus de vos épaules. ' +
        'Gardez les genoux souples et répartissez votre poids de façon égale sur les deux pieds.',
    },
    'phone-at-eye-level': {
      title: 'Levez le téléphone à hauteur des yeux',
      body:
        'Baisser longtemps les yeux sur son téléphone impose une tension constante à la nuque et au haut du dos. ' +
        'Tenez l’écran plus haut, baissez les yeux plutôt que toute la tête, et faites des pauses dans le défilement.',
    },
    'lift-with-your-legs': {
      title: 'Soulevez avec les jambes',
      body:
        'Placez-vous près de la charge, pieds écartés pour une base stable. ' +
        'Fléchissez les hanches et les genoux pour vous accroupir, gardez le dos long et serrez l’objet contre vous en vous relevant à la force des jambes. ' +
        'Se pencher brusquement en soulevant une charge est l’une des causes les plus fréquentes de lésions musculaires du dos.',
    },
    'turn-with-your-feet': {
      title: 'Tournez avec les pieds, pas avec le dos',
      body:
        'Se tourner en portant quelque chose de lourd est éprouvant pour la colonne. ' +
        'Faites plutôt de petits pas pour tourner tout le corps, et reposez la charge avec la même prudence que lorsque vous l’avez soulevée. ' +
        'Si un objet est trop lourd ou encombrant, répartissez la charge ou demandez de l’aide.',
    },
    'stress-tightens-muscles': {
      title: 'Le stress se loge dans vos muscles',
      body:
        'Les soucis et la pression crispent les muscles, et un dos déjà douloureux est le premier à le sentir. ' +
        'Quelques minutes de respiration abdominale lente, de yoga, de méditation ou un massage peuvent aider à relâcher la tension. ' +
        'La pause respiration, parmi les exercices au bureau, est un moyen rapide de commencer.',
    },
    'boundaries-and-sleep': {
      title: 'Protégez vos soirées et votre sommeil',
      body:
        'Des limites claires aux heures de travail, une heure de coucher régulière et du temps pour vos loisirs réduisent la charge que le stress fait peser sur votre corps. ' +
        'Si le stress ou la baisse de moral ne cessent de s’accumuler, parler à un professionnel est une démarche sensée, pas un échec.',
    },
    'small-losses-count': {
      title: 'Les petits changements comptent',
      body:
        'En cas de surpoids, perdre même un peu de poids soulage réellement la colonne. ' +
        'Des repas à base d’aliments peu transformés et une activité régulière qui vous plaît sont la manière durable d’y parvenir. ' +
        'Demandez à votre médecin de vous aider à fixer un objectif réaliste.',
    },
    'heat-or-cold': {
      title: 'Le froid pour calmer, le chaud pour détendre',
      body:
        'Le froid aide quand une zone vient de s’enflammer : il réduit le gonflement et atténue la douleur. ' +
        'La chaleur aide les muscles raides et tendus en stimulant la circulation sanguine et en les aidant à se détendre. ' +
        'Certaines personnes alternent les deux ; gardez toujours un linge entre votre peau et la poche, et appliquez l’un ou l’autre pendant de courtes périodes.',
    },
    'when-a-flare-up-hits': {
      title: 'Quand une crise survient',
      body:
        'Les mauvais jours arrivent de temps en temps, même quand on prend bien soin de son dos. ' +
        'La plupart s’apaisent avec des soins simples à la maison. ' +
        'Si les crises sont fréquentes ou sévères, parlez-en à votre kinésithérapeute, car votre programme à domicile devra peut-être être modifié.',
      checklist: [
        'Posez une poche de glace, enveloppée dans un linge, sur la zone douloureuse.',
        'Prenez un antidouleur en vente libre s’il vous convient, en suivant la notice.',
        'Un massage doux peut détendre les muscles contractés.',
        'Reposez-vous un court moment, puis reprenez des mouvements faciles selon ce que la douleur permet.',
        'Prévenez votre kinésithérapeute si les crises deviennent fréquentes ou sévères.',
      ],
    },
    'see-a-physical-therapist': {
      title: 'Quand un kinésithérapeute peut vous aider',
      body:
        'Certains problèmes de dos demandent plus que des soins personnels, et un kinésithérapeute peut construire un programme adapté à votre cas. ' +
        'Demandez une ordonnance à votre médecin si l’un de ces points vous concerne.',
      checklist: [
        'La douleur dure depuis plus de quelques semaines et gêne votre vie quotidienne.',
        'Vous ne pouvez plus bouger aussi librement qu’avant.',
        'Vous vous remettez d’une opération de la colonne vertébrale.',
        'Vous remarquez un engourdissement, des fourmillements ou une faiblesse dans les jambes.',
        'Vous avez des symptômes de rétrécissement du canal rachidien (sténose spinale).',
      ],
    },
    'talk-to-a-doctor': {
      title: 'Quand parler à votre médecin',
      body:
        'Quand le mal de dos ne s’atténue pas, un médecin peut passer en revue les options avec vous, y compris la question de savoir si une chirurgie mérite d’être discutée. ' +
        'Une perte récente du contrôle de la vessie ou des intestins, ou une faiblesse des bras ou des jambes qui ne cesse de s’aggraver, peut être une urgence : demandez immédiatement une aide médicale.',
      checklist: [
        'Une douleur intense que les médicaments, la rééducation ou les injections n’ont pas améliorée.',
        'Des difficultés à marcher ou à rester debout.',
        'Des symptômes nerveux qui ne cessent de s’aggraver, comme une faiblesse ou une perte du contrôle de la vessie ou des intestins.',
        'Aucun progrès après 6 à 8 semaines de traitement sans chirurgie.',
        'Une colonne qui semble instable après une fracture ou une infection.',
      ],
    },
  },
  tipCategories: {
    'sitting-and-lumbar-support': 'Position assise et soutien lombaire',
    workstation: 'Votre poste de travail',
    'standing-posture': 'Bien se tenir debout',
    lifting: 'Soulever des charges',
    'stress-and-breathing': 'Stress et respiration',
    weight: 'Poids',
    'heat-and-cold': 'Chaud et froid',
    'flare-ups': 'Crises douloureuses',
    'when-to-see-a-professional': 'Quand consulter un professionnel',
  },
  postureCues: [
    'Asseyez-vous au fond du siège pour que la chaise soutienne la courbe du bas de votre dos.',
    'Appuyez votre dos contre le dossier au lieu de vous pencher en avant.',
    'Roulez les épaules vers l’arrière et vers le bas, et rentrez légèrement le menton.',
    'Pieds à plat sur le sol, genoux à peu près à hauteur des hanches.',
    'Montez l’écran à hauteur des yeux plutôt que de pencher la tête vers le bas.',
    'Changez de position : déplacez votre poids, décroisez les jambes, redressez-vous.',
    'Gardez le clavier près de vous pour que vos coudes restent près du corps.',
  ],
  microMoves: [
    'Roulez lentement les épaules vers l’arrière, trois fois.',
    'Redressez-vous et appuyez doucement le bas du dos contre la chaise pendant cinq respirations.',
    'Reculez le menton bien droit, tenez trois secondes, relâchez.',
    'Serrez les omoplates l’une vers l’autre pendant cinq secondes.',
  ],
};
