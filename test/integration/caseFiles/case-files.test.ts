// Case files in the app (issue 11 item 6): caseFiles:export writes what `npm run sla -- evaluate`
// recomputes to the app's own figures, and caseFiles:import reads a case as the command reads it
// (the same `PATH: message` lines for a bad one, nothing written) and writes a clean one through
// the repositories, audited, all or nothing.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { openDemoApp } from '../../../electron/services/demo';
import type { CaseImportResult, ExportedCase } from '../../../shared/ipc/caseFiles';
import type { MonthReport, SlaResultRow } from '../../../shared/ipc/sla';
import type { Report, SlaResult } from '../../../shared/sla';
import { call, count, manualClock, openTestApp, tempDataFile, tempDir } from '../support/tempData';
import { smallCase } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const DEMO_NOW = '2026-11-17T18:00:00Z';

/** `npm run --silent sla -- evaluate FILE` as a child process: status, stdout, stderr. */
function sla(file: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/sla.ts', 'evaluate', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function evaluateText(text: string, name = 'case.json'): Report {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  const r = sla(file);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const cents = (dollars: number) => Math.round(dollars * 100);

interface Figure {
  met: boolean | null;
  measure: unknown;
  cents: number;
}

/** The CLI's results by subject as the case names it (contractor ticket number, order reference, Circuit ID). */
function cliFigures(report: Report): Map<string, Figure> {
  const key = (r: SlaResult) => `${r.sla}|${r.ticketId !== undefined ? `t:${r.ticketId}` : r.orderId !== undefined ? `o:${r.orderId}` : r.serviceId !== undefined ? `s:${r.serviceId}` : `site:${r.site}`}`;
  return new Map(report.results.map((r) => [key(r), { met: r.met, measure: r.measure ?? null, cents: cents(r.credit.amount) }]));
}

/** The app's month report by the same subjects. */
function appFigures(app: AppServices, report: MonthReport): Map<string, Figure> {
  const tickets = new Map((app.db.prepare('SELECT id, contractor_ticket AS ref FROM tickets').all() as Array<{ id: number; ref: string }>).map((t) => [t.id, t.ref]));
  const orders = new Map((app.db.prepare('SELECT id, reference AS ref FROM orders').all() as Array<{ id: number; ref: string }>).map((o) => [o.id, o.ref]));
  const key = (r: SlaResultRow) =>
    `${r.sla}|${r.ticketId !== null ? `t:${tickets.get(r.ticketId)}` : r.orderId !== null ? `o:${orders.get(r.orderId)}` : r.circuitId !== null ? `s:${r.circuitId}` : `site:${r.site}`}`;
  return new Map([...report.results, ...report.pending].map((r) => [key(r), { met: r.met, measure: r.measure, cents: cents(r.credit.amount) }]));
}

/** The data file's bytes, with the write-ahead log folded in first. */
function fileHash(app: AppServices): string {
  app.db.pragma('wal_checkpoint(TRUNCATE)');
  return crypto.createHash('sha256').update(fs.readFileSync(app.dataFile)).digest('hex');
}

async function exportDemo(): Promise<{ files: ExportedCase[]; report: MonthReport; app: AppServices }> {
  const app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock(DEMO_NOW), scheduler: false, log: () => {} });
  const files = await call<ExportedCase[]>(app, 'caseFiles:export', { month: '2026-10', contractorId: 1 });
  const report = await call<MonthReport>(app, 'sla:month', { month: '2026-10', contractorId: 1 });
  return { files, report, app };
}

