/**
 * The tray and what it shows: `nativeImage` (empty when the file is missing),
 * `Menu` (template items kept as given, so the `click-tray` command can click
 * them) and `Tray` (only after ready; calls on a destroyed tray throw).
 */
import * as fs from 'node:fs';
import { handOver, type Electron, type FakeClassOf } from './electron-types';
import { requireReady, standinOf } from './problems';
import { nextRef, record, recordCall, REF } from './recorder';
import { RecordingEmitter } from './recording-emitter';

// ---- nativeImage

/** What electron/electron-host/ use of an image. */
type NativeImageUses = 'setTemplateImage';

class FakeNativeImage implements Pick<
  Electron.NativeImage,
  NativeImageUses | 'isTemplateImage' | 'isEmpty' | 'getSize' | 'resize'
> {
  readonly [REF] = nextRef('NativeImage');
  readonly #empty: boolean;
  #template = false;

  constructor(filePath: string | null) {
    this.#empty = !filePath || !fs.existsSync(filePath);
  }

  setTemplateImage(option: boolean): void {
    recordCall('NativeImage.setTemplateImage', this[REF], [option]);
    this.#template = option;
  }

  isTemplateImage(): boolean {
    return this.#template;
  }

  isEmpty(): boolean {
    return this.#empty;
  }

  getSize(): Electron.Size {
    return this.#empty ? { width: 0, height: 0 } : { width: 16, height: 16 };
  }

  resize(): Electron.NativeImage {
    return handOver<Electron.NativeImage>(this);
  }
}

/** What electron/electron-host/ use of the `nativeImage` module. */
type NativeImageModuleUses = 'createFromPath';

export const nativeImage = {
  createFromPath(path: string): Electron.NativeImage {
    const image = new FakeNativeImage(path);
    record('nativeImage.createFromPath', { args: [path], result: image, exists: !image.isEmpty() });
    return handOver<Electron.NativeImage>(image);
  },
  createEmpty(): Electron.NativeImage {
    const image = new FakeNativeImage(null);
    record('nativeImage.createEmpty', { result: image });
    return handOver<Electron.NativeImage>(image);
  },
} satisfies Pick<typeof Electron.nativeImage, NativeImageModuleUses | 'createEmpty'>;

// ---- Menu

export type MenuTemplate = Parameters<typeof Electron.Menu.buildFromTemplate>[0];
export type MenuTemplateItem = MenuTemplate[number];

/** The menu Menu.buildFromTemplate() made last (a live binding). */
export let lastBuiltMenu: FakeMenu | null = null;

/** The app uses no member of a menu: it builds one and gives it to the tray. */
export class FakeMenu implements Pick<Electron.Menu, 'popup'> {
  readonly [REF] = nextRef('Menu');

  /** The template as the app gave it, click handlers included. */
  constructor(readonly standinTemplate: MenuTemplate = []) {}

  static buildFromTemplate(template: MenuTemplate): Electron.Menu {
    const menu = new FakeMenu(template);
    record('Menu.buildFromTemplate', { args: [template], result: menu });
    lastBuiltMenu = menu;
    return handOver<Electron.Menu>(menu);
  }

  static setApplicationMenu(menu: Electron.Menu | null): void {
    recordCall('Menu.setApplicationMenu', null, [menu]);
  }

  popup(options?: Electron.PopupOptions): void {
    recordCall('Menu.popup', this[REF], options === undefined ? [] : [options]);
  }
}

/** What electron/electron-host/ use of `Menu`: buildFromTemplate. */
export const Menu = FakeMenu satisfies FakeClassOf<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

function submenuItems(item: MenuTemplateItem): readonly MenuTemplateItem[] {
  const submenu = item.submenu;
  if (!submenu) return [];
  if (Array.isArray(submenu)) return submenu;
  return submenu instanceof FakeMenu ? submenu.standinTemplate : [];
}

/** The item with `id` in a template, searching submenus too; null if none. */
export function findMenuItem(items: readonly MenuTemplateItem[], id: string): MenuTemplateItem | null {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = findMenuItem(submenuItems(item), id);
    if (inner) return inner;
  }
  return null;
}

// ---- Tray

/** Every tray created, oldest first. */
export const trays: FakeTray[] = [];

/** What electron/electron-host/ use of a tray. */
type TrayUses = 'setToolTip' | 'setTitle' | 'setImage' | 'setContextMenu' | 'isDestroyed' | 'destroy';

export class FakeTray
  extends RecordingEmitter<Electron.Tray>
  implements Pick<Electron.Tray, TrayUses | 'on' | 'once' | 'off' | 'setIgnoreDoubleClickEvents' | 'popUpContextMenu'>
{
  #destroyed = false;
  /** The menu the tray shows (setContextMenu). */
  standinContextMenu: FakeMenu | null = null;

  constructor(image: Electron.NativeImage | string, guid?: string) {
    super('Tray');
    record('new Tray', { self: this[REF], args: guid === undefined ? [image] : [image, guid] });
    requireReady('new Tray');
    trays.push(this);
  }

  #call(method: string, args: readonly unknown[]): void {
    recordCall(`Tray.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  setToolTip(toolTip: string): void {
    this.#call('setToolTip', [toolTip]);
  }

  setTitle(title: string, options?: Electron.TitleOptions): void {
    this.#call('setTitle', options === undefined ? [title] : [title, options]);
  }

  setImage(image: Electron.NativeImage | string): void {
    this.#call('setImage', [image]);
  }

  setContextMenu(menu: Electron.Menu | null): void {
    this.#call('setContextMenu', [menu]);
    this.standinContextMenu = menu === null ? null : standinOf(menu, FakeMenu, 'Tray.setContextMenu');
  }

  setIgnoreDoubleClickEvents(ignore: boolean): void {
    this.#call('setIgnoreDoubleClickEvents', [ignore]);
  }

  popUpContextMenu(menu?: Electron.Menu, position?: Electron.Point): void {
    const args: unknown[] = [];
    if (menu !== undefined) args.push(menu);
    if (position !== undefined) args.push(position);
    this.#call('popUpContextMenu', args);
  }

  destroy(): void {
    recordCall('Tray.destroy', this[REF], []);
    this.#destroyed = true;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }
}

/** The class the app constructs: Electron's constructor arguments. */
export const Tray = FakeTray satisfies FakeClassOf<typeof Electron.Tray>;
