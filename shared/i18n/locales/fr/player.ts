import type { Strings } from '../en';

/**
 * French: the break view and the guided player. Terminology and typography
 * as in core.ts (séance d’étirements, pause active, passer; "vous";
 * non-breaking space before : ; ? !).
 */
export const player: Strings<'player'> = {
  pending: {
    body: 'Quelques minutes debout maintenant, c’est votre dos qui vous remerciera plus tard.',
  },
  idle: {
    title: 'Aucune séance d’étirements en cours',
    body: 'Votre prochaine pause active s’affichera ici le moment venu.',
    close: 'Fermer',
  },
  header: {
    timeLeft: 'Encore <clock>{{time}}</clock> dans cette pause',
    sound: 'Son',
  },
  ready: {
    title: {
      movement: 'Vos étirements, pas à pas',
      posture: 'Vos étirements, pas à pas',
      'home-program': 'Vos exercices au sol',
      walk: 'C’est l’heure d’une marche tranquille',
    },
    noExercises: 'Levez-vous, étirez-vous comme bon vous semble et marchez une minute ou deux.',
    walk: '{{duration}} à un rythme qui vous permet encore de parler. Commencez dès que vous avez quitté votre chaise.',
    summary_one: 'Un exercice, environ {{duration}}. Le lecteur compte chaque maintien et chaque répétition pour vous.',
    summary_many:
      '{{count}} exercices, environ {{duration}}. Le lecteur compte chaque maintien et chaque répétition pour vous.',
    summary_other:
      '{{count}} exercices, environ {{duration}}. Le lecteur compte chaque maintien et chaque répétition pour vous.',
    session: 'Cette séance',
    start: 'Commencer',
    markDone: 'Marquer comme faite',
    keys: '<kbd>Espace</kbd> démarrer ou mettre en pause · <kbd>←</kbd> <kbd>→</kbd> reculer et avancer · <kbd>Échap</kbd> terminer',
  },
  screen: {
    illustration: '{{name}} : illustration',
    steps: 'Étapes',
    position: 'Exercice {{number}} sur {{total}}',
    paused: 'En pause',
    left: 'restant',
    seconds_one: 'seconde',
    seconds_many: 'secondes',
    seconds_other: 'secondes',
    rep: 'Répétition {{rep}} sur {{reps}}',
    repNext: 'Ensuite : répétition {{rep}} sur {{reps}}',
    next: 'Ensuite : {{name}}',
    nextFinish: 'Ensuite : fin de la séance et votre avis',
    tip: 'Conseil :',
    avoid: 'À éviter :',
    stop: 'Arrêtez tout ce qui fait mal.',
    progress: 'Avancement de la séance',
    controls: 'Commandes du lecteur',
  },
  phase: {
    'get-ready': 'Mettez-vous en position',
    hold: 'Tenez',
    move: 'Bougez lentement',
    breathe: 'Respirez lentement',
    rest: 'Relâchez',
    'switch-to-right': 'Passez au côté droit',
    'switch-to-left': 'Passez au côté gauche',
    'switch-side': 'Changez de côté',
    walk: 'Marchez tranquillement',
  },
  side: {
    right: 'Côté droit',
    left: 'Côté gauche',
  },
  controls: {
    previous: '<arrow>← </arrow>Précédent',
    previousHint: 'Étape précédente (←)',
    pause: 'Suspendre', // short: the four controls share one row at the window's narrowest
    pauseHint: 'Mettre en pause (Espace)',
    resume: 'Reprendre',
    resumeHint: 'Reprendre (Espace)',
    next: 'Suivant<arrow> →</arrow>',
    nextHint: 'Étape suivante (→)',
    end: 'Terminer',
    endHint: 'Terminer la pause (Échap)',
  },
  announce: {
    finished: 'Séance terminée. Comment ça s’est passé ?',
    paused: 'En pause. {{text}}',
    getReady: '{{name}}. Mettez-vous en position.',
    getReadySide: '{{name}}. Mettez-vous en position. {{side}}.',
    switchToRight: '{{name}}. Passez au côté droit.',
    switchToLeft: '{{name}}. Passez au côté gauche.',
    switchSide: '{{name}}. Changez de côté.',
    hold: '{{name}}. Maintien {{rep}} sur {{reps}}.',
    holdSide: '{{name}}. {{side}}. Maintien {{rep}} sur {{reps}}.',
    move: '{{name}}. Répétition {{rep}} sur {{reps}}.',
    moveSide: '{{name}}. {{side}}. Répétition {{rep}} sur {{reps}}.',
    walk: '{{name}}. {{duration}}.',
  },
  complete: {
    title: 'Bien joué',
    titleNothingDone: 'Pause terminée',
    allDone: 'Vous avez fait tous les exercices. Vos réponses orientent les prochaines séances.',
    someDone_one: 'Vous avez fait {{done}} exercice sur {{count}}. Vos réponses orientent les prochaines séances.',
    someDone_many: 'Vous avez fait {{done}} des {{count}} exercices. Vos réponses orientent les prochaines séances.',
    someDone_other: 'Vous avez fait {{done}} des {{count}} exercices. Vos réponses orientent les prochaines séances.',
    nothingDone:
      'Vous avez passé les exercices cette fois-ci ; la pause compte quand même si vous appuyez sur « Terminé ».',
    question: 'Comment ça s’est passé ?',
    feedback: {
      'too-easy': 'Trop facile',
      right: 'Juste bien',
      painful: 'Douloureux',
    },
    painfulNote:
      'Merci de nous le dire : la prochaine fois, cet exercice sera allégé ou remplacé. Arrêtez tout ce qui fait mal.',
    skipped: 'Exercices passés : {{names}}.',
    done: 'Terminé',
  },
  stopped: {
    title: 'Pas d’exercices pour le moment',
    walk: '<strong>Une marche douce à la place :</strong> si vous pouvez marcher sans gêne, quelques minutes tranquilles debout vous feront quand même du bien. Arrêtez si quelque chose fait mal.',
  },
};
