// OBSERVATION and END_USER_NOT_AVAILABLE are "time after a service has been restored" (29.4.7
// items 2 and 3; DOMAIN.md "Outage duration and stop clocks"): they count only from the
// contractor's restoration up to the End-User's report that the service was not restored; the
// part before the restoration does not count, and the explain line says so.
//
// The ticket of every case: opened 2026-10-05 08:00 PDT, the contractor declared it restored at
// 12:00, the End-User reported it not restored at 14:00, actual restoration 15:00.
// Elapsed 08:00 to 15:00 = 420 min.
import { describe, expect, it } from 'vitest';
import { evaluateMonth, loadCatalog, prepareModel, prepareTicket, unavailableMs } from '../../../shared/sla';
import type { StopClockInput, TicketInput } from '../../../shared/sla';
import { caseFile, evaluate, find, oct, ticket } from './helpers';

const catalog = loadCatalog();
const H = 3_600_000;
const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 5, 15); // 2026-10-05 08:00 PDT

function t(over: Partial<TicketInput> = {}): TicketInput {
  return {
    id: 'T', serviceId: 'S', kind: 'repair', openedAtMs: T0,
    restoredAtMs: T0 + 4 * H, notRestoredAtMs: T0 + 6 * H, actualRestoredAtMs: T0 + 7 * H,
    stopClocks: [], ...over,
  };
}
function sc(code: string, fromMin: number, toMin: number | null): StopClockInput {
  return { code, startMs: T0 + fromMin * MIN, endMs: toMin === null ? null : T0 + toMin * MIN };
}
const minutes = (ticket: TicketInput, until = Infinity) => unavailableMs(ticket, until, catalog) / MIN;

describe('after-restoration stop clocks', () => {
  it('an OBSERVATION started before the restoration counts only from the restoration', () => {
    // OBSERVATION 10:00-14:00: only 12:00 (restoration) to 14:00 (the report) counts = 120 min;
    // the 120 min from 10:00 to 12:00 do not. 420 - 120 = 300.
    expect(minutes(t({ stopClocks: [sc('OBSERVATION', 120, 360)] }))).toBe(300);
    // the same interval as POWER (no such rule) counts whole: 420 - 240 = 180
    expect(minutes(t({ stopClocks: [sc('POWER', 120, 360)] }))).toBe(180);
  });

  it('ends at the End-User report even when the stop clock runs on', () => {
    // report at 13:00 instead: OBSERVATION 10:00-14:00 counts 12:00-13:00 = 60; 420 - 60 = 360
    expect(minutes(t({ notRestoredAtMs: T0 + 5 * H, stopClocks: [sc('OBSERVATION', 120, 360)] }))).toBe(360);
    // END_USER_NOT_AVAILABLE 11:00-13:30 with the report at 13:00: 12:00-13:00 = 60; 360
    expect(minutes(t({ notRestoredAtMs: T0 + 5 * H, stopClocks: [sc('END_USER_NOT_AVAILABLE', 180, 330)] }))).toBe(360);
  });

  it('uses the actual restoration as the end of the window when no report is recorded (case files)', () => {
    // window 12:00-15:00; OBSERVATION 10:00-14:00 counts 12:00-14:00 = 120; 420 - 120 = 300
    expect(minutes(t({ notRestoredAtMs: null, stopClocks: [sc('OBSERVATION', 120, 360)] }))).toBe(300);
  });

  it('keeps the outage open after the report until the actual restoration is recorded', () => {
    const open = t({ actualRestoredAtMs: null, stopClocks: [sc('OBSERVATION', 120, 360)] });
    expect(prepareTicket(open, catalog).restorationMs).toBeNull();
    // measured up to 16:00: elapsed 480, OBSERVATION counts 12:00-14:00 = 120 -> 360
    expect(minutes(open, T0 + 8 * H)).toBe(360);
  });

  it('does not count at all without a contractor restoration', () => {
    // open, never declared restored; until 11:00: elapsed 180, OBSERVATION 09:00-10:00 not counted
    const never = t({ restoredAtMs: null, notRestoredAtMs: null, actualRestoredAtMs: null, stopClocks: [sc('OBSERVATION', 60, 120)] });
    expect(minutes(never, T0 + 3 * H)).toBe(180);
    // POWER 09:00-10:00 on the same ticket counts: 180 - 60 = 120
    expect(minutes({ ...never, stopClocks: [sc('POWER', 60, 120)] }, T0 + 3 * H)).toBe(120);
  });

  it('counts nothing when the contractor restored the service and the End-User never disputed it', () => {
    // restored 12:00, nothing else: OBSERVATION 10:00-14:00 adds no stop-clock time; elapsed 240
    expect(minutes(t({ notRestoredAtMs: null, actualRestoredAtMs: null, stopClocks: [sc('OBSERVATION', 120, 360)] }))).toBe(240);
  });
});

