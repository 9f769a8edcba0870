import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSnapshot, PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';
import { useAppState } from '../state/app-state';
import { PAGE_CLOCK_MS, useNow } from '../state/use-now';
import { trayModelAt } from './tray-model';
import './tray-panel.css';

type TrayItem = AppSnapshot['tray']['menu'][number];

/**
 * The web host has no system tray, so the page draws the tray's model: the
 * tooltip as a status line and the same menu the Electron tray shows.
 * The menu works as a menu button does (WAI-ARIA APG): opening it moves the
 * focus to its first item, the arrows, Home and End move between items,
 * Escape closes it and gives the focus back to the button, and Tab or a
 * click elsewhere closes it.
 */
export function TrayPanel({ api, snapshot }: { api: PostureApi; snapshot: AppSnapshot }) {
  const { t } = useTranslation();
  // Made again at the page's clock, so its minutes move on without a push
  // (tray-model.ts); at the snapshot's own instant it is the snapshot's tray.
  const now = useNow(useAppState(), PAGE_CLOCK_MS);
  const tray = useMemo(
    () => (now === snapshot.now ? snapshot.tray : trayModelAt(snapshot, now, t)),
    [snapshot, now, t],
  );
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuItems = () => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
  ];
  useEffect(() => {
    if (open) menuItems()[0]?.focus();
  }, [open]);
  const click = async (id: string) => {
    toggle.current?.focus();
    setOpen(false);
    reportFailure(await api.clickTrayItem({ id }), `tray item ${id}`);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = menuItems();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const target =
      event.key === 'ArrowDown'
        ? items[(at + 1) % items.length]
        : event.key === 'ArrowUp'
          ? items[(at - 1 + items.length) % items.length]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items.at(-1)
              : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    } else if (event.key === 'Escape') {
      // Handled here: the break view's own Escape (end the break) must not fire too.
      event.preventDefault();
      toggle.current?.focus();
      setOpen(false);
    }
  };
  // Tab, or a click anywhere else, takes the focus out of the menu: it closes.
  const onMenuBlur = (event: FocusEvent<HTMLUListElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && (menu.current?.contains(next) || toggle.current === next)) return;
    setOpen(false);
  };
  const renderItem = (item: TrayItem) => {
    if (item.type === 'separator') return <li key={item.id} role="separator" className="tray__separator" />;
    if (item.submenu) {
      return (
        <li key={item.id} role="none">
          <span className="tray__group-label" id={`tray-group-${item.id}`}>
            {item.label}
          </span>
          <ul role="group" aria-labelledby={`tray-group-${item.id}`}>
            {item.submenu.map(renderItem)}
          </ul>
        </li>
      );
    }
    return (
      <li key={item.id} role="none">
        <button
          type="button"
          role="menuitem"
          data-tray-item={item.id}
          tabIndex={-1}
          disabled={!item.enabled}
          onClick={() => void click(item.id)}
        >
          {item.label}
        </button>
      </li>
    );
  };
  return (
    <header className="tray" aria-label={t('trayPanel.region')}>
      <span className="tray__icon" aria-hidden="true" />
      <span className="tray__tooltip" data-testid="tray-tooltip">
        {tray.tooltip}
      </span>
      <button
        ref={toggle}
        type="button"
        className="button button--quiet tray__toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {t('trayPanel.menu')}
      </button>
      {open && (
        <ul
          ref={menu}
          className="tray__menu"
          role="menu"
          aria-label={t('trayPanel.menu')}
          onKeyDown={onMenuKey}
          onBlur={onMenuBlur}
        >
          {tray.menu.map(renderItem)}
        </ul>
      )}
    </header>
  );
}
