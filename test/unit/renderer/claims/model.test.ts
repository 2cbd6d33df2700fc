// The Claims screens' view model (renderer/claims/model.ts) and addresses (route.ts).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimEvent, ClaimLine, ClaimOffers } from '../../../../shared/ipc/claims';
import { claimLinesCsv, csvFileName, eventText, filterClaims, lineChange, lineSubject, monthClaimState, unclaimedText } from '../../../../renderer/claims/model';
import { claimRouteFromHash, hrefForClaim, hrefForPacket } from '../../../../renderer/claims/route';
import { result } from '../slaResults';

function line(over: Partial<ClaimLine> = {}): ClaimLine {
  return { id: 1, claimId: 1, key: 'time-to-repair|t7', result: result({ ticketId: 7, measure: { minutes: 315 } }), reference: 'ATT-810104', excluded: false, excludedReason: '', note: '', now: null, ...over };
}

function claim(over: Partial<Claim> = {}): Claim {
  return {
    id: 1, contractorId: 1, contractorName: 'AT&T', catalogId: 'calnet3-converged-voip', month: '2026-10', supplementsId: null, status: 'submitted', statusLabel: 'Submitted', note: '',
    asOf: '2026-11-23T18:00:00Z', submittedOn: '2026-11-23', ageDays: 0, ageing: '0–30', claimed: 9096.25, credited: 0, owed: 9096.25, lineCount: 15, changedCount: null,
    caseSha256: null, contractorReference: '', needsLadder: false, createdAt: '', updatedAt: '', ...over,
  };
}

const event = (over: Partial<ClaimEvent>): ClaimEvent => ({
  id: 1, claimId: 1, kind: 'created', on: '2026-11-23', at: null, who: '', method: '', to: '', reference: '', amount: null, invoice: '', reason: '', level: null, answer: '', createdAt: '', retractedAt: null, retractedReason: '', retractedBy: '', ...over,
});

describe('a claim line on screen', () => {
  it('names its ticket by the contractor’s number and links to the ticket, with the circuit beside it', () => {
    expect(lineSubject(line())).toEqual({ reference: 'ATT-810104', href: '#/tickets/7', circuit: 'SAC-HQ-VOIP-1001' });
    // A service's monthly result: the circuit is the reference, not printed twice; it links to the service.
    expect(lineSubject(line({ reference: 'SAC-HQ-VOIP-1003', result: result({ ticketId: null, sla: 'delay', circuitId: 'SAC-HQ-VOIP-1003', serviceId: 3 }) }))).toEqual({ reference: 'SAC-HQ-VOIP-1003', href: '#/services/3', circuit: '' });
  });

  it('shows what changed since submission: the old figures from the line, the new ones from line.now', () => {
    expect(lineChange(line())).toBeNull();
    // 315 min missed ($300.00) → a 90-minute stop clock: 225 min met ($0.00).
    expect(lineChange(line({ now: { status: 'met', amount: 0, measure: { minutes: 225 } } }))).toEqual({
      was: { status: 'Missed', measure: '5 h 15 min', amount: '$300.00' },
      now: { status: 'Met', measure: '3 h 45 min', amount: '$0.00' },
    });
    expect(lineChange(line({ now: { status: 'gone', amount: 0, measure: null } }))?.now).toEqual({ status: 'No longer in the month', measure: null, amount: '$0.00' });
  });
});

describe('the lines as CSV', () => {
  it('has the agreed columns, plain amounts that sum, and quotes what needs quoting', () => {
    const csv = claimLinesCsv([
      line(),
      line({ id: 2, key: 'excessive-outage|t7', result: result({ ticketId: 7, sla: 'excessive-outage', title: 'Excessive Outage', clause: '29.4.8.6', measure: { minutes: 570 }, objective: { minutes: 480 }, credit: { tmrcPercent: 100, aducDays: 10, installFeePercent: 0, amount: 1555 } }), excluded: true, excludedReason: 'Credited on invoice 7781, "October"', note: 'Called, line 2' }),
    ]);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual(['key', 'SLA', 'clause', 'reference', 'circuit', 'measure', 'objective', 'amount', 'excluded', 'reason', 'note']);
    expect(parsed[1]).toEqual(['time-to-repair|t7', 'Time to Repair (TTR)', '29.4.8.11', 'ATT-810104', 'SAC-HQ-VOIP-1001', '5 h 15 min', 'at most 4 h 00 min', '300.00', 'no', '', '']);
    expect(parsed[2]).toEqual(['excessive-outage|t7', 'Excessive Outage', '29.4.8.6', 'ATT-810104', 'SAC-HQ-VOIP-1001', '9 h 30 min', 'at most 8 h 00 min', '1555.00', 'yes', 'Credited on invoice 7781, "October"', 'Called, line 2']);
    expect(csv).toContain('"Credited on invoice 7781, ""October"""');
    expect(csvFileName(claim())).toBe('claim-1-ATT-2026-10-lines.csv');
  });
});

