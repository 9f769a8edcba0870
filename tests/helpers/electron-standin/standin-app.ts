import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Runs the *built* Electron main bundle on plain Node with the recording
 * `electron` stand-in (electron.ts, bundled and loaded by register.mjs), reads what
 * it records and drives it with stand-in commands. Every wait is on a record
 * line, bounded by a deadline; never a fixed sleep.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const MAIN_ENTRY = path.join(REPO_ROOT, 'out/main/index.js');
export const PRELOAD_ENTRY = path.join(REPO_ROOT, 'out/preload/index.cjs');
export const REGISTER_FILE = path.join(import.meta.dirname, 'register.mjs');

/** One line of the record file. */
export interface StandinRecord {
  seq: number;
  ready: boolean;
  api: string;
  self?: string;
  args?: unknown[];
  [field: string]: unknown;
}

export interface CommandResult {
  ok: boolean;
  /** The result record's place in the record: what the stand-in recorded before it answered has a lower seq. */
  seq: number;
  value?: unknown;
  error?: { name: string; message: string };
}

export interface LaunchOptions {
  env?: NodeJS.ProcessEnv;
  /** How long the boot may take before a wait fails. */
  timeoutMs?: number;
  /** The text of a settings file already in userData when the app starts. */
  settingsFile?: string;
  /** A folder of the test's as app.getPath('userData'), instead of a new one (it is not removed at stop). */
  userData?: string;
}

const DEFAULT_TIMEOUT_MS = 8_000;
const POLL_MS = 10;

/** What the stand-in records when the app misuses Electron's API or crashes. */
export const PROBLEM_APIS: readonly string[] = [
  'standin.misuse',
  'process.uncaughtException',
  'process.unhandledRejection',
];

export function isProblem(record: StandinRecord): boolean {
  return PROBLEM_APIS.includes(record.api);
}

export function requireBuiltBundles(): void {
  for (const file of [MAIN_ENTRY, PRELOAD_ENTRY]) {
    if (!fs.existsSync(file)) {
      throw new Error(
        `${path.relative(REPO_ROOT, file)} is missing: build first with \`npx electron-vite build\` ` +
          '(`npm test` builds before running the tests)',
      );
    }
  }
}

/**
 * The Node arguments that put the stand-in in place of `electron`, before the
 * script: `spawn(process.execPath, [...standinNodeArgs(), MAIN_ENTRY])`, with
 * ELECTRON_STANDIN_RECORD and ELECTRON_STANDIN_USER_DATA in the environment.
 * (register.mjs bundles the TypeScript stand-in first if its sources changed.)
 */
export function standinNodeArgs(): string[] {
  return ['--import', pathToFileURL(REGISTER_FILE).href];
}

