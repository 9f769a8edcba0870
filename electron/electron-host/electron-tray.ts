import { Menu, Tray, nativeImage, nativeTheme, type MenuItemConstructorOptions } from 'electron';
import type { TrayMenuItem } from '@shared/tray-menu';
import type { TrayHost, TrayModel } from '../core/ports';

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
    /** The icon file for a dark or a light panel. */
    private readonly iconPath: (darkPanel: boolean) => string,
    private readonly onClick: (id: string) => void,
    private readonly platform: NodeJS.Platform,
  ) {
    this.tray = new Tray(this.icon());
    // A light icon on dark panels and a dark one on light panels (macOS uses a template image).
    nativeTheme.on('updated', this.onThemeChange);
  }

  private darkPanel: boolean | null = null;

  private readonly onThemeChange = () => {
    // 'updated' also fires for changes that leave the panel as it was.
    if (!this.tray.isDestroyed() && nativeTheme.shouldUseDarkColors !== this.darkPanel) this.tray.setImage(this.icon());
  };

  private icon() {
    this.darkPanel = nativeTheme.shouldUseDarkColors;
    const image = nativeImage.createFromPath(this.iconPath(this.darkPanel));
    if (this.platform === 'darwin') image.setTemplateImage(true);
    return image;
  }

  update(model: TrayModel): void {
    this.tray.setToolTip(model.tooltip);
    // Only macOS shows a title beside the icon; elsewhere it is ignored.
    if (this.platform === 'darwin') this.tray.setTitle(model.title);
    // AppIndicator panels ignore clicks on the icon: the menu carries every action.
    this.tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.menu, this.onClick)));
  }

  destroy(): void {
    nativeTheme.off('updated', this.onThemeChange);
    this.tray.destroy();
  }
}
