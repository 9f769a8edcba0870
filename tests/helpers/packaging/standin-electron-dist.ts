import * as fs from 'node:fs';
import * as path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
// The wire format is not in the package's index; these are its own constants.
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';

/**
 * A stand-in for the unpacked Linux Electron zip (electron-vX-linux-x64.zip),
 * for electron-builder's `electronDist` (the real one cannot be downloaded
 * here). electron-builder copies such a folder as it is, renames `electron`
 * to the app's executable and `LICENSE` to `LICENSE.electron.txt`, packs the
 * app into `resources/`, and flips the fuses in the executable
 * (node_modules/app-builder-lib/out/electron/ElectronFramework.js,
 * platformPackager.js). So only the executable's content matters: a small
 * shell program that carries Electron's fuse wire: the sentinel, the wire
 * version and length, one byte per fuse (node_modules/@electron/fuses/dist/
 * index.js reads and writes it so). The other files are
 * placeholders with the real names.
 *
 * The real zip also holds `resources/default_app.asar`; electron-builder
 * removes it only from a zip it downloaded itself, so a stand-in that had it
 * would ship it. It is left out, as a prepared custom dist would.
 */

const FUSE_WIRE_VERSION = 1;

/**
 * Electron's fuse defaults (its docs/tutorial/fuses.md), in wire order: the
 * eight fuses @electron/fuses 1.8 knows. Every fuse electron-builder.yml sets
 * differs from its default, so a read-back after packaging shows a real flip.
 */
export const ELECTRON_DEFAULT_FUSES: ReadonlyMap<FuseV1Options, boolean> = new Map([
  [FuseV1Options.RunAsNode, true],
  [FuseV1Options.EnableCookieEncryption, false],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, true],
  [FuseV1Options.EnableNodeCliInspectArguments, true],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, false],
  [FuseV1Options.OnlyLoadAppFromAsar, false],
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, false],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, true],
]);

/** What the zip holds besides the executable, `LICENSE` and `resources/`. */
const PLACEHOLDER_FILES = [
  'LICENSES.chromium.html',
  'chrome_100_percent.pak',
  'chrome_200_percent.pak',
  'icudtl.dat',
  'libEGL.so',
  'libGLESv2.so',
  'libffmpeg.so',
  'libvk_swiftshader.so',
  'libvulkan.so.1',
  'resources.pak',
  'snapshot_blob.bin',
  'v8_context_snapshot.bin',
  'version',
  'vk_swiftshader_icd.json',
  'locales/de.pak',
  'locales/en-US.pak',
  'locales/es.pak',
  'locales/fr.pak',
  'locales/pt-BR.pak',
];
const EXECUTABLE_HELPERS = ['chrome-sandbox', 'chrome_crashpad_handler'];

export interface StandinElectronDist {
  dir: string;
  /** Files electron-builder should copy unchanged, relative to the dist. */
  copiedAsIs: string[];
}

function fuseWireBytes(): Buffer {
  const states = [...ELECTRON_DEFAULT_FUSES.values()].map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE));
  return Buffer.concat([Buffer.from(SENTINEL, 'latin1'), Buffer.from([FUSE_WIRE_VERSION, states.length, ...states])]);
}

/** The executable: says what it is if run, and carries the fuse wire in a comment. */
function standinExecutable(electronVersion: string): Buffer {
  const program =
    '#!/bin/sh\n' +
    `echo "stand-in for the Electron ${electronVersion} binary (tests/helpers/packaging); it runs no app" >&2\n` +
    'exit 1\n# fuse wire: ';
  return Buffer.concat([Buffer.from(program), fuseWireBytes(), Buffer.from('\n')]);
}

export function writeStandinElectronDist(dir: string, electronVersion: string): StandinElectronDist {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'electron'), standinExecutable(electronVersion), { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'LICENSE'), "stand-in for Electron's LICENSE\n");
  for (const name of EXECUTABLE_HELPERS) {
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n# stand-in for Electron's ${name}\nexit 1\n`, { mode: 0o755 });
  }
  for (const name of PLACEHOLDER_FILES) {
    const text = name === 'version' ? electronVersion : `stand-in for Electron's ${name}\n`;
    fs.writeFileSync(path.join(dir, name), text);
  }
  return { dir, copiedAsIs: [...EXECUTABLE_HELPERS, ...PLACEHOLDER_FILES] };
}
