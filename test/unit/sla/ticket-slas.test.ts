// Per-ticket SLAs: Time to Repair, Excessive Outage, CAT 1/2/3 — each met, missed by one
// minute, and exactly at the objective. Service: Premier, TMRC $1,200.00, ADUC $35.50.
// Every expected number is worked by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { all, caseFile, evaluate, find, oct, ticket, voip } from './helpers';

const at = (hhmm: string) => oct(`05T${hhmm}:00`);

describe('29.4.8.11 Time to Repair (Premier: at most 4 h = 240 min; 25% of TMRC)', () => {
  it('is met at exactly 240 min (09:00 to 13:00)', () => {
    const r = find(evaluate(caseFile({ tickets: [ticket({ openedAt: at('09:00'), restoredAt: at('13:00') })] })), 'time-to-repair');
    expect(r).toMatchObject({ applicable: true, met: true, measure: { minutes: 240 }, objective: { minutes: 240 }, credit: { amount: 0 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.11 Time to Repair/);
  });

  it('is missed by one minute at 241 min: 25% x $1,200.00 = $300.00', () => {
    const report = evaluate(caseFile({ tickets: [ticket({ openedAt: at('09:00'), restoredAt: at('13:01') })] }));
    const r = find(report, 'time-to-repair');
    expect(r).toMatchObject({ met: false, measure: { minutes: 241 }, credit: { tmrcPercent: 25, aducDays: 0, installFeePercent: 0, amount: 300 } });
    expect(r.explain.join('\n')).toMatch(/exceeds the objective .* by 1 min/);
    expect(report.totalCredit).toBe(300);
  });

  it('is met under the objective, with stop clocks subtracted (09:00-14:00 minus 60 min POWER = 240)', () => {
    const r = find(
      evaluate(caseFile({ tickets: [ticket({ openedAt: at('09:00'), restoredAt: at('14:00'), stopClocks: [{ code: 'POWER', start: at('10:00'), end: at('11:00') }] })] })),
      'time-to-repair',
    );
    expect(r).toMatchObject({ met: true, measure: { minutes: 240 } });
  });

  it('uses the tier: Standard 300 min, Basic 360 min', () => {
    // 09:00-14:00 = 300 min: Standard met exactly, Premier missed.
    const tickets = [ticket({ id: 'A', serviceId: 'S', openedAt: at('09:00'), restoredAt: at('14:00') }), ticket({ id: 'B', serviceId: 'B', openedAt: at('09:00'), restoredAt: at('15:01') })];
    const report = evaluate(caseFile({ services: [voip({ id: 'S', tier: 'standard' }), voip({ id: 'B', tier: 'basic' })], tickets }));
    expect(find(report, 'time-to-repair', { ticketId: 'A' })).toMatchObject({ met: true, objective: { minutes: 300 } });
    // 09:00-15:01 = 361 min > 360 on Basic
    expect(find(report, 'time-to-repair', { ticketId: 'B' })).toMatchObject({ met: false, objective: { minutes: 360 } });
  });

  it('measures fractional minutes from whole seconds (4 h 00 min 30 s = 240.5 min: missed)', () => {
    const r = find(evaluate(caseFile({ tickets: [ticket({ openedAt: at('09:00'), restoredAt: oct('05T13:00:30') })] })), 'time-to-repair');
    expect(r.measure).toEqual({ minutes: 240.5 });
    expect(r.met).toBe(false);
  });
});

describe('29.4.8.6 Excessive Outage (Premier: at most 8 h = 480 min; 100% TMRC + 10 ADUC days)', () => {
  it('is met at exactly 480 min', () => {
    expect(find(evaluate(caseFile({ tickets: [ticket({ openedAt: at('09:00'), restoredAt: at('17:00') })] })), 'excessive-outage')).toMatchObject({
      met: true,
      measure: { minutes: 480 },
      objective: { minutes: 480 },
    });
  });

  it('is missed by one minute, and stacks with TTR with no cap: $1,555.00 + $300.00', () => {
    const report = evaluate(caseFile({ tickets: [ticket({ openedAt: at('09:00'), restoredAt: at('17:01') })] }));
    // 100% x 1,200.00 + 10 x 35.50 = 1,200.00 + 355.00 = 1,555.00
    expect(find(report, 'excessive-outage')).toMatchObject({ met: false, credit: { tmrcPercent: 100, aducDays: 10, amount: 1555 } });
    expect(find(report, 'time-to-repair')).toMatchObject({ met: false, credit: { amount: 300 } });
    expect(report.totalCredit).toBe(1855);
  });

  it('gives every missed ticket its own credit line (two 9-hour outages: 2 x 1,855.00 = 3,710.00)', () => {
    const tickets = [
      ticket({ id: 'A', openedAt: at('01:00'), restoredAt: at('10:00') }),
      ticket({ id: 'B', openedAt: oct('06T01:00:00'), restoredAt: oct('06T10:00:00') }),
    ];
    const report = evaluate(caseFile({ tickets }));
    expect(all(report, 'time-to-repair').map((r) => r.credit.amount)).toEqual([300, 300]);
    expect(report.totalCredit).toBe(3710);
  });
});

describe('CAT 1 / CAT 2 / CAT 3', () => {
  it('CAT 1 subtracts stop clocks: 09:00-10:30 minus 30 min = 60 min, met at the Premier 1 h', () => {
    const r = find(
      evaluate(caseFile({ tickets: [ticket({ kind: 'cat1', openedAt: at('09:00'), restoredAt: at('10:30'), stopClocks: [{ code: 'POWER', start: at('09:30'), end: at('10:00') }] })] })),
      'cat1',
    );
    expect(r).toMatchObject({ met: true, measure: { minutes: 60 }, objective: { minutes: 60 } });
    expect(r.explain[0]).toMatch(/^29\.4\.8\.2 /);
  });

  it('CAT 1 missed by one minute: 100% TMRC + 10 ADUC days = 1,555.00', () => {
    const r = find(evaluate(caseFile({ tickets: [ticket({ kind: 'cat1', openedAt: at('09:00'), restoredAt: at('10:01') })] })), 'cat1');
    expect(r).toMatchObject({ met: false, measure: { minutes: 61 }, credit: { tmrcPercent: 100, aducDays: 10, amount: 1555 } });
  });

  it('CAT 2 runs start to restoration with no stop clocks: 15 min met, 16 min missed', () => {
    const met = find(evaluate(caseFile({ tickets: [ticket({ kind: 'cat2', openedAt: at('09:00'), restoredAt: at('09:15'), notices: [at('09:10')] })] })), 'cat2');
    expect(met).toMatchObject({ met: true, measure: { minutes: 15 }, objective: { minutes: 15 } });
    // A 10-minute stop clock would bring 16 to 6 if subtracted; CAT 2 ignores it: still 16 > 15.
    const missed = find(
      evaluate(caseFile({ tickets: [ticket({ kind: 'cat2', openedAt: at('09:00'), restoredAt: at('09:16'), notices: [at('09:10')], stopClocks: [{ code: 'POWER', start: at('09:02'), end: at('09:12') }] })] })),
      'cat2',
    );
    expect(missed).toMatchObject({ met: false, measure: { minutes: 16 }, credit: { amount: 1555 } });
  });

  it('CAT 3 is not applicable on the Standard tier; Basic allows 30 min', () => {
    const report = evaluate(
      caseFile({
        services: [voip({ id: 'S', tier: 'standard' }), voip({ id: 'B', tier: 'basic' })],
        tickets: [
          ticket({ id: 'X', serviceId: 'S', kind: 'cat3', openedAt: at('09:00'), restoredAt: at('11:00'), notices: [at('09:30'), at('10:30')] }),
          ticket({ id: 'Y', serviceId: 'B', kind: 'cat3', openedAt: at('09:00'), restoredAt: at('09:30'), notices: [at('09:20')] }),
        ],
      }),
    );
    const na = find(report, 'cat3', { ticketId: 'X' });
    expect(na).toMatchObject({ applicable: false, met: null, credit: { amount: 0 } });
    expect(na.explain[0]).toMatch(/standard tier has no objective/);
    expect(na.measure).toBeUndefined();
    expect(find(report, 'cat3', { ticketId: 'Y' })).toMatchObject({ applicable: true, met: true, measure: { minutes: 30 } });
  });

  it('a CAT ticket is also a repair ticket: CAT 1, TTR and EO all evaluated (9 h 01 min: 1,555 + 300 + 1,555)', () => {
    const report = evaluate(caseFile({ tickets: [ticket({ kind: 'cat1', openedAt: at('08:00'), restoredAt: at('17:01') })] }));
    expect(report.results.filter((r) => r.ticketId === 'T-1').map((r) => [r.sla, r.met, r.credit.amount])).toEqual([
      ['time-to-repair', false, 300],
      ['excessive-outage', false, 1555],
      ['cat1', false, 1555],
    ]);
    expect(report.totalCredit).toBe(3410);
  });

  it('delay and jitter tickets get no TTR / EO result', () => {
    const report = evaluate(caseFile({ tickets: [ticket({ kind: 'delay', openedAt: at('09:00'), restoredAt: oct('07T09:00:00'), measuredMs: 50 })] }));
    expect(report.results.filter((r) => r.ticketId === 'T-1')).toEqual([]);
  });

  it('per-ticket SLAs are evaluated in the month the outage started', () => {
    // Started 2026-09-30 23:00 PDT, restored 2026-10-01 05:00 PDT: a September ticket.
    const t = ticket({ openedAt: '2026-09-30T23:00:00-07:00', restoredAt: oct('01T05:00:00') });
    expect(evaluate(caseFile({ month: '2026-10', tickets: [t] })).results.filter((r) => r.ticketId)).toEqual([]);
    expect(find(evaluate(caseFile({ month: '2026-09', tickets: [t] })), 'time-to-repair')).toMatchObject({ met: false, measure: { minutes: 360 } });
  });
});

describe('daylight saving time: durations are differences of instants', () => {
  it('fall back: 00:30 PDT to 01:30 PST on 2026-11-01 is 120 min, not 60', () => {
    const r = find(
      evaluate(caseFile({ month: '2026-11', tickets: [ticket({ openedAt: '2026-11-01T00:30:00-07:00', restoredAt: '2026-11-01T01:30:00-08:00' })] })),
      'time-to-repair',
    );
    expect(r.measure).toEqual({ minutes: 120 });
  });

  it('fall back: 01:00 PDT to 01:00 PST is 60 min; 01:00 PDT to 02:00 PST is 120 min', () => {
    const m = (restoredAt: string) =>
      find(evaluate(caseFile({ month: '2026-11', tickets: [ticket({ openedAt: '2026-11-01T01:00:00-07:00', restoredAt })] })), 'time-to-repair').measure;
    expect(m('2026-11-01T01:00:00-08:00')).toEqual({ minutes: 60 });
    expect(m('2026-11-01T02:00:00-08:00')).toEqual({ minutes: 120 });
  });

  it('spring forward: 01:30 PST to 03:30 PDT on 2026-03-08 is 60 min', () => {
    const r = find(
      evaluate(caseFile({ month: '2026-03', tickets: [ticket({ openedAt: '2026-03-08T01:30:00-08:00', restoredAt: '2026-03-08T03:30:00-07:00' })] })),
      'time-to-repair',
    );
    expect(r.measure).toEqual({ minutes: 60 });
  });

  it('the month of a ticket is its agency-time month (2026-10-31 23:30 PDT is October, even though it is November in UTC)', () => {
    const t = ticket({ openedAt: '2026-11-01T06:30:00Z', restoredAt: '2026-11-01T07:30:00Z' });
    expect(find(evaluate(caseFile({ month: '2026-10', tickets: [t] })), 'time-to-repair').measure).toEqual({ minutes: 60 });
  });
});

describe('open tickets are measured as of', () => {
  it('pending while under the objective (no credit), missed once over it', () => {
    const t = ticket({ openedAt: at('09:00') });
    // asOf 12:00: 180 min so far, TTR pending (60 min left), EO pending.
    const pending = evaluate(caseFile({ asOf: at('12:00'), tickets: [t] }));
    expect(find(pending, 'time-to-repair')).toMatchObject({ met: null, measure: { minutes: 180 }, credit: { amount: 0 } });
    expect(find(pending, 'time-to-repair').explain.join(' ')).toMatch(/so far 180 min, 60 min left before the objective .* is missed: pending/);
    // asOf 13:01: 241 min, TTR already missed (credit owed), EO still pending.
    const missed = evaluate(caseFile({ asOf: at('13:01'), tickets: [t] }));
    expect(find(missed, 'time-to-repair')).toMatchObject({ met: false, credit: { amount: 300 } });
    expect(find(missed, 'excessive-outage')).toMatchObject({ met: null });
  });

  it('without asOf, an open ticket is measured to the end of the month', () => {
    // 2026-10-31 20:00 PDT to 2026-11-01 00:00 PDT = 240 min: TTR met? No: open, so pending at exactly 240.
    const r = find(evaluate(caseFile({ tickets: [ticket({ openedAt: oct('31T20:00:00') })] })), 'time-to-repair');
    expect(r).toMatchObject({ met: null, measure: { minutes: 240 } });
  });

  it('a restored ticket uses its restoration even after asOf (the case is a snapshot)', () => {
    const r = find(evaluate(caseFile({ asOf: at('10:00'), tickets: [ticket({ openedAt: at('09:00'), restoredAt: at('14:00') })] })), 'time-to-repair');
    expect(r).toMatchObject({ met: false, measure: { minutes: 300 } });
  });
});
