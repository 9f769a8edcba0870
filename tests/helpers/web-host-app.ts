import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_PROFILE } from '../../shared/program/profile-model';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings-schema';

/**
 * Launches the built web host (`out/main/web-host.js`) as a user would, with
 * `--clock manual`, and drives its `/__test/*` controls. It waits on what the
 * host prints and answers, never on sleeps.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const WEB_HOST_ENTRY = path.join(REPO_ROOT, 'out/main/web-host.js');

export interface TestState {
  now: number;
  schedule: { status: string; next: { kind: string; at: number }[]; activeBreak: unknown };
  tray: { tooltip: string; menu: { id: string; label: string; enabled: boolean }[] };
  notifications: {
    id: string;
    kind: string;
    variant: string;
    breakId: string;
    title: string;
    body: string;
    at: number;
    quiet: boolean;
    actions: { id: string; label: string }[];
  }[];
  windows: { id: string; view: string; open: boolean; openedAt: number }[];
  wakeUps: number;
}

/** Settings sections to change, each merged over its defaults. */
export type SettingsChanges = { [S in Exclude<keyof Settings, 'version'>]?: Partial<Settings[S]> };

/** A returning user's settings (the questionnaire skipped), with `changes` merged into their sections. */
export function returningUserSettings(changes: SettingsChanges = {}): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, profile: { ...DEFAULT_PROFILE, status: 'skipped' } };
  const sections = Object.keys(changes) as (keyof SettingsChanges)[];
  return { ...settings, ...Object.fromEntries(sections.map((s) => [s, { ...settings[s], ...changes[s] }])) };
}

export interface LaunchOptions {
  now?: string;
  dataDir?: string;
  manualClock?: boolean;
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Start as a new user: no settings file, so the questionnaire opens. */
  firstRun?: boolean;
}

export class WebHostApp {
  private stderr = '';

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly dataDir: string,
  ) {
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  static async launch(options: LaunchOptions = {}): Promise<WebHostApp> {
    if (!fs.existsSync(WEB_HOST_ENTRY)) throw new Error('build first: out/main/web-host.js is missing (npm run build)');
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'posture-e2e-'));
    // A returning user unless the test is about the first run: the questionnaire
    // would otherwise open over the dashboard.
    const settingsFile = path.join(dataDir, 'settings.json');
    if (!options.firstRun && !fs.existsSync(settingsFile)) {
      fs.writeFileSync(settingsFile, JSON.stringify(returningUserSettings()));
    }
    const args = [WEB_HOST_ENTRY, '--port', '0', '--data-dir', dataDir, '--no-open'];
    if (options.manualClock !== false) args.push('--clock', 'manual');
    if (options.now) args.push('--now', options.now);
    args.push(...(options.extraArgs ?? []));
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      // English unless a test asks otherwise, whatever this machine's locale.
      env: { ...process.env, LC_ALL: 'en_US.UTF-8', LANGUAGE: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.once('line', (line) => {
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/.exec(line);
        if (match?.[1]) resolve(match[1]);
        else reject(new Error(`unexpected first line: ${line}`));
      });
      child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
    });
    return new WebHostApp(child, url, dataDir);
  }

  get origin(): string {
    return new URL(this.url).origin;
  }

  get token(): string {
    return new URL(this.url).searchParams.get('token') ?? '';
  }

  get logs(): string {
    return this.stderr;
  }

  async request(method: 'GET' | 'POST', route: string, body?: unknown): Promise<Response> {
    return fetch(`${this.origin}${route}`, {
      method,
      headers: { 'x-posture-token': this.token, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  private async control<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const response = await this.request(method, `/__test/${route}`, body);
    const json = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(`/__test/${route} answered ${response.status}: ${json.error}`);
    return json;
  }

  state(): Promise<TestState> {
    return this.control('GET', 'state');
  }

  advance(ms: number): Promise<TestState> {
    return this.control('POST', 'advance', { ms });
  }

  /** The user has been idle `seconds` as of now (the OS reports it after the fact); 0: back, active. */
  idle(seconds: number): Promise<TestState> {
    return this.control('POST', 'idle', { seconds });
  }

  power(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen'): Promise<TestState> {
    return this.control('POST', 'power', { event });
  }

  /** Another app is fullscreen or presenting (the user is busy). */
  fullscreen(active: boolean): Promise<TestState> {
    return this.control('POST', 'fullscreen', { active });
  }

  clickTray(item: string): Promise<TestState> {
    return this.control('POST', 'tray', { item });
  }

  actOnNotification(id: string, action: 'start' | 'snooze' | 'dismiss'): Promise<TestState> {
    return this.control('POST', 'notification', { id, action });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
