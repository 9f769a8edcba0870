import { useState } from 'react';
import type { AppSnapshot, PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';

type TrayItem = AppSnapshot['tray']['menu'][number];

/**
 * The web host has no system tray, so the page draws the tray's model: the
 * tooltip as a status line and the same menu the Electron tray shows.
 */
export function TrayPanel({ api, tray }: { api: PostureApi; tray: AppSnapshot['tray'] }) {
  const [open, setOpen] = useState(false);
  const click = async (id: string) => {
    setOpen(false);
    reportFailure(await api.clickTrayItem({ id }), `tray item ${id}`);
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
          disabled={!item.enabled}
          onClick={() => void click(item.id)}
        >
          {item.label}
        </button>
      </li>
    );
  };
  return (
    <header className="tray" aria-label="Tray">
      <span className="tray__icon" aria-hidden="true" />
      <span className="tray__tooltip" data-testid="tray-tooltip">
        {tray.tooltip}
      </span>
      <button
        type="button"
        className="button button--quiet tray__toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Tray menu
      </button>
      {open && (
        <ul className="tray__menu" role="menu" aria-label="Tray menu">
          {tray.menu.map(renderItem)}
        </ul>
      )}
    </header>
  );
}