describe('after-restoration stop clocks in the explain lines', () => {
  it('a case file: says which part did not count and why', () => {
    const report = evaluate(
      caseFile({
        tickets: [
          ticket({
            openedAt: oct('05T08:00:00'), restoredAt: oct('05T12:00:00'), actualRestoredAt: oct('05T15:00:00'), closedAt: oct('05T16:00:00'),
            stopClocks: [{ code: 'OBSERVATION', start: oct('05T10:00:00'), end: oct('05T14:00:00') }],
          }),
        ],
      }),
    );
    // Unavailable Time 420 - 120 = 300 min > 240 (Premier): TTR missed, 25% x $1,200.00 = $300.00
    const ttr = find(report, 'time-to-repair');
    expect(ttr).toMatchObject({ met: false, measure: { minutes: 300 }, credit: { amount: 300 } });
    expect(ttr.explain[2]).toBe(
      'Stop clocks: OBSERVATION 2026-10-05T10:00:00-07:00 to 2026-10-05T14:00:00-07:00 (only from the contractor\'s restoration ' +
        '2026-10-05T12:00:00-07:00 up to the actual restoration 2026-10-05T15:00:00-07:00 [29.4.7 item 2: time after a service has been restored]; ' +
        'the 120 min before the restoration do not count) counts 120 min. Unavailable Time = elapsed 420 min - stop clocks 120 min = 300 min.',
    );
  });

  it('the app\'s data: the End-User report ends the window, and a stop clock without a restoration says why it is not counted', () => {
    const p = prepareModel(
      {
        month: '2026-10',
        services: [{ id: 'S', type: 'converged-voip', tier: 'premier', tmrcCents: 120_000 }],
        tickets: [
          t({ id: 'A', stopClocks: [sc('END_USER_NOT_AVAILABLE', 180, 420)] }),
          t({ id: 'B', restoredAtMs: null, notRestoredAtMs: null, actualRestoredAtMs: null, stopClocks: [sc('OBSERVATION', 60, 120)] }),
        ],
      },
      catalog,
    );
    const report = evaluateMonth(p, '2026-10', T0 + 3 * H);
    // A: END_USER_NOT_AVAILABLE 11:00-15:00 counts 12:00-14:00 = 120; 60 min before the
    // restoration and 60 min after the report do not count. 420 - 120 = 300.
    const a = report.results.find((r) => r.sla === 'time-to-repair' && r.ticketId === 'A')!;
    expect(a.measure).toEqual({ minutes: 300 });
    expect(a.explain[1]).toContain('restoration 2026-10-05T15:00:00-07:00 (the actual restoration: the End-User reported the service not restored at 2026-10-05T14:00:00-07:00 after the contractor declared it restored at 2026-10-05T12:00:00-07:00)');
    expect(a.explain[2]).toContain(
      "END_USER_NOT_AVAILABLE 2026-10-05T11:00:00-07:00 to 2026-10-05T15:00:00-07:00 (only from the contractor's restoration 2026-10-05T12:00:00-07:00 up to " +
        "the End-User's report that the service was not restored 2026-10-05T14:00:00-07:00 [29.4.7 item 3: time after a service has been restored]; " +
        'the 60 min before the restoration and the 60 min after the report do not count) counts 120 min',
    );
    // B: open as of 11:00, elapsed 180, OBSERVATION not counted: Unavailable Time 180 (TTR 240: pending)
    const b = report.results.find((r) => r.sla === 'time-to-repair' && r.ticketId === 'B')!;
    expect(b).toMatchObject({ met: null, measure: { minutes: 180 } });
    expect(b.explain[2]).toContain(
      "OBSERVATION 2026-10-05T09:00:00-07:00 to 2026-10-05T10:00:00-07:00 counts only after the contractor's restoration (29.4.7 item 2: time after a service has been restored), and the contractor has declared none: not counted",
    );
  });
});
