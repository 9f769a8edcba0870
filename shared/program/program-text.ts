import { exerciseText } from '../content/localized';
import type { Translate } from '../i18n/english';
import type { ExclusionReason, FlareUpWhy, ReasonExtra } from './program-model';
import type { PainArea } from './profile-model';

/**
 * The program's reasons and advice in words, in the language of `t`: the
 * builder and the safety checks return data (program-model.ts); these put it
 * into the sentences under `program.*` of the i18n resources. English with
 * the `english` translator, as the builder's tests check.
 */

/** Sentence starts after a colon: lower case ("Cat-cow: loosens…"), except where the language keeps capitals. */
const KEEPS_CAPITAL_AFTER_COLON: ReadonlySet<string> = new Set(['de']);

function continuing(text: string, language: string): string {
  if (KEEPS_CAPITAL_AFTER_COLON.has(language.split('-')[0] ?? '')) return text;
  return text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
}

/** "Knee to chest: eases tension in the low back; builds lasting strength". */
export function describeReason(
  item: { exerciseId: string; extras: readonly ReasonExtra[] },
  t: Translate,
  language: string,
): string {
  const text = exerciseText(item.exerciseId, t);
  if (!text) return item.exerciseId;
  const standing = item.extras.includes('out-of-sitting');
  const strength = item.extras.includes('builds-strength');
  const key =
    standing && strength
      ? 'outOfSittingAndStrength'
      : standing
        ? 'outOfSitting'
        : strength
          ? 'buildsStrength'
          : 'plain';
  return t(`program.reason.${key}`, { name: text.name, why: continuing(text.why, language) });
}

/** "not advised with pregnancy", "painful in recent sessions: left out". */
export function describeExclusion(reason: ExclusionReason, t: Translate): string {
  return reason === 'painful' ? t('program.excluded.painful') : t(`program.excluded.conditions.${reason}`);
}

/** "3 flare-ups in the last 14 days", "pain of 7 or more on two days running". */
export function describeFlareUp(why: FlareUpWhy, t: Translate): string {
  return why.kind === 'flare-ups'
    ? t('program.flareUp.flareUps', { count: why.count, days: why.days })
    : t('program.flareUp.severePain', { pain: why.pain });
}

/** A painful area as a label of its own, "Low back" (`bodyAreas.*` words it for mid-sentence use). */
export function painAreaLabel(area: PainArea, t: Translate, language: string): string {
  const name = t(`bodyAreas.${area}`);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
