import type { PostureApi } from '@shared/ipc-contract';
import { saveTextFile } from '../save-text-file';

/**
 * Saves a CSV export: the backend makes the file's text, the page hands it
 * to the browser's (or Electron's) download (`saveTextFile`). Nothing leaves
 * the machine.
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
  saveTextFile(filename, content, 'text/csv;charset=utf-8');
  return filename;
}
