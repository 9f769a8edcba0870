import type * as net from 'node:net';

/**
 * Listens `server` where X display `127.0.0.1:N` would be (TCP port 6000+N),
 * for the first free N from `first` up to (not including) `last`: a fake
 * X server for tests of what a client does when the server misbehaves.
 * Resolves to N, or -1 when every port was taken.
 */
export async function listenAsTcpDisplay(server: net.Server, first: number, last: number): Promise<number> {
  for (let candidate = first; candidate < last; candidate++) {
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(6000 + candidate, '127.0.0.1', () => resolve(true));
    });
    if (listening) return candidate;
  }
  return -1;
}
