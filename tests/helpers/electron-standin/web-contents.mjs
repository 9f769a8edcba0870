/**
 * A window's `webContents`: `send`, the window-open handler, the URL it
 * shows. Calls on destroyed contents throw. The stdin commands reach every
 * contents ever made (allWebContents), also those made without a window.
 */
import { recordCall, REF } from './recorder.mjs';
import { fakeEvent, RecordingEmitter } from './recording-emitter.mjs';

/** Every webContents created, oldest first. */
export const allWebContents = [];

export class WebContents extends RecordingEmitter {
  #destroyed = false;
  #url = '';
  #openHandler = null;

  constructor(owner) {
    super('webContents');
    this.id = Number(this[REF].split('#')[1]);
    this.owner = owner;
    this.session = {};
    allWebContents.push(this);
  }

  #call(method, args) {
    recordCall(`webContents.${method}`, this[REF], args);
    if (this.#destroyed) throw new TypeError('Object has been destroyed');
  }

  send(channel, ...args) {
    this.#call('send', [channel, ...args]);
  }

  setWindowOpenHandler(handler) {
    this.#call('setWindowOpenHandler', [handler]);
    this.#openHandler = handler;
  }

  get standinOpenHandler() {
    return this.#openHandler;
  }

  getURL() {
    return this.#url;
  }

  standinSetUrl(url) {
    this.#url = url;
  }

  loadURL(url) {
    this.#call('loadURL', [url]);
    this.#url = url;
    return Promise.resolve();
  }

  isLoading() {
    return false;
  }

  openDevTools(...args) {
    this.#call('openDevTools', args);
  }

  isDestroyed() {
    return this.#destroyed;
  }

  standinDestroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.standinEmit('destroyed', fakeEvent());
  }
}
