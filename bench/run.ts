// `npm run bench [-- --json]`: speed of the things an ATR waits for, on a seeded agency-year.
// Not a test: it reports numbers, and the goals beside them (issue goals on a 2-core machine).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import * as esbuild from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CALENDAR } from '../shared/calendar';
import { evaluateMonth, loadCatalog, prepareModel, ticketCountdowns, type ServiceInput, type TicketInput } from '../shared/sla';
import { liveCountdown } from '../shared/tickets/tick';
import { clockTickets } from '../electron/services/countdowns';
import { openDatabase } from '../electron/services/db/open';
import { groupRows, toModelInput } from '../electron/services/evaluation/model';
import { readAgencyRows } from '../electron/services/evaluation/rows';
import { activeTickets, listTickets } from '../electron/services/repositories/tickets';
import { openApp } from '../electron/services/app';
import { seedDemo } from '../electron/services/demo/seed';
import { monthReport, resultOf } from '../electron/services/evaluation/report';
import { forgetMonths } from '../electron/services/evaluation/month';
import type { MonthReportQuery } from '../shared/ipc/sla';
import { benchClaimCreate, benchClaimPacket } from './claims';
import { benchReconcile } from './reconcile';
import { AGENCY_YEAR, generateAgencyYear } from './generate';

const json = process.argv.includes('--json');
const say = (line: string) => {
  if (!json) console.log(line);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
function p99(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.99) - 1)] ?? NaN;
}
function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}
const r2 = (x: number) => Math.round(x * 100) / 100;
/** The bench's "now": the last evening of the agency-year. */
const nowMs = Date.parse('2026-12-31T20:00:00Z');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atr-bench-'));
const file = path.join(dir, 'agency-year.sqlite');
try {
  say(`ATR Desk benchmark — ${os.cpus().length} cores, Node ${process.version}`);
  const setup = openDatabase(file);
  const [gen, generateMs] = time(() => generateAgencyYear(setup));
  setup.close();
  say(`generated ${AGENCY_YEAR.services} services, ${AGENCY_YEAR.tickets} + ${AGENCY_YEAR.extraTickets} tickets, ${AGENCY_YEAR.stopClocks} stop clocks, ${AGENCY_YEAR.orders} orders in ${generateMs.toFixed(0)} ms (${gen.openTickets} open)`);

  const db = openDatabase(file);
  // (a) SQLite: every row the engine needs.
  const reads: number[] = [];
  let rows = readAgencyRows(db);
  for (let i = 0; i < 5; i++) {
    const [r, ms] = time(() => readAgencyRows(db));
    rows = r;
    reads.push(ms);
  }
  const sqliteReadMs = median(reads);
  // (b) The engine: rows → model → prepared, then all twelve months of 2026: every verdict,
  // measure and credit. Explain lines are written when read (shared/sla/result.ts), so they are
  // timed apart: (c) the same year with every line of every result read, as the CLI writes them.
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  const RUNS = 7;
  let results = 0;
  let credit = 0;
  let lines = 0;
  // Evaluated as the app does, one group per catalog and contractor (evaluation/model.ts).
  const year = (explain: boolean) => {
    const t0 = performance.now();
    const models = groupRows(rows).map((g) => ({ catalog: loadCatalog(g.catalogId), model: toModelInput(g.rows, 'America/Los_Angeles', '2026-01').input }));
    const t1 = performance.now();
    const prepared = models.map((m) => prepareModel(m.model, m.catalog));
    const t2 = performance.now();
    results = 0;
    credit = 0;
    lines = 0;
    for (const m of months) {
      for (const p of prepared) {
        const report = evaluateMonth(p, m);
        results += report.results.length;
        credit += report.totalCredit;
        if (explain) for (const r of report.results) lines += r.explain.length;
      }
    }
    const t3 = performance.now();
    return { total: t3 - t0, model: t1 - t0, prepare: t2 - t1, months: t3 - t2 };
  };
  const runs = Array.from({ length: RUNS }, () => year(false));
  const engineYearMs = median(runs.map((r) => r.total));
  const explainedRuns = Array.from({ length: RUNS }, () => year(true));
  const engineYearExplainedMs = median(explainedRuns.map((r) => r.total));
  say(`sqlite read of the year's rows: ${sqliteReadMs.toFixed(1)} ms (median of 5)`);
  say(`engine, 12 months: ${engineYearMs.toFixed(1)} ms (median of ${RUNS}) — ${results} results, $${credit.toFixed(2)} of credits`);
  say(`  rows → model ${median(runs.map((r) => r.model)).toFixed(1)} ms, prepare ${median(runs.map((r) => r.prepare)).toFixed(1)} ms, 12 months ${median(runs.map((r) => r.months)).toFixed(1)} ms`);
  say(`engine, 12 months with every explain line written: ${engineYearExplainedMs.toFixed(1)} ms (median of ${RUNS}) — ${lines} lines`);

  // One ticket's live re-evaluation: the countdowns of an open ticket with stop clocks.
  const catalog = loadCatalog();
  const open: TicketInput[] = [];
  const services = new Map<string, ServiceInput>();
  for (const g of groupRows(rows)) {
    const model = toModelInput(g.rows, 'America/Los_Angeles', '2026-01').input;
    open.push(...(model.tickets ?? []).filter((t) => t.restoredAtMs === null && (t.stopClocks?.length ?? 0) > 0));
    for (const svc of model.services) services.set(svc.id, svc);
  }
  const single: number[] = [];
  for (let i = 0; i < 5_000; i++) {
    const t = open[i % open.length]!;
    const [, ms] = time(() => ticketCountdowns(t, services.get(t.serviceId)!, catalog, nowMs));
    single.push(ms);
  }
  const singleTicketP99Ms = p99(single);
  say(`one ticket's live re-evaluation: p99 ${singleTicketP99Ms.toFixed(4)} ms over ${single.length}`);

  // One month's report as sla:month serves it, in the middle of the year: the rows of that month
  // (and the two before it for the services that missed) read from SQLite, evaluated, mapped (no
  // explain lines). Timed as after a write (what was kept forgotten: `forgetMonths`); then as the
  // Month screen's next calls find it: another filter, and one row's explain lines (sla:result).
  // The first run on this connection prepares its statements; the medians are of the runs after it.
  const REPORT_MONTH = '2026-07';
  const report = (q: Partial<MonthReportQuery> = {}) => monthReport(db, { month: REPORT_MONTH, missedOnly: false, ...q }, nowMs);
  const [firstReport, monthReportFirstMs] = time(() => report());
  const reportRuns = Array.from({ length: 5 }, () => {
    forgetMonths(db);
    return time(() => report())[1];
  });
  const monthReportMs = median(reportRuns);
  report();
  const monthFilterMs = median(Array.from({ length: 5 }, () => time(() => report({ missedOnly: true, sla: 'availability' }))[1]));
  const missedKey = firstReport.results.find((r) => r.status === 'missed')?.key ?? firstReport.results[0]!.key;
  const monthResultMs = median(Array.from({ length: 5 }, () => time(() => resultOf(db, REPORT_MONTH, missedKey, nowMs))[1]));
  say(`month report ${REPORT_MONTH}: ${monthReportMs.toFixed(1)} ms after a write (median of 5; first ${monthReportFirstMs.toFixed(1)} ms) — ${firstReport.results.length} results + ${firstReport.pending.length} pending, $${firstReport.totalCredit.toFixed(2)}`);
  say(`  then: another filter ${monthFilterMs.toFixed(1)} ms, one result's explain lines ${monthResultMs.toFixed(1)} ms`);
  db.close();
  // Its peak memory: a fresh Node process doing only that report, bundled by esbuild as the app's
  // main process is (scripts/build-electron.mjs), so no TypeScript loader sits in its memory.
  const peakScript = path.join(dir, 'monthPeak.cjs');
  esbuild.buildSync({ entryPoints: [path.join(import.meta.dirname, 'monthPeak.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: peakScript, external: ['better-sqlite3'], logLevel: 'warning' });
  const child = spawnSync(process.execPath, [peakScript, file, REPORT_MONTH, new Date(nowMs).toISOString()], {
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: path.join(import.meta.dirname, '..', 'node_modules') },
  });
  if (child.status !== 0) throw new Error(`month report child failed: ${child.stderr}`);
  const peak = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { peakMb: number; baselineMb: number; results: number; bytes: number };
  say(`month report peak RSS: ${peak.peakMb.toFixed(1)} MB (the process before the report: ${peak.baselineMb.toFixed(1)} MB; ${peak.results} results, ${(peak.bytes / 1e6).toFixed(1)} MB of JSON)`);

  // The demo agency (npm run demo): its month in progress, as the Month screen asks for it.
  const demoFile = path.join(dir, 'demo.sqlite');
  const demoNow = Date.parse('2026-11-23T18:00:00Z');
  const demo = openApp({ dataFile: demoFile, mode: 'browser', clock: { now: () => demoNow }, scheduler: false, backup: false, log: () => {} });
  await seedDemo(demo, demoNow);
  monthReport(demo.db, { month: '2026-11', missedOnly: false }, demoNow);
  const demoRuns = Array.from({ length: 20 }, () => {
    forgetMonths(demo.db);
    return time(() => monthReport(demo.db, { month: '2026-11', missedOnly: false }, demoNow))[1];
  });
  const demoMonthReportMs = median(demoRuns);
  demo.close();
  say(`demo month report: ${demoMonthReportMs.toFixed(2)} ms (median of 20)`);

  // The ticket list opening on 100,000 tickets: a fresh connection, first page and the count.
  const listRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [, ms] = time(() => {
      const c = openDatabase(file);
      const page = listTickets(c, { status: 'all', sort: { key: 'startAt', dir: 'desc' }, limit: 200, offset: 0 });
      c.close();
      return page;
    });
    listRuns.push(ms);
  }
  const ticketListOpenMs = median(listRuns);
  const c2 = openDatabase(file);
  const [, sortedByCircuitMs] = time(() => listTickets(c2, { status: 'active', sort: { key: 'circuitId', dir: 'asc' }, limit: 200, offset: 0 }));
  const [, deepPageMs] = time(() => listTickets(c2, { status: 'all', sort: { key: 'startAt', dir: 'desc' }, limit: 200, offset: 90_000 }));
  say(`ticket list open (100,000 tickets, first page + count, new connection): ${ticketListOpenMs.toFixed(1)} ms; open tickets by circuit: ${sortedByCircuitMs.toFixed(1)} ms; page at row 90,000: ${deepPageMs.toFixed(1)} ms`);

  // The countdown tick: every countdown of every open ticket, once per second in the renderer.
  const board = clockTickets(c2, activeTickets(c2), nowMs);
  const countdowns = board.flatMap((b) => b.countdowns);
  c2.close();
  const ticks: number[] = [];
  for (let i = 0; i < 300; i++) {
    const [, ms] = time(() => {
      for (const c of countdowns) liveCountdown(c, nowMs + i * 1000, DEFAULT_CALENDAR);
    });
    ticks.push(ms);
  }
  const countdownTick500Ms = p99(ticks);
  say(`countdown tick: ${board.length} open tickets, ${countdowns.length} countdowns: p99 ${countdownTick500Ms.toFixed(3)} ms per tick`);

  // Claims: a draft for July of the agency-year through claims:create, and a 200-line packet
  // rendered to PDF through the host and Chromium (bench/claims.ts).
  const created = await benchClaimCreate(file, nowMs);
  say(`claims:create for AT&T, July 2026 of the agency-year: ${created.claimCreateMs.toFixed(1)} ms (median of 3, as after a write) — ${created.claimCreateLines} lines`);
  say(`  claims:setLine, a line of that draft excluded: ${created.claimSetLineMs.toFixed(1)} ms (median of 5)`);
  // Reconciliation: a contractor report of 20,000 tickets against the agency-year (bench/reconcile.ts).
  const reconciled = benchReconcile(file, nowMs);
  say(`reconcile:run on a contractor report of 20,000 tickets (${reconciled.reconcileRows} rows) against the agency-year: ${reconciled.reconcile20kMs.toFixed(0)} ms (median of 3: ${reconciled.reconcile20kRunsMs.join(', ')} ms) — ${reconciled.reconcileMatched} matched, ${reconciled.reconcileWithDifferences} with differences, ${reconciled.reconcileTheirsWeLack} we lack, $${reconciled.reconcileAtStake.toFixed(2)} at stake`);
  say(`  one month of it, as the Reconcile screen asks: ${reconciled.reconcileMonthMs.toFixed(0)} ms (median over the report's months; slowest ${reconciled.reconcileMonthMaxMs.toFixed(0)} ms)`);
  say(`  its preview (reconcile:previewReport: read, check every row, write nothing): ${reconciled.reconcilePreview20kMs.toFixed(0)} ms; its import (reconcile:importReport: read, check every row, keep): ${reconciled.reconcileImport20kMs.toFixed(0)} ms`);
  const packet = await benchClaimPacket(dir, nowMs);
  say(`claim packet of 200 lines to PDF (host + Chromium page.pdf): ${packet.claimPacket200Ms.toFixed(0)} ms (median of 3) — ${packet.claimPacket200Pages} pages, ${(packet.claimPacket200Bytes / 1e6).toFixed(2)} MB`);
  say(`  of which on the page (channel, render) ${packet.onPageMs.toFixed(0)} ms and page.pdf() ${packet.pdfMs.toFixed(0)} ms; Chromium's CPU during page.pdf() ${packet.pdfCpuMs.toFixed(0)} ms`);

  const out = {
    engineYearMs: r2(engineYearMs),
    sqliteReadMs: r2(sqliteReadMs),
    engineToSqliteRatio: r2(engineYearMs / sqliteReadMs),
    engineYearExplainedMs: r2(engineYearExplainedMs),
    monthReportMs: r2(monthReportMs),
    monthFilterMs: r2(monthFilterMs),
    monthResultMs: r2(monthResultMs),
    monthReportPeakMb: r2(peak.peakMb),
    demoMonthReportMs: r2(demoMonthReportMs),
    singleTicketP99Ms: Math.round(singleTicketP99Ms * 10_000) / 10_000,
    ticketListOpenMs: r2(ticketListOpenMs),
    countdownTick500Ms: Math.round(countdownTick500Ms * 1000) / 1000,
    claimCreateMs: r2(created.claimCreateMs),
    claimCreateLines: created.claimCreateLines,
    claimSetLineMs: r2(created.claimSetLineMs),
    claimPacket200Ms: Math.round(packet.claimPacket200Ms),
    claimPacket200Pages: packet.claimPacket200Pages,
    claimPacket200PdfCpuMs: Math.round(packet.pdfCpuMs),
    reconcile20kMs: Math.round(reconciled.reconcile20kMs),
    reconcile20kRunsMs: reconciled.reconcile20kRunsMs,
    reconcileImport20kMs: Math.round(reconciled.reconcileImport20kMs),
    reconcilePreview20kMs: Math.round(reconciled.reconcilePreview20kMs),
    reconcileMonthMs: Math.round(reconciled.reconcileMonthMs),
    reconcileMonthMaxMs: Math.round(reconciled.reconcileMonthMaxMs),
    openTickets: board.length,
    results,
    generateMs: Math.round(generateMs),
  };
  if (json) console.log(JSON.stringify(out));
  else {
    say('');
    say(`engineYearMs ${out.engineYearMs} (goal < 1000) · engineYearMs / sqliteReadMs ${out.engineToSqliteRatio} (goal ≤ 3) · singleTicketP99Ms ${out.singleTicketP99Ms} (goal < 1)`);
    say(`engineYearExplainedMs ${out.engineYearExplainedMs} (every explain line written; no goal set)`);
    say(`monthReportMs ${out.monthReportMs} (goal < 1000; then monthFilterMs ${out.monthFilterMs}, monthResultMs ${out.monthResultMs}) · monthReportPeakMb ${out.monthReportPeakMb} (goal < 250) · demoMonthReportMs ${out.demoMonthReportMs} (goal < 100)`);
    say(`ticketListOpenMs ${out.ticketListOpenMs} (goal < 1000) · countdownTick500Ms ${out.countdownTick500Ms} (goal < 16)`);
    say(`claimCreateMs ${out.claimCreateMs} (goal < 1000; then claimSetLineMs ${out.claimSetLineMs}) · claimPacket200Ms ${out.claimPacket200Ms} (goal < 5000; Chromium CPU in page.pdf() ${out.claimPacket200PdfCpuMs})`);
    say(`reconcile20kMs ${out.reconcile20kMs} (goal < 2000; the preview ${out.reconcilePreview20kMs}, the import ${out.reconcileImport20kMs}) · reconcileMonthMs ${out.reconcileMonthMs} (one month, as the screen asks; slowest ${out.reconcileMonthMaxMs})`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
