import { describe, expect, it } from 'vitest';
import {
  countsOf, defaultMonth, filterResults, monthLabel, nextSort, pendingGroups, sortPending, sortResults, subjectOf, summaryBySla, DEFAULT_FILTERS,
} from '../../../../renderer/month/model';
import { result } from '../slaResults';

const LA = 'America/Los_Angeles';
const none = { tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 };

const ttr = result({ key: 'ttr:t1', ticketId: 1, circuitId: 'SAC-HQ-VOIP-1001' });
const eo = result({ key: 'eo:t1', sla: 'excessive-outage', title: 'Excessive Outage', clause: '29.4.8.12', credit: { tmrcPercent: 100, aducDays: 10, installFeePercent: 0, amount: 1555 } });
const avail = result({
  key: 'av:s2', sla: 'availability', title: 'Availability', clause: '29.4.8.1', ticketId: null, serviceId: 2, circuitId: 'OAK-01-VOIP-1009', site: 'OAK-01',
  status: 'met', met: true, measure: { percent: 100, minutes: 0 }, objective: { percent: 99.5 }, credit: none,
});
const prov = result({
  key: 'pr:o7', sla: 'provisioning', title: 'Provisioning', clause: '29.4.8.10', ticketId: null, orderId: 7, reference: 'SR-DEMO-0205', serviceId: 4, circuitId: 'SAC-HQ-VOIP-1004',
  credit: { tmrcPercent: 0, aducDays: 0, installFeePercent: 50, amount: 125 },
});
const surv = result({
  key: 'ss:LA-05', sla: 'site-survivability', title: 'Site Survivability', clause: '29.4.8.7', ticketId: null, serviceId: 24, circuitId: 'LA-05-SSNF-1024', site: 'LA-05',
  status: 'not-applicable', applicable: false, met: null, credit: none,
});
const notice = result({ key: 'nt:t5', sla: 'notification', title: 'Notification', clause: '29.4.8.9', ticketId: 5, remedy: 'senior-management-escalation', credit: none });
const all = [ttr, eo, avail, prov, surv, notice];

describe('the month asked for', () => {
  it('defaults to the previous calendar month in the agency’s zone', () => {
    // 2026-11-01 05:00 UTC is still October 31 in Los Angeles: the month before is September.
    expect(defaultMonth(Date.parse('2026-11-01T05:00:00Z'), LA)).toBe('2026-09');
    expect(defaultMonth(Date.parse('2026-11-17T18:00:00Z'), LA)).toBe('2026-10');
    expect(defaultMonth(Date.parse('2027-01-05T18:00:00Z'), LA)).toBe('2026-12');
  });

  it('names it', () => {
    expect(monthLabel('2026-10')).toBe('October 2026');
    expect(monthLabel('2027-01')).toBe('January 2027');
  });
});

describe('what a result is about', () => {
  it('links a ticket, an order and a service by the numbers the contractor knows; a site to its Site Survivability service', () => {
    expect(subjectOf(ttr)).toEqual({ kind: 'ticket', label: 'Ticket ATT-810105', circuit: 'SAC-HQ-VOIP-1001', href: '#/tickets/1' });
    expect(subjectOf({ ...ttr, reference: null })).toEqual({ kind: 'ticket', label: 'Ticket #1 (no contractor number)', circuit: 'SAC-HQ-VOIP-1001', href: '#/tickets/1' });
    expect(subjectOf(prov)).toEqual({ kind: 'order', label: 'Order SR-DEMO-0205', circuit: 'SAC-HQ-VOIP-1004', href: '#/orders?order=7' });
    expect(subjectOf(avail)).toEqual({ kind: 'service', label: 'OAK-01-VOIP-1009', circuit: '', href: '#/services/2' });
    expect(subjectOf(surv)).toEqual({ kind: 'site', label: 'Site LA-05', circuit: 'LA-05-SSNF-1024', href: '#/services/24' });
  });
});

