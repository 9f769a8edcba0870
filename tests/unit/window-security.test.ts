import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewSchema } from '@shared/ipc-contract';
import {
  browserWindowOptions,
  isAllowedExternalUrl,
  isTrustedSenderUrl,
  rendererUrl,
  SECURE_WEB_PREFERENCES,
} from '../../electron/electron-host/window-options';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/content-security-policy';
import { filesUnder } from '../helpers/files';

/**
 * Electron's security checklist, read from the code that applies it: the
 * options of every window (for every view of the contract), every place a
 * window is created or a link opened externally, every IPC registration,
 * and the Content-Security-Policy of every HTML entry, source and built.
 * (Electron itself cannot run here; electron-boot*.test.ts check the same
 * settings reaching the stand-in at run time.)
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['electron', 'shared', 'renderer'];
const PRELOAD = '/opt/posture/out/preload/index.cjs';
/** Electron's security checklist (docs/SECURITY.md): the settings that must be on, and those that must be off. */
const MUST_BE_ON = ['contextIsolation', 'sandbox', 'webSecurity'];
const MUST_BE_OFF = `nodeIntegration nodeIntegrationInWorker nodeIntegrationInSubFrames
  allowRunningInsecureContent webviewTag experimentalFeatures`.split(/\s+/);
const CHECKLIST = Object.fromEntries([
  ...MUST_BE_ON.map((key) => [key, true]),
  ...MUST_BE_OFF.map((key) => [key, false]),
]);

/** Source files of the app (not tests, not build output, not dependencies). */
function sourceFiles(exts = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/): string[] {
  return SOURCE_DIRS.flatMap((dir) => filesUnder(path.join(ROOT, dir))).filter(
    (file) => exts.test(path.basename(file)) && !/[/\\](node_modules|out|dist)[/\\]/.test(path.relative(ROOT, file)),
  );
}

interface Hit {
  file: string;
  line: number;
  text: string;
  /** The source from the start of the enclosing statement (a few lines up) to the end of the call's line. */
  around: string;
}

function findAll(pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const file of sourceFiles()) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      if (pattern.test(text)) {
        hits.push({
          file: path.relative(ROOT, file).split(path.sep).join('/'),
          line: index + 1,
          text: text.trim(),
          around: lines.slice(Math.max(0, index - 3), index + 1).join('\n'),
        });
      }
    });
  }
  return hits;
}

