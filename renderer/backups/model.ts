// Pure helpers of the Backups screen: the order the copies are listed in, their sizes in words,
// and the names the confirmation uses. Plain functions, tested without a page.
import type { BackupInfo } from '../../shared/ipc/backups';

/** Newest first: the day a copy was taken, then its name (the channel's order is not relied on). */
export function newestFirst(list: readonly BackupInfo[]): BackupInfo[] {
  return [...list].sort((a, b) => (a.day === b.day ? b.name.localeCompare(a.name) : a.day < b.day ? 1 : -1));
}

/** 1,536 → "1.5 KB": enough to tell a full copy from an almost empty one. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** A count the copy could not tell (a damaged copy, a table it lacks) shows as a dash. */
export function formatCount(n: number | null): string {
  return n === null ? '—' : n.toLocaleString('en-US');
}

/** "3 tickets", "1 service", "tickets unknown". */
export function countPhrase(n: number | null, one: string, many: string): string {
  if (n === null) return `${many} unknown`;
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The last part of a path, whichever separator the system uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** The folder the copies are kept in: `backups` beside the data file (ARCHITECTURE.md "Data"). */
export function backupFolderOf(dataFile: string): string {
  const cut = Math.max(dataFile.lastIndexOf('/'), dataFile.lastIndexOf('\\'));
  const sep = dataFile.includes('\\') && !dataFile.includes('/') ? '\\' : '/';
  return cut < 0 ? 'backups' : `${dataFile.slice(0, cut)}${sep}backups`;
}

/**
 * The name the kept copy of the current file will have, as the back end writes it
 * (`agency.before-restore-<time>.sqlite`), for the confirmation to say where it goes.
 */
export function keptCopyPattern(dataFile: string): string {
  return `${fileName(dataFile).replace(/\.sqlite$/, '')}.before-restore-<date and time>.sqlite`;
}
