import { spawn } from 'node:child_process';

/**
 * Opens a URL or folder with the system's default handler, without waiting
 * for it: xdg-open on Linux, open on macOS, start on Windows. Used by the web
 * host (the Electron host has shell.openPath / openExternal).
 */
export function openWithSystem(target: string, onError: (error: Error) => void = () => {}): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [target]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', target]]
        : ['xdg-open', [target]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', onError);
  child.unref();
}
