import type { PostureApi } from '@shared/ipc-contract';

/**
 * Saves a CSV export: the backend makes the file's text, the page hands it
 * to the browser's (or Electron's) download through a Blob URL and an
 * `<a download>` click. Nothing leaves the machine, and the strict CSP is
 * not involved (a download is neither a fetch nor a style).
 *
 * The file's column headers are a data format, not text for the user: they
 * stay English and stable in every language (shared/stats/csv.ts), so
 * spreadsheets and scripts built on an export keep working. The file's name
 * is the user's: `name` gives it in their language, from the day the
 * backend stamped on its own name (YYYY-MM-DD), or the backend's name as is
 * when it carries no such day.
 */
export async function downloadCsv(
  api: PostureApi,
  what: 'daily' | 'events',
  name: (date: string) => string,
): Promise<string> {
  const result = await api.exportCsv({ what });
  if (!result.ok) throw new Error(result.error.message);
  const { content } = result.value;
  const day = /(\d{4}-\d{2}-\d{2})\.csv$/.exec(result.value.filename)?.[1];
  const filename = day ? name(day) : result.value.filename;
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
