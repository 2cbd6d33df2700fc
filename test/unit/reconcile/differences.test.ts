// The effect of each kind of difference between their record and ours, weighed by the engine.
// Every figure is worked by hand from DOMAIN.md: Premier Converged VoIP, TMRC $1,200.00, ADUC
// $35.50; Time to Repair ≤ 4 h (240 min), missed: 25% × $1,200.00 = $300.00; Excessive Outage
// ≤ 8 h (480 min), missed: 100% × $1,200.00 + 10 × $35.50 = $1,555.00; Availability ≥ 99.5% of
// 24 h × days (October: 44,640 min, so at most 223.2 min; November: 43,200 min, at most 216 min),
// a first missed month: 15% × $1,200.00 + 2 × $35.50 = $251.00. A ticket whose time earned a Time
// to Repair or Excessive Outage remedy is left out of Availability.
import { describe, expect, it } from 'vitest';
import { compareTicket, effectsText, rawDifferences, spanText, stopClockFlag, theirVersion, type DifferenceContext } from '../../../shared/reconcile/differences';
import type { Pair } from '../../../shared/reconcile/match';
import { loadCatalog } from '../../../shared/sla';
import type { TicketInput } from '../../../shared/sla';
import { ALL_GIVEN, oct, ours, record, sc, theirs, theirSc, ZONE } from './helpers';

const catalog = loadCatalog();
const ctx: DifferenceContext = { catalog, zone: ZONE, asOfMs: Date.parse('2026-12-15T12:00:00Z'), given: { ...ALL_GIVEN, duration: false, verdict: false, credit: false }, verdictSla: 'time-to-repair' };

function weigh(pair: Pair, c: DifferenceContext = ctx) {
  const raw = rawDifferences(pair, c);
  return { raw, d: compareTicket(pair, raw, record([pair.ours.input]), null, c) };
}
const pair = (o: ReturnType<typeof ours>, t: ReturnType<typeof theirs>): Pair => ({ ours: o, theirs: t, by: 'ticket-number' });

