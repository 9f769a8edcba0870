import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_GROUPS, type SettingsGroup } from '@shared/settings-groups';

/** Element ids of a group's tab and panel. */
export const tabId = (group: SettingsGroup) => [group, 'tab'].join('-');
export const panelId = (group: SettingsGroup) => [group, 'panel'].join('-');

/**
 * The groups as a vertical tab list (WAI-ARIA APG tabs, automatic
 * activation): one tab stop; the arrows, Home and End move between groups
 * and show each at once; Tab moves on into the group's panel.
 */
export function GroupTabs({ value, onChange }: { value: SettingsGroup; onChange: (group: SettingsGroup) => void }) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<SettingsGroup, HTMLButtonElement>());

  const select = (group: SettingsGroup) => {
    onChange(group);
    tabs.current.get(group)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = SETTINGS_GROUPS.indexOf(value);
    const last = SETTINGS_GROUPS.length - 1;
    const step: Partial<Record<string, number>> = {
      ArrowDown: at === last ? 0 : at + 1,
      ArrowRight: at === last ? 0 : at + 1,
      ArrowUp: at === 0 ? last : at - 1,
      ArrowLeft: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    const target = step[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(SETTINGS_GROUPS[target] ?? value);
  };

  return (
    <div
      className="settings-tabs"
      role="tablist"
      aria-orientation="vertical"
      aria-label={t('settings.groupsLabel')}
      onKeyDown={onKeyDown}
    >
      {SETTINGS_GROUPS.map((group) => (
        <button
          key={group}
          ref={(element) => {
            if (element) tabs.current.set(group, element);
            else tabs.current.delete(group);
          }}
          type="button"
          role="tab"
          id={tabId(group)}
          className="settings-tabs__tab"
          aria-selected={group === value}
          aria-controls={panelId(group)}
          tabIndex={group === value ? 0 : -1}
          onClick={() => select(group)}
        >
          {t(`settings.groups.${group}.title`)}
        </button>
      ))}
    </div>
  );
}
