// Reconciliation with the contractor (issue 13) through the app's dispatch on a real data file:
// the demo agency at Monday 2026-11-23 10:00 PST (demo month October 2026) and the sample files
// the demo writes beside its data file: AT&T's October ticket history in its own column order and
// date format, and a Verizon invoice. Expected figures are worked by hand from DOMAIN.md (Premier,
// TMRC $1,200.00, ADUC $35.50) and electron/services/demo (month.ts, claims.ts).
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/services/app';
import { openDemoApp } from '../../../electron/services/demo';
import { demoInvoiceMapping, demoReportMapping, demoSamplesFolder } from '../../../electron/services/demo/reconcileSamples';
import type { ClaimDetail, ClaimPacket } from '../../../shared/ipc/claims';
import type { InvoiceMatch, InvoicePreview, Reconciliation, ReportPreview, ReportSummary, SavedMappings } from '../../../shared/ipc/reconcile';
import type { MonthReport } from '../../../shared/ipc/sla';
import { call, count, manualClock, tempDataFile } from '../support/tempData';

const NOW = '2026-11-23T18:00:00Z';
type App = ReturnType<typeof openApp>;
let app: App | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

interface Samples {
  report: { fileName: string; text: string };
  invoice: { fileName: string; text: string };
}

// The demo is made once (as `npm run demo` makes it, sample files included); each test works on its own copy of the file.
let template = '';
let samples: Samples;
beforeAll(async () => {
  template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'atr-reconcile-')), 'demo.sqlite');
  (await openDemoApp({ dataFile: template, mode: 'browser', clock: manualClock(NOW), scheduler: false, log: () => {} })).close();
  const dir = demoSamplesFolder(template);
  const files = fs.readdirSync(dir).sort();
  const read = (f: string) => ({ fileName: f, text: fs.readFileSync(path.join(dir, f), 'utf8') });
  samples = { report: read(files.find((f) => f.startsWith('ATT'))!), invoice: read(files.find((f) => f.startsWith('Verizon'))!) };
  return () => fs.rmSync(path.dirname(template), { recursive: true, force: true });
});

async function demo(): Promise<{ a: App; samples: Samples }> {
  const dataFile = tempDataFile();
  fs.copyFileSync(template, dataFile);
  app = openApp({ dataFile, mode: 'browser', clock: manualClock(NOW), scheduler: false, backup: false, log: () => {} });
  return { a: app, samples };
}

const RECONCILE_TABLES = ['reconcile_mappings', 'contractor_reports', 'report_tickets', 'report_opened_tickets', 'invoices', 'invoice_lines', 'invoice_allocations', 'claim_disputes', 'tickets', 'claim_events', 'audit_log'];
const counts = (a: App) => Object.fromEntries(RECONCILE_TABLES.map((t) => [t, count(a, t)]));

async function imported(a: App, samples: Samples): Promise<ReportSummary> {
  return call<ReportSummary>(a, 'reconcile:importReport', { contractorId: 1, fileName: samples.report.fileName, text: samples.report.text, mapping: demoReportMapping(), who: 'ATR' });
}

