// claims:packet on the demo agency at Monday 2026-11-23 10:00 PST: AT&T's October 2026 claim
// (its lines are checked by hand in claims.test.ts and tickets/demoMonth.test.ts), one line
// excluded, a note retracted and a stop clock voided on a ticket behind a line, then submitted.
// The packet must carry everything the print view shows: the claim as frozen, the agency and its
// signature block, the contract and category, per ticket or order its whole record (retractions
// and void reasons included), the clause texts cited, the conditions named, the case file's name
// and SHA-256, and the chart figures.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import type { ClaimDetail, ClaimPacket } from '../../../shared/ipc/claims';
import type { IpcResult } from '../../../shared/ipc/contract';
import { loadCatalog } from '../../../shared/sla';
import { call, manualClock, tempDataFile } from '../support/tempData';

const NOW = '2026-11-23T18:00:00Z';
type App = Awaited<ReturnType<typeof openDemoApp>>;
let app: App | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

async function demo(): Promise<App> {
  app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock(NOW), scheduler: false, log: () => {} });
  return app;
}
const ticketId = (a: App, ref: string) => (a.db.prepare('SELECT id FROM tickets WHERE contractor_ticket = ?').get(ref) as { id: number }).id;

describe('claims:packet', () => {
  it('carries the frozen claim and the whole record behind each line', async () => {
    const a = await demo();
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: 1, month: '2026-10' });
    const ttr = d.lines.find((l) => l.reference === 'ATT-810104')!;
    await call(a, 'claims:setLine', { id: ttr.id, excluded: true, excludedReason: 'Already credited on the October invoice' });
    // ATT-810105, 9 h 30 min from Oct 21 22:00 PDT: a note typed on the wrong ticket, retracted; a CPE
    // stop clock inside the outage, voided (it never counts, so the figures stay as they are).
    const t = ticketId(a, 'ATT-810105');
    const noted = await call<{ events: Array<{ id: number; kind: string }> }>(a, 'tickets:addEvent', { ticketId: t, kind: 'note', at: '2026-10-22T06:00:00Z', who: 'ATR', detail: 'Site contact is out' });
    await call(a, 'tickets:retractEvent', { id: noted.events.filter((e) => e.kind === 'note').at(-1)!.id, reason: 'Typed on the wrong ticket', who: 'ATR' });
    const cpe = await call<{ id: number }>(a, 'stopClocks:start', { ticketId: t, code: 'CPE', startAt: '2026-10-22T07:00:00Z', endAt: '2026-10-22T08:00:00Z', note: 'Contractor blamed the handsets' });
    await call(a, 'stopClocks:void', { id: cpe.id, reason: 'The handsets were fine: the fault was the fiber', who: 'ATR' });
    await call(a, 'claims:submit', { id: d.claim.id, on: '2026-11-23', method: 'E-mail', to: 'AT&T CALNET billing' });

    const p = await call<ClaimPacket>(a, 'claims:packet', { id: d.claim.id });
    expect(p.generatedAt).toBe('2026-11-23T18:00:00.000Z');
    expect(p.timeZone).toBe('America/Los_Angeles');
    // The signature block's columns (migration 0060): the demo leaves the ATR's name blank; the title has its default.
    expect(p.agency).toEqual({ name: 'Department of Demonstration Services', address: '', atrName: '', atrTitle: 'Agency Telecom Representative', atrPhone: '', atrEmail: '' });
    expect(p.contractor).toEqual({ id: 1, name: 'AT&T' });
    expect(p.contract).toMatchObject({ catalogId: 'calnet3-converged-voip', title: 'CALNET 3 Converged VoIP', section: '29.4.8', stopClockSection: '29.4.7' });
    // Lines on Converged VoIP services, on FRE-02-VM-1023 (CAT 1) and OAK-01-VM-1014 (provisioning), and on OAK-01-SSNF-1016.
    expect(p.category).toBe('Converged VoIP, Converged VoIP Voice Mail, Site Survivability');
    // $9,396.25 - $300.00 = $9,096.25; the lines as frozen at submission.
    expect(p.claim).toMatchObject({ status: 'submitted', claimed: 9096.25, lineCount: 15, changedCount: 0 });
    expect(p.lines).toEqual((await call<ClaimDetail>(a, 'claims:get', { id: d.claim.id })).lines);
    expect(p.lines.find((l) => l.id === ttr.id)).toMatchObject({ excluded: true, excludedReason: 'Already credited on the October invoice' });
    expect(p.events.map((e) => e.kind)).toEqual(['created', 'submitted']);

    // One section per ticket, order or (monthly SLAs) service, in the order of their first line.
    expect(p.subjects.map((s) => [s.kind, s.reference, s.lineIds.length])).toEqual([
      ['ticket', 'ATT-757020', 1], // FRE-02-VOIP-1021, TTR
      ['ticket', 'ATT-774092', 2], // FRE-02-VOIP-1017, TTR + Excessive Outage
      ['ticket', 'ATT-810104', 1], // TTR (excluded)
      ['ticket', 'ATT-810105', 2], // TTR + Excessive Outage
      ['ticket', 'ATT-810107', 1], // CAT 1
      ['ticket', 'ATT-810109', 1], // CAT 2
      ['ticket', 'ATT-810111', 1], // CAT 3
      ['service', 'SAC-HQ-VOIP-1005', 1], // Availability
      ['service', 'SAC-HQ-VOIP-1003', 1], // Delay
      ['service', 'SAC-HQ-VOIP-1002', 1], // Jitter
      ['service', 'OAK-01-SSNF-1016', 1], // Site survivability
      ['order', 'SR-DEMO-0202', 1],
      ['order', 'SR-DEMO-0204', 1],
    ]);
    expect(p.subjects.flatMap((s) => s.lineIds).sort((x, y) => x - y)).toEqual(p.lines.map((l) => l.id).sort((x, y) => x - y));
    const subject = (ref: string) => p.subjects.find((s) => s.reference === ref)!;

    const cut = subject('ATT-810105');
    expect(cut.service).toMatchObject({ circuitId: 'FRE-02-VOIP-1020', serviceTypeTitle: 'Converged VoIP', tier: 'premier', tmrc: 1200, aduc: 35.5, installFee: 250 });
    const record = cut.tickets[0]!;
    expect(record.ticket).toMatchObject({ id: t, contractorTicket: 'ATT-810105', restoredAt: '2026-10-22T14:30:00.000Z' });
    expect(record.events.find((e) => e.kind === 'note' && e.detail === 'Site contact is out')).toMatchObject({ retractedReason: 'Typed on the wrong ticket', retractedBy: 'ATR' });
    expect(record.events.find((e) => e.kind === 'note')?.retractedAt).not.toBeNull();
    expect(record.stopClocks).toEqual([
      expect.objectContaining({ code: 'CPE', title: 'CPE', note: 'Contractor blamed the handsets', voidedReason: 'The handsets were fine: the fault was the fiber', voidedBy: 'ATR' }),
    ]);
    expect(subject('ATT-810109').tickets[0]!.incident).toEqual({ reference: 'INC-PE-2026-10', category: 'cat2', description: 'Provider edge router failure, Oakland' });
    // The CAT 3 incident's notices were recorded on its other ticket (ATT-810110): none on ATT-810111 itself.
    expect(subject('ATT-810111').tickets[0]!.notices).toEqual([]);
    // Behind a monthly line: the service's tickets that started or closed in October.
    expect(subject('SAC-HQ-VOIP-1005').tickets.map((x) => x.ticket.contractorTicket)).toEqual(['ATT-810101', 'ATT-810102']);
    expect(subject('SAC-HQ-VOIP-1002').tickets.map((x) => x.ticket.contractorTicket)).toContain('ATT-810114');
    // The site's usage touching October: 40 h and 38 h 30 min (78.5 h > 72 h).
    expect(subject('OAK-01-SSNF-1016').usage.map((u) => u.note)).toEqual(['Carrier fiber cut: calls on the survivability circuit', 'Second fiber cut on the same route']);
    expect(subject('SR-DEMO-0202').order).toMatchObject({ reference: 'SR-DEMO-0202', circuitId: 'FRE-02-VOIP-1019', dueDate: null, stopClocks: [] });
    expect(subject('SR-DEMO-0202').tickets).toEqual([]);

    // The clauses cited, in clause order, with the catalog's text.
    expect(p.clauses.map((c) => c.clause)).toEqual(['29.4.8.1', '29.4.8.2', '29.4.8.3', '29.4.8.4', '29.4.8.5', '29.4.8.6', '29.4.8.7', '29.4.8.8', '29.4.8.10', '29.4.8.11']);
    const catalog = loadCatalog();
    for (const c of p.clauses) expect(c.text).toBe(catalog.slas.find((s) => s.clause === c.clause)!.clauseText);
    // Conditions named: the Wiring stop clock on ATT-757020 (29.4.7 item 4) and the voided CPE (item 10), among others behind the lines.
    expect(p.conditions.find((c) => c.code === 'WIRING')).toMatchObject({ line: 4, title: 'Wiring' });
    expect(p.conditions.find((c) => c.code === 'CPE')).toMatchObject({ line: 10 });

    // The case file: its name and SHA-256, those of claims:caseFile, whose text hashes to it.
    const file = await call<{ fileName: string; text: string; sha256: string }>(a, 'claims:caseFile', { id: d.claim.id });
    expect(p.caseFile).toEqual({ fileName: `claim-${d.claim.id}-ATT-2026-10.case.json`, sha256: file.sha256 });
    expect(createHash('sha256').update(file.text, 'utf8').digest('hex')).toBe(file.sha256);

    // Charts: AT&T's claims by month (the demo's own September and August ones besides this one) and
    // SAC-HQ-VOIP-1005's availability for the 12 months ending with October: 98.9695%, missed.
    expect(p.charts.credits).toEqual(
      expect.arrayContaining([{ month: '2026-10', claimed: 9096.25, credited: 0 }, { month: '2026-09', claimed: 2155, credited: 1555 }, { month: '2026-08', claimed: 1855, credited: 0 }]),
    );
    expect(p.charts.credits).toHaveLength(3);
    expect(p.charts.availability).toHaveLength(1);
    const availability = p.charts.availability[0]!;
    expect(availability.circuitId).toBe('SAC-HQ-VOIP-1005');
    expect(availability.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(availability.months.at(-1)!.results.find((r) => r.sla === 'availability')).toMatchObject({ status: 'missed', measure: { percent: 98.9695 } });
    // The demo's history recorded August met and September missed for it (electron/services/demo/month.ts).
    expect(availability.recorded).toEqual([{ month: '2026-08', met: true }, { month: '2026-09', met: false }]);
  }, 60_000);

  it('of a draft: no case file yet; of an unknown claim: not found', async () => {
    const a = await demo();
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: 1, month: '2026-10' });
    const p = await call<ClaimPacket>(a, 'claims:packet', { id: d.claim.id });
    expect(p.claim.status).toBe('draft');
    expect(p.caseFile).toBeNull();
    expect(p.lines).toHaveLength(15);
    const r = (await a.dispatch('claims:packet', { id: 999 })) as IpcResult<unknown>;
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found', path: '/id' } });
  }, 60_000);
});
