import type { PostureApi } from '@shared/ipc-contract';

/**
 * Saves a CSV export: the backend makes the file's text, the page hands it
 * to the browser's (or Electron's) download through a Blob URL and an
 * `<a download>` click. Nothing leaves the machine, and the strict CSP is
 * not involved (a download is neither a fetch nor a style).
 */
export async function downloadCsv(api: PostureApi, what: 'daily' | 'events'): Promise<string> {
  const result = await api.exportCsv({ what });
  if (!result.ok) throw new Error(result.error.message);
  const { filename, content } = result.value;
  // Exactly the backend's text (ASCII in practice: ids, ISO dates, numbers).
  const blob = new Blob([content], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has taken its copy once the click's task is over.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
  return filename;
}
