// The report as CASE_FORMAT.md describes it, and the fast path (prepareCase / prepareModel +
// evaluateMonth) agreeing with evaluateCase.
import { describe, expect, it } from 'vitest';
import { evaluateCase, evaluateMonth, loadCatalog, plainReport, prepareCase, prepareModel, toOrderInput, toServiceInput, toTicketInput } from '../../../shared/sla';
import type { Report } from '../../../shared/sla';
import type { CaseFile } from '../../../shared/case/types';
import { caseFile, evaluate, oct, ticket, voip } from './helpers';

const KEY_ORDER = ['sla', 'serviceId', 'site', 'ticketId', 'orderId', 'applicable', 'met', 'measure', 'objective', 'consecutiveMisses', 'credit', 'remedy', 'explain'];

function richCase(): CaseFile {
  return caseFile({
    services: [
      voip(),
      voip({ id: 'VM', type: 'converged-voip-voicemail', tier: 'standard', tmrc: 300 }),
      voip({ id: 'SS', type: 'site-survivability', tmrc: 100, aduc: 5 }),
    ],
    tickets: [
      ticket({ id: 'T1', openedAt: oct('05T09:00:00'), restoredAt: oct('05T18:00:00'), closedAt: oct('05T19:00:00'), stopClocks: [{ code: 'END_USER_REQUEST', start: oct('05T10:00:00'), end: oct('05T10:30:00'), note: 'asked to wait' }] }),
      ticket({ id: 'T2', kind: 'cat2', incidentId: 'I', openedAt: oct('07T09:00:00'), restoredAt: oct('07T09:20:00'), closedAt: oct('07T10:00:00'), notices: [oct('07T09:50:00')] }),
      ticket({ id: 'T3', kind: 'delay', openedAt: oct('08T09:00:00'), measuredMs: 120 }),
      ticket({ id: 'T4', serviceId: 'VM', kind: 'cat3', openedAt: oct('30T09:00:00') }),
    ],
    orders: [{ id: 'O1', serviceId: 'CKT-1', orderedAt: '2026-09-01T10:00:00-07:00', completedAt: oct('20T10:00:00') }],
    survivability: [{ site: 'SAC-HQ', start: '2026-09-28T00:00:00-07:00', end: oct('04T00:00:00') }],
    history: [{ sla: 'delay', serviceId: 'CKT-1', month: '2026-09', met: false }],
  });
}

/** The report as the CLI writes it (explain lines included). */
const written = (r: Report): unknown => JSON.parse(JSON.stringify(r));

