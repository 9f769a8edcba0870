import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/**
 * Accessibility checks shared by tests/e2e/accessibility.spec.ts and
 * keyboard.spec.ts: axe in both colour schemes, and a walk of the Tab order.
 */

const FAILING: readonly string[] = ['serious', 'critical'];

function describeViolation(v: Result): string {
  const where = v.nodes
    .slice(0, 4)
    .map(
      (n) =>
        `      ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
    )
    .join('\n');
  const more = v.nodes.length > 4 ? `\n      … and ${v.nodes.length - 4} more` : '';
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length})\n${where}${more}`;
}

/**
 * The rules whose outcome depends on colours. The stylesheet has no rule
 * that depends on the colour scheme but its colour tokens (no
 * prefers-color-scheme blocks: tests/unit/chart-colours.test.ts), so the
 * dark pass needs only these; the light pass runs every rule.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is (or on `within`, CSS selectors, when the
 * rest was audited in another state): every rule (WCAG 2.2 A and AA and best
 * practices) in the light colour scheme, then the colour rules in the dark
 * one. Serious and critical violations fail the test (softly, so every state
 * is reported); lesser ones are printed. The page is left in the light scheme.
 */
export async function audit(page: Page, state: string, within: string[] = []): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Legacy mode runs axe in the page itself (no iframes here) instead of a second blank page: faster.
    let axe = new AxeBuilder({ page }).setLegacyMode(true);
    for (const selector of within) axe = axe.include(selector);
    if (colorScheme === 'dark') axe = axe.withRules(COLOUR_RULES);
    const results = await axe.analyze();
    const label = `${state} (${colorScheme})`;
    const lesser = results.violations.filter((v) => !FAILING.includes(v.impact ?? ''));
    if (lesser.length > 0)
      console.log(`axe, ${label}: minor and moderate\n${lesser.map(describeViolation).join('\n')}`);
    const failing = results.violations.filter((v) => FAILING.includes(v.impact ?? ''));
    expect.soft(failing.map(describeViolation), `axe, ${label}: serious and critical`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** One stop of the Tab order, as the page lays it out. */
export interface FocusStop {
  /** Role and name, for messages: `button "Start stretch now"`. */
  what: string;
  /** Document coordinates of the focused element's box. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The element matches :focus-visible and draws an outline or a box-shadow. */
  ringShown: boolean;
  /** A key for the element, to compare with the list of every interactive element. */
  key: string;
}

/** What is focused now (null: nothing but the page). Marks elements with data-a11y-key once. */
export async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    el.dataset.a11yKey ??= String(Math.random()).slice(2);
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const name =
      el.getAttribute('aria-label') ??
      (('labels' in el ? (el as HTMLInputElement).labels?.[0]?.textContent : null) ?? el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 50);
    const ring = el.matches(':focus-visible') && (outline || shadow);
    // A time or date field's picker button is a Tab stop inside the field
    // (which then does not match :focus-visible); Chromium rings it itself,
    // in the page's colour scheme, where page CSS cannot reach.
    const picker = !ring && el instanceof HTMLInputElement && ['time', 'date', 'datetime-local'].includes(el.type);
    return {
      what: `${el.getAttribute('role') ?? el.tagName.toLowerCase()} "${name}"${picker ? ' (its picker button)' : ''}`,
      top: box.top + scrollY,
      bottom: box.bottom + scrollY,
      left: box.left + scrollX,
      right: box.right + scrollX,
      ringShown: ring || picker,
      key: el.dataset.a11yKey,
    };
  });
}

/**
 * Presses Tab from the top of the page until the focus leaves the page or
 * comes back round, and returns every stop on the way.
 */
export async function walkTabOrder(page: Page, limit = 200): Promise<FocusStop[]> {
  // Tab goes on from the last focused or clicked element: start it from a
  // stand-in at the very top of the page instead, removed after the first Tab.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'a11y-walk-start';
    document.body.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.evaluate(() => document.getElementById('a11y-walk-start')?.remove());
    const stop = await focusStop(page);
    if (!stop || stop.key === stops[0]?.key) return stops;
    stops.push(stop);
  }
  throw new Error(`more than ${limit} Tab stops: ${stops.map((s) => s.what).join(', ')}`);
}

/**
 * Every element a keyboard user should be able to reach: visible, enabled
 * and natively or explicitly focusable. Of a group of radio buttons, one is
 * in the Tab order (the arrows move within it): the group counts once.
 * Marks them with data-a11y-key like focusStop() does.
 */
export async function interactiveElements(
  page: Page,
): Promise<{ key: string; what: string; radioGroup: string | null }[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.checkVisibility({ visibilityProperty: true }))
      .filter((el) => !el.closest('[inert], [aria-hidden="true"]'))
      .map((el) => {
        el.dataset.a11yKey ??= String(Math.random()).slice(2);
        const radio = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null;
        const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
        return { key: el.dataset.a11yKey, what: `${el.tagName.toLowerCase()} "${name}"`, radioGroup: radio };
      });
  });
}

/** Vertical slack for controls in one row that are not top-aligned (a select beside a taller button). */
export const ROW_TOLERANCE_PX = 8;

/**
 * The Tab order follows the reading order: each stop is not above the one
 * before it (by more than ROW_TOLERANCE_PX), unless it starts a new column,
 * that is, it lies wholly to the right of the previous stop (a sidebar
 * followed by its content, a label column followed by a control column):
 * there the order may climb back to the column's top. Returns the breaches.
 */
export function readingOrderBreaches(stops: readonly FocusStop[]): string[] {
  const breaches: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const [before, after] = [stops[i - 1] as FocusStop, stops[i] as FocusStop];
    const climbs = after.top < before.top - ROW_TOLERANCE_PX;
    const newColumn = after.left >= before.right;
    if (climbs && !newColumn) {
      breaches.push(
        `${before.what} (top ${Math.round(before.top)}) -> ${after.what} (top ${Math.round(after.top)}, left of it)`,
      );
    }
  }
  return breaches;
}
