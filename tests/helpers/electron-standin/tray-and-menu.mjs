/**
 * The tray and what it shows: `nativeImage` (empty when the file is missing),
 * `Menu` (template items kept as given, so the `click-tray` command can click
 * them) and `Tray` (only after ready; calls on a destroyed tray throw).
 */
import * as fs from 'node:fs';
import { requireReady } from './problems.mjs';
import { nextRef, record, recordCall, REF } from './recorder.mjs';
import { RecordingEmitter } from './recording-emitter.mjs';

// ---- nativeImage

class NativeImage {
  #empty;
  #template = false;

  constructor(filePath) {
    this[REF] = nextRef('NativeImage');
    this.#empty = !filePath || !fs.existsSync(filePath);
  }

  setTemplateImage(flag) {
    recordCall('NativeImage.setTemplateImage', this[REF], [flag]);
    this.#template = Boolean(flag);
  }

  isTemplateImage() {
    return this.#template;
  }

  isEmpty() {
    return this.#empty;
  }

  getSize() {
    return this.#empty ? { width: 0, height: 0 } : { width: 16, height: 16 };
  }

  resize() {
    return this;
  }
}

export const nativeImage = {
  createFromPath(filePath) {
    const image = new NativeImage(filePath);
    record('nativeImage.createFromPath', { args: [filePath], result: image, exists: !image.isEmpty() });
    return image;
  },
  createEmpty() {
    const image = new NativeImage(null);
    record('nativeImage.createEmpty', { result: image });
    return image;
  },
};

// ---- Menu

/** The menu Menu.buildFromTemplate() made last (a live binding). */
export let lastBuiltMenu = null;

export class Menu {
  constructor(template = []) {
    this[REF] = nextRef('Menu');
    this.items = template;
  }

  static buildFromTemplate(template) {
    const menu = new Menu(template);
    record('Menu.buildFromTemplate', { args: [template], result: menu });
    lastBuiltMenu = menu;
    return menu;
  }

  static setApplicationMenu(menu) {
    recordCall('Menu.setApplicationMenu', null, [menu]);
  }

  getMenuItemById(id) {
    return findMenuItem(this.items, id);
  }

  popup(...args) {
    recordCall('Menu.popup', this[REF], args);
  }
}

/** The item with `id` in a template, searching submenus too; null if none. */
export function findMenuItem(items, id) {
  for (const item of items ?? []) {
    if (item.id === id) return item;
    const inner = findMenuItem(Array.isArray(item.submenu) ? item.submenu : item.submenu?.items, id);
    if (inner) return inner;
  }
  return null;
}

// ---- Tray

/** Every tray created, oldest first. */
export const trays = [];

export class Tray extends RecordingEmitter {
  #destroyed = false;
  contextMenu = null;

  constructor(image, guid) {
    super('Tray');
    record('new Tray', { self: this[REF], args: guid === undefined ? [image] : [image, guid] });
    requireReady('new Tray');
    trays.push(this);
  }

  #call(method, args) {
    recordCall(`Tray.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  setToolTip(toolTip) {
    this.#call('setToolTip', [toolTip]);
  }

  setTitle(...args) {
    this.#call('setTitle', args);
  }

  setImage(image) {
    this.#call('setImage', [image]);
  }

  setContextMenu(menu) {
    this.#call('setContextMenu', [menu]);
    this.contextMenu = menu;
  }

  setIgnoreDoubleClickEvents(flag) {
    this.#call('setIgnoreDoubleClickEvents', [flag]);
  }

  popUpContextMenu(...args) {
    this.#call('popUpContextMenu', args);
  }

  destroy() {
    recordCall('Tray.destroy', this[REF], []);
    this.#destroyed = true;
  }

  isDestroyed() {
    return this.#destroyed;
  }
}
