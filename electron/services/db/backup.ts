// Rolling backups with SQLite's online backup API (ARCHITECTURE.md "Data"): one copy a day,
// taken at the first start of the day, in a `backups` folder beside the data file. Which
// copies to keep is a pure rule, tested on its own.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';

/** Keep the newest `daily` daily copies and one per month for `monthly` months before them. */
export function backupsToDelete(names: string[], daily = 7, monthly = 6): string[] {
  const dated = names
    .map((name) => ({ name, day: /(\d{4}-\d{2}-\d{2})\.sqlite$/.exec(name)?.[1] }))
    .filter((x): x is { name: string; day: string } => x.day !== undefined)
    .sort((a, b) => (a.day < b.day ? 1 : -1));
  const keep = new Set(dated.slice(0, daily).map((x) => x.name));
  const months = new Set<string>();
  for (const x of dated.slice(daily)) {
    const month = x.day.slice(0, 7);
    if (months.size < monthly && !months.has(month)) {
      months.add(month);
      keep.add(x.name);
    }
  }
  return dated.filter((x) => !keep.has(x.name)).map((x) => x.name);
}

export function backupFolder(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'backups');
}

/** Today's copy (local date given by the caller), if not taken yet; then prunes old copies. */
export async function dailyBackup(db: Db, dataFile: string, today: string): Promise<string | null> {
  const dir = backupFolder(dataFile);
  const base = path.basename(dataFile).replace(/\.sqlite$/, '');
  const target = path.join(dir, `${base}-${today}.sqlite`);
  if (fs.existsSync(target)) return null;
  fs.mkdirSync(dir, { recursive: true });
  await db.backup(target);
  const mine = fs.readdirSync(dir).filter((n) => n.startsWith(`${base}-`));
  for (const name of backupsToDelete(mine)) fs.rmSync(path.join(dir, name), { force: true });
  return target;
}
