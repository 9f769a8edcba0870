import { useState } from 'react';
import type { AppSnapshot, PostureApi } from '@shared/ipc-contract';
import { reportFailure } from '../api';

/**
 * The web host has no system tray, so the page draws the tray's model: the
 * tooltip as a status line and the same menu the Electron tray shows.
 */
export function TrayPanel({ api, tray }: { api: PostureApi; tray: AppSnapshot['tray'] }) {
  const [open, setOpen] = useState(false);
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
          {tray.menu.map((item) =>
            item.type === 'separator' ? (
              <li key={item.id} role="separator" className="tray__separator" />
            ) : (
              <li key={item.id} role="none">
                <button
                  type="button"
                  role="menuitem"
                  data-tray-item={item.id}
                  disabled={!item.enabled}
                  onClick={async () => {
                    setOpen(false);
                    reportFailure(await api.clickTrayItem({ id: item.id }), `tray item ${item.id}`);
                  }}
                >
                  {item.label}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </header>
  );
}
