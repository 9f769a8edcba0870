import type { Strings } from '../en';

/**
 * German: the printable report for a therapist. "Tage" (`history.days`) is
 * nominative, so values that embed it avoid a dative ("3 / 20 Tage",
 * "verteilt auf 5 Tage").
 */
export const report: Strings<'report'> = {
  title: 'Bericht für deine Therapie',
  loading: 'Wird geladen …',
  print: 'Drucken oder als PDF speichern',
  close: 'Bericht schließen',
  documentTitle: '{{app}} Bericht {{from}} bis {{to}}',
  heading: 'Bewegungsbericht: {{range}}',
  disclaimer:
    'Erstellt mit {{app}} – keine medizinische Dokumentation. Die Zahlen stammen aus den Erinnerungen der App und den eigenen Angaben der Nutzerin oder des Nutzers.',
  summaryTitle_one: 'Zusammenfassung der letzten Woche',
  summaryTitle_other: 'Zusammenfassung der letzten {{count, number}} Wochen',
  breaksTaken: 'Gemachte Bewegungspausen',
  breaksTakenValue: '{{taken, number}} von {{due, number}} ({{percent}})',
  daysAtTarget: 'Tage mit erreichtem Ziel ({{target}})',
  daysAtTargetValue: '{{atTarget, number}} / {{days}}',
  streak: 'Serie aktuell / beste',
  streakValue: '{{current}} / {{best}}',
  guidedMovement: 'Angeleitete Bewegung',
  guidedMovementValue: '{{minutes}}, verteilt auf {{days}}',
  bestHour: 'Beste Stunde*',
  mostSkippedHour: 'Am häufigsten übersprungen*',
  noteHours_one:
    '* Die Stunden beziehen sich auf den letzten Tag, alles andere auf die {{reportDays, number}} Tage des Berichts.',
  noteHours_other:
    '* Die Stunden beziehen sich auf die letzten {{count, number}} Tage, alles andere auf die {{reportDays, number}} Tage des Berichts.',
  noteHoursExercises_one:
    '* Die Stunden und die erledigten Übungen beziehen sich auf den letzten Tag, alles andere auf die {{reportDays, number}} Tage des Berichts.',
  noteHoursExercises_other:
    '* Die Stunden und die erledigten Übungen beziehen sich auf die letzten {{count, number}} Tage, alles andere auf die {{reportDays, number}} Tage des Berichts.',
  weeks: {
    caption: 'Bewegungspausen pro Woche',
    week: 'Woche',
    daysAtTarget: 'Tage mit erreichtem Ziel',
    minutesMoved: 'Minuten in Bewegung',
  },
  pain: {
    title: 'Pausen und Schmerzen',
    caption: 'Schmerzeinträge ({{days}})',
    none_one: 'Keine Schmerzeinträge in dieser Woche.',
    none_other: 'Keine Schmerzeinträge in diesen {{count, number}} Wochen.',
  },
  movementTitle: 'Bewegung und Übungen',
};
