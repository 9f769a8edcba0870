import type { Strings } from '../en';

/**
 * French: the questionnaire, the program panel, the pain check-in, the
 * safety notices and the program's reasons. Terminology and typography as in
 * core.ts (programme à domicile, crise douloureuse, signal d’alerte, médecin,
 * kinésithérapeute; "vous"). A reason's "why" starts in lower case after the
 * colon (program-text.ts).
 */
export const program: Strings<'program'> = {
  title: 'Votre programme',
  onboarding: {
    welcome: {
      eyebrow: 'Bienvenue',
      title: 'Adaptons les étirements à votre dos',
      intro:
        'Quelques questions, environ deux minutes, pour choisir les exercices qui vous conviennent et écarter les autres. Vous pourrez modifier vos réponses à tout moment dans les paramètres.',
      start: 'Répondre aux questions',
      skip: 'Plus tard',
    },
    stepOf: 'Étape {{step}} sur {{total}}',
    steps: {
      where: 'Zones douloureuses',
      day: 'Votre journée',
      preferences: 'Vos préférences',
      conditions: 'Problèmes de santé',
      safety: 'Questions de sécurité',
    },
    where: {
      legend: 'Où avez-vous mal ?',
      hint: 'Ne cochez rien si vous n’avez mal nulle part.',
      duration: 'Depuis combien de temps ?',
      durations: {
        'under-3-months': 'Moins de 3 mois',
        longer: '3 mois ou plus',
      },
      severity: 'Douleur habituelle, de 0 (aucune) à 10 (la pire) : <strong>{{value}}</strong>',
    },
    day: {
      worseWith: 'Qu’est-ce qui aggrave la douleur ?',
      worse: {
        sitting: 'La position assise',
        standing: 'La position debout',
        bending: 'Se pencher en avant',
      },
      workSetup: 'Votre poste de travail',
      workSetups: {
        desk: 'Un bureau',
        'sit-stand': 'Un bureau assis-debout',
        mixed: 'Mixte : un peu de bureau, un peu debout',
      },
    },
    preferences: {
      breakStyle: 'Les pauses que vous préférez',
      breakStyles: {
        'short-frequent': 'Courtes et fréquentes (2 minutes toutes les 30)',
        'fewer-longer': 'Moins nombreuses et plus longues (5 minutes toutes les heures)',
      },
      goal: 'Votre objectif',
      goals: {
        relief: 'Un soulagement immédiat',
        strength: 'Un dos plus fort sur le long terme',
      },
    },
    conditions: {
      legend: 'L’un de ces cas vous concerne-t-il ?',
      hint: 'Les exercices déconseillés dans ces cas sont écartés.',
      names: {
        pregnancy: 'Grossesse',
        osteoporosis: 'Ostéoporose',
        'recent-spinal-surgery': 'Opération de la colonne vertébrale au cours de l’année écoulée',
        'acute-disc': 'Un problème de disque qui se manifeste en ce moment',
        'knee-problems': 'Problèmes de genou (se mettre à genoux fait mal)',
        'wrist-problems': 'Problèmes de poignet (s’appuyer sur les mains fait mal)',
        'shoulder-problems': 'Problèmes d’épaule',
        'balance-problems': 'Problèmes d’équilibre',
      },
    },
    safety: {
      legend: 'Cochez ce qui s’applique à vous en ce moment',
      hint: 'Ces signes relèvent d’un professionnel de santé plutôt que de l’exercice.',
      applySuggestions: 'Adapter mon rythme de pauses à mes réponses',
    },
    next: 'Suivant',
    back: 'Retour',
    finish: 'Voir mon programme',
    saveFailed: 'Vos réponses n’ont pas pu être enregistrées : {{reason}}',
    done: {
      title: 'C’est prêt',
      stopped:
        'En raison de vos réponses aux questions de sécurité, le programme d’exercices est suspendu. Consultez le tableau de bord pour savoir quoi faire ensuite.',
      toDashboard: 'Aller au tableau de bord',
    },
  },
  summary: {
    workday: 'Pendant la journée de travail',
    home: 'À la maison',
    leftOut: 'Écartés : {{list}}.',
    leftOutItem: '{{name}} ({{reason}})',
  },
  panel: {
    intro:
      'Répondez à quelques questions pour que les étirements conviennent à votre dos et que ceux qui ne vous conviennent pas soient écartés.',
    personalise: 'Personnaliser mon programme',
    stopped:
      'Suspendu pour votre sécurité, jusqu’à ce qu’un professionnel de santé vous autorise à reprendre l’exercice.',
    workday_one: '{{count}} exercice revient au fil de vos pauses de la journée.',
    workday_many: '{{count}} exercices alternent au fil de vos pauses de la journée.',
    workday_other: '{{count}} exercices alternent au fil de vos pauses de la journée.',
    workdayAndHome_one:
      '{{count}} exercice revient au fil de vos pauses de la journée ; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_many:
      '{{count}} exercices alternent au fil de vos pauses de la journée ; $t(program.panel.home, {"count": {{home}} }).',
    workdayAndHome_other:
      '{{count}} exercices alternent au fil de vos pauses de la journée ; $t(program.panel.home, {"count": {{home}} }).',
    home_one: '{{count}} compose votre programme à domicile',
    home_many: '{{count}} composent votre programme à domicile',
    home_other: '{{count}} composent votre programme à domicile',
    show: 'Voir les exercices et pourquoi',
    hide: 'Masquer les exercices',
    changeAnswers: 'Modifier mes réponses',
  },
  checkIn: {
    region: 'Relevé de douleur',
    saved: 'Merci : le relevé du jour est enregistré.',
    areaPain: '{{area}} : <strong>{{value}}</strong> sur 10',
    flareUp: 'J’ai une crise aujourd’hui',
    worries: 'Quelque chose de nouveau vous inquiète-t-il ?',
    save: 'Enregistrer le relevé du jour',
  },
  safety: {
    notAdvice:
      '<strong>Ceci n’est pas un avis médical.</strong> {{app}} propose des exercices et des habitudes générales pour prendre soin de votre dos au quotidien. L’application ne pose aucun diagnostic et ne traite rien. Si vous ne savez pas si un exercice vous convient, demandez à un médecin ou à un kinésithérapeute.',
    urgentTitle: 'Consultez un médecin dès aujourd’hui',
    urgentBody:
      'Une perte récente du contrôle de la vessie ou des intestins, ou une faiblesse ou un engourdissement dans une jambe ou un bras, peut être le signe d’un problème qui nécessite des soins immédiats. Appelez votre médecin maintenant, ou un numéro d’urgence si vous ne pouvez pas le joindre.',
    title: 'Consultez un médecin avant de continuer',
    body: 'Ce que vous nous avez indiqué justifie de faire examiner votre dos par un médecin, qui pourra vous orienter vers un kinésithérapeute. Les exercices peuvent attendre jusque-là.',
    toldUs: 'Vous nous avez indiqué :',
    paused:
      'Nous avons suspendu le programme d’étirements. Les rappels pour vous lever et bouger en douceur restent actifs ; arrêtez tout ce qui fait mal.',
    resume: 'Un professionnel de santé m’autorise à reprendre l’exercice',
  },
  flareUp: {
    region: 'Crises douloureuses',
    advice:
      '<strong>Votre dos fait des crises</strong> ({{why}}). Des crises peuvent survenir, mais quand elles sont fréquentes ou intenses, mieux vaut en parler à un kinésithérapeute : votre programme à domicile devra peut-être être ajusté. En attendant, la glace, le repos et des antidouleurs sans ordonnance peuvent aider.',
    flareUps_one: '{{count}} crise au cours des {{days}} derniers jours',
    flareUps_many: '{{count}} crises au cours des {{days}} derniers jours',
    flareUps_other: '{{count}} crises au cours des {{days}} derniers jours',
    severePain: 'une douleur de {{pain}} ou plus deux jours de suite',
  },
  reason: {
    plain: '{{name}} : {{why}}',
    outOfSitting: '{{name}} : {{why}} ; vous fait quitter la position assise',
    buildsStrength: '{{name}} : {{why}} ; renforce durablement',
    outOfSittingAndStrength: '{{name}} : {{why}} ; vous fait quitter la position assise, renforce durablement',
  },
  excluded: {
    painful: 'douloureux lors des dernières séances : écarté',
    conditions: {
      pregnancy: 'déconseillé pendant la grossesse',
      osteoporosis: 'déconseillé en cas d’ostéoporose',
      'recent-spinal-surgery': 'déconseillé après une opération récente de la colonne',
      'acute-disc': 'déconseillé en cas de problème de disque aigu',
      'knee-problems': 'déconseillé en cas de problèmes de genou',
      'wrist-problems': 'déconseillé en cas de problèmes de poignet',
      'shoulder-problems': 'déconseillé en cas de problèmes d’épaule',
      'balance-problems': 'déconseillé en cas de problèmes d’équilibre',
    },
  },
  tips: {
    showAll: 'Tous les conseils',
    hideAll: 'Masquer les conseils',
  },
};
