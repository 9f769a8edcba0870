import type { Strings } from '../en';

/** French: the dashboard. Terminology and typography as in core.ts ("vous", pause active, reporter). */
export const dashboard: Strings<'dashboard'> = {
  title: 'Aujourd’hui',
  due: {
    region: 'Pause active à faire',
    title: 'C’est l’heure d’une pause active.',
    body: 'Quelques minutes debout maintenant, c’est votre dos qui vous remerciera plus tard.',
  },
  stats: {
    region: 'Pauses actives du jour',
    due: 'prévues',
    taken: 'faites',
    snoozed: 'reportées',
    adherence: 'assiduité',
  },
  summary: 'Pauses faites : {{taken, number}} sur {{due, number}} ; reportées : {{snoozed, number}}.',
  summaryWithMovement:
    'Pauses faites : {{taken, number}} sur {{due, number}} ; reportées : {{snoozed, number}} ; {{minutes, number}} min de mouvement.',
  next: {
    region: 'Prochains rappels',
    title: 'À venir',
    busy: '{{status}} (en attente : une application en plein écran semble vous occuper)',
    backToStretch: 'Retour à la séance',
    pauseLabel: 'Mettre les rappels en pause',
    pausePrompt: 'Mettre en pause…',
  },
  sitting: {
    region: 'Temps assis aujourd’hui',
    title: 'Temps assis aujourd’hui',
    current: 'Depuis votre dernière pause',
    longest: 'Plus longue période',
    total: 'Au total',
  },
};
