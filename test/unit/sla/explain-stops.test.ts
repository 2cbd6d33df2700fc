// Property (issue 9, "Tests"): for random tickets, the stop-clock time the explain lines state is
// the one the verdict used. Random alarms, openings, restorations, End-User "not restored"
// reports and actual restorations; stop clocks of every code (voided or not, running or not),
// MAINTENANCE with or without a window, the after-restoration codes. Times are whole minutes,
// so every figure the lines print is exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMonth, loadCatalog, prepareModel, prepareTicket, stopClockFacts, unavailableMs } from '../../../shared/sla';
import type { SlaResult, StopClockInput, TicketInput } from '../../../shared/sla';

const catalog = loadCatalog();
const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 12, 15); // 2026-10-12 08:00 PDT
const at = (m: number) => T0 + m * MIN;
const CODES = [...catalog.stopClockConditions.map((c) => c.code), 'NO_TROUBLE_FOUND'];

const stopClock = fc
  .record({
    code: fc.constantFrom(...CODES, 'OBSERVATION', 'END_USER_NOT_AVAILABLE', 'MAINTENANCE'),
    from: fc.integer({ min: -300, max: 1500 }),
    len: fc.option(fc.integer({ min: 0, max: 900 }), { freq: 5 }), // null: still running
    voided: fc.boolean(),
    window: fc.option(fc.tuple(fc.integer({ min: -300, max: 1500 }), fc.integer({ min: 0, max: 600 }))),
  })
  .map(({ code, from, len, voided, window }): StopClockInput => ({
    code,
    startMs: at(from),
    endMs: len === null ? null : at(from + len),
    voided,
    window: window ? { startMs: at(window[0]), endMs: at(window[0] + window[1]) } : null,
  }));

/** Restored or not; reported not restored or not; actual restoration recorded or not, in that order in time. */
const ticketArb = fc
  .record({
    alarm: fc.option(fc.integer({ min: -120, max: 60 })),
    restored: fc.option(fc.integer({ min: 0, max: 1200 }), { freq: 4 }),
    report: fc.option(fc.integer({ min: 0, max: 300 })),
    actual: fc.option(fc.integer({ min: 0, max: 300 })),
    stopClocks: fc.array(stopClock, { maxLength: 7 }),
  })
  .map(({ alarm, restored, report, actual, stopClocks }): TicketInput => {
    const notRestored = restored !== null && report !== null ? restored + report : null;
    const actualAt = notRestored !== null && actual !== null ? notRestored + actual : null;
    return {
      id: 'T',
      serviceId: 'S',
      kind: 'repair',
      openedAtMs: T0,
      alarmAtMs: alarm === null ? null : at(alarm),
      restoredAtMs: restored === null ? null : at(restored),
      notRestoredAtMs: notRestored === null ? null : at(notRestored),
      actualRestoredAtMs: actualAt === null ? null : at(actualAt),
      stopClocks,
    };
  });
const asOfArb = fc.integer({ min: 0, max: 2400 }).map(at);

const minutesText = (ms: number) => ms / MIN;
const TOTAL = /Unavailable Time = elapsed ([\d.]+) min - stop clocks ([\d.]+) min(?: \(overlapping stop clocks count once: union ([\d.]+) min\))? = ([\d.]+) min\.$/;
const NONE = /^No stop clocks: Unavailable Time = elapsed ([\d.]+) min\.$/;

function timeToRepair(t: TicketInput, asOfMs: number): SlaResult {
  const p = prepareModel({ month: '2026-10', services: [{ id: 'S', type: 'converged-voip', tier: 'premier', tmrcCents: 120_000 }], tickets: [t] }, catalog);
  return evaluateMonth(p, '2026-10', asOfMs).results.find((r) => r.sla === 'time-to-repair')!;
}

describe('the explain lines state the stop-clock time the verdict used', () => {
  it('for random tickets: the printed stop clocks and Unavailable Time are the verdict\'s', () => {
    fc.assert(
      fc.property(ticketArb, asOfArb, (t, asOf) => {
        const r = timeToRepair(t, asOf);
        const prepared = prepareTicket(t, catalog);
        const facts = stopClockFacts(prepared, asOf, catalog);
        const verdictUnavailable = unavailableMs(prepared, asOf);
        // the figure the explainer prints comes from the same sum as the verdict
        expect(facts.elapsedMs - facts.stoppedMs).toBe(verdictUnavailable);
        expect(r.measure).toEqual({ minutes: minutesText(verdictUnavailable) });
        const line = r.explain[2]!;
        const none = NONE.exec(line);
        if (none) {
          expect(t.stopClocks).toEqual([]);
          expect(Number(none[1])).toBe(r.measure!.minutes);
          return;
        }
        const m = TOTAL.exec(line);
        expect(m, line).not.toBeNull();
        const [, elapsed, stopped, union, unavailable] = m!;
        expect(Number(elapsed) - Number(stopped)).toBe(Number(unavailable));
        expect(Number(unavailable)).toBe(r.measure!.minutes);
        expect(Number(stopped)).toBe(minutesText(facts.stoppedMs));
        if (union !== undefined) expect(Number(union)).toBe(Number(stopped));
        // each counted stop clock's own figure, as printed, is the part the rule counted
        const printed = [...line.matchAll(/counts ([\d.]+) min(?: inside the outage)?(?=;|\. Unavailable)/g)].map((x) => Number(x[1]));
        expect(printed).toEqual(facts.items.filter((i) => i.status.counts && i.insideMs > 0).map((i) => minutesText(i.insideMs)));
        // overlapping parts count once: the union is at most their sum, and the note says so
        const sum = printed.reduce((a, b) => a + b, 0);
        expect(Number(stopped)).toBeLessThanOrEqual(sum);
        expect(union !== undefined).toBe(sum > Number(stopped));
      }),
      { numRuns: 400 },
    );
  });

  it('names why each stop clock that counts nothing does not count', () => {
    fc.assert(
      fc.property(ticketArb, asOfArb, (t, asOf) => {
        const line = timeToRepair(t, asOf).explain[2]!;
        const facts = stopClockFacts(prepareTicket(t, catalog), asOf, catalog);
        const notCounted = facts.items.filter((i) => !i.status.counts).length;
        expect(line.split(': not counted').length - 1).toBeGreaterThanOrEqual(notCounted);
      }),
      { numRuns: 200 },
    );
  });
});
