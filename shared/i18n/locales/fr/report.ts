import type { Strings } from '../en';

/** French: the printable report for a therapist. Typography as in core.ts. */
export const report: Strings<'report'> = {
  title: 'Rapport pour votre thérapeute',
  loading: 'Chargement…',
  print: 'Imprimer ou enregistrer en PDF',
  close: 'Fermer le rapport',
  documentTitle: 'Rapport {{app}} du {{from}} au {{to}}',
  heading: 'Rapport d’activité : {{range}}',
  disclaimer:
    'Établi par {{app}} — ce n’est pas un dossier médical. Les chiffres proviennent des rappels de l’application et des relevés saisis par la personne elle-même.',
  summaryTitle_one: 'Résumé de la dernière semaine',
  summaryTitle_many: 'Résumé des {{count, number}} dernières semaines',
  summaryTitle_other: 'Résumé des {{count, number}} dernières semaines',
  breaksTaken: 'Pauses actives faites',
  breaksTakenValue: '{{taken, number}} sur {{due, number}} ({{percent}})',
  daysAtTarget: 'Jours à l’objectif de {{target}}',
  daysAtTargetValue: '{{atTarget, number}} sur {{days}}',
  streak: 'Série actuelle / meilleure',
  streakValue: '{{current}} / {{best}}',
  guidedMovement: 'Mouvement guidé',
  guidedMovementValue: '{{minutes}} sur {{days}}',
  bestHour: 'Meilleure heure*',
  mostSkippedHour: 'Heure la plus souvent passée*',
  noteHours_one:
    '* Les heures portent sur le dernier jour ; tout le reste porte sur les {{reportDays, number}} jours du rapport.',
  noteHours_many:
    '* Les heures portent sur les {{count, number}} derniers jours ; tout le reste porte sur les {{reportDays, number}} jours du rapport.',
  noteHours_other:
    '* Les heures portent sur les {{count, number}} derniers jours ; tout le reste porte sur les {{reportDays, number}} jours du rapport.',
  noteHoursExercises_one:
    '* Les heures et les exercices faits portent sur le dernier jour ; tout le reste porte sur les {{reportDays, number}} jours du rapport.',
  noteHoursExercises_many:
    '* Les heures et les exercices faits portent sur les {{count, number}} derniers jours ; tout le reste porte sur les {{reportDays, number}} jours du rapport.',
  noteHoursExercises_other:
    '* Les heures et les exercices faits portent sur les {{count, number}} derniers jours ; tout le reste porte sur les {{reportDays, number}} jours du rapport.',
  weeks: {
    caption: 'Pauses actives par semaine',
    week: 'Semaine',
    daysAtTarget: 'Jours à l’objectif',
    minutesMoved: 'Minutes en mouvement',
  },
  pain: {
    title: 'Pauses et douleur',
    caption: 'Relevés de douleur ({{days}})',
    none_one: 'Aucun relevé de douleur cette semaine.',
    none_many: 'Aucun relevé de douleur au cours de ces {{count, number}} semaines.',
    none_other: 'Aucun relevé de douleur au cours de ces {{count, number}} semaines.',
  },
  movementTitle: 'Mouvement et exercices',
};
