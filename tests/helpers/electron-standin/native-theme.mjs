/**
 * `nativeTheme`: the system's light/dark state and the app's themeSource.
 * The `theme` stdin command flips shouldUseDarkColors and emits 'updated'.
 */
import { recordCall } from './recorder.mjs';
import { RecordingEmitter } from './recording-emitter.mjs';

class NativeTheme extends RecordingEmitter {
  #source = 'system';
  #systemDark = false;

  constructor() {
    super('nativeTheme', 'nativeTheme');
  }

  get shouldUseDarkColors() {
    return this.#source === 'dark' || (this.#source === 'system' && this.#systemDark);
  }

  get themeSource() {
    return this.#source;
  }

  set themeSource(source) {
    recordCall('nativeTheme.themeSource', null, [source]);
    this.#source = source;
    this.standinEmit('updated');
  }

  /** For the test: the operating system switched to dark (or light). */
  setSystemDark(dark) {
    this.#systemDark = dark;
    this.standinEmit('updated');
  }
}

export const nativeTheme = new NativeTheme();