describe('each kind of difference and its effect', () => {
  it('their stop clock we do not have: 5 h 15 min - 2 h 10 min ACCESS = 3 h 05 min, Time to Repair missed → met, $300.00 at stake', () => {
    const { d } = weigh(pair(ours(), theirs({ stopClocks: [theirSc('ACCESS', oct('08T08:30'), oct('08T10:40'))] })));
    expect(d!.differences).toHaveLength(1);
    const x = d!.differences[0]!;
    expect(x.kind).toBe('stop-clock-extra');
    expect(x.text).toBe('their ACCESS stop clock of 2 h 10 min (Oct 8, 2026, 8:30 AM PDT to Oct 8, 2026, 10:40 AM PDT) is not in our record: Time to Repair goes from missed to met, $300.00 at stake');
    expect(x.effects).toEqual([
      { sla: 'time-to-repair', title: 'Time to Repair', clause: '29.4.8.11', subject: 'ticket', month: '2026-10', ours: 'missed', theirs: 'met', oursCredit: 300, theirsCredit: 0, atStake: 300 },
    ]);
    // 185 min still fits October's 223.2 min: Availability stays met, so only the $300.00 moves.
    expect(d).toMatchObject({ ourCredit: 300, theirCreditByContract: 0, atStake: 300 });
  });

  it('our stop clock they do not have: 4 h 10 min - 30 min End-User Request = 3 h 40 min met; without it 4 h 10 min, missed: $300.00', () => {
    const o = ours({ restoredAtMs: oct('08T11:40'), closedAtMs: oct('08T12:00'), stopClocks: [sc('END_USER_REQUEST', oct('08T08:00'), oct('08T08:30'))] });
    const { d } = weigh(pair(o, theirs({ restoredMs: oct('08T11:40'), closedMs: oct('08T12:00') })));
    expect(d!.differences.map((x) => [x.kind, x.text])).toEqual([
      ['stop-clock-missing', 'our END_USER_REQUEST stop clock of 30 min (Oct 8, 2026, 8:00 AM PDT to Oct 8, 2026, 8:30 AM PDT) is not in their record: Time to Repair goes from met to missed, $300.00 at stake'],
    ]);
    // Ours earns nothing (220 min of Availability is within 223.2); theirs $300.00.
    expect(d).toMatchObject({ ourCredit: 0, theirCreditByContract: 300, atStake: 300 });
  });

  it('a stop clock whose times differ: 9 h 30 min - 1 h WIRING = 8 h 30 min; their 1 h 40 min makes 7 h 50 min: Excessive Outage missed → met, $1,555.00', () => {
    const o = ours({ restoredAtMs: oct('08T17:00'), closedAtMs: oct('08T18:00'), stopClocks: [sc('WIRING', oct('08T09:00'), oct('08T10:00'))] });
    const t = theirs({ restoredMs: oct('08T17:00'), closedMs: oct('08T18:00'), stopClocks: [theirSc('WIRING', oct('08T09:00'), oct('08T10:40'))] });
    const { d } = weigh(pair(o, t));
    expect(d!.differences).toHaveLength(1);
    expect(d!.differences[0]!.kind).toBe('stop-clock-times');
    expect(d!.differences[0]!.text).toBe(
      'their WIRING stop clock runs 1 h 40 min (Oct 8, 2026, 9:00 AM PDT to Oct 8, 2026, 10:40 AM PDT), ours 1 h (Oct 8, 2026, 9:00 AM PDT to Oct 8, 2026, 10:00 AM PDT): Excessive Outage goes from missed to met, $1,555.00 at stake',
    );
    // Time to Repair stays missed ($300.00) either way.
    expect(d).toMatchObject({ ourCredit: 1855, theirCreditByContract: 300, atStake: 1555 });
  });

  it('a restoration 30 min later: 3 h 40 min met becomes 4 h 10 min missed, $300.00 more in their record', () => {
    const o = ours({ restoredAtMs: oct('08T11:10'), closedAtMs: oct('08T12:00') });
    const { d } = weigh(pair(o, theirs({ restoredMs: oct('08T11:40'), closedMs: oct('08T12:00') })));
    expect(d!.differences.map((x) => x.text)).toEqual([
      'their restoration is 30 min later than ours (Oct 8, 2026, 11:40 AM PDT, ours Oct 8, 2026, 11:10 AM PDT): Time to Repair goes from met to missed, $300.00 at stake',
    ]);
    expect(d).toMatchObject({ ourCredit: 0, theirCreditByContract: 300, atStake: 300 });
  });

  it('an earlier start (their alarm 07:30 before our opening 08:00): 3 h 40 min becomes 4 h 10 min, Time to Repair met → missed', () => {
    const o = ours({ openedAtMs: oct('08T08:00'), restoredAtMs: oct('08T11:40'), closedAtMs: oct('08T12:00') });
    const t = theirs({ openedMs: oct('08T08:00'), alarmMs: oct('08T07:30'), restoredMs: oct('08T11:40'), closedMs: oct('08T12:00') });
    const { d } = weigh(pair(o, t));
    expect(d!.differences.map((x) => [x.kind, x.atStake])).toEqual([['start', 300]]);
    expect(d!.differences[0]!.text).toMatch(/^their outage starts 30 min earlier than ours \(Oct 8, 2026, 7:30 AM PDT, ours Oct 8, 2026, 8:00 AM PDT\): Time to Repair goes from met to missed/);
  });

  it('a closing in another month moves the outage to that month\'s Availability: $251.00 out of October, $251.00 into November', () => {
    // 20:00 to 23:50 on October 31: 230 min, Time to Repair met, so it counts in Availability:
    // 230 > 223.2 misses October; closed after midnight it counts in November instead (230 > 216).
    const o = ours({ openedAtMs: oct('31T20:00'), restoredAtMs: oct('31T23:50'), closedAtMs: oct('31T23:55') });
    const t = theirs({ openedMs: oct('31T20:00'), restoredMs: oct('31T23:50'), closedMs: Date.parse('2026-11-01T00:30:00-07:00') });
    const { d } = weigh(pair(o, t));
    expect(d!.differences).toHaveLength(1);
    const x = d!.differences[0]!;
    expect(x.kind).toBe('closed');
    expect(x.effects.map((e) => [e.title, e.month, e.ours, e.theirs, e.atStake])).toEqual([
      ['Availability', '2026-10', 'missed', 'met', 251],
      ['Availability', '2026-11', 'met', 'missed', 251],
    ]);
    expect(x.text).toMatch(/: Availability of 2026-10 goes from missed to met and Availability of 2026-11 from met to missed, \$502\.00 at stake$/);
    expect(d).toMatchObject({ ourCredit: 251, theirCreditByContract: 251, atStake: 502 });
  });

  it('nothing that differs by less than a minute is a difference', () => {
    const { raw, d } = weigh(pair(ours(), theirs({ restoredMs: oct('08T12:45') + 30_000 })));
    expect(raw).toEqual([]);
    expect(d).toBeNull();
  });
});

