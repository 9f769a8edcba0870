import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayNumber } from '@shared/calendar';
import { tipText } from '@shared/content/localized';
import { TIP_CATEGORIES, TIPS, tipsByCategory, type Tip } from '@shared/content/tips';
import type { Translate } from '@shared/i18n/english';
import './tips.css';

/** A tip's words in the user's language (the catalogue's English when untranslated). */
function textOf(tip: Tip, t: Translate) {
  return tipText(tip.id, t) ?? tip;
}

/** One tip a day on the dashboard, and the whole library a click away. */
function TipBody({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  const text = textOf(tip, t);
  return (
    <>
      <p>{text.body}</p>
      {text.checklist && (
        <ul className="tip__checklist">
          {text.checklist.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function TipsPanel({ date }: { date: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // The same tip all day, a different one each day.
  const day = dayNumber(date);
  const today = TIPS[((day % TIPS.length) + TIPS.length) % TIPS.length] as Tip;
  const category = (id: Tip['category']) => t(`content.tipCategories.${id}`);
  return (
    <aside className="tip" aria-labelledby="tip-title">
      <p className="eyebrow">{category(today.category)}</p>
      <h2 id="tip-title">{textOf(today, t).title}</h2>
      <TipBody tip={today} />
      <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t('program.tips.hideAll') : t('program.tips.showAll')}
      </button>
      {open && (
        <div className="tips-library">
          {TIP_CATEGORIES.map((id) => (
            <section key={id} aria-label={category(id)}>
              <h3>{category(id)}</h3>
              {tipsByCategory(id).map((tip) => (
                <details key={tip.id}>
                  <summary>{textOf(tip, t).title}</summary>
                  <TipBody tip={tip} />
                </details>
              ))}
            </section>
          ))}
        </div>
      )}
    </aside>
  );
}
