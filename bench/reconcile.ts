// Reconciliation in the benchmark (issue 13):
//   reconcile20kMs        reconcile:run through the app's dispatch on a contractor report of 20,000
//                         tickets of the agency-year (contractor 1's first 20,000 tickets of 2026,
//                         one row per stop clock, with a TTR verdict column: every matched ticket's
//                         verdict is compared), the whole report at once; median of 3.
//   reconcileMonthMs      the same report one month at a time, as the Reconcile screen asks for it
//                         (median over the report's months; reconcileMonthMaxMs the slowest).
//   reconcilePreview20kMs reconcile:previewReport of the same file through the dispatch (read and
//                         check every row, write nothing): what the import dialog waits for first.
//   reconcileImport20kMs  reconcile:importReport of the same file through the dispatch (read,
//                         check every row, keep the tickets), once.
// The report differs from our record as a contractor's does: every 10th ticket has an ACCESS stop
// clock we lack, every 25th a restoration 20 minutes later, every 50th a "no trouble found" stop
// clock; 200 tickets are ones we lack. Both run in a process of their own (bench/reconcileChild.ts),
// as the app's main process would: not beside the year's rows the other figures keep in memory.
// Not a test: it reports numbers.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as esbuild from 'esbuild';
import Papa from 'papaparse';
import { shiftMonth } from '../shared/calendar/instant';
import { openApp } from '../electron/services/app';
import { readAgencyRows } from '../electron/services/evaluation/rows';
import type { Reconciliation, ReportSummary, TicketMappingInput } from '../shared/ipc/reconcile';

const ZONE = 'America/Los_Angeles';
const FORMAT = 'yyyy-MM-dd HH:mm';
const MIN = 60_000;
export const REPORT_TICKETS = 20_000;

const TTR_MINUTES: Record<string, number> = { premier: 240, standard: 300, basic: 360 };
const HEADER = ['Ticket', 'Circuit', 'Opened', 'Alarm', 'Restored', 'Closed', 'Stop Code', 'Stop Start', 'Stop End', 'TTR Met'];
const MAPPING: TicketMappingInput = {
  columns: {
    ticketNumber: 'Ticket', circuitId: 'Circuit', openedAt: 'Opened', alarmAt: 'Alarm', restoredAt: 'Restored', closedAt: 'Closed',
    stopClockCode: 'Stop Code', stopClockStart: 'Stop Start', stopClockEnd: 'Stop End', slaVerdict: 'TTR Met',
  },
  timeZone: ZONE,
  dateFormat: FORMAT,
};

const nextMonth = (m: string) => shiftMonth(m, -1);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Wall time in Los Angeles as the report writes it ("2026-07-04 13:05"). */
const wall = (() => {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return (ms: number | null) => {
    if (ms === null) return '';
    const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };
})();

/** The contractor's report of 20,000 of contractor 1's tickets of 2026, from the agency-year's rows. */
function reportText(file: string, nowMs: number): string {
  const app = openApp({ dataFile: file, mode: 'browser', clock: { now: () => nowMs }, scheduler: false, backup: false, log: () => {} });
  try {
    const rows = readAgencyRows(app.db);
    const services = new Map(rows.services.map((s) => [s.id, s]));
    const stops = new Map<number, typeof rows.stopClocks>();
    for (const s of rows.stopClocks) if (s.ticketId !== null && s.voided === 0 && s.endMs !== null) stops.set(s.ticketId, [...(stops.get(s.ticketId) ?? []), s]);
    const year = Date.parse('2026-01-01T08:00:00Z');
    // Closed tickets only: a contractor's history export lists tickets it has closed.
    const tickets = rows.tickets.filter((t) => services.get(t.serviceId)?.contractorId === 1 && (t.openedAtMs as number) >= year && t.closedAtMs !== null && t.kind !== 'delay' && t.kind !== 'jitter').slice(0, REPORT_TICKETS);
    const data: string[][] = [];
    tickets.forEach((t, i) => {
      const svc = services.get(t.serviceId)!;
      const opened = t.openedAtMs as number;
      const alarm = t.alarmAtMs as number | null;
      const start = alarm !== null && alarm < opened ? alarm : opened;
      const lacking = i % 100 === 99; // 200 of them: a number we do not have, on a circuit not in our inventory
      const restored = (t.restoredAtMs as number) + (i % 25 === 0 ? 20 * MIN : 0);
      const theirs = (stops.get(t.id) ?? []).map((s) => ({ code: s.code, start: s.startMs as number, end: s.endMs as number }));
      if (i % 10 === 0) theirs.push({ code: 'ACCESS', start: start + 10 * MIN, end: start + 70 * MIN });
      if (i % 50 === 0) theirs.push({ code: 'NO TROUBLE FOUND', start: start + 5 * MIN, end: start + 35 * MIN });
      const minutes = (restored - start - theirs.reduce((s, x) => s + (x.end - x.start), 0)) / MIN;
      const base = [lacking ? `NEW-${i}` : t.reference, lacking ? `CKT-NEW-${i}` : svc.circuitId, wall(opened), wall(alarm), wall(restored), wall(t.closedAtMs as number)];
      // Their verdict by their own arithmetic against the tier's Time to Repair (Premier 4 h, Standard 5 h, Basic 6 h).
      const verdict = minutes <= TTR_MINUTES[svc.tier ?? '']! ? 'Met' : 'Missed';
      if (theirs.length === 0) data.push([...base, '', '', '', verdict]);
      for (const s of theirs) data.push([...base, s.code, wall(s.start), wall(s.end), verdict]);
    });
    return Papa.unparse({ fields: HEADER, data });
  } finally {
    app.close();
  }
}

