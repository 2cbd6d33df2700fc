// Child process for the backup crash test: opens the data file and starts the day's backup,
// then stops dead half-way through the copy (it says so, and waits to be killed).
import fs from 'node:fs';
import { openApp } from '../../../electron/services/app';
import { dailyBackup } from '../../../electron/services/db/backup';

const [file, day] = process.argv.slice(2);
if (!file || !day) throw new Error('usage: backupKiller FILE YYYY-MM-DD');
const app = openApp({ dataFile: file, mode: 'browser', log: () => {}, scheduler: false, backup: false });
void dailyBackup(app.db, file, day, {
  progress: ({ remainingPages, totalPages }) => {
    fs.writeSync(1, `copying ${totalPages - remainingPages}/${totalPages}\n`);
    // Block here until the parent kills us: the copy is part-written at this point.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    return 10;
  },
});
