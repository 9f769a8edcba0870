import type { Strings } from '../en';

/**
 * French: the Settings window. Terminology and typography as in core.ts
 * ("vous", point posture, pause active, séance d’étirements, reporter, passer,
 * programme à domicile, heures de travail, signal d’alerte, zone de
 * notification) and the program area (questionnaire, objectif, série).
 * Labels name their unit in full in parentheses ("(minutes)"). Guillemets
 * « » with a narrow no-break space (U+202F) inside, as in the player area;
 * wording avoids gendered adjectives for the user ("disponible").
 */
export const settings: Strings<'settings'> = {
  title: 'Paramètres',
  close: 'Fermer',
  loading: 'Chargement des paramètres…',
  loadFailed: 'Impossible de charger les paramètres : {{message}}',
  groupsLabel: 'Catégories de paramètres',
  savesAsYouGo: 'Les modifications sont enregistrées au fur et à mesure.',
  saved: 'Toutes les modifications sont enregistrées.',
  refused: 'Cette modification n’a pas été enregistrée : {{message}}',
  groups: {
    reminders: {
      title: 'Rappels',
      intro: 'De courts points posture et des pauses actives plus longues tout au long de votre journée de travail.',
    },
    schedule: {
      title: 'Horaires',
      intro:
        'Quand l’application fonctionne et quand elle peut vous envoyer des rappels, ainsi que votre programme à domicile et votre marche quotidiens.',
    },
    'break-behaviour': {
      title: 'Gestion des pauses',
      intro:
        'Reporter et passer, ce qui se passe pendant une présentation ou quand vous n’êtes pas disponible, et le temps assis à ne pas dépasser.',
    },
    program: {
      title: 'Programme',
      intro:
        'Vos réponses, qui déterminent vos exercices, l’état de sécurité du programme, le lecteur guidé et votre objectif quotidien.',
    },
    appearance: {
      title: 'Apparence',
      intro: 'L’apparence de l’application et la langue qu’elle parle.',
    },
    camera: {
      title: 'Caméra',
      intro: 'Détection facultative de la posture avec votre caméra, sur cet ordinateur uniquement.',
    },
    notifications: {
      title: 'Notifications',
      intro: 'Comment les rappels vous parviennent.',
    },
    data: {
      title: 'Données et confidentialité',
      intro:
        'Vos données restent sur cet ordinateur. Conservez ou transférez vos paramètres dans un fichier, ou repartez des valeurs par défaut.',
    },
    about: {
      title: 'À propos',
      intro: 'La version que vous utilisez, et des informations à copier dans un rapport de bug.',
    },
  },
  validation: {
    range: 'Saisissez un nombre entre {{min}} et {{max}} ; la valeur {{saved}} est conservée.',
    whole: 'Saisissez un nombre entier entre {{min}} et {{max}} ; la valeur {{saved}} est conservée.',
    rangeOnly: 'Saisissez un nombre entier entre {{min}} et {{max}}.',
    time: 'Saisissez une heure complète, avec les heures et les minutes.',
    rangeOrder: 'Cette plage doit se terminer après son début (une plage ne peut pas passer minuit).',
    overlap: 'Ces plages se chevauchent. Faites finir chacune avant le début de la suivante.',
    tooMany_one: 'Une journée peut avoir au plus {{count}} plage.',
    tooMany_many: 'Une journée peut avoir au plus {{count}} plages.',
    tooMany_other: 'Une journée peut avoir au plus {{count}} plages.',
  },
  reminders: {
    every: 'Intervalle (minutes)',
    posture: {
      title: 'Points posture',
      enabled: 'Me rappeler de vérifier ma posture',
      mode: 'Type',
      modeCheck: 'Point posture',
      modeSitStand: 'Alternance assis-debout (bureau réglable)',
      modeCheckHint: 'Un petit rappel pour vous caler au fond du siège, relâcher les épaules et rentrer le menton.',
      modeSitStandHint: 'Un rythme pour bureau assis-debout : assis, debout, puis en mouvement, et on recommence.',
      sitMinutes: 'Temps assis (minutes)',
      standMinutes: 'Temps debout (minutes)',
      moveMinutes: 'Temps en mouvement (minutes)',
      durationSeconds: 'Durée d’affichage de chaque point (secondes)',
      durationHint: 'Combien de temps le rappel reste à l’écran.',
      naturalResetMinutes: 'Recommencer après une absence de (minutes)',
      naturalResetHint: 'Le temps passé loin de l’ordinateur compte comme une pause pour votre posture.',
    },
    movement: {
      title: 'Pauses actives',
      enabled: 'Me rappeler de me lever et de m’étirer',
      intervalHint: 'Compté à partir de la fin de la dernière pause.',
      durationMinutes: 'Durée d’une pause (minutes)',
      noticeSeconds: 'Préavis avant une pause (secondes)',
      noticeHint: 'Un court avertissement pour vous laisser finir votre phrase ; 0 pour aucun.',
    },
  },
  schedule: {
    startTitle: 'Démarrage',
    launchAtLogin: 'Lancer Posture Breaks à l’ouverture de session',
    launchAtLoginHint:
      'L’application attend dans la zone de notification et vous envoie des rappels dès le début de votre journée.',
    hoursTitle: 'Heures de travail',
    hoursEnabled: 'Me rappeler seulement pendant mes heures de travail',
    hoursOnHint: 'En dehors de ces heures, et les jours sans horaires, aucun rappel n’arrive.',
    hoursOffHint:
      'Désactivé : les rappels arrivent à toute heure. Les horaires ci-dessous s’appliquent dès que vous activez cette option.',
    noHours: 'Pas d’heures de travail',
    rangeStart: '{{day}}, plage {{n}} : début',
    rangeEnd: '{{day}}, plage {{n}} : fin',
    to: 'à',
    remove: 'Supprimer',
    removeRange: 'Supprimer la plage de {{start}} à {{end}} le {{day}}',
    addRange: 'Ajouter une plage',
    addRangeOn: 'Ajouter une plage le {{day}}',
    copyMonday: 'Appliquer les horaires du {{day}} à tous les jours de semaine',
    homeTitle: 'Programme à domicile',
    homeEnabled: 'Me rappeler de faire mon programme à domicile',
    homeHint: 'Une routine quotidienne d’exercices au sol pour un dos plus fort.',
    walkTitle: 'Marches',
    walkEnabled: 'Me rappeler d’aller marcher',
    at: 'Heure',
    onDays: 'Jours',
    walkMinutes: 'Durée des premières marches (minutes)',
    walkMinutesHint: 'Les marches s’allongent ensuite au fil des semaines.',
  },
  breakBehaviour: {
    snoozeTitle: 'Reporter et passer',
    strict: 'Mode strict : impossible de reporter ou de passer',
    strictHint: 'Pour les jours où vous savez que vous trouveriez toujours une bonne raison d’éviter la pause.',
    snoozeMinutes: 'Reporter de (minutes)',
    maxSnoozes: 'Reports autorisés par pause',
    maxSkips: 'Pauses que je peux passer d’affilée',
    zeroMeansNone: 'Mettez 0 pour les interdire.',
    busyTitle: 'Quand je ne suis pas disponible',
    deferWhileBusy: 'Retenir les rappels pendant une présentation ou une application en plein écran',
    deferHint: 'Les rappels retenus arrivent dès que vous êtes de nouveau disponible.',
    maxDeferral: 'Les retenir au plus (minutes)',
    maxDeferralHint: 'Passé ce délai, un rappel retenu arrive quand même.',
    microMove: 'En attendant, remplacer les points posture par un micro-mouvement assis silencieux',
    microMoveHint: 'Un exercice discret à faire sur votre chaise sans que personne ne le remarque.',
    sittingTitle: 'Position assise',
    sittingEnabled: 'Me prévenir quand j’ai passé trop de temps en position assise dans la journée',
    sittingHint: 'Compte chaque minute passée sur votre chaise aujourd’hui, que vous ayez fait des pauses ou non.',
    sittingMinutes: 'Temps assis maximal par jour (minutes)',
  },
  program: {
    answersTitle: 'Vos réponses',
    answers: {
      new: 'Vous n’avez pas encore répondu au questionnaire. Quelques questions sur votre dos permettent à l’application de choisir des exercices qui vous conviennent.',
      skipped:
        'Vous avez passé le questionnaire ; votre programme comprend donc des exercices doux qui conviennent à la plupart des gens.',
      completed: 'Vos réponses déterminent vos exercices et écartent ceux qui ne vous conviennent pas.',
    },
    changeAnswers: 'Modifier mes réponses',
    answerNow: 'Répondre au questionnaire',
    openFailed: 'Impossible d’ouvrir le questionnaire : {{message}}',
    safetyTitle: 'Sécurité',
    running:
      'Votre programme est actif. Si un jour vous indiquez un signal d’alerte à l’application, elle arrête le programme et vous demande de consulter un médecin.',
    stopped: 'Votre programme d’étirements est en pause depuis le {{date}}.',
    youSaid: 'Vous avez répondu oui à :',
    stoppedAdvice:
      'Consultez un médecin, qui pourra vous orienter vers un kinésithérapeute. Les rappels pour vous lever et bouger en douceur restent actifs ; arrêtez tout ce qui fait mal.',
    resume: 'Un professionnel de santé m’autorise à reprendre l’exercice',
    resumeAsk: 'Reprendre le programme d’étirements ?',
    resumeExplain:
      'Ne reprenez que si un médecin ou un kinésithérapeute vous a dit que vous pouvez faire de l’exercice. Arrêtez tout exercice qui fait mal.',
    resumeConfirm: 'Reprendre le programme',
    resumeFailed: 'Impossible de reprendre le programme : {{message}}',
    playerTitle: 'Pauses guidées et objectif',
    sound: 'Jouer un son doux à chaque étape d’une pause guidée',
    target: 'Objectif quotidien (% de pauses faites)',
    targetHint: 'Une journée qui l’atteint compte pour votre série, et les graphiques le tracent sous forme de ligne.',
  },
  appearance: {
    title: 'Apparence et langue',
    theme: 'Thème',
    themeSystem: 'Comme le système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    language: 'Langue',
    languageSystem: 'Comme le système',
    languageHint: 'Le menu de la zone de notification et les notifications la suivent aussi.',
  },
  camera: {
    title: 'Détection de la posture par la caméra',
    enabled: 'Surveiller ma posture avec la caméra',
    onHint:
      'Activée : l’app jette un bref coup d’œil de temps en temps et vous prévient quand vous vous éloignez de votre propre posture droite.',
    offHint: 'Désactivée : la caméra n’est jamais utilisée. Les rappels suivent seulement l’horloge.',
    measures:
      'Ce qu’elle mesure : la position de votre tête et de vos épaules, réduite à quelques chiffres par coup d’œil (la hauteur de la tête au-dessus des épaules, votre distance à l’écran).',
    neverKept:
      'Ce qu’elle ne fait jamais : aucune image ni vidéo n’est gardée, montrée ou envoyée. Les images restent un instant en mémoire et rien ne quitte cet ordinateur.',
    light:
      'La caméra s’allume environ une seconde par coup d’œil et est libérée entre deux, son voyant s’éteint donc. Le menu de la barre système indique quand elle est utilisée.',
    nudges:
      'Un point posture ne vient qu’après un écart qui dure, respecte vos heures de travail, les pauses et les moments occupés, et peut être reporté.',
    rulesTitle: 'À quelle fréquence elle regarde, et quand elle vous prévient',
    lookEvery: 'Regarder toutes les (secondes)',
    lookEveryHint: 'Moins de coups d’œil ménagent l’ordinateur ; davantage repèrent un écart plus tôt.',
    nudgeAfter: 'Me prévenir après un écart de (minutes)',
    cooldown: 'Au plus un point posture toutes les (minutes)',
  },
  notifications: {
    title: 'Notifications de bureau',
    enabled: 'Afficher les notifications de bureau',
    onHint: 'Les rappels arrivent sous forme de notifications du système.',
    offHint: 'Désactivé : une pause active à faire ouvre plutôt la fenêtre de pause.',
    buttons:
      'Là où le système affiche des boutons dans les notifications (macOS, Windows), ils proposent S’étirer, Reporter et Passer ; ailleurs, ces actions se trouvent dans le menu de la zone de notification et dans la vue « Aujourd’hui ».',
  },
  data: {
    whereTitle: 'Où sont vos données',
    local:
      'Tout reste sur cet ordinateur : pas de compte, pas de serveur. Votre historique est conservé sous forme de simples fichiers dans le dossier de données.',
    folder: 'Dossier de données :',
    transferTitle: 'Exporter et importer',
    transferText:
      'Le fichier contient vos paramètres, mais ni vos réponses au questionnaire ni vos informations de santé ; importer un fichier conserve les réponses présentes sur cet ordinateur.',
    export: 'Exporter les paramètres',
    import: 'Importer des paramètres…',
    exported: 'Vos paramètres ont été enregistrés dans {{file}}.',
    imported: 'Paramètres importés depuis {{file}}. Ils s’appliquent dès maintenant.',
    importedMigrated:
      'Paramètres importés depuis {{file}} et mis à jour depuis une version plus ancienne de l’application. Ils s’appliquent dès maintenant.',
    refused: {
      'too-large': '{{file}} est trop volumineux pour être un fichier de paramètres.',
      'not-json': '{{file}} n’est pas un fichier JSON.',
      'not-settings': '{{file}} ne contient pas de paramètres de Posture Breaks.',
      'newer-version':
        '{{file}} provient d’une version plus récente de Posture Breaks. Mettez l’application à jour, puis importez-le à nouveau.',
      invalid: 'Certaines valeurs de {{file}} ne sont pas valides :',
    },
    nothingChanged: 'Rien n’a été modifié.',
    issue: '{{path}} : {{message}}',
    issueTop: '{{message}}',
    failed: 'Cela n’a pas fonctionné : {{message}}',
    resetTitle: 'Repartir de zéro',
  },
  reset: {
    groupButton: 'Réinitialiser « {{group}} »…',
    allButton: 'Réinitialiser tous les paramètres…',
    ask: 'Réinitialiser les paramètres « {{group}} » ?',
    askAll: 'Réinitialiser tous les paramètres ?',
    explain: 'Chaque paramètre de « {{group}} » reprend sa valeur par défaut, avec effet immédiat.',
    explainAll: 'Chaque paramètre reprend sa valeur par défaut, avec effet immédiat.',
    keeps: 'Vos réponses au questionnaire et l’état de sécurité du programme sont conservés.',
    confirm: 'Réinitialiser',
    done: 'Les paramètres « {{group}} » ont retrouvé leurs valeurs par défaut.',
    doneAll: 'Tous les paramètres ont retrouvé leurs valeurs par défaut.',
    failed: 'Impossible de réinitialiser les paramètres : {{message}}',
  },
  dialog: {
    cancel: 'Annuler',
  },
  about: {
    version: 'Version',
    runsOn: 'Environnement',
    runsOnElectron: 'Electron {{electron}} avec Node {{node}}',
    runsOnWeb: 'Hôte web avec Node {{node}}',
    dataFolder: 'Dossier de données',
    logFile: 'Fichier journal',
    noLogFile: 'aucun',
    openFolder: 'Ouvrir le dossier de données',
    copy: 'Copier les infos de diagnostic',
    copied: 'Copié',
    copyFailed: 'Impossible de copier les informations de diagnostic dans le presse-papiers.',
  },
};
