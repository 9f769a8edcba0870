/**
 * Events for the stand-in's objects (app, windows, trays and the rest):
 * `RecordingEmitter` records every subscription and every emit, and
 * `fakeEvent()` is the event object Electron passes first to most listeners.
 */
import { EventEmitter } from 'node:events';
import type { Electron, Listener } from './electron-types';
import { nextRef, record, recordCall, REF } from './recorder';

/**
 * An Electron event object (`Electron.Event<Params>`): `preventDefault()`
 * sets `defaultPrevented`. Two signatures, so that an event made without
 * params is a plain `Electron.Event` and cannot pass for one that needs some.
 */
export function fakeEvent(): Electron.Event;
export function fakeEvent<Params extends object>(params: Params): Electron.Event<Params>;
export function fakeEvent(params: object = {}): Electron.Event<object> {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...params,
  };
  return event;
}

/** Something with Electron's `on` overloads, whose event names and listener types `emitChecked` reads. */
interface ElectronEmitter {
  on: (...args: never[]) => unknown;
}

/**
 * Event methods shared by app, windows, trays and the rest. The object is
 * named `kind#n` (or `name` for singletons such as "app") and its calls are
 * recorded under that kind, e.g. "Tray.on".
 *
 * `Real` is the Electron type the object stands for: `on` and friends return
 * it, as Electron's do (they return `this`, which in a `Pick` of Electron's
 * type is Electron's type). Listeners are stored untyped: Electron's
 * overloads give each event its own listener type.
 */
export class RecordingEmitter<Real extends ElectronEmitter> {
  readonly [REF]: string;
  readonly #emitter = new EventEmitter();

  constructor(kind: string, name = nextRef(kind)) {
    this[REF] = name;
    this.#emitter.setMaxListeners(0);
  }

  get standinName(): string {
    return this[REF];
  }

  /** What `on` and friends return: this object, as the Electron object it stands for. */
  #chain(): Real {
    return this as unknown as Real;
  }

  /** `on`, `once` and `off`: recorded, then passed to the emitter. */
  #listen(method: 'on' | 'once' | 'off', event: string, listener: Listener): Real {
    recordCall(`${this.apiPrefix}.${method}`, this[REF], [event, listener]);
    this.#emitter[method](event, listener as (...args: unknown[]) => void);
    return this.#chain();
  }

  on(event: string, listener: Listener): Real {
    return this.#listen('on', event, listener);
  }

  addListener(event: string, listener: Listener): Real {
    return this.on(event, listener);
  }

  once(event: string, listener: Listener): Real {
    return this.#listen('once', event, listener);
  }

  off(event: string, listener: Listener): Real {
    return this.#listen('off', event, listener);
  }

  removeListener(event: string, listener: Listener): Real {
    return this.off(event, listener);
  }

  removeAllListeners(event?: string): Real {
    recordCall(`${this.apiPrefix}.removeAllListeners`, this[REF], [event]);
    if (event === undefined) this.#emitter.removeAllListeners();
    else this.#emitter.removeAllListeners(event);
    return this.#chain();
  }

  listenerCount(event: string): number {
    return this.#emitter.listenerCount(event);
  }

  listeners(event: string): ReturnType<EventEmitter['listeners']> {
    return this.#emitter.listeners(event);
  }

  /**
   * Emits an event the test names (app-event, power commands), with the
   * arguments it gives, recording the event and how many listened. The
   * stand-in's own events go through emitChecked.
   */
  standinEmit(event: string, ...args: unknown[]): boolean {
    record(`${this.apiPrefix}.emit`, { self: this[REF], event, listeners: this.#emitter.listenerCount(event) });
    return this.#emitter.emit(event, ...args);
  }

  /**
   * Emits one of Electron's events with arguments tsc checks against
   * Electron's listener type for it. `pick` gets Electron's `on` of `Real` and
   * calls it with the event name and a function returning the arguments, as
   * in `on('closed', (..._takes) => [] satisfies typeof _takes)`: Electron's
   * overload for that name types `_takes`, so a wrong name, a missing or extra
   * argument or a wrong type fails the typecheck. At run time `on` here
   * emits the event with what the function returns.
   */
  emitChecked(pick: (on: Real['on']) => unknown): void {
    const on = (event: string, args: () => unknown[]) => {
      this.standinEmit(event, ...args());
      return this;
    };
    pick(on);
  }

  get apiPrefix(): string {
    return this[REF].split('#')[0]!;
  }
}
