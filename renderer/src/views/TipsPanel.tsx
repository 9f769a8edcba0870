import { useState } from 'react';
import { TIP_CATEGORIES, TIP_CATEGORY_TITLES, TIPS, tipsByCategory, type Tip } from '@shared/content/tips';

/** One tip a day on the dashboard, and the whole library a click away. */
function TipBody({ tip }: { tip: Tip }) {
  return (
    <>
      <p>{tip.body}</p>
      {tip.checklist && (
        <ul className="tip__checklist">
          {tip.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function TipsPanel({ date }: { date: string }) {
  const [open, setOpen] = useState(false);
  // The same tip all day, a different one each day.
  const dayNumber = Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  const today = TIPS[((dayNumber % TIPS.length) + TIPS.length) % TIPS.length] as Tip;
  return (
    <aside className="tip" aria-labelledby="tip-title">
      <p className="eyebrow">{TIP_CATEGORY_TITLES[today.category]}</p>
      <h2 id="tip-title">{today.title}</h2>
      <TipBody tip={today} />
      <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide all tips' : 'All tips'}
      </button>
      {open && (
        <div className="tips-library">
          {TIP_CATEGORIES.map((category) => (
            <section key={category} aria-label={TIP_CATEGORY_TITLES[category]}>
              <h3>{TIP_CATEGORY_TITLES[category]}</h3>
              {tipsByCategory(category).map((tip) => (
                <details key={tip.id}>
                  <summary>{tip.title}</summary>
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