function htmlFiles(dir: string): string[] {
  return filesUnder(dir).filter((file) => file.endsWith('.html') && !/[/\\]node_modules[/\\]/.test(file));
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('BrowserWindow options, for every view of the contract', () => {
  it.each(viewSchema.options)('%s: isolated, sandboxed, no Node, web security on, a preload', (view) => {
    const options = browserWindowOptions(view, PRELOAD);
    const prefs = options.webPreferences ?? {};
    expect(prefs).toMatchObject(CHECKLIST);
    expect(prefs.preload).toBe(PRELOAD);
    // Nothing that loosens the checklist, whatever its value.
    for (const key of ['enableBlinkFeatures', 'enableRemoteModule', 'additionalArguments', 'partition', 'session']) {
      expect(prefs, key).not.toHaveProperty(key);
    }
    // Windows show our own page, from the app:// scheme, not file://.
    expect(rendererUrl(view)).toBe(`app://renderer/index.html#${view}`);
    expect(isTrustedSenderUrl(rendererUrl(view))).toBe(true);
  });

  it('sets each checklist item explicitly (not left to a default that changed across Electron versions)', () => {
    expect(Object.keys(SECURE_WEB_PREFERENCES).sort()).toEqual(expect.arrayContaining(Object.keys(CHECKLIST)));
  });
});

describe('the code paths that create windows, register IPC and open links', () => {
  it('creates every BrowserWindow from browserWindowOptions(), and sets webPreferences nowhere else', () => {
    const creations = findAll(/new\s+BrowserWindow\s*\(/);
    expect(creations.length, 'the app creates windows somewhere').toBeGreaterThan(0);
    for (const hit of creations) {
      expect(hit.text, `${hit.file}:${hit.line}`).toMatch(/new\s+BrowserWindow\s*\(\s*browserWindowOptions\(/);
    }
    const preferences = findAll(/webPreferences\s*:/).filter((hit) => !hit.file.endsWith('window-options.ts'));
    expect(preferences.map((h) => `${h.file}:${h.line}`)).toEqual([]);
    expect(findAll(/new\s+BrowserView\s*\(|new\s+WebContentsView\s*\(|<webview/).map((h) => h.file)).toEqual([]);
  });

  it('loosens no security setting anywhere in the app source', () => {
    const loosened = findAll(
      /(nodeIntegration\w*|webviewTag|allowRunningInsecureContent|experimentalFeatures)\s*:\s*true|(contextIsolation|sandbox|webSecurity)\s*:\s*false|enableBlinkFeatures|@electron\/remote|enableRemoteModule|disableWebSecurity|ELECTRON_DISABLE_SECURITY_WARNINGS|setCertificateVerifyProc|certificate-error|ignore-certificate-errors/,
    );
    expect(loosened.map((h) => `${h.file}:${h.line}: ${h.text}`)).toEqual([]);
  });

  it('opens links externally only through isAllowedExternalUrl(), with the same URL it checked', () => {
    const calls = findAll(/openExternal\s*\(/).filter((hit) => !/^\s*(\*|\/\/)/.test(hit.text));
    for (const hit of calls) {
      const argument = /openExternal\s*\(\s*([\w.]+)/.exec(hit.text)?.[1];
      expect(argument, `${hit.file}:${hit.line}: openExternal of an expression, not a checked variable`).toBeDefined();
      const guard = new RegExp(
        `if\\s*\\(\\s*isAllowedExternalUrl\\(\\s*${argument?.replace('.', '\\.')}\\s*\\)\\s*\\)`,
      );
      expect(hit.around, `${hit.file}:${hit.line} must be guarded by if (isAllowedExternalUrl(${argument}))`).toMatch(
        guard,
      );
    }
    // The one place today: the window-open handler of every web contents.
    expect(calls.map((h) => h.file)).toEqual(['electron/electron-host/electron-app.ts']);
  });

  it('allows no external URL but allow-listed https hosts (the list is empty today)', () => {
    for (const url of [
      'https://example.com/',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://renderer/index.html',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'https://user:pass@example.com@evil.example/',
      ' https://example.com',
      '',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('trusts only app://renderer pages as IPC senders', () => {
    for (const url of [
      undefined,
      '',
      'about:blank',
      'file:///work/out/renderer/index.html',
      'https://evil.example/',
      'http://127.0.0.1:5173/',
      'app://evil/index.html',
      'app://renderer.evil/index.html',
      'app://renderer:80@evil/',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abc/index.html',
    ]) {
      expect(isTrustedSenderUrl(url), String(url)).toBe(false);
    }
    expect(isTrustedSenderUrl('app://renderer/index.html#settings')).toBe(true);
  });

  it('registers IPC only through ipc-wiring.ts (ipcMain.handle with the sender check), and no raw ipcRenderer reaches a page', () => {
    const registrations = findAll(/ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\s*\(/).filter(
      (hit) => !/^\s*(\*|\/\/)/.test(hit.text),
    );
    expect(registrations.map((h) => h.file)).toEqual(['electron/electron-host/ipc-wiring.ts']);
    expect(registrations[0]?.around).toMatch(/ipcMain\.handle\(/);
    const wiring = fs.readFileSync(path.join(ROOT, 'electron/electron-host/ipc-wiring.ts'), 'utf8');
    expect(wiring).toMatch(/if \(!isTrustedFrame\(event\.senderFrame\)\)/);

    const exposed = findAll(/contextBridge\s*\.\s*exposeInMainWorld\s*\(/);
    expect(exposed.map((h) => `${h.file}: ${h.text}`)).toEqual([
      "electron/electron-host/preload.ts: contextBridge.exposeInMainWorld('posture', api);",
    ]);
  });
});

describe('Content-Security-Policy on every HTML entry', () => {
  const sources = htmlFiles(path.join(ROOT, 'renderer'));
  const built = htmlFiles(path.join(ROOT, 'out/renderer'));

  it('finds the entries (build first: `npx electron-vite build`)', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(built.length, 'out/renderer has no HTML: build first with `npx electron-vite build`').toBeGreaterThan(0);
  });

  it.each([...sources, ...built].map((file) => [path.relative(ROOT, file), file]))(
    '%s carries the strict policy and no inline code',
    (_name, file) => {
      const html = fs.readFileSync(file, 'utf8');
      const metas = [...html.matchAll(/<meta[^>]+http-equiv="Content-Security-Policy"[^>]*>/gi)];
      expect(metas).toHaveLength(1);
      const content = /content="([^"]+)"/.exec(metas[0]?.[0] ?? '')?.[1] ?? '';
      const policy = directives(content);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      for (const [name, values] of policy) {
        for (const value of values) {
          expect(value, `${name} ${value}`).not.toMatch(
            /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|^\*$|^https?:$|^http:|^ws:|^blob:/,
          );
          if (name !== 'img-src') expect(value, `${name} ${value}`).not.toBe('data:');
        }
      }
      // The same directives as the header both hosts send (minus frame-ancestors, which a meta tag cannot set).
      expect([...policy.keys()].sort()).toEqual(
        [...directives(CONTENT_SECURITY_POLICY).keys()].filter((d) => d !== 'frame-ancestors').sort(),
      );
      // The policy must come before any script or style it governs.
      const metaAt = html.indexOf(metas[0]?.[0] ?? '');
      for (const tag of html.matchAll(/<(script|link|style)\b/gi)) expect(tag.index).toBeGreaterThan(metaAt);
      // No inline scripts, inline handlers or javascript: URLs (the CSP would block them; keep it that way).
      for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(script[1], 'every script has a src').toMatch(/\bsrc="(\.\/|\/)[^"]+"/);
        expect(script[2]?.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=|javascript:|<style\b|\sstyle="/i);
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!127\.0\.0\.1)/i);
    },
  );
});