describe('the timeline in words', () => {
  it('says each step with its figures', () => {
    expect(eventText(event({ kind: 'submitted', method: 'E-mail', to: 'AT&T CALNET billing', who: 'Jordan' }))).toEqual({ title: 'Submitted by E-mail to AT&T CALNET billing', detail: 'Recorded by Jordan' });
    expect(eventText(event({ kind: 'acknowledged', reference: 'ATT-CR-77' }))).toEqual({ title: 'Acknowledged by the contractor', detail: 'Their reference ATT-CR-77' });
    expect(eventText(event({ kind: 'credited', amount: 5000, invoice: 'INV-2026-11' }))).toEqual({ title: 'Credited $5,000.00', detail: 'Invoice INV-2026-11' });
    expect(eventText(event({ kind: 'denied', reason: 'Outside the claim window' }))).toEqual({ title: 'Denied by the contractor', detail: '“Outside the claim window”' });
    expect(eventText(event({ kind: 'escalated', level: 1, to: 'Account manager', method: 'phone', answer: 'Will review' }))).toEqual({ title: 'Called level 1: Account manager (phone)', detail: 'Answer: “Will review”' });
  });
});

describe('filters and the Month screen’s claim', () => {
  it('filters by contractor and status', () => {
    const all = [claim({ id: 1 }), claim({ id: 2, contractorId: 2, contractorName: 'Verizon' }), claim({ id: 3, status: 'draft' })];
    expect(filterClaims(all, { contractorId: 1, status: null }).map((c) => c.id)).toEqual([1, 3]);
    expect(filterClaims(all, { contractorId: 1, status: 'draft' }).map((c) => c.id)).toEqual([3]);
    expect(filterClaims(all, { contractorId: null, status: null })).toHaveLength(3);
  });

  it('offers a claim for an unclaimed month, a supplementary one when results are not on the claim, else none', () => {
    const offers = (o: Partial<ClaimOffers>): ClaimOffers => ({ contractorId: 1, month: '2026-10', claimed: false, count: 15, amount: 9396.25, keys: [], ...o });
    expect(monthClaimState(offers({}), [])).toMatchObject({ claims: [], offer: 'claim' });
    const made = [claim({ id: 4 }), claim({ id: 5, month: '2026-09' }), claim({ id: 6, contractorId: 2 })];
    expect(monthClaimState(offers({ claimed: true, count: 0, amount: 0 }), made)).toMatchObject({ claims: [{ id: 4 }], offer: null });
    const supp = monthClaimState(offers({ claimed: true, count: 2, amount: 1855 }), made);
    expect(supp.offer).toBe('supplementary');
    expect(unclaimedText(supp.unclaimed)).toBe('2 results ($1,855.00) not yet claimed');
    expect(monthClaimState(offers({ count: 0, amount: 0 }), []).offer).toBeNull();
  });
});

describe('claim addresses', () => {
  it('reads the list, a claim and its packet', () => {
    expect(claimRouteFromHash('#/claims')).toEqual({ kind: 'list' });
    expect(claimRouteFromHash(hrefForClaim(12))).toEqual({ kind: 'detail', id: 12 });
    expect(claimRouteFromHash(hrefForPacket(12))).toEqual({ kind: 'packet', id: 12 });
    expect(claimRouteFromHash('#/claims/0')).toEqual({ kind: 'list' });
    expect(claimRouteFromHash('#/claims/abc')).toEqual({ kind: 'list' });
  });
});
