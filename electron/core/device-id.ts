import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';

/**
 * A stable id for this computer, used to name its own folder of the event
 * log. It is derived, not stored, because a stored id inside a synced data
 * dir would be copied to every other computer and defeat its purpose.
 */
export interface MachineFacts {
  hostname: string;
  username: string;
  platform: string;
  machineId: string | null;
}

export function readMachineFacts(): MachineFacts {
  let machineId: string | null = null;
  for (const file of ['/etc/machine-id', '/var/lib/dbus/machine-id']) {
    try {
      machineId = fs.readFileSync(file, 'utf8').trim() || null;
      if (machineId) break;
    } catch {
      // not Linux, or not readable: hostname and user still tell machines apart
    }
  }
  let username = 'user';
  try {
    username = os.userInfo().username;
  } catch {
    // no passwd entry (some containers)
  }
  return { hostname: os.hostname(), username, platform: process.platform, machineId };
}

export function deviceIdFrom(facts: MachineFacts): string {
  const slug =
    facts.hostname
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'device';
  const hash = createHash('sha256')
    .update([facts.hostname, facts.username, facts.platform, facts.machineId ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 8);
  return `${slug}-${hash}`;
}
