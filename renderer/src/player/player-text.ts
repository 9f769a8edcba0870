import type { Exercise } from '@shared/content/exercise-model';
import { exerciseText } from '@shared/content/localized';
import type { Translate } from '@shared/i18n/english';
import type { ExerciseText } from '@shared/i18n/locales/en/content';
import type { Announcement, Phase, Side } from './player-model';

/**
 * The player's words: the model's phases, sides and announcements, and the
 * session's exercise text, in the user's language (keys under `player.*`,
 * docs/I18N.md). Pure functions of a translate function, so the tests can
 * read them in English or in a pseudo-locale.
 */

/** The exercise's name, steps, cues and what to avoid, in the user's language. */
export function textOf(exercise: Exercise, t: Translate): ExerciseText {
  return exerciseText(exercise.id, t) ?? exercise;
}

export function phaseText(phase: Phase, t: Translate): string {
  return t(`player.phase.${phase}`);
}

export function sideText(side: Side, t: Translate): string {
  return side === 'right' ? t('player.side.right') : t('player.side.left');
}

/**
 * The announcement as one or two whole sentences. `nameOf` gives the
 * session item's exercise name (already translated); an item it does not
 * know says nothing.
 */
export function announcementText(
  said: Announcement | null,
  t: Translate,
  nameOf: (itemIndex: number) => string | undefined,
): string {
  if (!said) return '';
  if (said.kind === 'finished') return t('player.announce.finished');
  const name = nameOf(said.itemIndex);
  if (name === undefined) return '';
  const side = said.side === null ? null : sideText(said.side, t);
  const counted = { name, rep: said.rep, reps: said.reps };
  const text = ((): string => {
    switch (said.kind) {
      case 'get-ready':
        return side === null
          ? t('player.announce.getReady', { name })
          : t('player.announce.getReadySide', { name, side });
      case 'switch-side':
        return said.side === 'right'
          ? t('player.announce.switchToRight', { name })
          : said.side === 'left'
            ? t('player.announce.switchToLeft', { name })
            : t('player.announce.switchSide', { name });
      case 'hold':
        return side === null ? t('player.announce.hold', counted) : t('player.announce.holdSide', { ...counted, side });
      case 'move':
        return side === null ? t('player.announce.move', counted) : t('player.announce.moveSide', { ...counted, side });
      case 'walk':
        return t('player.announce.walk', { name, duration: t('duration.minutes', { count: said.minutes }) });
    }
  })();
  return said.paused ? t('player.announce.paused', { text }) : text;
}
