import { RESOURCES } from '../../shared/i18n/i18n';
import { SETTINGS_GROUPS } from '../../shared/settings-groups';
import { returningUserSettings } from '../helpers/web-host-app';
import { expect, test } from '../helpers/web-host-test';

/**
 * The Settings window in Spanish and Brazilian Portuguese, chosen in the
 * settings file: the page speaks the language, the tab names are the
 * translated ones and fit the sidebar on at most two lines, nothing in a
 * panel runs past its edge, and a program a red flag stopped gives its date
 * as Intl writes it in the language. Screenshots of the groups, light and
 * dark at 1000 px, go to test-results/screenshots/ to be looked at.
 */
const SHOTS = 'test-results/screenshots';
const GROUPS = ['reminders', 'schedule', 'break-behaviour', 'program', 'data', 'about'] as const;

const STOPPED_AT = Date.parse('2026-02-27T10:00:00Z');

test.use({ timezoneId: 'UTC', viewport: { width: 1000, height: 800 } });

for (const language of ['es', 'pt-BR'] as const) {
  test(`settings in ${language}: tabs translated, no overflow; screenshots`, async ({ page, launchApp }) => {
    const settings = returningUserSettings({
      general: { language },
      workingHours: { enabled: true },
      safety: { stoppedAt: STOPPED_AT, reasons: ['severe-pain-not-improving'] },
    });
    const app = await launchApp({ now: '2026-03-02T09:00:00Z', settings });
    await page.goto(app.url);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await app.clickTray('settings');
    const strings = RESOURCES[language].settings;
    await expect(page.getByRole('heading', { name: strings.title, level: 1 })).toBeVisible();

    const tabs = page.getByRole('tab');
    const titles = SETTINGS_GROUPS.map((group) => strings.groups[group].title);
    await expect(tabs).toHaveText(titles);
    // Every tab name fits the sidebar on at most two lines, without overflow.
    for (const tab of await tabs.all()) {
      const fit = await tab.evaluate((el) => {
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
        const padding = parseFloat(getComputedStyle(el).paddingTop) + parseFloat(getComputedStyle(el).paddingBottom);
        return {
          lines: Math.round((el.clientHeight - padding) / lineHeight),
          overflow: el.scrollWidth > el.clientWidth,
        };
      });
      expect(fit.lines, (await tab.textContent()) ?? '').toBeLessThanOrEqual(2);
      expect(fit.overflow).toBe(false);
    }

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const group of GROUPS) {
        await page.locator(`#${group}-tab`).click();
        const panel = page.locator(`#${group}-panel`);
        await expect(panel).toBeVisible();
        if (group === 'program') {
          const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(STOPPED_AT);
          await expect(panel.getByTestId('program-stopped')).toContainText(
            strings.program.stopped.replace('{{date}}', date),
          );
        }
        // Nothing in the panel reaches past its right edge (a label or button too long for its place).
        const wide = await panel.evaluate((root) => {
          const edge = root.getBoundingClientRect().right;
          return [...root.querySelectorAll<HTMLElement>('label, legend, p, button, span, dt, dd, h2, select')]
            .filter((el) => el.getBoundingClientRect().right > edge + 1 || el.scrollWidth > el.clientWidth + 1)
            .filter((el) => getComputedStyle(el).display !== 'inline')
            .map((el) => el.textContent);
        });
        expect(wide).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/settings-${language}-${group}-${scheme}.png`, fullPage: true });
      }
    }
  });
}
