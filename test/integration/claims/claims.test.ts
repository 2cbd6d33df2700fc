// Credit claims (issue 11) on the demo agency: October 2026 for AT&T, whose figures are checked
// by hand in test/integration/tickets/demoMonth.test.ts: the demo month's own lines, $7,241.25,
// plus, at this clock, two older demo outages that fall in October (39 d 2 h and 51 d 1 h before
// now): TTR $300.00, and TTR $300.00 + Excessive Outage $1,555.00; $7,241.25 + $2,155.00 = $9,396.25. A claim is made
// from those results, frozen on submission with the case file of its inputs, and followed until
// the invoice shows the credit.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import type { ClaimDetail, ClaimOffers } from '../../../shared/ipc/claims';
import type { IpcResult } from '../../../shared/ipc/contract';
import type { MonthReport } from '../../../shared/ipc/sla';
import type { Report } from '../../../shared/sla';
import { call, manualClock, tempDataFile, tempDir } from '../support/tempData';

const ROOT = path.resolve(__dirname, '../../..');
// Monday Nov 23, 2026, 10:00 AM PST: the demo month is October 2026.
const NOW = '2026-11-23T18:00:00Z';
const ATT = 1;

type App = Awaited<ReturnType<typeof openDemoApp>>;
let app: App | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

async function demo(now = NOW): Promise<App> {
  app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock(now), scheduler: false, log: () => {} });
  return app;
}

const snapshot = (a: App) => JSON.stringify(['claims', 'claim_lines', 'claim_events', 'audit_log'].map((t) => a.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));