describe('their stop clocks the contract does not allow, flagged with the clause (THE stop-clock rule)', () => {
  const theirTicket = (stops: TicketInput['stopClocks'] = []): TicketInput => ({ ...ours().input, stopClocks: stops });

  it('cleared while testing and no trouble found are never stop clocks (29.4.7), and change nothing', () => {
    expect(stopClockFlag(theirSc('CLEARED WHILE TESTING', oct('08T09:00'), oct('08T10:00')), theirTicket(), catalog)).toEqual({
      clause: '29.4.7',
      reason: 'Cleared while testing is never a stop clock: the contract never allows "cleared while testing" as a stop clock: the Contractor shall not consider "cleared while testing" or "no trouble found" as a Stop Clock Condition',
    });
    const { d } = weigh(pair(ours(), theirs({ stopClocks: [theirSc('NTF', oct('08T09:00'), oct('08T11:00'))] })));
    const x = d!.differences[0]!;
    expect(x.invalid?.clause).toBe('29.4.7');
    expect(x.effects).toEqual([]);
    expect(x.text).toMatch(/^their NTF stop clock of 2 h .* is not in our record; the contract does not allow it \(29\.4\.7\): No trouble found is never a stop clock: .*\. It does not count, so no verdict or credit changes$/);
  });

  it('Customer Provisioning Delay on a repair ticket (29.4.7 item 6)', () => {
    expect(stopClockFlag(theirSc('CUSTOMER_PROVISIONING_DELAY', oct('08T09:00'), oct('08T10:00')), theirTicket(), catalog)).toEqual({
      clause: '29.4.7 item 6',
      reason: 'Customer Provisioning Delay applies to provisioning (orders) only, never to a repair ticket',
    });
  });

  it('Maintenance with no scheduled window on record, or reaching past ours (29.4.7 item 12)', () => {
    expect(stopClockFlag(theirSc('MAINTENANCE', oct('08T09:00'), oct('08T10:00')), theirTicket(), catalog)?.clause).toBe('29.4.7 item 12');
    expect(stopClockFlag(theirSc('MAINTENANCE', oct('08T09:00'), oct('08T10:00')), theirTicket(), catalog)?.reason).toMatch(/none is on record/);
    // Our Maintenance stop clock has the window 09:00-10:00; theirs runs to 11:00: the hour outside does not count.
    const window = { startMs: oct('08T09:00'), endMs: oct('08T10:00') };
    const withWindow = theirTicket([sc('MAINTENANCE', oct('08T09:00'), oct('08T10:00'), { window })]);
    expect(stopClockFlag(theirSc('MAINTENANCE', oct('08T09:00'), oct('08T11:00')), withWindow, catalog)?.reason).toMatch(/part outside it does not stop the clock/);
    expect(stopClockFlag(theirSc('MAINTENANCE', oct('08T09:15'), oct('08T09:45')), withWindow, catalog)).toBeNull();
  });

  it('Observation before the restoration (29.4.7 item 2) does not count', () => {
    expect(stopClockFlag(theirSc('OBSERVATION', oct('08T10:00'), oct('08T11:00')), theirTicket(), catalog)).toEqual({
      clause: '29.4.7 item 2',
      reason: 'Observation is time after the service was restored; before the restoration it does not count',
    });
  });

  it('a stop clock the contract allows is not flagged', () => {
    expect(stopClockFlag(theirSc('ACCESS', oct('08T09:00'), oct('08T10:00')), theirTicket(), catalog)).toBeNull();
    // Any spelling of a condition's code is that condition.
    expect(stopClockFlag(theirSc('Third Party', oct('08T09:00'), oct('08T10:00')), theirTicket(), catalog)).toBeNull();
  });

  it('their version counts only what the contract allows: their Observation before restoration removes nothing from 5 h 15 min', () => {
    const t = theirs({ stopClocks: [theirSc('OBSERVATION', oct('08T08:00'), oct('08T12:00'))] });
    const v = theirVersion(ours().input, t, ALL_GIVEN, catalog);
    const { d } = weigh(pair(ours(), t));
    expect(v.stopClocks?.[0]?.code).toBe('OBSERVATION');
    expect(d!.differences[0]!.effects).toEqual([]);
    expect(d!.atStake).toBe(0);
  });
});

