// Stop-clock rules one by one (DOMAIN.md "Outage duration and stop clocks"). Expected minutes
// are worked out by hand in the comments; a ticket opened at 08:00 and restored at 12:00 has
// 240 minutes elapsed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStopped, loadCatalog, prepareTicket, unavailableMs } from '../../../shared/sla';
import type { StopClockInput, TicketInput } from '../../../shared/sla';

const catalog = loadCatalog();
const H = 3_600_000;
const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 5, 15); // 2026-10-05 08:00 PDT

function t(over: Partial<TicketInput> = {}): TicketInput {
  return { id: 'T', serviceId: 'S', kind: 'repair', openedAtMs: T0, restoredAtMs: T0 + 4 * H, stopClocks: [], ...over };
}
function sc(code: string, fromMin: number, toMin: number | null, over: Partial<StopClockInput> = {}): StopClockInput {
  return { code, startMs: T0 + fromMin * MIN, endMs: toMin === null ? null : T0 + toMin * MIN, ...over };
}
const minutes = (ticket: TicketInput, until = Infinity) => unavailableMs(ticket, until, catalog) / MIN;

describe('Unavailable Time', () => {
  it('is restoration - start with no stop clocks (08:00 to 12:00 = 240 min)', () => {
    expect(minutes(t())).toBe(240);
  });

  it('starts at the earlier of the alarm and the opening (alarm 07:45: 255 min)', () => {
    expect(minutes(t({ alarmAtMs: T0 - 15 * MIN }))).toBe(255);
    // an alarm after the opening changes nothing
    expect(minutes(t({ alarmAtMs: T0 + 15 * MIN }))).toBe(240);
  });

  it('subtracts a stop clock (09:00-09:30: 240 - 30 = 210)', () => {
    expect(minutes(t({ stopClocks: [sc('POWER', 60, 90)] }))).toBe(210);
  });

  it('counts overlapping stop clocks once (09:00-10:00 and 09:30-10:30: union 90, 240 - 90 = 150)', () => {
    expect(minutes(t({ stopClocks: [sc('POWER', 60, 120), sc('THIRD_PARTY', 90, 150)] }))).toBe(150);
    // nested: 09:00-11:00 contains 09:30-10:00 -> union 120
    expect(minutes(t({ stopClocks: [sc('POWER', 60, 180), sc('APPLICATION', 90, 120)] }))).toBe(120);
  });

  it('clips each stop clock to [start, restoration] (07:00-09:00 counts 60; 11:30-13:00 counts 30)', () => {
    expect(minutes(t({ stopClocks: [sc('POWER', -60, 60)] }))).toBe(180);
    expect(minutes(t({ stopClocks: [sc('POWER', 210, 300)] }))).toBe(210);
    // entirely outside the outage: nothing
    expect(minutes(t({ stopClocks: [sc('POWER', 300, 360)] }))).toBe(240);
  });

  it('ignores voided stop clocks (WIRING 09:00-10:00 voided: still 240)', () => {
    expect(minutes(t({ stopClocks: [sc('WIRING', 60, 120, { voided: true })] }))).toBe(240);
    expect(minutes(t({ stopClocks: [sc('WIRING', 60, 120, { voided: false })] }))).toBe(180);
  });

  it('limits MAINTENANCE to its scheduled window (08:30-11:30 with window 09:00-10:00: 60 counted, 180 left)', () => {
    const window = { startMs: T0 + 60 * MIN, endMs: T0 + 120 * MIN };
    expect(minutes(t({ stopClocks: [sc('MAINTENANCE', 30, 210, { window })] }))).toBe(180);
    // no window on record: the maintenance stop clock does not count
    expect(minutes(t({ stopClocks: [sc('MAINTENANCE', 30, 210)] }))).toBe(240);
    // window entirely outside the interval: nothing
    expect(minutes(t({ stopClocks: [sc('MAINTENANCE', 30, 50, { window })] }))).toBe(240);
  });

  it('does not count CUSTOMER_PROVISIONING_DELAY on a repair ticket (provisioning only)', () => {
    expect(minutes(t({ stopClocks: [sc('CUSTOMER_PROVISIONING_DELAY', 60, 120)] }))).toBe(240);
  });

  it('does not count unknown or refused codes (NO_TROUBLE_FOUND)', () => {
    expect(minutes(t({ stopClocks: [sc('NO_TROUBLE_FOUND', 60, 120), sc('CLEARED_WHILE_TESTING', 60, 120)] }))).toBe(240);
  });

  it('OBSERVATION after the restoration counts only when the End-User reports the service not restored', () => {
    // Contractor restored at 12:00; observation 12:00-14:00 requested by the End-User.
    const obs = sc('OBSERVATION', 240, 360);
    // Service really restored at 12:00: the observation falls after restoration, 240 min.
    expect(minutes(t({ stopClocks: [obs] }))).toBe(240);
    // The End-User reported it not restored at 14:00 (end of the observation stop clock); actual
    // restoration 15:00: elapsed 08:00-15:00 = 420, minus observation 12:00-14:00 = 120 -> 300.
    expect(minutes(t({ actualRestoredAtMs: T0 + 7 * H, stopClocks: [obs] }))).toBe(300);
  });

  it('END_USER_NOT_AVAILABLE counts from the notification attempt to the End-User report', () => {
    // Attempt 12:30, End-User reports not restored 13:00, actual restoration 14:00:
    // elapsed 360 - 30 = 330.
    expect(minutes(t({ actualRestoredAtMs: T0 + 6 * H, stopClocks: [sc('END_USER_NOT_AVAILABLE', 270, 300)] }))).toBe(330);
  });

  it('measures an open ticket, and a running stop clock, up to "until"', () => {
    const open = t({ restoredAtMs: null, stopClocks: [sc('POWER', 60, null)] });
    // until 10:00: elapsed 120, stop clock running since 09:00 -> 60
    expect(minutes(open, T0 + 2 * H)).toBe(60);
    expect(isStopped(open, T0 + 2 * H, catalog)).toBe(true);
    expect(isStopped(t({ restoredAtMs: null, stopClocks: [sc('POWER', 60, 90)] }), T0 + 2 * H, catalog)).toBe(false);
    // before the outage started: 0, never negative
    expect(minutes(open, T0 - H)).toBe(0);
  });

  it('uses a prepared ticket the same way', () => {
    const ticket = t({ stopClocks: [sc('POWER', 60, 120), sc('THIRD_PARTY', 90, 150)] });
    expect(unavailableMs(prepareTicket(ticket, catalog), Infinity)).toBe(150 * MIN);
  });
});

