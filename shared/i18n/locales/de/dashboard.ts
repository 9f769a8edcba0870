import type { Strings } from '../en';

/** German: the dashboard. Terminology as in core.ts ("du", Bewegungspause, später erinnern). */
export const dashboard: Strings<'dashboard'> = {
  title: 'Heute',
  due: {
    region: 'Bewegungspause fällig',
    title: 'Zeit für eine Bewegungspause.',
    body: 'Ein paar Minuten auf den Beinen schonen jetzt deinen Rücken für später.',
  },
  stats: {
    region: 'Heutige Bewegungspausen',
    due: 'fällig',
    taken: 'gemacht',
    snoozed: 'verschoben',
    adherence: 'Quote',
  },
  summary: '{{taken, number}} von {{due, number}} fälligen gemacht, {{snoozed, number}} verschoben.',
  summaryWithMovement:
    '{{taken, number}} von {{due, number}} fälligen gemacht, {{snoozed, number}} verschoben, {{minutes, number}} Min. Bewegung.',
  next: {
    region: 'Nächste Erinnerungen',
    title: 'Als Nächstes',
    busy: '{{status}} (wartet: Du scheinst in einer Vollbild-App beschäftigt zu sein)',
    backToStretch: 'Zurück zur Dehnpause',
    pauseLabel: 'Erinnerungen pausieren',
    pausePrompt: 'Pausieren …',
  },
  sitting: {
    region: 'Heute gesessen',
    title: 'Heute gesessen',
    current: 'Seit deiner letzten Pause',
    longest: 'Längste Sitzphase',
    total: 'Insgesamt',
  },
};