export class StandinApp {
  private readonly lines: StandinRecord[] = [];
  private offset = 0;
  private partial = '';
  private nextRef = 1;
  private stdoutText = '';
  private stderrText = '';
  exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private readonly exited: Promise<void>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly dir: string,
    readonly recordFile: string,
    readonly userData: string,
    private readonly timeoutMs: number,
  ) {
    child.stdout.on('data', (chunk: Buffer) => (this.stdoutText += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (this.stderrText += chunk.toString()));
    // The stand-in may exit (app.quit) while we still write to its stdin.
    child.stdin.on('error', () => {});
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve();
      });
    });
  }

  static launch(options: LaunchOptions = {}): StandinApp {
    requireBuiltBundles();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-boot-'));
    const recordFile = path.join(dir, 'electron-calls.jsonl');
    const userData = options.userData ?? path.join(dir, 'userData');
    fs.mkdirSync(userData, { recursive: true });
    if (options.settingsFile !== undefined)
      fs.writeFileSync(path.join(userData, 'settings.json'), options.settingsFile);
    fs.writeFileSync(recordFile, '');
    const child = spawn(process.execPath, [...standinNodeArgs(), MAIN_ENTRY], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        // The app writes its login item under HOME on Linux: keep it in the temp dir.
        HOME: dir,
        XDG_CONFIG_HOME: path.join(dir, 'config'),
        ...options.env,
        ELECTRON_STANDIN_RECORD: recordFile,
        ELECTRON_STANDIN_USER_DATA: userData,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new StandinApp(child, dir, recordFile, userData, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  get stdout(): string {
    return this.stdoutText;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** Every record so far, oldest first. */
  records(): StandinRecord[] {
    const fd = fs.openSync(this.recordFile, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size > this.offset) {
        const buffer = Buffer.alloc(size - this.offset);
        fs.readSync(fd, buffer, 0, buffer.length, this.offset);
        this.offset = size;
        const text = this.partial + buffer.toString('utf8');
        const parts = text.split('\n');
        this.partial = parts.pop() ?? '';
        for (const line of parts) if (line.trim()) this.lines.push(JSON.parse(line) as StandinRecord);
      }
    } finally {
      fs.closeSync(fd);
    }
    return this.lines;
  }

  /** Records of one API, optionally only those on one object. */
  calls(api: string, self?: string): StandinRecord[] {
    return this.records().filter((r) => r.api === api && (self === undefined || r.self === self));
  }

  /** Misuses of Electron's API and main-process crashes recorded so far. */
  problems(): StandinRecord[] {
    return this.records().filter(isProblem);
  }

  /**
   * Waits until `check` returns something other than undefined/false, or
   * fails with `what`, the exit status and the recent records. A recorded
   * problem (Electron API misuse, uncaught error) fails the wait at once.
   */
  async waitFor<T>(what: string, check: (records: StandinRecord[]) => T | undefined | false): Promise<T> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const found = check(this.records());
      if (found !== undefined && found !== false) return found;
      const problems = this.problems();
      if (problems.length > 0) {
        throw new Error(`${what}: the app hit a problem first: ${JSON.stringify(problems)}\n${this.diagnostics()}`);
      }
      if (this.exit) {
        // One more read: the last lines may have landed as it exited.
        const last = check(this.records());
        if (last !== undefined && last !== false) return last;
        throw new Error(`${what}: the app exited (${JSON.stringify(this.exit)}) first\n${this.diagnostics()}`);
      }
      if (Date.now() > deadline)
        throw new Error(`${what}: not seen within ${this.timeoutMs} ms\n${this.diagnostics()}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Sends one stand-in command and waits for its result record. */
  async command(cmd: string, fields: Record<string, unknown> = {}): Promise<CommandResult> {
    if (this.exit) throw new Error(`cannot send "${cmd}": the app exited (${JSON.stringify(this.exit)})`);
    const ref = this.nextRef++;
    this.child.stdin.write(`${JSON.stringify({ ...fields, cmd, ref })}\n`);
    const result = await this.waitFor(`the result of "${cmd}" (#${ref})`, (records) =>
      records.find((r) => r.api === 'test.result' && r.ref === ref),
    );
    return {
      ok: result.ok === true,
      seq: result.seq,
      value: result.value,
      error: result.error as CommandResult['error'],
    };
  }

  /** Like command(), but a failed command fails the test. */
  async commandValue<T>(cmd: string, fields: Record<string, unknown> = {}): Promise<T> {
    const result = await this.command(cmd, fields);
    if (!result.ok) throw new Error(`stand-in command "${cmd}" failed: ${JSON.stringify(result.error)}`);
    return result.value as T;
  }

  /**
   * A web contents created now, showing `url` (`app.emit('web-contents-created')`):
   * its id, the events the app listens to on it, and whether it set a window-open handler.
   */
  createWebContents(url: string): Promise<{ contents: string; listening: string[]; windowOpenHandler: boolean }> {
    return this.commandValue('web-contents-created', { url });
  }

  /** What the app's window-open handler of `contents` answers for `url`. */
  windowOpen(contents: string, url: string): Promise<{ handled: boolean; response: unknown }> {
    return this.commandValue('window-open', { contents, url });
  }

  /** Calls an `ipcMain.handle` handler as a renderer frame at `senderUrl` would. */
  invoke<T = unknown>(
    channel: string,
    payload: unknown,
    senderUrl: string,
    frame: { subframe?: boolean; noFrame?: boolean } = {},
  ): Promise<T> {
    return this.commandValue<T>('invoke', { channel, payload, senderUrl, ...frame });
  }

  /** Resolves when the process has exited, or fails after the deadline. */
  async waitForExit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await this.waitFor('the process to exit', (records) => {
      const cancelled = records.find((r) => r.api === 'standin.quit-cancelled');
      if (cancelled) throw new Error(`the quit was cancelled by ${String(cancelled.by)}\n${this.diagnostics()}`);
      return this.exit ?? undefined;
    });
    return this.exit!;
  }

  /** Ends the process (closing stdin ends the stand-in) and removes its folder. */
  async stop(): Promise<void> {
    if (!this.exit) {
      this.child.stdin.end();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 3_000);
      await this.exited;
      clearTimeout(timer);
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  diagnostics(): string {
    const recent = this.records()
      .slice(-15)
      .map((r) => JSON.stringify(r).slice(0, 240))
      .join('\n  ');
    return `recent records:\n  ${recent}\nstderr:\n${this.stderrText.slice(-2_000)}`;
  }
}
