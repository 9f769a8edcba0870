import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, checked against electron-builder's own JSON schema
 * (the installers themselves cannot be built here: no internet for the
 * Electron and packaging tool downloads).
 */
const root = path.resolve(import.meta.dirname, '../..');
interface BuilderConfig {
  appId: string;
  files: string[];
  fileAssociations?: unknown;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string; extendInfo: Record<string, unknown> };
}
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check would catch a mistake', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, linux: { ...config.linux, target: 42 } })).toBe(false);
    expect(validate({ ...config, frobnicate: true })).toBe(false);
  });

  it('builds the installers of every OS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb', 'rpm']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.appId).toBe('org.posturebreaks.app');
    expect(config.mac.extendInfo.LSUIElement).toBe(true); // a tray app: no Dock icon
    expect(config.fileAssociations).toBeUndefined();
  });

  it('hardens the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the build output', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
  });

  it('every icon it names exists, at a size the installers need', () => {
    const linuxSizes = fs.readdirSync(path.join(root, config.linux.icon)).sort();
    expect(linuxSizes).toEqual([
      '128x128.png',
      '16x16.png',
      '256x256.png',
      '32x32.png',
      '48x48.png',
      '512x512.png',
      '64x64.png',
    ]);
    for (const name of linuxSizes) {
      const size = Number(name.split('x')[0]);
      expect(fs.readFileSync(path.join(root, config.linux.icon, name)).readUInt32BE(16), name).toBe(size);
    }
    const icons = [config.win.icon, config.mac.icon];
    for (const icon of icons) {
      const file = path.join(root, icon);
      expect(fs.existsSync(file), icon).toBe(true);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16), `${icon} width`).toBeGreaterThanOrEqual(1024);
    }
    for (const tray of ['assets/tray.png', 'assets/trayTemplate.png'])
      expect(fs.existsSync(path.join(root, tray))).toBe(true);
  });
});
