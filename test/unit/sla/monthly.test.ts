// Delay, jitter (29.4.8.5, 29.4.8.8) and site survivability (29.4.8.7), worked by hand.
// Converged VoIP service: Premier, TMRC $1,200.00, ADUC $35.50.
// Site Survivability service: Premier, TMRC $100.00, ADUC $5.00, site SAC-HQ.
import { describe, expect, it } from 'vitest';
import { all, caseFile, evaluate, find, oct, ticket, voip } from './helpers';

const measured = (kind: 'delay' | 'jitter', ms: number, id = 'M') => ticket({ id, kind, openedAt: oct('08T09:00:00'), measuredMs: ms });

describe('delay (Premier: at most 90 ms; 25% / 35% / 50% of TMRC)', () => {
  it('is met at exactly 90 ms and missed at 91 ms (25% x 1,200 = 300.00, no ADUC)', () => {
    expect(find(evaluate(caseFile({ tickets: [measured('delay', 90)] })), 'delay')).toMatchObject({ met: true, measure: { ms: 90 }, objective: { ms: 90 } });
    const r = find(evaluate(caseFile({ tickets: [measured('delay', 91)] })), 'delay');
    expect(r).toMatchObject({ met: false, measure: { ms: 91 }, consecutiveMisses: 1, credit: { tmrcPercent: 25, aducDays: 0, amount: 300 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.5 /);
  });

  it('misses when any ticket of the month measured worse (40, 120, 60: worst 120)', () => {
    const r = find(evaluate(caseFile({ tickets: [measured('delay', 40, 'a'), measured('delay', 120, 'b'), measured('delay', 60, 'c')] })), 'delay');
    expect(r).toMatchObject({ met: false, measure: { ms: 120 } });
    // still one credit line per service and month
    expect(all(evaluate(caseFile({ tickets: [measured('delay', 100, 'a'), measured('delay', 120, 'b')] })), 'delay')).toHaveLength(1);
  });

  it('escalates: 2nd consecutive month 35% (420.00), 3rd and later 50% (600.00)', () => {
    const h = (month: string) => ({ sla: 'delay', serviceId: 'CKT-1', month, met: false });
    expect(find(evaluate(caseFile({ tickets: [measured('delay', 91)], history: [h('2026-09')] })), 'delay')).toMatchObject({ consecutiveMisses: 2, credit: { tmrcPercent: 35, amount: 420 } });
    expect(find(evaluate(caseFile({ tickets: [measured('delay', 91)], history: [h('2026-08'), h('2026-09')] })), 'delay')).toMatchObject({
      consecutiveMisses: 3,
      credit: { tmrcPercent: 50, amount: 600 },
    });
  });

  it('is met with no delay ticket, and applies to Converged VoIP only (not voice mail)', () => {
    const report = evaluate(caseFile({ services: [voip(), voip({ id: 'VM', type: 'converged-voip-voicemail' })] }));
    expect(all(report, 'delay').map((r) => [r.serviceId, r.met, r.measure])).toEqual([['CKT-1', true, undefined]]);
  });

  it('uses the tier: Basic 170 ms, Standard 130 ms', () => {
    const report = evaluate(
      caseFile({
        services: [voip({ id: 'B', tier: 'basic' }), voip({ id: 'S', tier: 'standard' })],
        tickets: [ticket({ id: 'x', serviceId: 'B', kind: 'delay', openedAt: oct('08T09:00:00'), measuredMs: 170 }), ticket({ id: 'y', serviceId: 'S', kind: 'delay', openedAt: oct('08T09:00:00'), measuredMs: 131 })],
      }),
    );
    expect(find(report, 'delay', { serviceId: 'B' }).met).toBe(true);
    expect(find(report, 'delay', { serviceId: 'S' }).met).toBe(false);
  });
});

describe('jitter (Premier: at most 15 ms; 25% / 35% / 50% of TMRC + 2 ADUC days)', () => {
  it('is met at 15 ms, missed at 16 ms: 25% x 1,200 + 2 x 35.50 = 300 + 71 = 371.00', () => {
    expect(find(evaluate(caseFile({ tickets: [measured('jitter', 15)] })), 'jitter').met).toBe(true);
    const r = find(evaluate(caseFile({ tickets: [measured('jitter', 16)] })), 'jitter');
    expect(r).toMatchObject({ met: false, credit: { tmrcPercent: 25, aducDays: 2, amount: 371 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.8 Jitter/);
  });

  it('is not applicable on the Standard tier (N/A)', () => {
    const r = find(evaluate(caseFile({ services: [voip({ tier: 'standard' })], tickets: [measured('jitter', 100)] })), 'jitter');
    expect(r).toMatchObject({ applicable: false, met: null, credit: { amount: 0 } });
  });

  it('counts its own history, not delay history', () => {
    const r = find(evaluate(caseFile({ tickets: [measured('jitter', 16)], history: [{ sla: 'delay', serviceId: 'CKT-1', month: '2026-09', met: false }] })), 'jitter');
    expect(r.consecutiveMisses).toBe(1);
  });
});

describe('site survivability (Premier: at most 72 h of usage in the month; 15%+2, 30%+5, 50%+10)', () => {
  const ss = voip({ id: 'SS-1', type: 'site-survivability', tmrc: 100, aduc: 5, site: 'SAC-HQ' });
  const usage = (start: string, end: string) => ({ site: 'SAC-HQ', start, end });

  it('clips an event to the month: 2026-09-28 00:00 to 2026-10-04 00:00 is 72 h in October, met exactly', () => {
    const r = find(evaluate(caseFile({ services: [ss], survivability: [usage('2026-09-28T00:00:00-07:00', '2026-10-04T00:00:00-07:00')] })), 'site-survivability');
    expect(r).toMatchObject({ serviceId: 'SS-1', site: 'SAC-HQ', met: true, measure: { hours: 72 }, objective: { hours: 72 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.7 /);
  });

  it('misses one minute over: 15% x 100 + 2 x 5 = 15 + 10 = 25.00', () => {
    const r = find(evaluate(caseFile({ services: [ss], survivability: [usage('2026-09-28T00:00:00-07:00', '2026-10-04T00:01:00-07:00')] })), 'site-survivability');
    // 72 h 1 min = 72.016666... h
    expect(r.met).toBe(false);
    expect(r.measure?.hours).toBeCloseTo(72 + 1 / 60, 10);
    expect(r.credit).toEqual({ tmrcPercent: 15, aducDays: 2, installFeePercent: 0, amount: 25 });
  });

  it('sums the month\'s events (40 h + 40 h = 80 h: missed) and counts overlaps once', () => {
    const two = [usage('2026-10-02T00:00:00-07:00', '2026-10-03T16:00:00-07:00'), usage('2026-10-10T00:00:00-07:00', '2026-10-11T16:00:00-07:00')];
    expect(find(evaluate(caseFile({ services: [ss], survivability: two })), 'site-survivability')).toMatchObject({ met: false, measure: { hours: 80 } });
    const overlapping = [usage('2026-10-02T00:00:00-07:00', '2026-10-03T16:00:00-07:00'), usage('2026-10-03T00:00:00-07:00', '2026-10-03T16:00:00-07:00')];
    expect(find(evaluate(caseFile({ services: [ss], survivability: overlapping })), 'site-survivability').measure).toEqual({ hours: 40 });
  });

  it('counts real hours across DST: 2026-11-01 00:00 PDT to 2026-11-04 00:00 PST is 73 h (missed)', () => {
    const r = find(evaluate(caseFile({ month: '2026-11', services: [ss], survivability: [usage('2026-11-01T00:00:00-07:00', '2026-11-04T00:00:00-08:00')] })), 'site-survivability');
    expect(r).toMatchObject({ met: false, measure: { hours: 73 } });
  });

  it('escalates per site: 2nd month 30% + 5 days = 55.00, 3rd 50% + 10 days = 100.00', () => {
    const events = [usage('2026-10-02T00:00:00-07:00', '2026-10-06T00:00:00-07:00')];
    const h = (month: string) => ({ sla: 'site-survivability', site: 'SAC-HQ', month, met: false });
    expect(find(evaluate(caseFile({ services: [ss], survivability: events, history: [h('2026-09')] })), 'site-survivability')).toMatchObject({
      consecutiveMisses: 2,
      credit: { tmrcPercent: 30, aducDays: 5, amount: 55 },
    });
    expect(find(evaluate(caseFile({ services: [ss], survivability: events, history: [h('2026-08'), h('2026-09')] })), 'site-survivability')).toMatchObject({
      consecutiveMisses: 3,
      credit: { tmrcPercent: 50, aducDays: 10, amount: 100 },
    });
  });

  it('counts earlier months from the data (September usage over 72 h makes October the 2nd)', () => {
    const events = [usage('2026-09-10T00:00:00-07:00', '2026-09-14T00:00:00-07:00'), usage('2026-10-02T00:00:00-07:00', '2026-10-06T00:00:00-07:00')];
    expect(find(evaluate(caseFile({ services: [ss], survivability: events })), 'site-survivability').consecutiveMisses).toBe(2);
  });

  it('is met with no usage (0 h)', () => {
    expect(find(evaluate(caseFile({ services: [ss] })), 'site-survivability')).toMatchObject({ met: true, measure: { hours: 0 } });
  });
});