describe('what their report states', () => {
  const stated: DifferenceContext = { ...ctx, given: ALL_GIVEN };

  it('a verdict and a credit that differ from ours: they say met and $0.00, our record missed $300.00', () => {
    // 5 h 15 min, nothing else differs: their report states Time to Repair met and no credit.
    const p = pair(ours(), theirs({ verdictMet: true, creditCents: 0, durationMinutes: 315 }));
    const raw = rawDifferences(p, stated);
    expect(raw).toEqual([]);
    const baseline = [{ key: 'time-to-repair', sla: 'time-to-repair', subject: 'ticket' as const, month: '2026-10', status: 'missed' as const, cents: 30_000 }];
    const d = compareTicket(p, raw, null, baseline, stated)!;
    expect(d.differences.map((x) => [x.kind, x.text, x.atStake])).toEqual([
      ['verdict', 'their report says Time to Repair was met; our record: missed ($300.00), $300.00 at stake', 300],
      ['credit', 'their report credits $0.00 for the ticket; our record earns $300.00: $300.00 at stake', 300],
    ]);
    expect(d).toMatchObject({ ourCredit: 300, theirStatedCredit: 0, atStake: 300 });
  });

  it('their outage duration against our Unavailable Time (5 h 15 min), with what their own times give under the contract', () => {
    const p = pair(ours(), theirs({ durationMinutes: 185, stopClocks: [theirSc('NO TROUBLE FOUND', oct('08T08:30'), oct('08T10:40'))] }));
    const texts = rawDifferences(p, stated).map((x) => x.lead);
    expect(texts).toContain('their outage duration of 3 h 5 min differs from our Unavailable Time of 5 h 15 min (their own times and stop clocks give 5 h 15 min under the contract)');
  });
});

describe('words', () => {
  it('spans and effects read as an ATR says them', () => {
    expect([spanText(130 * 60_000), spanText(45 * 60_000), spanText(3_600_000), spanText(200_000), spanText(0)]).toEqual(['2 h 10 min', '45 min', '1 h', '3 min 20 s', '0 min']);
    expect(effectsText([])).toBe('no verdict or credit changes');
    expect(
      effectsText([
        { sla: 'time-to-repair', title: 'Time to Repair', clause: '29.4.8.11', subject: 'ticket', month: '2026-10', ours: 'missed', theirs: 'met', oursCredit: 300, theirsCredit: 0, atStake: 300 },
        { sla: 'excessive-outage', title: 'Excessive Outage', clause: '29.4.8.6', subject: 'ticket', month: '2026-10', ours: 'missed', theirs: 'met', oursCredit: 1555, theirsCredit: 0, atStake: 1555 },
      ]),
    ).toBe('Time to Repair goes from missed to met and Excessive Outage from missed to met, $1,855.00 at stake');
  });
});