describe('caseFiles:export', () => {
  it("gives the demo agency's October as a case file the sla command evaluates to the app's figures, cent for cent", async () => {
    const { files, report, app } = await exportDemo();
    try {
      expect(files.map((f) => [f.fileName, f.contractorName, f.month, f.catalogId])).toEqual([['case-ATT-2026-10.json', 'AT&T', '2026-10', 'calnet3-converged-voip']]);
      const [file] = files;
      expect(file!.sha256).toBe(crypto.createHash('sha256').update(file!.text, 'utf8').digest('hex'));
      expect(file!.sha256).toMatch(/^[0-9a-f]{64}$/);
      // Pretty-printed, in the format's order, and the same bytes when asked again.
      expect(file!.text.startsWith('{\n  "timeZone": "America/Los_Angeles",\n  "catalog": "calnet3-converged-voip",\n  "month": "2026-10",\n  "asOf": "2026-11-17T18:00:00.000Z",\n  "services": [')).toBe(true);
      const again = await call<ExportedCase[]>(app, 'caseFiles:export', { month: '2026-10', contractorId: 1 });
      expect(again[0]!.sha256).toBe(file!.sha256);

      const cli = evaluateText(file!.text, file!.fileName);
      const mine = appFigures(app, report);
      const theirs = cliFigures(cli);
      expect([...theirs.keys()].sort()).toEqual([...mine.keys()].sort());
      for (const [key, figure] of theirs) expect(figure, key).toEqual(mine.get(key));
      expect(cents(cli.totalCredit)).toBe(cents(report.totalCredit));

      // Lines checked by hand in test/integration/tickets/demoMonth.test.ts, found in the CLI's
      // report under the contractor's ticket numbers: 9 h 30 min Premier outage, TTR $300.00 and
      // Excessive Outage 100% x $1,200.00 + 10 x $35.50 = $1,555.00; CAT 1 Voice Mail $240.00.
      expect(theirs.get('time-to-repair|t:ATT-810105')).toEqual({ met: false, measure: { minutes: 570 }, cents: 30_000 });
      expect(theirs.get('excessive-outage|t:ATT-810105')).toEqual({ met: false, measure: { minutes: 570 }, cents: 155_500 });
      expect(theirs.get('cat1|t:ATT-810107')).toMatchObject({ met: false, measure: { minutes: 80 }, cents: 24_000 });
      expect(theirs.get('provisioning|o:SR-DEMO-0204')).toMatchObject({ met: false, cents: 25_000 });
    } finally {
      app.close();
    }
  }, 120_000);

  it('gives one file per month of a range, and refuses a range that ends before it starts', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-10T20:00:00Z') });
    await call(app, 'caseFiles:import', { text: JSON.stringify(smallCase()), contractorId: 1, dryRun: false });
    const files = await call<ExportedCase[]>(app, 'caseFiles:export', { month: '2026-09', toMonth: '2026-11', contractorId: 1 });
    expect(files.map((f) => f.fileName)).toEqual(['case-ATT-2026-09.json', 'case-ATT-2026-10.json', 'case-ATT-2026-11.json']);
    expect(files.map((f) => (JSON.parse(f.text) as { month: string }).month)).toEqual(['2026-09', '2026-10', '2026-11']);
    const r = await app.dispatch('caseFiles:export', { month: '2026-10', toMonth: '2026-09' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ path: '/toMonth', message: 'The last month (2026-09) cannot be before the first (2026-10)' });
  });
});

