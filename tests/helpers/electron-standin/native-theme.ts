/**
 * `nativeTheme`: the system's light/dark state and the app's themeSource.
 * The `theme` stdin command flips shouldUseDarkColors and emits 'updated'.
 */
import type { Electron } from './electron-types';
import { recordCall } from './recorder';
import { RecordingEmitter } from './recording-emitter';

type ThemeSource = Electron.NativeTheme['themeSource'];

/** What electron/electron-host/ use of `nativeTheme`. */
type NativeThemeUses = 'themeSource' | 'shouldUseDarkColors' | 'on' | 'off';

class FakeNativeTheme
  extends RecordingEmitter<Electron.NativeTheme>
  implements Pick<Electron.NativeTheme, NativeThemeUses | 'once'>
{
  #source: ThemeSource = 'system';
  #systemDark = false;

  constructor() {
    super('nativeTheme', 'nativeTheme');
  }

  get shouldUseDarkColors(): boolean {
    return this.#source === 'dark' || (this.#source === 'system' && this.#systemDark);
  }

  get themeSource(): ThemeSource {
    return this.#source;
  }

  set themeSource(source: ThemeSource) {
    recordCall('nativeTheme.themeSource', null, [source]);
    this.#source = source;
    this.#updated();
  }

  /** For the test: the operating system switched to dark (or light). */
  setSystemDark(dark: boolean): void {
    this.#systemDark = dark;
    this.#updated();
  }

  #updated(): void {
    this.emitChecked((on) => on('updated', (..._takes) => [] satisfies typeof _takes));
  }
}

export const nativeTheme = new FakeNativeTheme();
