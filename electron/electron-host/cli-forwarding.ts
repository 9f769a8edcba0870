import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import type { CommandReply } from '@shared/command-line';

/**
 * The command line in the Electron host: `posture-breaks pause 30m` starts a
 * second instance, which Electron's single-instance lock turns into a
 * `second-instance` event in the running one. The command travels in the
 * lock's additional data; the answer comes back through a reply file in the
 * temp folder that the waiting second instance prints.
 */
export const forwardedCommandSchema = z.object({
  argv: z.array(z.string().max(200)).max(10),
  replyFile: z.string().max(500).nullable(),
});
export type ForwardedCommand = z.infer<typeof forwardedCommandSchema>;

const REPLY_NAME = /^posture-reply-[0-9a-f-]{36}\.json$/;

/** The words after the executable (and the app folder in development), without Chromium's switches. */
export function commandArgv(argv: readonly string[], isPackaged: boolean): string[] {
  return argv.slice(isPackaged ? 1 : 2).filter((word) => !word.startsWith('--'));
}

export function newReplyFile(): string {
  return path.join(os.tmpdir(), `posture-reply-${randomUUID()}.json`);
}

/** Only a reply file of our own naming in the temp folder may be written. */
export function isSafeReplyFile(file: string): boolean {
  return path.dirname(path.resolve(file)) === path.resolve(os.tmpdir()) && REPLY_NAME.test(path.basename(file));
}

export function writeReply(file: string, reply: CommandReply): boolean {
  if (!isSafeReplyFile(file)) return false;
  fs.writeFileSync(file, JSON.stringify(reply), { mode: 0o600, flag: 'wx' });
  return true;
}

/** Waits for the running instance's answer, polling the reply file. */
export async function awaitReply(file: string, timeoutMs = 5000): Promise<CommandReply | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const reply = JSON.parse(fs.readFileSync(file, 'utf8')) as CommandReply;
      fs.rmSync(file, { force: true });
      return reply;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return null;
}
