/**
 * Hands a text file to the browser's (or Electron's) download, through a Blob
 * URL and an `<a download>` click (the CSV exports and the settings export): nothing
 * leaves the machine, and the strict CSP is not involved (a download is
 * neither a fetch nor a style).
 */
export function saveTextFile(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
}
