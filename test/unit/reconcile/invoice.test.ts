// Invoice credit lines against claim lines: on the same Circuit ID, the line the description
// names first, an exact amount next, the oldest claim month then; the rest credited without a claim.
import { describe, expect, it } from 'vitest';
import { allocateInvoice, descriptionScore, lineCreditStatus } from '../../../shared/reconcile/invoice';
import type { ClaimLineOpen, InvoiceLine } from '../../../shared/reconcile/types';

const line = (over: Partial<InvoiceLine>): InvoiceLine => ({ line: 2, invoiceNumber: 'VZ-CR-1', invoiceDate: '2026-11-22', circuitId: 'LA-1026', amountCents: 0, description: '', ...over });
const ttr: ClaimLineOpen = { claimId: 3, claimLineId: 6, month: '2026-09', circuitId: 'LA-1026', reference: 'VZ044100210', sla: 'time-to-repair', slaTitle: 'Time to Repair (TTR)', clause: '29.4.8.11', amountCents: 30_000, creditedCents: 0 };
const eo: ClaimLineOpen = { ...ttr, claimLineId: 7, sla: 'excessive-outage', slaTitle: 'Excessive Outage', clause: '29.4.8.6', amountCents: 155_500 };

describe('allocateInvoice', () => {
  it('credits the line its description names: $1,200.00 of the $1,555.00 Excessive Outage, the Time to Repair left out', () => {
    const r = allocateInvoice([line({ amountCents: 120_000, description: 'SLA credit Excessive Outage ticket VZ044100210 (TMRC)' })], [ttr, eo]);
    expect(r.allocations).toEqual([{ lineIndex: 0, claimId: 3, claimLineId: 7, cents: 120_000 }]);
    expect(r.withoutClaim).toEqual([0]);
    expect(lineCreditStatus(155_500, 120_000)).toBe('part');
    expect(lineCreditStatus(30_000, 0)).toBe('none');
  });

  it('without a name: the line owing exactly the amount, then the claim\'s order, filling each in turn', () => {
    expect(allocateInvoice([line({ amountCents: 30_000 })], [eo, ttr]).allocations.map((a) => [a.claimLineId, a.cents])).toEqual([[6, 30_000]]);
    // $1,700.00 with no hint: Excessive Outage first (the claim's order), then $145.00 to Time to Repair.
    expect(allocateInvoice([line({ amountCents: 170_000 })], [eo, ttr]).allocations.map((a) => [a.claimLineId, a.cents])).toEqual([[7, 155_500], [6, 14_500]]);
  });

  it('credits beyond what is owed, or on a circuit with nothing claimed, are credited without a claim', () => {
    const r = allocateInvoice([line({ amountCents: 200_000 }), line({ circuitId: 'LA-1027', amountCents: 4_500, description: 'Billing adjustment' })], [ttr, eo]);
    expect(r.allocations.reduce((s, a) => s + a.cents, 0)).toBe(185_500);
    expect(r.withoutClaim).toEqual([14_500, 4_500]);
  });

  it('takes what earlier invoices credited, and never credits a claim past what it still owes', () => {
    const credited = { ...eo, creditedCents: 120_000 };
    expect(allocateInvoice([line({ amountCents: 50_000, description: 'Excessive Outage' })], [ttr, credited]).allocations.map((a) => [a.claimLineId, a.cents])).toEqual([
      [7, 35_500],
      [6, 14_500],
    ]);
    // The claim owes only $100.00 more (a credit typed on the claim): no more than that is taken.
    const capped = allocateInvoice([line({ amountCents: 50_000 })], [ttr, eo], new Map([[3, 10_000]]));
    expect(capped.allocations.reduce((s, a) => s + a.cents, 0)).toBe(10_000);
    expect(capped.withoutClaim).toEqual([40_000]);
  });

  it('reads the ticket number, the SLA name, its short name and its clause in a description', () => {
    expect(descriptionScore('Credit TTR for VZ044100210', ttr)).toBe(3);
    expect(descriptionScore('29.4.8.11 credit', ttr)).toBe(1);
    expect(descriptionScore('Credit for ticket VZ0441002101', ttr)).toBe(0);
  });
});