describe('the contractor\'s ticket report', () => {
  it('is previewed with nothing written, then imported with its mapping saved for the contractor', async () => {
    const { a, samples } = await demo();
    expect(samples.report.fileName).toBe('ATT-trouble-ticket-history-2026-10.csv');
    // AT&T's column order and date format, not ours.
    expect(samples.report.text.split('\r\n')[0]).toBe('Svc ID,Trouble Ticket,Closed Date,Created Date,Cleared Date,Alarm Date,Stop Code,Stop Start,Stop End,Duration (h:mm),TTR Met');
    expect(samples.report.text).toContain('OAK-01-VOIP-1012,ATT-810104,10/08/2026 01:45 PM,10/08/2026 07:30 AM,10/08/2026 12:45 PM,,ACCESS,10/08/2026 08:30 AM,10/08/2026 10:40 AM,3:05,Y');

    const before = counts(a);
    const p = await call<ReportPreview>(a, 'reconcile:previewReport', { contractorId: 1, text: samples.report.text, mapping: demoReportMapping() });
    expect(counts(a)).toEqual(before);
    // 22 AT&T tickets of ours started in October, plus the one we lack; 3 stop clocks of ours (the demo's
    // ACCESS on ATT-810103 and two of its history) and the 2 added: ACCESS on ATT-810104, NO TROUBLE FOUND on ATT-810105.
    expect(p).toMatchObject({ delimiter: ',', problemCount: 0, ticketCount: 23, stopClockCount: 5, period: { from: '2026-10', to: '2026-10' }, unknownCircuits: [] });
    expect(p.sample.find((t) => t.ticketNumber === 'ATT-810104')).toMatchObject({ openedAt: '2026-10-08T14:30:00.000Z', restoredAt: '2026-10-08T19:45:00.000Z', durationMinutes: 185, verdictMet: true });

    const r = await imported(a, samples);
    expect(r).toMatchObject({ contractorId: 1, contractorName: 'AT&T', ticketCount: 23, stopClockCount: 5, skippedRows: 0, period: { from: '2026-10', to: '2026-10' }, who: 'ATR' });
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    const saved = await call<SavedMappings>(a, 'reconcile:mappings', { contractorId: 1 });
    expect(saved.tickets).toEqual(demoReportMapping());
    expect(saved.invoice).toBeNull();
    expect((await call<{ reports: ReportSummary[] }>(a, 'reconcile:reports', { contractorId: 1 })).reports.map((x) => x.id)).toEqual([r.id]);
    // Audited: the mapping and the report (with its file's SHA-256 and counts).
    const audited = a.db.prepare("SELECT table_name AS t, after_json AS j FROM audit_log WHERE table_name IN ('reconcile_mappings', 'contractor_reports') ORDER BY id").all() as Array<{ t: string; j: string }>;
    expect(audited.map((x) => x.t)).toEqual(['reconcile_mappings', 'contractor_reports']);
    expect(JSON.parse(audited[1]!.j)).toMatchObject({ sha256: r.sha256, ticketCount: 23, fileName: samples.report.fileName });
  });

  it('names the line and column of each problem, and writes nothing until the rest is confirmed', async () => {
    const { a, samples } = await demo();
    const broken = samples.report.text.replace('10/08/2026 12:45 PM', '10/08/2026 25:45 PM');
    const p = await call<ReportPreview>(a, 'reconcile:previewReport', { contractorId: 1, text: broken, mapping: demoReportMapping() });
    expect(p.problems).toEqual([{ line: 7, column: 'Cleared Date', field: 'restoredAt', message: '"10/08/2026 25:45 PM" is not a date and time like 10/06/2026 01:05 PM (MM/dd/yyyy hh:mm a)' }]);
    const before = counts(a);
    const refused = await a.dispatch('reconcile:importReport', { contractorId: 1, text: broken, mapping: demoReportMapping() });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error).toMatchObject({ code: 'invalid', path: '/text' });
      expect(refused.error.message).toMatch(/^The report has 1 problem\(s\) on 1 line\(s\), first on line 7, column "Cleared Date"/);
    }
    expect(counts(a)).toEqual(before);
    const r = await call<ReportSummary>(a, 'reconcile:importReport', { contractorId: 1, text: broken, mapping: demoReportMapping(), skipInvalid: true });
    expect(r).toMatchObject({ ticketCount: 22, skippedRows: 1 });
  });

  it('reads the same report delimited by semicolons or tabs', async () => {
    const { a, samples } = await demo();
    for (const sep of [';', '\t']) {
      const p = await call<ReportPreview>(a, 'reconcile:previewReport', { contractorId: 1, text: samples.report.text.replaceAll(',', sep), mapping: demoReportMapping() });
      expect([p.delimiter, p.ticketCount, p.stopClockCount, p.problemCount]).toEqual([sep, 23, 5, 0]);
    }
  });
});