async function refused(a: App, channel: string, request: unknown): Promise<{ code: string; path: string; message: string }> {
  const before = snapshot(a);
  const r = (await a.dispatch(channel, request)) as IpcResult<unknown>;
  expect(snapshot(a), `${channel} wrote while refusing`).toBe(before);
  if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(request)}`);
  return r.error;
}

const ref = (a: App, ticket: string) => (a.db.prepare('SELECT id FROM tickets WHERE contractor_ticket = ?').get(ticket) as { id: number }).id;

describe('a claim for a contractor and a billing month', () => {
  it('takes every result with money of the month, and excluding a line with a reason updates the total', async () => {
    const a = await demo();
    const report = await call<MonthReport>(a, 'sla:month', { month: '2026-10', contractorId: ATT, missedOnly: true });
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: ATT, month: '2026-10' });
    expect(d.claim).toMatchObject({ status: 'draft', statusLabel: 'Draft', month: '2026-10', contractorName: 'AT&T', claimed: 9396.25, credited: 0, owed: 9396.25, caseSha256: null });
    // One line per missed result with money, each with its arithmetic, first line citing the clause.
    const withMoney = report.results.filter((r) => r.credit.amount > 0);
    expect(d.lines.map((l) => l.key).sort()).toEqual(withMoney.map((r) => r.key).sort());
    for (const l of d.lines) expect(l.result.explain[0]).toMatch(/^29\.4\.\d+(\.\d+)? /);
    // The 5 h 15 min outage ATT-810104 (TTR missed, 25% of $1,200.00 = $300.00), by its contractor number.
    const ttr = d.lines.find((l) => l.key === `time-to-repair|t${ref(a, 'ATT-810104')}`)!;
    expect(ttr).toMatchObject({ reference: 'ATT-810104', result: { credit: { amount: 300 } }, excluded: false });

    expect(await refused(a, 'claims:setLine', { id: ttr.id, excluded: true })).toMatchObject({ code: 'invalid', path: '/excludedReason', message: 'Reason is required to exclude a line' });
    const after = await call<ClaimDetail>(a, 'claims:setLine', { id: ttr.id, excluded: true, excludedReason: 'Contractor already credited it on the October invoice' });
    // $9,396.25 − $300.00 = $9,096.25.
    expect(after.claim.claimed).toBe(9096.25);
    expect(after.lines.find((l) => l.id === ttr.id)).toMatchObject({ excluded: true, excludedReason: 'Contractor already credited it on the October invoice' });
  });

  it('refuses a month with nothing owed, and an unknown contractor, naming the field', async () => {
    const a = await demo();
    expect(await refused(a, 'claims:create', { contractorId: ATT, month: '2025-01' })).toMatchObject({ code: 'refused', path: '/month' });
    expect(await refused(a, 'claims:create', { contractorId: 99, month: '2026-10' })).toMatchObject({ code: 'not_found', path: '/contractorId' });
  });
});

/** `npm run --silent sla -- evaluate FILE`, as a child process. */
function cli(file: string): Report {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/sla.ts', 'evaluate', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('submission freezes the claim', () => {
  it('stores the case file of its inputs with its SHA-256; the sla command recomputes every line to the cent', async () => {
    const a = await demo();
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: ATT, month: '2026-10' });
    const s = await call<ClaimDetail>(a, 'claims:submit', { id: d.claim.id, on: '2026-11-23', method: 'E-mail', to: 'AT&T CALNET billing' });
    expect(s.claim).toMatchObject({ status: 'submitted', submittedOn: '2026-11-23', ageDays: 0, ageing: '0–30', claimed: 9396.25 });
    const file = await call<{ fileName: string; text: string; sha256: string }>(a, 'claims:caseFile', { id: d.claim.id });
    expect(file.sha256).toBe(createHash('sha256').update(file.text, 'utf8').digest('hex'));
    expect(s.claim.caseSha256).toBe(file.sha256);

    const p = path.join(tempDir(), file.fileName);
    fs.writeFileSync(p, file.text);
    const out = cli(p);
    // The CLI's results with money, by ticket / order / service, against the claim's lines, in cents.
    const circuits = new Map((a.db.prepare('SELECT id, circuit_id AS c FROM services').all() as Array<{ id: number; c: string }>).map((x) => [x.c, x.id]));
    const cliLines = out.results
      .filter((r) => r.met === false && r.credit.amount > 0)
      .map((r) => [r.ticketId !== undefined ? `${r.sla}|t${r.ticketId}` : r.orderId !== undefined ? `${r.sla}|o${r.orderId}` : r.serviceId !== undefined ? `${r.sla}|s${circuits.get(r.serviceId)}` : `${r.sla}|site:${r.site}`, Math.round(r.credit.amount * 100)])
      .sort();
    expect(cliLines).toEqual(s.lines.map((l) => [l.key, Math.round(l.result.credit.amount * 100)]).sort());
  });

  it('shows "changed since submitted" with the old and new figures when a stop clock behind a line is added, and never rewrites itself', async () => {
    const a = await demo();
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: ATT, month: '2026-10' });
    await call(a, 'claims:submit', { id: d.claim.id, on: '2026-11-23', method: 'E-mail', to: 'AT&T' });
    const id = ref(a, 'ATT-810104');
    const t = a.db.prepare('SELECT start_at AS s FROM tickets WHERE id = ?').get(id) as { s: string };
    // A 90-minute Power stop clock from the outage's start: 315 − 90 = 225 min, within Premier's 4 h.
    const start = Date.parse(t.s);
    await call(a, 'stopClocks:start', { ticketId: id, code: 'POWER', startAt: new Date(start).toISOString(), endAt: new Date(start + 90 * 60_000).toISOString() });
    const again = await call<ClaimDetail>(a, 'claims:get', { id: d.claim.id });
    const line = again.lines.find((l) => l.key === `time-to-repair|t${id}`)!;
    expect(line.result).toMatchObject({ status: 'missed', credit: { amount: 300 }, measure: { minutes: 315 } });
    expect(line.now).toMatchObject({ status: 'met', amount: 0, measure: { minutes: 225 } });
    expect(again.claim).toMatchObject({ changedCount: 1, claimed: 9396.25 });
    // Frozen: no line can be excluded or taken again.
    expect(await refused(a, 'claims:setLine', { id: line.id, excluded: true, excludedReason: 'x' })).toMatchObject({ code: 'refused' });
    expect(await refused(a, 'claims:refresh', { id: d.claim.id })).toMatchObject({ code: 'refused' });
    expect(await refused(a, 'claims:delete', { id: d.claim.id })).toMatchObject({ code: 'refused', message: 'A submitted claim is evidence: it is never deleted' });
  });
});

describe('the lifecycle, dated step by step', () => {
  it('acknowledged, credited in part (the rest stays owed), then disputed and up the bill-or-contract ladder', async () => {
    const a = await demo();
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: ATT, month: '2026-10' });
    expect(await refused(a, 'claims:credit', { id: d.claim.id, on: '2026-11-23', amount: '100', invoice: 'INV-1' })).toMatchObject({ code: 'refused', message: 'Submit the claim first' });
    await call(a, 'claims:submit', { id: d.claim.id, on: '2026-11-02', method: 'E-mail', to: 'AT&T' });
    // Before the submission, and in the future: refused at /on.
    expect(await refused(a, 'claims:acknowledge', { id: d.claim.id, on: '2026-11-01', reference: 'ATT-CR-77' })).toMatchObject({ path: '/on' });
    expect(await refused(a, 'claims:acknowledge', { id: d.claim.id, on: '2026-11-24', reference: 'ATT-CR-77' })).toMatchObject({ path: '/on', message: 'The date cannot be in the future: 2026-11-24 is after today (2026-11-23)' });
    await call(a, 'claims:acknowledge', { id: d.claim.id, on: '2026-11-05', reference: 'ATT-CR-77' });
    const credited = await call<ClaimDetail>(a, 'claims:credit', { id: d.claim.id, on: '2026-11-20', amount: '5,000.00', invoice: 'INV-2026-11' });
    // $9,396.25 − $5,000.00 = $4,396.25 still owed; 21 days since Nov 2.
    expect(credited.claim).toMatchObject({ status: 'credited', statusLabel: 'Partly credited', credited: 5000, owed: 4396.25, ageDays: 21, contractorReference: 'ATT-CR-77', needsLadder: false });
    expect(credited.nextSteps).toEqual(['credited', 'disputed']);
    expect(await refused(a, 'claims:credit', { id: d.claim.id, on: '2026-11-20', amount: '0', invoice: 'INV-2' })).toMatchObject({ path: '/amount' });

    const disputed = await call<ClaimDetail>(a, 'claims:dispute', { id: d.claim.id, on: '2026-11-23', reason: 'Excessive Outage lines not credited' });
    // AT&T's bill-or-contract ladder: level 1 first.
    expect(disputed.claim.needsLadder).toBe(true);
    expect(disputed.nextContact).toMatchObject({ ladderId: 'att-calnet3-bill-contract', level: 1 });
    const called = await call<ClaimDetail>(a, 'claims:logCall', { id: d.claim.id, at: '2026-11-23T17:30:00Z', level: 1, whom: 'Account manager', answer: 'Will review' });
    expect(called.reachedLevel).toBe(1);
    expect(called.nextContact?.level).toBe(2);
    expect(called.events.map((e) => [e.kind, e.on])).toEqual([
      ['created', '2026-11-23'], ['submitted', '2026-11-02'], ['acknowledged', '2026-11-05'], ['credited', '2026-11-20'], ['disputed', '2026-11-23'], ['escalated', '2026-11-23'],
    ].sort((x, y) => (x[1]! < y[1]! ? -1 : x[1]! > y[1]! ? 1 : 0)));
    // A call logged at the wrong level by a click too many is undone: it stays on the timeline,
    // retracted with why, and the ladder is back at level 1 with level 2 next.
    const mistaken = await call<ClaimDetail>(a, 'claims:logCall', { id: d.claim.id, at: '2026-11-23T17:45:00Z', level: 2, whom: 'Wrong person' });
    expect(mistaken.reachedLevel).toBe(2);
    const callId = mistaken.events.find((e) => e.kind === 'escalated' && e.level === 2)!.id;
    const undone = await call<ClaimDetail>(a, 'claims:retractCall', { id: callId, reason: 'Undone right after logging', who: 'Robin' });
    expect(undone.reachedLevel).toBe(1);
    expect(undone.nextContact?.level).toBe(2);
    expect(undone.events.find((e) => e.id === callId)).toMatchObject({ level: 2, to: 'Wrong person', retractedAt: '2026-11-23T18:00:00.000Z', retractedReason: 'Undone right after logging', retractedBy: 'Robin' });
    const audited = a.db.prepare("SELECT action, before_json AS b FROM audit_log WHERE table_name = 'claim_events' AND row_id = ? ORDER BY id").all(String(callId)) as Array<{ action: string; b: string | null }>;
    expect(audited.map((x) => x.action)).toEqual(['insert', 'update']);
    expect(JSON.parse(audited[1]!.b!)).toMatchObject({ level: 2, retractedAt: null });
    // Once only, calls only, and a reason is required: each refused, naming the field, writing nothing.
    expect(await refused(a, 'claims:retractCall', { id: callId, reason: 'again' })).toMatchObject({ code: 'refused', path: '/id', message: 'That call was already retracted (Undone right after logging)' });
    const disputeStep = undone.events.find((e) => e.kind === 'disputed')!.id;
    expect(await refused(a, 'claims:retractCall', { id: disputeStep, reason: 'x' })).toMatchObject({ code: 'refused', path: '/id', message: 'Only a call logged up the ladder can be retracted' });
    expect(await refused(a, 'claims:retractCall', { id: callId - 1, reason: '' })).toMatchObject({ path: '/reason' });
    expect(await refused(a, 'claims:retractCall', { id: 999_999, reason: 'x' })).toMatchObject({ code: 'not_found', path: '/id' });

    // The claims list: what each contractor still owes, by age. This claim: $4,396.25, 21 days (0–30).
    // The demo's own claims (electron/services/demo/claims.ts), at this clock:
    //   AT&T September, submitted Oct 5 (49 days: 31–60): ATT-790201 9 h 30 min, TTR $300.00 +
    //     Excessive Outage $1,555.00, and ATT-790202 5 h, TTR $300.00: $2,155.00, credited $1,555.00,
    //     $600.00 owed;
    //   AT&T August, submitted Sep 4 (80 days: 61–90), disputed: ATT-780301 10 h, $1,855.00 owed;
    //   Verizon September, submitted Nov 18, five days before (0–30): VZ044100210 8 h 45 min, $1,855.00 owed.
    // AT&T: claimed $9,396.25 + $2,155.00 + $1,855.00 = $13,406.25; credited $5,000.00 + $1,555.00 =
    // $6,555.00; owed $4,396.25 + $600.00 + $1,855.00 = $6,851.25.
    const list = await call<{ ageing: Array<{ contractorName: string; owed: number; buckets: Array<{ bucket: string; owed: number; count: number }> }> }>(a, 'claims:list', {});
    expect(list.ageing).toEqual([
      expect.objectContaining({
        contractorName: 'AT&T', claimed: 13406.25, credited: 6555, owed: 6851.25,
        buckets: [{ bucket: '0–30', owed: 4396.25, count: 1 }, { bucket: '31–60', owed: 600, count: 1 }, { bucket: '61–90', owed: 1855, count: 1 }, { bucket: '90+', owed: 0, count: 0 }],
      }),
      expect.objectContaining({
        contractorName: 'Verizon', claimed: 1855, credited: 0, owed: 1855,
        buckets: [{ bucket: '0–30', owed: 1855, count: 1 }, { bucket: '31–60', owed: 0, count: 0 }, { bucket: '61–90', owed: 0, count: 0 }, { bucket: '90+', owed: 0, count: 0 }],
      }),
    ]);
  });
});

describe('nothing owed is lost', () => {
  it('a result missed after the claim is offered as a supplementary claim for that month', async () => {
    const a = await demo();
    const first = await call<ClaimDetail>(a, 'claims:create', { contractorId: ATT, month: '2026-10' });
    expect(await call<ClaimOffers>(a, 'claims:offers', { contractorId: ATT, month: '2026-10' })).toMatchObject({ claimed: true, count: 0, amount: 0 });
    expect(await refused(a, 'claims:create', { contractorId: ATT, month: '2026-10' })).toMatchObject({ code: 'refused', path: '/month' });
    // A Premier outage of October recorded late: 9 h 00 min from Oct 20, 08:00 PDT.
    const service = (a.db.prepare("SELECT id FROM services WHERE contractor_id = 1 AND service_type = 'converged-voip' AND tier = 'premier' ORDER BY id LIMIT 1").get() as { id: number }).id;
    const t = await call<{ ticket: { id: number } }>(a, 'tickets:create', { serviceId: service, kind: 'repair', contractorTicket: 'ATT-LATE-1', openedAt: '2026-10-20T15:00:00Z' });
    await call(a, 'tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: '2026-10-21T00:00:00Z' });
    // TTR $300.00 + Excessive Outage 100% × $1,200.00 + 10 × $35.50 = $1,555.00: $1,855.00.
    expect(await call<ClaimOffers>(a, 'claims:offers', { contractorId: ATT, month: '2026-10' })).toMatchObject({ claimed: true, count: 2, amount: 1855 });
    const supp = await call<ClaimDetail>(a, 'claims:create', { contractorId: ATT, month: '2026-10' });
    expect(supp.claim).toMatchObject({ supplementsId: first.claim.id, claimed: 1855 });
    expect(supp.lines.map((l) => l.reference)).toEqual(['ATT-LATE-1', 'ATT-LATE-1']);
  });
});

describe('a month of a seeded agency-year', () => {
  it("the submitted claim's lines equal the sla command's report on its frozen case file, line for line in cents", async () => {
    const { generateAgencyYear } = await import('../../../bench/generate');
    const { openTestApp } = await import('../support/tempData');
    const a = openTestApp({ clock: manualClock('2026-08-20T18:00:00Z') });
    try {
      // The bench's generator, smaller: a year of services, tickets, stop clocks and orders.
      generateAgencyYear(a.db, { services: 150, tickets: 3_000, stopClocks: 6_000, orders: 120, extraTickets: 300 }, 11);
      const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: ATT, month: '2026-07' });
      expect(d.lines.length).toBeGreaterThan(20);
      await call(a, 'claims:submit', { id: d.claim.id, on: '2026-08-20', method: 'E-mail', to: 'AT&T' });
      const s = await call<ClaimDetail>(a, 'claims:get', { id: d.claim.id });
      const file = await call<{ fileName: string; text: string }>(a, 'claims:caseFile', { id: d.claim.id });
      const p = path.join(tempDir(), file.fileName);
      fs.writeFileSync(p, file.text);
      const out = cli(p);
      const circuits = new Map((a.db.prepare('SELECT id, circuit_id AS c FROM services WHERE contractor_id = ?').all(ATT) as Array<{ id: number; c: string }>).map((x) => [x.c, x.id]));
      const cliLines = out.results
        .filter((r) => r.met === false && r.credit.amount > 0)
        .map((r) => [r.ticketId !== undefined ? `${r.sla}|t${r.ticketId}` : r.orderId !== undefined ? `${r.sla}|o${r.orderId}` : r.serviceId !== undefined ? `${r.sla}|s${circuits.get(r.serviceId)}` : `${r.sla}|site:${r.site}`, Math.round(r.credit.amount * 100)])
        .sort();
      expect(cliLines).toEqual(s.lines.map((l) => [l.key, Math.round(l.result.credit.amount * 100)]).sort());
      // And the totals agree to the cent.
      expect(Math.round(out.totalCredit * 100)).toBe(Math.round(s.claim.claimed * 100));
    } finally {
      a.close();
    }
  }, 120_000);
});
