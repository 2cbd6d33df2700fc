// The claim packet's view model (renderer/claims/packet/model.ts) and its route: what the print
// view says of the lines, the timeline and the stop clocks, from claims:packet as it comes.
import { describe, expect, it } from 'vitest';
import type { ClaimLine } from '../../../../shared/ipc/claims';
import type { StopClock, TicketEvent } from '../../../../shared/ipc/tickets';
import { cssString, eventText, packetSteps, longDate, pdfFileName, runningHeader, splitLines, stopClockRows, sumOf, summaryRows, timelineRows, verifyCommands } from '../../../../renderer/claims/packet/model';
import { hrefForClaimPacket, packetRouteFromHash, screenFromHash } from '../../../../renderer/shell/route';
import { result } from '../slaResults';

const ZONE = 'America/Los_Angeles';

function line(id: number, over: Partial<ClaimLine> = {}, r: Parameters<typeof result>[0] = {}): ClaimLine {
  return { id, claimId: 4, key: `k${id}`, result: result(r), reference: 'ATT-810104', excluded: false, excludedReason: '', note: '', now: null, ...over };
}

describe('the packet route', () => {
  it('is #/claims/:id/packet and nothing else', () => {
    expect(packetRouteFromHash('#/claims/12/packet')).toEqual({ claimId: 12 });
    expect(packetRouteFromHash(hrefForClaimPacket(7))).toEqual({ claimId: 7 });
    for (const h of ['#/claims/12', '#/claims/0/packet', '#/claims/x/packet', '#/claims/12/packet/more', '#/tickets/12/packet', '']) expect(packetRouteFromHash(h)).toBeNull();
    // The other screens' routes are left as they were.
    expect(screenFromHash('#/tickets/12')).toBe('tickets');
  });
});

describe('the running header and names', () => {
  const p = { agency: { name: 'Dept. of "Demo"', address: '', atrName: '', atrTitle: '', atrPhone: '', atrEmail: '' }, contractor: { id: 1, name: 'AT&T' }, claim: { id: 4, month: '2026-10' } } as never;
  it('names agency, contractor, month and claim; as a CSS string, quotes escaped', () => {
    expect(runningHeader(p)).toBe('Dept. of "Demo" · AT&T · October 2026 · Claim 4');
    expect(cssString(runningHeader(p))).toBe('"Dept. of \\"Demo\\" · AT&T · October 2026 · Claim 4"');
    expect(cssString('a\\b\nc')).toBe('"a\\\\b c"');
    expect(longDate('2026-11-03')).toBe('November 3, 2026');
  });
  it('saves the PDF under the case file’s name', () => {
    expect(pdfFileName({ caseFile: { fileName: 'claim-4-ATT-2026-10.case.json', sha256: 'x' }, claim: { id: 4, month: '2026-10' }, contractor: { id: 1, name: 'AT&T' } } as never)).toBe('claim-4-ATT-2026-10.pdf');
    expect(pdfFileName({ caseFile: null, claim: { id: 4, month: '2026-10' }, contractor: { id: 1, name: 'AT&T' } } as never)).toBe('claim-4-ATT-2026-10-draft.pdf');
    expect(verifyCommands('c.case.json')).toEqual({ hash: ['sha256sum c.case.json', 'shasum -a 256 c.case.json', 'certutil -hashfile c.case.json SHA256'], recompute: 'npm run --silent sla -- evaluate c.case.json' });
  });
});

