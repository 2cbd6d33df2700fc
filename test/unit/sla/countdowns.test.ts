// Live countdowns of one open ticket (Premier: TTR 240 min, EO 480 min, CAT 2 15 min).
import { describe, expect, it } from 'vitest';
import { loadCatalog, ticketCountdowns } from '../../../shared/sla';
import type { ServiceInput, TicketInput } from '../../../shared/sla';

const catalog = loadCatalog();
const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 5, 16); // 09:00 PDT
const service: ServiceInput = { id: 'S', type: 'converged-voip', tier: 'premier', tmrcCents: 120_000 };
const open = (over: Partial<TicketInput> = {}): TicketInput => ({ id: 'T', serviceId: 'S', kind: 'repair', openedAtMs: T0, stopClocks: [], ...over });

describe('ticketCountdowns', () => {
  it('counts down TTR and EO from the start (1 h in: 180 and 420 min left, due at now + left)', () => {
    const now = T0 + 60 * MIN;
    const c = ticketCountdowns(open(), service, catalog, now);
    expect(c.map((x) => [x.sla, x.clause, x.objectiveMs / MIN, x.unavailableMs / MIN, x.remainingMs / MIN, x.paused, x.met])).toEqual([
      ['time-to-repair', '29.4.8.11', 240, 60, 180, false, null],
      ['excessive-outage', '29.4.8.6', 480, 60, 420, false, null],
    ]);
    expect(c[0]!.dueAtMs).toBe(now + 180 * MIN);
  });

  it('pauses while a stop clock runs (no due time), and resumes after it', () => {
    const t = open({ stopClocks: [{ code: 'POWER', startMs: T0 + 30 * MIN, endMs: null }] });
    const c = ticketCountdowns(t, service, catalog, T0 + 60 * MIN);
    // 60 min elapsed, 30 stopped: 30 unavailable, 210 left, paused
    expect(c[0]).toMatchObject({ unavailableMs: 30 * MIN, remainingMs: 210 * MIN, paused: true, dueAtMs: null });
    const ended = open({ stopClocks: [{ code: 'POWER', startMs: T0 + 30 * MIN, endMs: T0 + 45 * MIN }] });
    expect(ticketCountdowns(ended, service, catalog, T0 + 60 * MIN)[0]).toMatchObject({ remainingMs: 195 * MIN, paused: false, dueAtMs: T0 + 255 * MIN });
  });

  it('goes negative once missed', () => {
    const c = ticketCountdowns(open(), service, catalog, T0 + 300 * MIN);
    expect(c[0]).toMatchObject({ remainingMs: -60 * MIN, met: false });
  });

  it('CAT 2 never pauses (no stop clocks) and a restored ticket has no due time', () => {
    const t = open({ kind: 'cat2', stopClocks: [{ code: 'POWER', startMs: T0, endMs: null }] });
    const c = ticketCountdowns(t, service, catalog, T0 + 10 * MIN);
    expect(c.map((x) => [x.sla, x.paused, x.remainingMs / MIN])).toEqual([
      ['time-to-repair', true, 240],
      ['excessive-outage', true, 480],
      ['cat2', false, 5],
    ]);
    const restored = ticketCountdowns(open({ restoredAtMs: T0 + 100 * MIN }), service, catalog, T0 + 200 * MIN);
    expect(restored[0]).toMatchObject({ unavailableMs: 100 * MIN, remainingMs: 140 * MIN, dueAtMs: null, met: true });
  });

  it('skips SLAs the tier has no objective for (CAT 3 on Standard)', () => {
    const c = ticketCountdowns(open({ kind: 'cat3' }), { ...service, tier: 'standard' }, catalog, T0);
    expect(c.map((x) => x.sla)).toEqual(['time-to-repair', 'excessive-outage']);
  });

  it('takes well under a millisecond per ticket', () => {
    const t = open({ stopClocks: [{ code: 'POWER', startMs: T0 + 5 * MIN, endMs: T0 + 20 * MIN }, { code: 'ACCESS', startMs: T0 + 30 * MIN, endMs: null, note: 'x' }] });
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const a = performance.now();
      ticketCountdowns(t, service, catalog, T0 + i * 1000);
      times.push(performance.now() - a);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length * 0.99)]!).toBeLessThan(1);
  });
});
