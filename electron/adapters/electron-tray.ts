import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayMenuItem } from '@shared/tray-menu';
import type { TrayHost, TrayModel } from '../ports';

/** Our menu data as Electron's template; clicks come back by item id. */
export function toMenuTemplate(items: TrayMenuItem[], onClick: (id: string) => void): MenuItemConstructorOptions[] {
  return items.map((item) =>
    item.type === 'separator'
      ? { type: 'separator' }
      : {
          id: item.id,
          label: item.label,
          enabled: item.enabled,
          ...(item.checked === undefined ? {} : { type: 'checkbox' as const, checked: item.checked }),
          ...(item.submenu ? { submenu: toMenuTemplate(item.submenu, onClick) } : { click: () => onClick(item.id) }),
        },
  );
}

/**
 * The system tray icon. The Tray lives in this long-lived object: Electron
 * garbage-collects a Tray nobody references, and the icon vanishes.
 */
export class ElectronTrayHost implements TrayHost {
  private readonly tray: Tray;

  constructor(
    iconPath: string,
    private readonly onClick: (id: string) => void,
    private readonly platform: NodeJS.Platform,
  ) {
    const icon = nativeImage.createFromPath(iconPath);
    if (platform === 'darwin') icon.setTemplateImage(true);
    this.tray = new Tray(icon);
  }

  update(model: TrayModel): void {
    this.tray.setToolTip(model.tooltip);
    // Only macOS shows a title beside the icon; elsewhere it is ignored.
    if (this.platform === 'darwin') this.tray.setTitle(model.title);
    // AppIndicator panels ignore clicks on the icon: the menu carries every action.
    this.tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.menu, this.onClick)));
  }

  destroy(): void {
    this.tray.destroy();
  }
}