describe('caseFiles:import', () => {
  it('creates exactly the rows of a small hand-written case, each audited, and the month then owes what the case says', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-10T20:00:00Z') });
    const text = JSON.stringify(smallCase(), null, 2);
    const tables = ['services', 'tickets', 'ticket_events', 'stop_clocks', 'ticket_notices', 'incidents', 'orders', 'survivability_events', 'sla_history', 'audit_log'];
    const empty = Object.fromEntries(tables.map((t) => [t, count(app, t)]));

    const preview = await call<CaseImportResult>(app, 'caseFiles:import', { text, fileName: 'small.json', contractorId: 1, dryRun: true });
    expect(preview.problems).toEqual([]);
    expect(preview.imported).toBe(false);
    expect(preview.counts).toEqual({ servicesNew: 2, servicesMatched: 0, tickets: 1, stopClocks: 2, notices: 0, incidents: 0, orders: 1, usage: 1, history: 1 });
    expect(preview.rows.map((r) => [r.path, r.kind, r.label, r.action])).toEqual([
      ['/services/0', 'service', 'CKT-9001', 'new'],
      ['/services/1', 'service', 'SSNF-9002', 'new'],
      ['/tickets/0', 'ticket', 'T-1', 'new'],
      ['/orders/0', 'order', 'SR-9', 'new'],
      ['/survivability/0', 'usage', 'SAC-HQ', 'new'],
      ['/history/0', 'history', 'availability CKT-9001', 'new'],
    ]);
    // The dry run wrote nothing.
    expect(Object.fromEntries(tables.map((t) => [t, count(app, t)]))).toEqual(empty);

    const done = await call<CaseImportResult>(app, 'caseFiles:import', { text, fileName: 'small.json', contractorId: 1, dryRun: false });
    expect(done.imported).toBe(true);
    const added = Object.fromEntries(tables.map((t) => [t, count(app, t) - empty[t]!]));
    // Timeline: opened, 2 stop clocks started and 2 ended, WIRING voided, restored, closed = 8 lines.
    // Audit: 2 services, the ticket inserted then updated twice (restored, closed), 8 timeline lines,
    // 2 stop clocks inserted + 1 voided, 1 order, 1 usage, 1 history = 19.
    expect(added).toEqual({ services: 2, tickets: 1, ticket_events: 8, stop_clocks: 2, ticket_notices: 0, incidents: 0, orders: 1, survivability_events: 1, sla_history: 1, audit_log: 19 });
    const audited = app.db.prepare('SELECT table_name AS t, action AS a, count(*) AS n FROM audit_log GROUP BY 1, 2 ORDER BY 1, 2').all();
    expect(audited).toEqual([
      { t: 'orders', a: 'insert', n: 1 },
      { t: 'services', a: 'insert', n: 2 },
      { t: 'sla_history', a: 'insert', n: 1 },
      { t: 'stop_clocks', a: 'insert', n: 2 },
      { t: 'stop_clocks', a: 'update', n: 1 },
      { t: 'survivability_events', a: 'insert', n: 1 },
      { t: 'ticket_events', a: 'insert', n: 8 },
      { t: 'tickets', a: 'insert', n: 1 },
      { t: 'tickets', a: 'update', n: 2 },
    ]);
    const ticket = app.db.prepare("SELECT contractor_ticket AS number, kind, alarm_at AS alarm, restored_at AS restored, closed_at AS closed FROM tickets").get();
    expect(ticket).toEqual({ number: 'T-1', kind: 'repair', alarm: '2026-10-06T15:55:00.000Z', restored: '2026-10-07T01:00:00.000Z', closed: '2026-10-07T02:00:00.000Z' });
    const order = app.db.prepare('SELECT reference, due_date AS due FROM orders').get();
    expect(order).toEqual({ reference: 'SR-9', due: '2026-10-16' });
    const wiring = app.db.prepare("SELECT voided_at AS voidedAt FROM stop_clocks WHERE code = 'WIRING'").get();
    expect(wiring).toEqual({ voidedAt: '2026-11-10T20:00:00.000Z' });

    // By hand (README worked example): 545 min - 30 min = 515 min: TTR 25% x $1,200.00 = $300.00,
    // Excessive Outage $1,200.00 + 10 x $35.50 = $1,555.00; SAC-HQ on survivability 84 h > 72 h,
    // first month: 15% x $95.00 = $14.25; SR-9 completed on its due date: on time.
    const report = await call<MonthReport>(app, 'sla:month', { month: '2026-10', contractorId: 1 });
    expect(report.totalCredit).toBe(1869.25);
    const line = (sla: string) => report.results.find((r) => r.sla === sla && r.credit.amount > 0)?.credit.amount;
    expect([line('time-to-repair'), line('excessive-outage'), line('site-survivability')]).toEqual([300, 1555, 14.25]);
    expect(report.results.find((r) => r.sla === 'provisioning')).toMatchObject({ met: true, orderId: expect.any(Number) });

    // Imported once: the same case again is refused at the ticket, order and usage, nothing written.
    const before = fileHash(app);
    const twice = await call<CaseImportResult>(app, 'caseFiles:import', { text, contractorId: 1, dryRun: true });
    expect(twice.rows.filter((r) => r.kind === 'service').map((r) => r.action)).toEqual(['match', 'match']);
    expect(twice.problems.map((p) => p.path)).toEqual(['/tickets/0/id', '/orders/0/id', '/survivability/0']);
    expect(fileHash(app)).toBe(before);
  });

  it("refuses a bad case with the sla command's own lines, and the data file is byte for byte unchanged", async () => {
    const app = openTestApp({ clock: manualClock('2026-11-10T20:00:00Z') });
    await call(app, 'services:create', { circuitId: 'KEEP-1', contractorId: 1, serviceType: 'converged-voip', tier: 'basic', tmrc: '10' });
    const bad = smallCase() as { services: Array<Record<string, unknown>>; tickets: Array<Record<string, unknown> & { stopClocks: Array<Record<string, unknown>> }> };
    bad.services[0]!.tmrc = -5;
    bad.tickets[0]!.stopClocks[0]!.code = 'NO_TROUBLE_FOUND';
    bad.tickets[0]!.restoredAt = '2026-10-06T10:00:00Z';
    const text = JSON.stringify(bad, null, 2);
    const file = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(file, text);
    const cli = sla(file);
    expect(cli.code).toBe(2);
    const lines = cli.stderr.split('\n').filter((l) => l !== '');
    expect(lines.map((l) => l.slice(0, l.indexOf(':')))).toEqual(['/services/0/tmrc', '/tickets/0/stopClocks/0/code', '/tickets/0/restoredAt']);

    const before = fileHash(app);
    const preview = await call<CaseImportResult>(app, 'caseFiles:import', { text, fileName: file, contractorId: 1, dryRun: true });
    expect(preview.problems.map((p) => p.line)).toEqual(lines);
    // Each problem sits on its record's row.
    expect(preview.rows.find((r) => r.path === '/tickets/0')!.problems.map((p) => p.path)).toEqual(['/tickets/0/stopClocks/0/code', '/tickets/0/restoredAt']);
    expect(preview.rows.find((r) => r.path === '/services/0')!.problems.map((p) => p.line)).toEqual([lines[0]]);

    const r = await app.dispatch('caseFiles:import', { text, fileName: file, contractorId: 1, dryRun: false });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid');
      expect(r.error.message).toBe(`The case file was not imported (3 problems): ${lines[0]}`);
      expect(r.error.issues!.map((i) => `${i.path}: ${i.message}`)).toEqual(lines);
    }
    // Not JSON: the command's message for the file, at its line and column.
    const broken = '{\n  "month": "2026-10",\n  "services": [,]\n}\n';
    fs.writeFileSync(file, broken);
    const cliBroken = sla(file).stderr.trim();
    const notJson = await call<CaseImportResult>(app, 'caseFiles:import', { text: broken, fileName: file, contractorId: 1, dryRun: true });
    expect(notJson.problems.map((p) => p.line)).toEqual([cliBroken]);
    expect(cliBroken).toBe(`/: ${JSON.stringify(file)} is not valid JSON at line 3, column 16: unexpected ","`);
    expect(fileHash(app)).toBe(before);
  }, 60_000);

  it("refuses a case whose services are another contractor's, naming the path, and writes nothing", async () => {
    const app = openTestApp({ clock: manualClock('2026-11-10T20:00:00Z') });
    await call(app, 'caseFiles:import', { text: JSON.stringify(smallCase()), contractorId: 1, dryRun: false });
    const before = fileHash(app);
    const r = await app.dispatch('caseFiles:import', { text: JSON.stringify(smallCase()), contractorId: 2, dryRun: false });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      // The site's usage is already on record too (usage belongs to the site, whoever's the service).
      expect(r.error.issues!.map((i) => i.path)).toEqual(['/services/0/id', '/services/1/id', '/survivability/0']);
      expect(r.error.issues![0]!.message).toBe('service "CKT-9001" already belongs to AT&T in this agency, not to Verizon: choose AT&T, or correct the case');
    }
    expect(fileHash(app)).toBe(before);
    // A refusal of the app's own (an instant after now) comes at the case's path too, and rolls back the rest.
    const late = smallCase() as { tickets: Array<Record<string, unknown>>; services: Array<Record<string, unknown>> };
    late.services = late.services.map((s) => ({ ...s, id: `${String(s.id)}-B` }));
    late.tickets = late.tickets.map((t) => ({ ...t, serviceId: 'CKT-9001-B', closedAt: '2026-12-01T00:00:00Z' }));
    const preview = await call<CaseImportResult>(app, 'caseFiles:import', { text: JSON.stringify({ ...late, orders: [], survivability: [], history: [] }), contractorId: 2, dryRun: true });
    expect(preview.problems.map((p) => p.path)).toEqual(['/tickets/0/closedAt']);
    expect(preview.problems[0]!.message).toMatch(/^Closed cannot be in the future/);
    expect(fileHash(app)).toBe(before);
  });

  it('round trip: the demo month exported, imported into an empty agency and exported again gives the same figures', async () => {
    const { files, report, app: demo } = await exportDemo();
    demo.close();
    const fresh = openTestApp({ clock: manualClock(DEMO_NOW) });
    const imported = await call<CaseImportResult>(fresh, 'caseFiles:import', { text: files[0]!.text, fileName: files[0]!.fileName, contractorId: 1, dryRun: false });
    expect(imported.problems).toEqual([]);
    expect(imported.imported).toBe(true);
    const [second] = await call<ExportedCase[]>(fresh, 'caseFiles:export', { month: '2026-10', contractorId: 1 });
    const first = cliFigures(evaluateText(files[0]!.text));
    const again = cliFigures(evaluateText(second!.text));
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [key, figure] of first) expect(again.get(key), key).toEqual(figure);
    const freshReport = await call<MonthReport>(fresh, 'sla:month', { month: '2026-10', contractorId: 1 });
    expect(cents(freshReport.totalCredit)).toBe(cents(report.totalCredit));
  }, 120_000);
});