export interface ReconcileFigures {
  reconcile20kMs: number;
  /** Each of the three runs reconcile20kMs is the median of, in order (the first in a process that has only imported the report). */
  reconcile20kRunsMs: number[];
  /** What the Reconcile screen waits for: one month of the same report (it asks month by month); median over the report's months. */
  reconcileMonthMs: number;
  reconcileMonthMaxMs: number;
  reconcileImport20kMs: number;
  reconcilePreview20kMs: number;
  reconcileRows: number;
  reconcileMatched: number;
  reconcileWithDifferences: number;
  reconcileTheirsWeLack: number;
  reconcileAtStake: number;
}

/** The figures, measured in this process (bench/reconcileChild.ts calls it). */
export async function measureReconcile(file: string, nowMs: number): Promise<ReconcileFigures> {
  const text = reportText(file, nowMs);
  const app = openApp({ dataFile: file, mode: 'browser', clock: { now: () => nowMs }, scheduler: false, backup: false, log: () => {} });
  try {
    const tp = performance.now();
    const previewed = await app.dispatch('reconcile:previewReport', { contractorId: 1, fileName: 'bench-report.csv', text, mapping: MAPPING });
    const reconcilePreview20kMs = performance.now() - tp;
    if (!previewed.ok) throw new Error(`reconcile:previewReport failed: ${previewed.error.message}`);
    const t0 = performance.now();
    const imported = await app.dispatch('reconcile:importReport', { contractorId: 1, fileName: 'bench-report.csv', text, mapping: MAPPING });
    const reconcileImport20kMs = performance.now() - t0;
    if (!imported.ok) throw new Error(`reconcile:importReport failed: ${imported.error.message}`);
    const report = imported.value as ReportSummary;
    if (report.ticketCount !== REPORT_TICKETS) throw new Error(`the bench report holds ${report.ticketCount} tickets, not ${REPORT_TICKETS}`);
    // Each run in a function of its own that returns its time and totals: the app's main process
    // hands a reconciliation to the screen and keeps none, so a run must not carry the one before
    // it in its heap (an async loop's variable would, until it is next assigned).
    const timed = async (month?: string) => {
      const t1 = performance.now();
      const r = await app.dispatch('reconcile:run', { reportId: report.id, ...(month === undefined ? {} : { month }) });
      const ms = performance.now() - t1;
      if (!r.ok) throw new Error(`reconcile:run ${month ?? ''} failed: ${r.error.message}`);
      return { ms, totals: (r.value as Reconciliation).totals };
    };
    const runs: number[] = [];
    let totals: Reconciliation['totals'] | null = null;
    for (let i = 0; i < 3; i++) {
      const run = await timed();
      runs.push(run.ms);
      totals = run.totals;
    }
    const months: number[] = [];
    for (let m = report.period.from; m <= report.period.to; m = nextMonth(m)) months.push((await timed(m)).ms);
    return {
      reconcile20kMs: median(runs),
      reconcile20kRunsMs: runs.map((ms) => Math.round(ms)),
      reconcileMonthMs: median(months),
      reconcileMonthMaxMs: Math.max(...months),
      reconcileImport20kMs,
      reconcilePreview20kMs,
      reconcileRows: text.split('\n').length - 1,
      reconcileMatched: totals!.matched,
      reconcileWithDifferences: totals!.withDifferences,
      reconcileTheirsWeLack: totals!.theirsWeLack,
      reconcileAtStake: totals!.atStake,
    };
  } finally {
    app.close();
  }
}

/**
 * The figures measured in a fresh process on the agency-year in `file`. The child runs the app's
 * code as the app runs it, bundled by esbuild (scripts/build-electron.mjs; test/e2e/globalSetup.ts),
 * not through tsx, whose transpiled functions carry name wrappers the app's bundle does not.
 */
export function benchReconcile(file: string, nowMs: number): ReconcileFigures {
  const root = path.join(import.meta.dirname, '..');
  // Under build/bench/, as deep as bench/: node_modules (better-sqlite3, papaparse) resolve as from the source.
  const script = path.join(root, 'build/bench/reconcileChild.mjs');
  esbuild.buildSync({
    entryPoints: [path.join(import.meta.dirname, 'reconcileChild.ts')], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    packages: 'external', logLevel: 'warning', absWorkingDir: root,
  });
  const child = spawnSync(process.execPath, [script, file, new Date(nowMs).toISOString()], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the reconcile bench failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as ReconcileFigures;
}