describe('filters and sort', () => {
  it('filters by SLA, verdict and words of the text (all of them, any case)', () => {
    expect(filterResults(all, { ...DEFAULT_FILTERS, sla: 'availability' })).toEqual([avail]);
    expect(filterResults(all, { ...DEFAULT_FILTERS, status: 'missed' }).map((r) => r.key)).toEqual(['ttr:t1', 'eo:t1', 'pr:o7', 'nt:t5']);
    expect(filterResults(all, { ...DEFAULT_FILTERS, text: 'oak-01 avail' })).toEqual([avail]);
    expect(filterResults(all, { ...DEFAULT_FILTERS, text: 'order sr-demo-0205' })).toEqual([prov]);
    expect(filterResults(all, { ...DEFAULT_FILTERS, text: '29.4.8.7' })).toEqual([surv]);
    expect(filterResults(all, DEFAULT_FILTERS)).toHaveLength(all.length);
  });

  it('puts the largest credit first by default, ties by clause', () => {
    expect(sortResults(all, { key: 'credit', dir: 'desc' }).map((r) => r.key)).toEqual(['eo:t1', 'ttr:t1', 'pr:o7', 'av:s2', 'ss:LA-05', 'nt:t5']);
  });

  it('sorts by clause number, not by text', () => {
    expect(sortResults(all, { key: 'sla', dir: 'asc' }).map((r) => r.clause)).toEqual(['29.4.8.1', '29.4.8.7', '29.4.8.9', '29.4.8.10', '29.4.8.11', '29.4.8.12']);
  });

  it('puts the missed first when sorted by verdict', () => {
    expect(sortResults(all, { key: 'status', dir: 'asc' }).map((r) => r.status)).toEqual(['missed', 'missed', 'missed', 'missed', 'met', 'not-applicable']);
  });

  it('flips the same column and starts money largest first', () => {
    expect(nextSort({ key: 'credit', dir: 'desc' }, 'credit')).toEqual({ key: 'credit', dir: 'asc' });
    expect(nextSort({ key: 'sla', dir: 'asc' }, 'credit')).toEqual({ key: 'credit', dir: 'desc' });
    expect(nextSort({ key: 'credit', dir: 'desc' }, 'subject')).toEqual({ key: 'subject', dir: 'asc' });
  });
});

describe('the summary', () => {
  const pendingTtr = result({ key: 'ttr:t9', ticketId: 9, status: 'pending', met: null, credit: none, awaiting: 'the restoration' });

  it('counts each SLA’s verdicts and sums what it owes, in clause order', () => {
    const rows = summaryBySla(all, [pendingTtr]);
    expect(rows.map((r) => r.clause)).toEqual(['29.4.8.1', '29.4.8.7', '29.4.8.9', '29.4.8.10', '29.4.8.11', '29.4.8.12']);
    expect(rows.find((r) => r.sla === 'time-to-repair')).toMatchObject({ missed: 1, pending: 1, owed: 300 });
    expect(rows.find((r) => r.sla === 'notification')).toMatchObject({ missed: 1, owed: 0, escalations: 1 });
  });

  it('sums cents exactly over many results', () => {
    // 0.1 added ten thousand times in floating point is not 1,000.
    const many = Array.from({ length: 10_000 }, (_, i) => result({ key: `k${i}`, credit: { ...none, amount: 0.1 } }));
    expect(summaryBySla(many, [])[0]!.owed).toBe(1000);
  });

  it('counts the month’s verdicts, the pending and the escalations', () => {
    expect(countsOf(all, [pendingTtr])).toEqual({ met: 1, missed: 4, pending: 1, notApplicable: 1, escalations: 1 });
  });

  it('lists the pending by clause, then subject', () => {
    const p2 = result({ key: 'eo:t3', sla: 'excessive-outage', title: 'Excessive Outage', clause: '29.4.8.12', ticketId: 3, status: 'pending', credit: none });
    const p3 = result({ key: 'ttr:t2', ticketId: 2, circuitId: 'FRE-02-VOIP-1017', status: 'pending', credit: none });
    expect(sortPending([p2, pendingTtr, p3]).map((r) => r.key)).toEqual(['ttr:t2', 'ttr:t9', 'eo:t3']);
    expect(pendingGroups([p2, pendingTtr, p3]).map((g) => [g.title, g.results.map((r) => r.key)])).toEqual([
      ['Time to Repair (TTR)', ['ttr:t2', 'ttr:t9']],
      ['Excessive Outage', ['eo:t3']],
    ]);
  });
});