describe('reconciling the report with our record', () => {
  it('matches their tickets, finds the one we lack, and weighs each difference that matters', async () => {
    const { a, samples } = await demo();
    const r = await imported(a, samples);
    const rec = await call<Reconciliation>(a, 'reconcile:run', { reportId: r.id, month: '2026-10' });
    expect(rec.totals).toMatchObject({ theirTickets: 23, ourTickets: 22, matched: 22, theirsWeLack: 1, oursTheyLack: 0, withDifferences: 2, invalidStopClocks: 1 });
    expect(rec.matches.every((m) => m.by === 'ticket-number')).toBe(true);
    expect(rec.theirsWeLack.map((t) => [t.ticketNumber, t.circuitId, t.unknownCircuit])).toEqual([['ATT-810199', 'OAK-01-VOIP-1009', false]]);

    // ATT-810104: 5 h 15 min on OAK-01-VOIP-1012, Time to Repair missed ($300.00). Their ACCESS
    // stop clock of 2 h 10 min would make it 3 h 05 min: met.
    const d104 = rec.differences.find((d) => d.theirs.ticketNumber === 'ATT-810104')!;
    expect(d104.differences.map((x) => x.kind)).toEqual(['stop-clock-extra', 'duration', 'verdict']);
    expect(d104.differences[0]!.text).toBe('their ACCESS stop clock of 2 h 10 min (Oct 8, 2026, 8:30 AM PDT to Oct 8, 2026, 10:40 AM PDT) is not in our record: Time to Repair goes from missed to met, $300.00 at stake');
    expect(d104).toMatchObject({ ourCredit: 300, theirCreditByContract: 0, atStake: 300 });

    // ATT-810105: their NO TROUBLE FOUND stop clock is never allowed (29.4.7); it changes nothing.
    const d105 = rec.differences.find((d) => d.theirs.ticketNumber === 'ATT-810105')!;
    expect(d105.differences[0]!.invalid?.clause).toBe('29.4.7');
    expect(d105.atStake).toBe(0);
    expect(rec.invalidStopClocks.map((x) => [x.ticketNumber, x.code, x.clause, x.minutes])).toEqual([['ATT-810105', 'NO TROUBLE FOUND', '29.4.7', 120]]);

    expect(rec.months).toEqual([expect.objectContaining({ month: '2026-10', atStake: 300, lessInTheirs: 300, moreInTheirs: 0 })]);
    // The whole report (no month given) is the same here: it covers October only.
    expect((await call<Reconciliation>(a, 'reconcile:run', { reportId: r.id })).totals).toEqual(rec.totals);
  });

  it('opens the ticket we lack as ours, marked as from their report, and the month then claims it', async () => {
    const { a, samples } = await demo();
    const r = await imported(a, samples);
    const opened = await call<{ ticketId: number; stopClocksRecorded: number; leftOut: unknown[] }>(a, 'reconcile:openTicket', { reportId: r.id, ticketNumber: 'ATT-810199', who: 'ATR' });
    expect(opened).toMatchObject({ stopClocksRecorded: 0, leftOut: [] });
    const t = a.db.prepare('SELECT contractor_ticket AS n, kind, opened_at AS o, restored_at AS r, closed_at AS c, description FROM tickets WHERE id = ?').get(opened.ticketId) as Record<string, string>;
    // Opened Oct 12 13:20 PDT, restored 4 h 45 min later, closed an hour after that.
    expect(t).toMatchObject({ n: 'ATT-810199', kind: 'repair', o: '2026-10-12T20:20:00.000Z', r: '2026-10-13T01:05:00.000Z', c: '2026-10-13T02:05:00.000Z' });
    expect(t.description).toBe("Opened from AT&T's ticket report ATT-trouble-ticket-history-2026-10.csv (line 12): the ticket was not in our record.");
    expect(count(a, 'report_opened_tickets')).toBe(1);

    const rec = await call<Reconciliation>(a, 'reconcile:run', { reportId: r.id, month: '2026-10' });
    expect(rec.theirsWeLack).toEqual([]);
    expect(rec.matches.find((m) => m.theirNumber === 'ATT-810199')).toMatchObject({ ticketId: opened.ticketId, fromReport: true, differences: 0 });
    // 285 min > 240: Time to Repair missed, 25% x $1,200.00 = $300.00 in October's figures.
    const month = await call<MonthReport>(a, 'sla:month', { month: '2026-10', contractorId: 1 });
    expect(month.results.find((x) => x.ticketId === opened.ticketId && x.sla === 'time-to-repair')).toMatchObject({ status: 'missed', credit: { amount: 300 } });

    const again = await a.dispatch('reconcile:openTicket', { reportId: r.id, ticketNumber: 'ATT-810199' });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'refused', path: '/ticketNumber', message: `Ticket ATT-810199 is already in our record (ticket #${opened.ticketId} on OAK-01-VOIP-1009)` });
  });
});

