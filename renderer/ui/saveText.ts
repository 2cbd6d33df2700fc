// Saving a text the app made (a CSV, a case file) as a file, through a temporary Blob link: the
// browser's download in browser mode, the desktop's save in Electron.

export function saveText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