describe('the report', () => {
  const report = evaluate(richCase());

  it('has month, results and totalCredit = the sum of the credit lines', () => {
    expect(report.month).toBe('2026-10');
    const sum = report.results.reduce((a, r) => a + Math.round(r.credit.amount * 100), 0) / 100;
    expect(report.totalCredit).toBe(sum);
  });

  it('lists the results in a fixed order: tickets, then monthly SLAs per service, then sites, then orders', () => {
    expect(report.results.map((r) => `${r.sla}:${r.ticketId ?? r.orderId ?? r.serviceId}`)).toEqual([
      'time-to-repair:T1', 'excessive-outage:T1',
      'time-to-repair:T2', 'excessive-outage:T2', 'cat2:T2', 'notification:T2',
      'time-to-repair:T4', 'excessive-outage:T4', 'cat3:T4', 'notification:T4',
      'availability:CKT-1', 'availability:VM',
      'delay:CKT-1', 'jitter:CKT-1',
      'site-survivability:SS',
      'provisioning:O1',
    ]);
  });

  it('writes each result with the keys of CASE_FORMAT.md in their order, and explain lines citing the clause', () => {
    const catalog = loadCatalog();
    const written = JSON.parse(JSON.stringify(report)) as typeof report;
    for (const r of written.results) {
      const keys = Object.keys(r);
      expect(keys.filter((k) => !KEY_ORDER.includes(k))).toEqual([]);
      expect(keys).toEqual(KEY_ORDER.filter((k) => keys.includes(k)));
      expect(Object.keys(r.credit)).toEqual(['tmrcPercent', 'aducDays', 'installFeePercent', 'amount']);
      if (r.met !== false) expect(r.credit.amount).toBe(0);
      expect(r.explain.length).toBeGreaterThan(0);
      expect(r.explain[0]!.startsWith(catalog.sla(r.sla)!.clause + ' ')).toBe(true);
      for (const line of r.explain) expect(typeof line).toBe('string');
    }
    expect(written).toEqual(plainReport(report));
    expect(written.results.map((r) => r.explain)).toEqual(report.results.map((r) => r.explain));
  });

  it('writes explain lines when first read, the same lines every time, and as plain data for IPC', () => {
    const first = evaluate(richCase());
    const again = evaluate(richCase());
    // Read in a different order (last result first): the lines do not depend on reading order.
    const reversed = [...again.results].reverse().map((r) => r.explain).reverse();
    expect(first.results.map((r) => r.explain)).toEqual(reversed);
    expect(first.results[0]!.explain).toBe(first.results[0]!.explain);
    const plain = structuredClone(plainReport(first));
    expect(plain.results.map((r) => r.explain)).toEqual(reversed);
    expect(plain.results[0]!.explain[0]).toMatch(/^29\.4\.8\.11 Time to Repair/);
  });

  it('shows the credit arithmetic in the explain lines', () => {
    const ttr = report.results[0]!;
    expect(ttr.explain.join('\n')).toContain('Credit: 25% of TMRC $1,200.00 = $300.00; credit line $300.00');
    expect(report.results[1]!.explain.join('\n')).toContain('10 Business Days of ADUC $35.50 = $355.00');
  });
});

describe('the fast path', () => {
  it('prepareCase + evaluateMonth gives the report of evaluateCase, for any month', () => {
    const c = richCase();
    const prepared = prepareCase(c);
    expect(written(evaluateMonth(prepared, '2026-10'))).toEqual(written(evaluateCase(c)));
    for (const month of ['2026-09', '2026-11']) expect(written(evaluateMonth(prepared, month))).toEqual(written(evaluateCase({ ...c, month })));
    // evaluating months in any order gives the same answers (memoized verdicts are not stale)
    const again = prepareCase(c);
    evaluateMonth(again, '2026-11');
    expect(written(evaluateMonth(again, '2026-10'))).toEqual(written(evaluateCase(c)));
  });

  it('prepareModel on the engine model gives the same report as the case file', () => {
    const c = richCase();
    const prepared = prepareModel(
      {
        month: c.month,
        services: c.services.map(toServiceInput),
        tickets: (c.tickets ?? []).map(toTicketInput),
        orders: (c.orders ?? []).map((o) => toOrderInput(o)),
        usage: (c.survivability ?? []).map((u) => ({ site: u.site, startMs: Date.parse(u.start), endMs: Date.parse(u.end) })),
        history: c.history,
      },
      loadCatalog(),
    );
    expect(written(evaluateMonth(prepared, '2026-10'))).toEqual(written(evaluateCase(c)));
  });

  it('takes as-of as an argument (the app passes "now")', () => {
    const c = caseFile({ tickets: [ticket({ openedAt: oct('05T09:00:00') })] });
    const prepared = prepareCase(c);
    const early = evaluateMonth(prepared, '2026-10', Date.parse(oct('05T10:00:00')));
    expect(early.results[0]).toMatchObject({ sla: 'time-to-repair', met: null, measure: { minutes: 60 } });
    const late = evaluateMonth(prepared, '2026-10', Date.parse(oct('05T14:00:00')));
    expect(late.results[0]).toMatchObject({ sla: 'time-to-repair', met: false, measure: { minutes: 300 } });
  });
});
