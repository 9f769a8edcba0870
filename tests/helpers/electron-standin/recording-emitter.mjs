/**
 * Events for the stand-in's objects (app, windows, trays and the rest):
 * `RecordingEmitter` records every subscription and every emit, and
 * `fakeEvent()` is the event object Electron passes first to most listeners.
 */
import { EventEmitter } from 'node:events';
import { nextRef, record, recordCall, REF } from './recorder.mjs';

/** An Electron-style event object: `preventDefault()` sets `defaultPrevented`. */
export function fakeEvent(extra = {}) {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event;
}

/**
 * Event methods shared by app, windows, trays and the rest. The object is
 * named `kind#n` (or `name` for singletons such as "app") and its calls are
 * recorded under that kind, e.g. "Tray.on".
 */
export class RecordingEmitter {
  #emitter = new EventEmitter();

  constructor(kind, name = nextRef(kind)) {
    this[REF] = name;
    this.#emitter.setMaxListeners(0);
  }

  get standinName() {
    return this[REF];
  }

  on(event, listener) {
    recordCall(`${this.apiPrefix}.on`, this[REF], [event, listener]);
    this.#emitter.on(event, listener);
    return this;
  }

  addListener(event, listener) {
    return this.on(event, listener);
  }

  once(event, listener) {
    recordCall(`${this.apiPrefix}.once`, this[REF], [event, listener]);
    this.#emitter.once(event, listener);
    return this;
  }

  off(event, listener) {
    recordCall(`${this.apiPrefix}.off`, this[REF], [event, listener]);
    this.#emitter.off(event, listener);
    return this;
  }

  removeListener(event, listener) {
    return this.off(event, listener);
  }

  removeAllListeners(event) {
    recordCall(`${this.apiPrefix}.removeAllListeners`, this[REF], [event]);
    if (event === undefined) this.#emitter.removeAllListeners();
    else this.#emitter.removeAllListeners(event);
    return this;
  }

  listenerCount(event) {
    return this.#emitter.listenerCount(event);
  }

  listeners(event) {
    return this.#emitter.listeners(event);
  }

  /** Emits as Electron would, recording the event and how many listened. */
  standinEmit(event, ...args) {
    record(`${this.apiPrefix}.emit`, { self: this[REF], event, listeners: this.#emitter.listenerCount(event) });
    return this.#emitter.emit(event, ...args);
  }

  get apiPrefix() {
    return this[REF].split('#')[0];
  }
}
