// Child process of `npm run bench`: one month's report on the agency-year, as the main process
// would serve it over sla:month (evaluated, then serialized for the seam), and the process's peak
// resident memory. Prints one JSON line: { peakMb, baselineMb, results }.
import fs from 'node:fs';
import { openDatabase } from '../electron/services/db/open';
import { monthReport } from '../electron/services/evaluation/report';

/** A field of /proc/self/status in MB (Linux); null elsewhere. */
function statusMb(field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const [file, month, nowIso] = process.argv.slice(2);
if (!file || !month || !nowIso) throw new Error('usage: monthPeak FILE MONTH NOW');
const db = openDatabase(file);
const baselineMb = statusMb('VmRSS') ?? process.memoryUsage().rss / 1048576;
const report = monthReport(db, { month, missedOnly: false }, Date.parse(nowIso));
const wire = JSON.stringify(report);
db.close();
// maxRSS is in kilobytes; VmHWM is the same high-water mark where /proc exists.
const peakMb = statusMb('VmHWM') ?? process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ peakMb, baselineMb, results: report.results.length + report.pending.length, bytes: wire.length }));
