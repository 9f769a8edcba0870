import type { Strings } from '../en';

/**
 * German: the break view and the guided player. Terminology as in core.ts
 * (Dehnpause, Bewegungspause, Heimprogramm, überspringen; "du").
 */
export const player: Strings<'player'> = {
  pending: {
    body: 'Ein paar Minuten auf den Beinen schonen jetzt deinen Rücken für später.',
  },
  idle: {
    title: 'Gerade läuft keine Dehnpause',
    body: 'Deine nächste Bewegungspause erscheint hier, sobald sie fällig ist.',
    close: 'Schließen',
  },
  header: {
    timeLeft: 'Noch <clock>{{time}}</clock> in dieser Pause',
    sound: 'Ton',
  },
  ready: {
    title: {
      movement: 'Deine Dehnpause, Schritt für Schritt',
      posture: 'Deine Dehnpause, Schritt für Schritt',
      'home-program': 'Deine Übungen am Boden',
      walk: 'Zeit für einen lockeren Spaziergang',
    },
    noExercises: 'Steh auf, dehn dich so, wie es dir guttut, und geh ein, zwei Minuten herum.',
    walk: '{{duration}} in einem Tempo, bei dem du dich noch unterhalten könntest. Leg los, sobald du aufgestanden bist.',
    summary_one: 'Eine Übung, etwa {{duration}}. Der Player zählt jedes Halten und jede Wiederholung für dich mit.',
    summary_other:
      '{{count}} Übungen, etwa {{duration}}. Der Player zählt jedes Halten und jede Wiederholung für dich mit.',
    session: 'Diese Dehnpause',
    start: 'Starten',
    markDone: 'Als erledigt markieren',
    keys: '<kbd>Leertaste</kbd> Start oder Pause · <kbd>←</kbd> <kbd>→</kbd> zurück und weiter · <kbd>Esc</kbd> beenden',
  },
  screen: {
    illustration: '{{name}}: Abbildung',
    steps: 'Schritte',
    position: 'Übung {{number}} von {{total}}',
    paused: 'Pausiert',
    left: 'übrig',
    seconds_one: 'Sekunde',
    seconds_other: 'Sekunden',
    rep: 'Wiederholung {{rep}} von {{reps}}',
    repNext: 'Gleich Wiederholung {{rep}} von {{reps}}',
    next: 'Als Nächstes: {{name}}',
    nextFinish: 'Als Nächstes: Abschluss und deine Rückmeldung',
    tip: 'Tipp:',
    avoid: 'Vermeide:',
    stop: 'Hör mit allem auf, was wehtut.',
    progress: 'Fortschritt der Dehnpause',
    controls: 'Steuerung des Players',
  },
  phase: {
    'get-ready': 'Geh in Position',
    hold: 'Halten',
    move: 'Langsam bewegen',
    breathe: 'Langsam atmen',
    rest: 'Lösen',
    'switch-to-right': 'Wechsel zur rechten Seite',
    'switch-to-left': 'Wechsel zur linken Seite',
    'switch-side': 'Wechsel zur anderen Seite',
    walk: 'Geh in lockerem Tempo',
  },
  side: {
    right: 'Rechte Seite',
    left: 'Linke Seite',
  },
  controls: {
    previous: '<arrow>← </arrow>Zurück',
    previousHint: 'Vorheriger Schritt (←)',
    pause: 'Pausieren',
    pauseHint: 'Pausieren (Leertaste)',
    resume: 'Fortsetzen',
    resumeHint: 'Fortsetzen (Leertaste)',
    next: 'Weiter<arrow> →</arrow>',
    nextHint: 'Nächster Schritt (→)',
    end: 'Beenden',
    endHint: 'Pause beenden (Esc)',
  },
  announce: {
    finished: 'Dehnpause abgeschlossen. Wie war es?',
    paused: 'Pausiert. {{text}}',
    getReady: '{{name}}. Geh in Position.',
    getReadySide: '{{name}}. Geh in Position. {{side}}.',
    switchToRight: '{{name}}. Wechsel zur rechten Seite.',
    switchToLeft: '{{name}}. Wechsel zur linken Seite.',
    switchSide: '{{name}}. Wechsel zur anderen Seite.',
    hold: '{{name}}. Halten, {{rep}} von {{reps}}.',
    holdSide: '{{name}}. {{side}}. Halten, {{rep}} von {{reps}}.',
    move: '{{name}}. Wiederholung {{rep}} von {{reps}}.',
    moveSide: '{{name}}. {{side}}. Wiederholung {{rep}} von {{reps}}.',
    walk: '{{name}}. {{duration}}.',
  },
  complete: {
    title: 'Gut gemacht',
    titleNothingDone: 'Pause vorbei',
    allDone: 'Du hast alle Übungen geschafft. Deine Antworten prägen die nächsten Dehnpausen.',
    someDone_one: 'Du hast {{done}} von {{count}} Übung geschafft. Deine Antworten prägen die nächsten Dehnpausen.',
    someDone_other: 'Du hast {{done}} von {{count}} Übungen geschafft. Deine Antworten prägen die nächsten Dehnpausen.',
    nothingDone: 'Diesmal hast du die Übungen übersprungen; die Pause zählt trotzdem, wenn du auf „Erledigt“ drückst.',
    question: 'Wie war es?',
    feedback: {
      'too-easy': 'Zu leicht',
      right: 'Genau richtig',
      painful: 'Schmerzhaft',
    },
    painfulNote:
      'Danke für den Hinweis: Beim nächsten Mal wird diese Übung erleichtert oder ersetzt. Hör mit allem auf, was wehtut.',
    skipped: 'Übersprungen: {{names}}.',
    done: 'Erledigt',
  },
  stopped: {
    title: 'Vorerst keine Übungen',
    walk: '<strong>Stattdessen ein sanfter Spaziergang:</strong> Wenn du bequem gehen kannst, tun dir ein paar lockere Minuten auf den Beinen trotzdem gut. Hör auf, wenn etwas wehtut.',
  },
};