describe('invoice credits', () => {
  it('match the claim lines: Excessive Outage credited in part, Time to Repair not at all, one line without a claim; still owed follows', async () => {
    const { a, samples } = await demo();
    const before = counts(a);
    const preview = await call<InvoicePreview>(a, 'reconcile:previewInvoice', { contractorId: 2, fileName: samples.invoice.fileName, text: samples.invoice.text, mapping: demoInvoiceMapping() });
    expect(counts(a)).toEqual(before);
    expect(preview.problemCount).toBe(0);

    const m = await call<InvoiceMatch>(a, 'reconcile:importInvoice', { contractorId: 2, fileName: samples.invoice.fileName, text: samples.invoice.text, mapping: demoInvoiceMapping(), who: 'ATR' });
    // What the preview said it would do, the claim now credited.
    expect({ ...m, id: null, claims: m.claims.map((c) => ({ ...c, status: 'submitted' })) }).toEqual(preview.match);
    expect(m.claims.map((c) => c.status)).toEqual(['credited']);
    expect(m.invoiceNumbers).toEqual(['VZ-CR-202611']);
    expect(m.totals).toEqual({ invoiced: 1245, matched: 1200, withoutClaim: 45, owedAfter: 655 });
    // The demo's Verizon claim for September: TTR $300.00 + Excessive Outage $1,555.00 on LA-05-VOIP-1026.
    expect(m.claims).toHaveLength(1);
    const c = m.claims[0]!;
    expect(c).toMatchObject({ month: '2026-09', claimed: 1855, creditedNow: 1200, owedBefore: 1855, owedAfter: 655 });
    expect(c.lines.map((l) => [l.sla, l.claimed, l.creditedNow, l.status])).toEqual([
      ['time-to-repair', 300, 0, 'none'],
      ['excessive-outage', 1555, 1200, 'part'],
    ]);
    expect(m.lines.map((l) => [l.circuitId, l.amount, l.withoutClaim])).toEqual([['LA-05-VOIP-1026', 1200, 0], ['LA-05-VOIP-1027', 45, 45]]);

    // The claim, through the claims service: credited $1,200.00 with the invoice number, $655.00 still owed.
    const claim = await call<ClaimDetail>(a, 'claims:get', { id: c.claimId });
    expect(claim.claim).toMatchObject({ status: 'credited', statusLabel: 'Partly credited', credited: 1200, owed: 655 });
    expect(claim.events.filter((e) => e.kind === 'credited')).toMatchObject([{ on: '2026-11-22', amount: 1200, invoice: 'VZ-CR-202611', who: 'ATR' }]);
    expect(await call<InvoiceMatch>(a, 'reconcile:invoice', { id: m.id })).toEqual(m);

    const twice = await a.dispatch('reconcile:importInvoice', { contractorId: 2, text: samples.invoice.text, mapping: demoInvoiceMapping() });
    expect(twice.ok ? null : twice.error).toMatchObject({ code: 'refused', message: 'Invoice VZ-CR-202611 of Verizon was already imported: its credits are on the claims' });
    expect((await call<ClaimDetail>(a, 'claims:get', { id: c.claimId })).claim.owed).toBe(655);
  });
});

