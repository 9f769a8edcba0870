// Types for electron-download-report.mjs, so TypeScript tests can drive it.
export interface ProgressLine {
  start(): void;
  update(progress: { transferred: number; total: number | null; percent: number }): void;
  finish(ok: boolean): void;
}
export declare function createProgressLine(
  output: { isTTY?: boolean; write(text: string): unknown },
  label: string,
): ProgressLine;
export declare function downloadFailureReason(error: unknown, url: string | null): string;
export declare function installerFailureReason(stderr: string, zipPath: string): string;