describe('the summary', () => {
  const lines = [
    line(1),
    line(2, { excluded: true, excludedReason: 'Already credited' }, { sla: 'excessive-outage', title: 'Excessive Outage', clause: '29.4.8.6', objective: { minutes: 480 }, credit: { tmrcPercent: 100, aducDays: 10, installFeePercent: 0, amount: 1555 } }),
    line(3, { now: { status: 'met', amount: 0, measure: { minutes: 225 } } }, { credit: { tmrcPercent: 25, aducDays: 0, installFeePercent: 0, amount: 0.1 } }),
  ];
  it('numbers the lines, strikes the excluded with its reason, says what changed since submitted', () => {
    const rows = summaryRows(lines);
    expect(rows.map((r) => [r.no, r.sla, r.clause, r.measure, r.objective, r.amount, r.terms, r.excluded, r.reason])).toEqual([
      [1, 'Time to Repair (TTR)', '29.4.8.11', '9 h 00 min', 'at most 4 h 00 min', '$300.00', '25% of TMRC', false, ''],
      [2, 'Excessive Outage', '29.4.8.6', '9 h 00 min', 'at most 8 h 00 min', '$1,555.00', '100% of TMRC + 10 ADUC days', true, 'Already credited'],
      [3, 'Time to Repair (TTR)', '29.4.8.11', '9 h 00 min', 'at most 4 h 00 min', '$0.10', '25% of TMRC', false, ''],
    ]);
    expect(rows[2]!.changed).toBe('Changed since submitted: now met (3 h 45 min), $0.00');
    expect(rows[0]!.subject).toBe('t1');
  });
  it('totals the included lines in cents: $300.00 + $0.10 = $300.10; excluded $1,555.00', () => {
    const { included, excluded } = splitLines(lines);
    expect(sumOf(included)).toBe(300.1);
    expect(sumOf(excluded)).toBe(1555);
  });
  it('tells the claim’s steps', () => {
    const e = { id: 1, claimId: 4, at: null, who: '', method: 'E-mail', to: 'AT&T billing', reference: '', amount: null, invoice: '', reason: '', level: null, answer: '', createdAt: '', retractedAt: null, retractedReason: '', retractedBy: '' };
    expect(eventText({ ...e, kind: 'submitted', on: '2026-11-05' })).toBe('Submitted November 5, 2026 by E-mail to AT&T billing');
    expect(eventText({ ...e, kind: 'credited', on: '2026-11-27', amount: 1555, invoice: 'INV-9' })).toBe('Credited November 27, 2026: $1,555.00 on invoice INV-9');
  });
  it('prints the steps since the draft, without a call that was undone', () => {
    const e = { claimId: 4, at: null, who: '', method: '', to: '', reference: '', amount: null, invoice: '', reason: '', level: null, answer: '', createdAt: '', retractedAt: null, retractedReason: '', retractedBy: '' };
    const steps = packetSteps([
      { ...e, id: 1, kind: 'created', on: '2026-11-02' },
      { ...e, id: 2, kind: 'submitted', on: '2026-11-05' },
      { ...e, id: 3, kind: 'escalated', on: '2026-11-20', level: 2, retractedAt: '2026-11-20T17:00:05.000Z', retractedReason: 'Undone right after logging' },
      { ...e, id: 4, kind: 'escalated', on: '2026-11-20', level: 1 },
    ]);
    expect(steps.map((s) => s.id)).toEqual([2, 4]);
  });
});

describe('the record behind a line', () => {
  const ev = (over: Partial<TicketEvent>): TicketEvent => ({
    id: 1, ticketId: 30, kind: 'note', at: '2026-10-22T06:00:00Z', who: 'ATR', level: null, whom: '', how: '', answer: '', detail: '', createdAt: '',
    retractedAt: null, retractedReason: '', retractedBy: '', correctsId: null, stopClockId: null, ...over,
  });
  it('keeps a retracted or corrected line on the timeline, with who, when and why', () => {
    const rows = timelineRows([
      ev({ id: 1, detail: 'Site contact is out', retractedAt: '2026-10-22T16:00:00Z', retractedBy: 'ATR', retractedReason: 'Typed on the wrong ticket' }),
      ev({ id: 2, kind: 'restored', at: '2026-10-22T14:00:00Z', retractedAt: '2026-10-23T16:00:00Z', retractedReason: 'Wrong time' }),
      ev({ id: 3, kind: 'restored', at: '2026-10-22T14:30:00Z', correctsId: 2 }),
    ], ZONE);
    expect(rows.map((r) => [r.at, r.what, r.detail, r.retraction])).toEqual([
      ['Oct 21, 2026, 11:00 PM PDT', 'Note', 'Site contact is out', 'Retracted Oct 22, 2026, 9:00 AM PDT by ATR: Typed on the wrong ticket'],
      ['Oct 22, 2026, 7:00 AM PDT', 'Restored (contractor)', '', 'Corrected Oct 23, 2026, 9:00 AM PDT: Wrong time'],
      ['Oct 22, 2026, 7:30 AM PDT', 'Restored (contractor)', '', ''],
    ]);
  });
  it('gives each stop clock its code, condition and 29.4.7 item; a voided one with why, not counted', () => {
    const sc: StopClock = {
      id: 11, ticketId: 30, orderId: null, code: 'CPE', title: 'CPE', startAt: '2026-10-22T07:00:00Z', endAt: '2026-10-22T08:00:00Z', windowStart: null, windowEnd: null,
      note: 'Contractor blamed the handsets', voidedAt: '2026-11-23T18:00:00Z', voidedReason: 'The handsets were fine', voidedBy: 'ATR', retractedAt: null, retractedReason: '', retractedBy: '', correctsId: null,
    };
    const [row] = stopClockRows([sc], [{ code: 'CPE', line: 10, title: 'CPE', definition: '…' }], '29.4.7', ZONE);
    expect(row).toMatchObject({ code: 'CPE', item: '29.4.7 item 10', from: 'Oct 22, 2026, 12:00 AM PDT', to: 'Oct 22, 2026, 1:00 AM PDT', status: 'Voided Nov 23, 2026, 10:00 AM PST by ATR: The handsets were fine', counts: false });
  });
});