describe('the dispute', () => {
  it('moves the claim to disputed and puts ours vs theirs, the clause and the money in the packet', async () => {
    const { a, samples } = await demo();
    const r = await imported(a, samples);
    // AT&T's October claim (claims.test.ts: 15 lines, $9,396.25), submitted.
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: 1, month: '2026-10' });
    expect(d.claim.claimed).toBe(9396.25);
    const draft = await a.dispatch('reconcile:dispute', { reportId: r.id, claimId: d.claim.id, on: '2026-11-23', reason: 'x' });
    expect(draft.ok ? null : draft.error).toMatchObject({ code: 'refused', path: '/claimId', message: 'Submit the claim before disputing it' });
    await call(a, 'claims:submit', { id: d.claim.id, on: '2026-11-16', method: 'E-mail', to: 'AT&T CALNET billing' });

    const out = await call<{ claimId: number; status: string; section: ClaimPacket['disputes'][number] }>(a, 'reconcile:dispute', {
      reportId: r.id, claimId: d.claim.id, on: '2026-11-23', reason: 'AT&T denied ATT-810104 for an Access stop clock that no one recorded', who: 'ATR',
    });
    expect(out.status).toBe('disputed');
    const s = out.section;
    expect(s.tickets.map((t) => [t.reference, t.atStake])).toEqual([['ATT-810104', 300], ['ATT-810105', 0]]);
    expect(s.atStake).toBe(300);
    expect(s.report).toMatchObject({ fileName: samples.report.fileName, sha256: r.sha256 });
    const t104 = s.tickets[0]!;
    expect(t104.times[0]).toEqual({ what: 'Outage start', ours: 'Oct 8, 2026, 7:30 AM PDT', theirs: 'Oct 8, 2026, 7:30 AM PDT' });
    expect(t104.ourStopClocks).toEqual([]);
    expect(t104.theirStopClocks).toEqual(['ACCESS Oct 8, 2026, 8:30 AM PDT to Oct 8, 2026, 10:40 AM PDT (2 h 10 min)']);
    expect(t104.differences[0]).toMatchObject({ clause: '29.4.8.11', atStake: 300 });
    expect(s.tickets[1]!.theirStopClocks[0]).toMatch(/^NO TROUBLE FOUND .* — not allowed \(29\.4\.7\): No trouble found is never a stop clock/);
    expect(s.clauses.map((c) => c.clause)).toEqual(['29.4.7', '29.4.8.11']);

    const claim = await call<ClaimDetail>(a, 'claims:get', { id: d.claim.id });
    expect(claim.claim.status).toBe('disputed');
    expect(claim.events.at(-1)).toMatchObject({ kind: 'disputed', on: '2026-11-23', reason: 'AT&T denied ATT-810104 for an Access stop clock that no one recorded' });
    const packet = await call<ClaimPacket>(a, 'claims:packet', { id: d.claim.id });
    expect(packet.disputes).toEqual([s]);

    const again = await a.dispatch('reconcile:dispute', { reportId: r.id, claimId: d.claim.id, on: '2026-11-23', reason: 'again' });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'refused', message: 'A claim that is disputed cannot be marked disputed' });
    expect(count(a, 'claim_disputes')).toBe(1);
  });

  it('refuses a claim of another contractor or month the report does not cover', async () => {
    const { a, samples } = await demo();
    const r = await imported(a, samples);
    // The demo's Verizon claim (September) and AT&T's disputed August claim.
    const verizon = a.db.prepare("SELECT id FROM claims WHERE contractor_id = 2").get() as { id: number };
    const august = a.db.prepare("SELECT id FROM claims WHERE contractor_id = 1 AND month = '2026-08'").get() as { id: number };
    const other = await a.dispatch('reconcile:dispute', { reportId: r.id, claimId: verizon.id, on: '2026-11-23', reason: 'x' });
    expect(other.ok ? null : other.error).toMatchObject({ code: 'refused', path: '/claimId', message: "The claim is Verizon's and the report AT&T's: dispute a claim with its own contractor's report" });
    const month = await a.dispatch('reconcile:dispute', { reportId: r.id, claimId: august.id, on: '2026-11-23', reason: 'x' });
    expect(month.ok ? null : month.error).toMatchObject({ message: "The report covers 2026-10 to 2026-10, not the claim's month 2026-08" });
  });
});
