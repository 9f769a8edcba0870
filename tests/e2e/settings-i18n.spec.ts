import type { Locator, Page } from '@playwright/test';
import { translator, type Language } from '../../shared/i18n/i18n';
import { en } from '../../shared/i18n/locales/en';
import { SETTINGS_GROUPS } from '../../shared/settings-groups';
import { openSettings, showSettingsGroup } from '../helpers/web-host-page';
import { expect, test } from '../helpers/web-host-test';

/**
 * The Settings window in German and French, chosen in its own Appearance
 * group: the tabs, headings and intros are the language's, a validation
 * message comes in the language with its numbers, working hours name the
 * days and ranges in it, and no English sentence of the settings area is left
 * on any panel. Screenshots of every group, light and dark, go to
 * test-results/screenshots/ to be looked at for overflow and awkward wraps.
 */
const SHOTS = 'test-results/screenshots';
const START = '2026-03-02T09:00:00Z';

test.use({ timezoneId: 'UTC', hostOptions: { now: START } });

/** Every English sentence or phrase of the settings area (no placeholders, more than one word). */
function englishPhrases(): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      if (!node.includes('{{') && node.trim().includes(' ')) out.push(node);
    } else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(en.settings);
  return out;
}

async function showGroup(page: Page, title: string): Promise<Locator> {
  const panel = await showSettingsGroup(page, title);
  // Chosen (bold), the name fits the narrow list: wrapped if need be, never cut off.
  const tab = page.getByRole('tab', { name: title, exact: true });
  expect(await tab.evaluate((el) => el.scrollWidth <= el.clientWidth), title).toBe(true);
  return panel;
}

for (const language of ['de', 'fr'] as const satisfies readonly Language[]) {
  test(`${language}: the Settings window speaks the language, light and dark`, async ({ page, app }) => {
    const t = translator(language);
    await openSettings(page, app);
    const appearance = await showGroup(page, 'Appearance');
    await appearance.getByLabel('Language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.getByRole('heading', { name: t('settings.title'), level: 1 })).toBeVisible();
    await expect(page.getByRole('tablist', { name: t('settings.groupsLabel') }).getByRole('tab')).toHaveText(
      SETTINGS_GROUPS.map((id) => t(`settings.groups.${id}.title`)),
    );

    const english = englishPhrases();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const id of SETTINGS_GROUPS) {
        const panel = await showGroup(page, t(`settings.groups.${id}.title`));
        await expect(panel.getByRole('heading', { level: 2 })).toHaveText(t(`settings.groups.${id}.title`));
        await expect(panel.getByText(t(`settings.groups.${id}.intro`))).toBeVisible();
        if (id === 'break-behaviour') {
          const snooze = panel.getByLabel(t('settings.breakBehaviour.snoozeMinutes'));
          await snooze.fill('0');
          await snooze.blur();
          await expect(panel.getByRole('alert')).toHaveText(
            t('settings.validation.range', { min: '1', max: '60', saved: '10' }),
          );
        }
        if (id === 'schedule') {
          const monday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
            Date.UTC(2024, 0, 1),
          );
          const day = panel.getByRole('group', { name: monday });
          const second = day.getByLabel(t('settings.schedule.rangeStart', { day: monday, n: 2 }));
          if ((await second.count()) === 0) {
            await day.getByRole('button', { name: t('settings.schedule.addRangeOn', { day: monday }) }).click();
          }
          await second.fill('12:00');
          await expect(day.getByRole('alert')).toHaveText(t('settings.validation.overlap'));
        }
        const text = await panel.innerText();
        expect(
          english.filter((phrase) => text.includes(phrase)),
          `${id}: English left`,
        ).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/settings-${language}-${id}-${scheme}.png`, fullPage: true });
      }
    }
  });
}
