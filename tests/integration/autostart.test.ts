import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopEntry, quoteExecArgument, XdgAutostart } from '../../electron/os/autostart';
import { tempDirPerTest } from '../helpers/temp-dir';

const home = tempDirPerTest('posture-home-');

describe('XDG autostart', () => {
  it('writes ~/.config/autostart/posture-breaks.desktop and removes it again', () => {
    const autostart = new XdgAutostart(['/opt/Posture Breaks/posture-breaks'], {}, home());
    const file = path.join(home(), '.config', 'autostart', 'posture-breaks.desktop');
    expect(autostart.isEnabled()).toBe(false);
    autostart.setEnabled(true);
    expect(autostart.isEnabled()).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('[Desktop Entry]\nType=Application\nName=Posture Breaks\n');
    expect(text).toContain('Exec="/opt/Posture Breaks/posture-breaks"\n');
    autostart.setEnabled(true); // idempotent
    autostart.setEnabled(false);
    expect(fs.existsSync(file)).toBe(false);
    autostart.setEnabled(false); // no error when already gone
  });

  it('follows XDG_CONFIG_HOME when it is absolute', () => {
    const config = path.join(home(), 'cfg');
    const autostart = new XdgAutostart(['/usr/bin/posture-breaks'], { XDG_CONFIG_HOME: config }, home());
    autostart.setEnabled(true);
    expect(fs.existsSync(path.join(config, 'autostart', 'posture-breaks.desktop'))).toBe(true);
    expect(new XdgAutostart(['x'], { XDG_CONFIG_HOME: 'relative' }, home()).file).toBe(
      path.join(home(), '.config', 'autostart', 'posture-breaks.desktop'),
    );
  });

  it('respects a user who disabled it in their desktop settings (Hidden=true)', () => {
    const autostart = new XdgAutostart(['/usr/bin/posture-breaks'], {}, home());
    autostart.setEnabled(true);
    fs.appendFileSync(autostart.file, 'Hidden=true\n');
    expect(autostart.isEnabled()).toBe(false);
  });

  it('quotes Exec arguments as the Desktop Entry spec asks', () => {
    expect(quoteExecArgument('/usr/bin/app')).toBe('/usr/bin/app');
    expect(quoteExecArgument('/home/a b/App.AppImage')).toBe('"/home/a b/App.AppImage"');
    expect(quoteExecArgument('/x/$weird"`\\')).toBe('"/x/\\$weird\\"\\`\\\\"');
    expect(desktopEntry(['/usr/bin/electron', '/opt/app'])).toContain('Exec=/usr/bin/electron /opt/app\n');
  });
});
