// 29.4.8.1 Availability. Premier objective at least 99.5%; TMRC $1,200.00, ADUC $35.50.
// November 2026 has 30 days: Scheduled Uptime = 24 h x 30 = 720 h = 43,200 min (the contract's
// rule, although the month really has 721 hours: DST ends on November 1). October: 44,640 min.
import { describe, expect, it } from 'vitest';
import type { CaseTicket } from '../../../shared/case/types';
import { caseFile, evaluate, find, ticket, voip } from './helpers';

const nov = (dayTime: string) => `2026-11-${dayTime}-08:00`;
/** A November ticket from 09:00 PST lasting `minutes` (and `seconds`), closed an hour after. */
function novTicket(id: string, day: string, minutes: number, seconds = 0, over: Partial<CaseTicket> = {}): CaseTicket {
  const open = Date.parse(nov(`${day}T09:00:00`));
  const restored = new Date(open + minutes * 60_000 + seconds * 1000).toISOString();
  const closed = new Date(open + minutes * 60_000 + seconds * 1000 + 3_600_000).toISOString();
  return ticket({ id, openedAt: nov(`${day}T09:00:00`), restoredAt: restored, closedAt: closed, ...over });
}

describe('availability', () => {
  it('is met at exactly 99.5% in November: 216 min of 43,200 (43,200 x 0.5% = 216)', () => {
    const r = find(evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 216)] })), 'availability');
    // (43,200 - 216) / 43,200 x 100 = 99.5 exactly
    expect(r).toMatchObject({ met: true, measure: { percent: 99.5, minutes: 216 }, objective: { percent: 99.5 }, consecutiveMisses: 0, credit: { amount: 0 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.1 Availability, 2026-11 .*24 h x 30 days = 720 h = 43200 min/);
  });

  it('is missed at 217 min: 99.4977%, first month: 15% x 1,200 + 2 x 35.50 = 180 + 71 = 251.00', () => {
    const r = find(evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 217)] })), 'availability');
    // (43,200 - 217) / 43,200 x 100 = 99.497685... printed 99.4977
    expect(r).toMatchObject({ met: false, measure: { percent: 99.4977, minutes: 217 }, consecutiveMisses: 1, credit: { tmrcPercent: 15, aducDays: 2, amount: 251 } });
  });

  it('uses 720 h for November, not 721: 216 min 10 s misses (it would pass with 721 h)', () => {
    // 720 h: (43,200 - 216.1667) / 43,200 = 99.49961% < 99.5. With 721 h (43,260 min) it would be 99.50030%.
    const r = find(evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 216, 10)] })), 'availability');
    expect(r.met).toBe(false);
    expect(r.measure?.percent).toBe(99.4996);
  });

  it('compares unrounded: 99.49999... misses even though it prints as 99.5000', () => {
    // October: 44,640 min = 2,678,400 s; 0.5% = 13,392 s. One second more: 13,393 s = 223 min 13 s.
    // (2,678,400 - 13,393) / 2,678,400 x 100 = 99.499963... printed 99.5
    const t = ticket({ openedAt: '2026-10-10T09:00:00-07:00', restoredAt: '2026-10-10T12:43:13-07:00', closedAt: '2026-10-10T13:00:00-07:00' });
    const r = find(evaluate(caseFile({ tickets: [t] })), 'availability');
    expect(r.met).toBe(false);
    expect(r.measure?.percent).toBe(99.5);
    const exact = ticket({ openedAt: '2026-10-10T09:00:00-07:00', restoredAt: '2026-10-10T12:43:12-07:00', closedAt: '2026-10-10T13:00:00-07:00' });
    expect(find(evaluate(caseFile({ tickets: [exact] })), 'availability').met).toBe(true);
  });

  it('sums every ticket closed in the month (two of 120 min = 240: 99.4444%, missed)', () => {
    const r = find(evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 120), novTicket('B', '12', 120)] })), 'availability');
    // (43,200 - 240) / 43,200 x 100 = 99.4444...
    expect(r).toMatchObject({ met: false, measure: { percent: 99.4444, minutes: 240 } });
    expect(r.explain.join('\n')).toMatch(/Tickets closed in 2026-11: A \(Unavailable Time 120 min\), B \(Unavailable Time 120 min\)/);
  });

  it('subtracts stop clocks (300 min elapsed - 90 min stop clock = 210 counted)', () => {
    const t = novTicket('A', '10', 300, 0, { stopClocks: [{ code: 'POWER', start: nov('10T10:00:00'), end: nov('10T11:30:00') }] });
    expect(find(evaluate(caseFile({ month: '2026-11', tickets: [t] })), 'availability').measure).toEqual({ percent: 99.5139, minutes: 210 });
  });

  it('excludes a ticket whose Unavailable Time already earned a remedy (a 300-min outage missed TTR)', () => {
    const report = evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 300), novTicket('B', '12', 100)] }));
    const r = find(report, 'availability');
    // only B counts: (43,200 - 100) / 43,200 = 99.7685%
    expect(r).toMatchObject({ met: true, measure: { percent: 99.7685, minutes: 100 } });
    expect(r.explain.join('\n')).toMatch(/Excluded, their Unavailable Time already earned a remedy: A \(time-to-repair\)/);
    expect(find(report, 'time-to-repair', { ticketId: 'A' }).met).toBe(false);
  });

  it('counts tickets in the month they closed (opened in October, closed in November)', () => {
    const t = ticket({ openedAt: '2026-10-31T22:00:00-07:00', restoredAt: '2026-11-01T01:40:00-07:00', closedAt: '2026-11-01T02:00:00-08:00' });
    // 22:00 PDT to 01:40 PDT = 220 min (TTR met); counted in November: (43,200 - 220) / 43,200 = 99.4907%: missed
    expect(find(evaluate(caseFile({ month: '2026-11', tickets: [t] })), 'availability')).toMatchObject({ met: false, measure: { minutes: 220 } });
    expect(find(evaluate(caseFile({ month: '2026-10', tickets: [t] })), 'availability')).toMatchObject({ met: true, measure: { minutes: 0 } });
  });

  it('ignores delay / jitter tickets and open tickets', () => {
    const tickets = [novTicket('D', '10', 600, 0, { kind: 'delay', measuredMs: 10 }), ticket({ id: 'O', openedAt: nov('20T09:00:00') })];
    expect(find(evaluate(caseFile({ month: '2026-11', tickets })), 'availability')).toMatchObject({ met: true, measure: { percent: 100, minutes: 0 } });
  });

  it('appears for every service, met or not, and is not evaluated for site-survivability services', () => {
    const report = evaluate(caseFile({ services: [voip({ id: 'A' }), voip({ id: 'B', type: 'converged-voip-voicemail' }), voip({ id: 'S', type: 'site-survivability' })] }));
    expect(report.results.filter((r) => r.sla === 'availability').map((r) => [r.serviceId, r.met])).toEqual([
      ['A', true],
      ['B', true],
    ]);
  });

  it('escalates over consecutive months recorded in history: 2nd 30%, 3rd 50% (each + 2 ADUC days)', () => {
    const history = (months: string[]) => months.map((month) => ({ sla: 'availability', serviceId: 'CKT-1', month, met: false }));
    const second = find(evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 217)], history: history(['2026-10']) })), 'availability');
    // 30% x 1,200 + 2 x 35.50 = 360 + 71 = 431
    expect(second).toMatchObject({ consecutiveMisses: 2, credit: { tmrcPercent: 30, aducDays: 2, amount: 431 } });
    const third = find(evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 217)], history: history(['2026-09', '2026-10']) })), 'availability');
    // 50% x 1,200 + 71 = 671
    expect(third).toMatchObject({ consecutiveMisses: 3, credit: { tmrcPercent: 50, amount: 671 } });
    const fifth = find(evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 217)], history: history(['2026-07', '2026-08', '2026-09', '2026-10']) })), 'availability');
    expect(fifth).toMatchObject({ consecutiveMisses: 5, credit: { tmrcPercent: 50, amount: 671 } });
    // A gap breaks the streak: September missed, October met.
    const gap = find(
      evaluate(caseFile({ month: '2026-11', tickets: [novTicket('A', '10', 217)], history: [...history(['2026-09']), { sla: 'availability', serviceId: 'CKT-1', month: '2026-10', met: true }] })),
      'availability',
    );
    expect(gap).toMatchObject({ consecutiveMisses: 1, credit: { tmrcPercent: 15 } });
  });

  it('counts earlier months from the case data too (October missed in the data: November is the 2nd)', () => {
    // October: two 120-min tickets = 240 > 223.2 allowed -> missed; November: 217 min -> missed.
    const tickets = [
      ticket({ id: 'O1', openedAt: '2026-10-05T09:00:00-07:00', restoredAt: '2026-10-05T11:00:00-07:00', closedAt: '2026-10-05T12:00:00-07:00' }),
      ticket({ id: 'O2', openedAt: '2026-10-06T09:00:00-07:00', restoredAt: '2026-10-06T11:00:00-07:00', closedAt: '2026-10-06T12:00:00-07:00' }),
      novTicket('N', '10', 217),
    ];
    const r = find(evaluate(caseFile({ month: '2026-11', tickets })), 'availability');
    expect(r).toMatchObject({ consecutiveMisses: 2, credit: { amount: 431 } });
    expect(r.explain.join('\n')).toMatch(/Consecutive months missed: 2 \(2026-11, and before it 2026-10 \(case data\)\)/);
  });

  it('is pending while the month is not over, unless already missed', () => {
    const asOf = nov('15T00:00:00');
    expect(find(evaluate(caseFile({ month: '2026-11', asOf, tickets: [novTicket('A', '10', 100)] })), 'availability').met).toBeNull();
    expect(find(evaluate(caseFile({ month: '2026-11', asOf, tickets: [novTicket('A', '10', 217)] })), 'availability').met).toBe(false);
  });

  it('uses the tier: Basic 98.9% (November allows 475.2 min)', () => {
    // 43,200 x 1.1% = 475.2 min; four 119-min tickets = 476 min > 475.2 -> missed; 475 -> met
    const t = (id: string, day: string, m: number) => novTicket(id, day, m);
    const services = [voip({ tier: 'basic' })];
    const missed = find(evaluate(caseFile({ month: '2026-11', services, tickets: [t('A', '02', 119), t('B', '03', 119), t('C', '04', 119), t('D', '05', 119)] })), 'availability');
    expect(missed).toMatchObject({ met: false, objective: { percent: 98.9 } });
    const met = find(evaluate(caseFile({ month: '2026-11', services, tickets: [t('A', '02', 119), t('B', '03', 119), t('C', '04', 119), t('D', '05', 118)] })), 'availability');
    expect(met.met).toBe(true);
  });
});