// Property tests (ARCHITECTURE.md "Tests"): invariants of Unavailable Time.
const CODES = catalog.stopClockConditions.map((c) => c.code);
const minute = fc.integer({ min: -600, max: 1800 });
const stopClock = fc
  .tuple(fc.constantFrom(...CODES, 'NO_TROUBLE_FOUND'), minute, fc.integer({ min: 0, max: 900 }), fc.boolean(), fc.option(fc.tuple(minute, fc.integer({ min: 0, max: 600 }))))
  .map(([code, from, len, voided, w]): StopClockInput => ({
    code,
    startMs: T0 + from * MIN,
    endMs: T0 + (from + len) * MIN,
    voided,
    window: w ? { startMs: T0 + w[0] * MIN, endMs: T0 + (w[0] + w[1]) * MIN } : null,
  }));
const ticketArb = fc
  .tuple(fc.integer({ min: 0, max: 1200 }), fc.option(fc.integer({ min: -120, max: 60 })), fc.array(stopClock, { maxLength: 6 }), fc.boolean())
  .map(([duration, alarm, stopClocks, open]) =>
    t({ alarmAtMs: alarm === null ? null : T0 + alarm * MIN, restoredAtMs: open ? null : T0 + duration * MIN, stopClocks }),
  );
const untilArb = fc.integer({ min: -300, max: 2000 }).map((m) => T0 + m * MIN);

function elapsed(ticket: TicketInput, until: number): number {
  const start = Math.min(ticket.openedAtMs, ticket.alarmAtMs ?? Infinity);
  const end = ticket.restoredAtMs ?? until;
  return Math.max(0, end - start);
}

describe('Unavailable Time properties', () => {
  it('is never negative and never more than the elapsed time', () => {
    fc.assert(
      fc.property(ticketArb, untilArb, (ticket, until) => {
        const u = unavailableMs(ticket, until, catalog);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThanOrEqual(elapsed(ticket, until));
      }),
    );
  });

  it('never rises when a stop clock is added', () => {
    fc.assert(
      fc.property(ticketArb, stopClock, untilArb, (ticket, extra, until) => {
        const before = unavailableMs(ticket, until, catalog);
        const after = unavailableMs({ ...ticket, stopClocks: [...(ticket.stopClocks ?? []), extra] }, until, catalog);
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('does not change when a stop clock is split in two', () => {
    fc.assert(
      fc.property(ticketArb, stopClock, fc.double({ min: 0, max: 1, noNaN: true }), untilArb, (ticket, whole, at, until) => {
        const end = whole.endMs as number;
        const cut = whole.startMs + Math.floor((end - whole.startMs) * at);
        const split = [{ ...whole, endMs: cut }, { ...whole, startMs: cut }];
        const a = unavailableMs({ ...ticket, stopClocks: [...(ticket.stopClocks ?? []), whole] }, until, catalog);
        const b = unavailableMs({ ...ticket, stopClocks: [...(ticket.stopClocks ?? []), ...split] }, until, catalog);
        expect(b).toBe(a);
      }),
    );
  });

  it('does not depend on the order of the stop clocks', () => {
    fc.assert(
      fc.property(ticketArb, untilArb, (ticket, until) => {
        const reversed = { ...ticket, stopClocks: [...(ticket.stopClocks ?? [])].reverse() };
        expect(unavailableMs(reversed, until, catalog)).toBe(unavailableMs(ticket, until, catalog));
      }),
    );
  });
});
