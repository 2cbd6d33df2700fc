// The month's report over the hand-built agency (agency.ts): every figure below worked by hand from
// DOMAIN.md and the Converged VoIP catalog, then asked of the sla:* channels on a real data file.
import { describe, expect, it } from 'vitest';
import type { MonthReport, ServiceMonths, SlaResultRow, TicketResults } from '../../../shared/ipc/sla';
import { call, manualClock, openTestApp } from '../support/tempData';
import { closedTicket, handAgency } from './agency';

const NOW = '2026-11-10T20:00:00Z'; // Tuesday 12:00 PST

function pick(rows: SlaResultRow[], key: string): SlaResultRow {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no result ${key} in ${rows.map((x) => x.key).join(', ')}`);
  return r;
}

describe('sla:month', () => {
  it('reports October with each verdict, measure and credit an ATR works out by hand', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    const oct = await call<MonthReport>(app, 'sla:month', { month: '2026-10' });
    expect(oct).toMatchObject({ month: '2026-10', asOf: '2026-11-10T20:00:00.000Z', timeZone: 'America/Los_Angeles', pending: [] });
    // t1, 540 min on Premier: TTR 540 > 240, 25% x $1,200.00 = $300.00; Excessive Outage 540 > 480,
    // 100% x $1,200.00 + 10 x $35.50 = $1,555.00.
    expect(pick(oct.results, `time-to-repair|t${a.t1}`)).toMatchObject({
      status: 'missed', met: false, title: 'Time to Repair (TTR)', clause: '29.4.8.11', catalogId: 'calnet3-converged-voip', month: '2026-10',
      serviceId: a.s1.id, circuitId: 'CKT-1001', contractorId: 1, ticketId: a.t1, orderId: null,
      measure: { minutes: 540 }, objective: { minutes: 240 }, credit: { tmrcPercent: 25, aducDays: 0, amount: 300 }, awaiting: null, explain: [],
    });
    expect(pick(oct.results, `excessive-outage|t${a.t1}`)).toMatchObject({ status: 'missed', clause: '29.4.8.6', measure: { minutes: 540 }, credit: { tmrcPercent: 100, aducDays: 10, amount: 1555 } });
    // t2: 180 min - 30 min END_USER_REQUEST = 150 min: met.
    expect(pick(oct.results, `time-to-repair|t${a.t2}`)).toMatchObject({ status: 'met', measure: { minutes: 150 }, credit: { amount: 0 } });
    // Basic TTR is 6 h: 330 min meets it.
    expect(pick(oct.results, `time-to-repair|t${a.t3}`)).toMatchObject({ status: 'met', measure: { minutes: 330 }, objective: { minutes: 360 } });
    // CKT-1001: t1 earned a remedy and is left out; t2's 150 min: (44,640 - 150) / 44,640 = 99.6640% >= 99.5%.
    expect(pick(oct.results, `availability|s${a.s1.id}`)).toMatchObject({ status: 'met', measure: { percent: 99.664, minutes: 150 }, objective: { percent: 99.5 } });
    // CKT-2002: 330 + 330 = 660 min: (44,640 - 660) / 44,640 = 98.5215% < 98.9%: a first missed
    // month, 15% x $800.00 + 2 x $20.00 = $120.00 + $40.00 = $160.00.
    expect(pick(oct.results, `availability|s${a.s2.id}`)).toMatchObject({
      status: 'missed', measure: { percent: 98.5215, minutes: 660 }, consecutiveMisses: 1, credit: { tmrcPercent: 15, aducDays: 2, amount: 160 },
    });
    // Standard has no jitter objective (N/A).
    expect(pick(oct.results, `jitter|s${a.s4.id}`)).toMatchObject({ status: 'not-applicable', applicable: false, met: null, credit: { amount: 0 } });
    // 8 per-ticket results (4 tickets x TTR, EO) and 4 services x availability, delay, jitter.
    expect(oct.results).toHaveLength(20);
    expect(oct.counts).toEqual({ met: 16, missed: 3, pending: 0, notApplicable: 1 });
    // $300.00 + $1,555.00 + $160.00
    expect(oct.totalCredit).toBe(2015);
    expect(new Set(oct.results.map((r) => r.key)).size).toBe(20);
  });

  it('filters by contractor, SLA, service and missed only', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    const verizon = await call<MonthReport>(app, 'sla:month', { month: '2026-10', contractorId: 2 });
    expect(verizon.results.map((r) => r.key).sort()).toEqual([`availability|s${a.s3.id}`, `delay|s${a.s3.id}`, `jitter|s${a.s3.id}`]);
    expect(verizon.totalCredit).toBe(0);
    const ttr = await call<MonthReport>(app, 'sla:month', { month: '2026-10', sla: 'time-to-repair' });
    expect(ttr.results.map((r) => r.ticketId).sort()).toEqual([a.t1, a.t2, a.t3, a.t4].sort());
    expect(ttr.totalCredit).toBe(300);
    const s2 = await call<MonthReport>(app, 'sla:month', { month: '2026-10', serviceId: a.s2.id });
    expect(s2.results.every((r) => r.serviceId === a.s2.id)).toBe(true);
    // t3 and t4 (TTR, EO each), availability, delay, jitter.
    expect(s2.results).toHaveLength(7);
    expect(s2.totalCredit).toBe(160);
    const missed = await call<MonthReport>(app, 'sla:month', { month: '2026-10', missedOnly: true });
    expect(missed.results.map((r) => r.key).sort()).toEqual([`availability|s${a.s2.id}`, `excessive-outage|t${a.t1}`, `time-to-repair|t${a.t1}`]);
    expect(missed.totalCredit).toBe(2015);
    // The counts still count the met and not-applicable results the switch hides.
    expect(missed.counts).toEqual({ met: 16, missed: 3, pending: 0, notApplicable: 1 });
    // A service of another contractor than the one asked for: nothing.
    const none = await call<MonthReport>(app, 'sla:month', { month: '2026-10', contractorId: 1, serviceId: a.s3.id });
    expect(none).toMatchObject({ results: [], pending: [], totalCredit: 0 });
  });

  it('lists apart what is still pending, saying what each result waits for', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    // Opened 90 min before now on Premier: 240 - 90 = 150 min left of TTR, 480 - 90 = 390 of EO.
    const { ticket } = await call<{ ticket: { id: number } }>(app, 'tickets:create', { serviceId: a.s3.id, kind: 'repair', openedAt: '2026-11-10T18:30:00Z' });
    const nov = await call<MonthReport>(app, 'sla:month', { month: '2026-11' });
    expect(pick(nov.pending, `time-to-repair|t${ticket.id}`)).toMatchObject({
      status: 'pending', met: null, measure: { minutes: 90 }, credit: { amount: 0 }, awaiting: 'the restoration: 2 h 30 min left before the objective is missed',
    });
    expect(pick(nov.pending, `excessive-outage|t${ticket.id}`).awaiting).toBe('the restoration: 6 h 30 min left before the objective is missed');
    // November ends 2026-12-01 00:00 PST = 08:00Z: 20 days 12 hours after now.
    expect(pick(nov.pending, `availability|s${a.s1.id}`).awaiting).toBe('the end of 2026-11: the month is not over (20 d 12 h left)');
    // 2 per-ticket + 4 availability + 4 delay + 3 jitter pending; only the N/A jitter has a verdict.
    expect(nov.pending).toHaveLength(13);
    expect(nov.results.map((r) => r.key)).toEqual([`jitter|s${a.s4.id}`]);
    expect(nov.counts).toEqual({ met: 0, missed: 0, pending: 13, notApplicable: 1 });
    expect(nov.totalCredit).toBe(0);
  });

  it('answers a write at the next request: a stop clock on the 9-hour outage brings it within Excessive Outage', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    // WIRING 10:00-11:30 PDT: 540 - 90 = 450 min <= 480 (EO met), still > 240 (TTR missed).
    await call(app, 'stopClocks:start', { ticketId: a.t1, code: 'WIRING', startAt: '2026-10-06T17:00:00Z', endAt: '2026-10-06T18:30:00Z' });
    const oct = await call<MonthReport>(app, 'sla:month', { month: '2026-10' });
    expect(pick(oct.results, `excessive-outage|t${a.t1}`)).toMatchObject({ status: 'met', measure: { minutes: 450 }, credit: { amount: 0 } });
    // $300.00 + $160.00
    expect(oct.totalCredit).toBe(460);
  });

  it('answers a bad request with a message naming the field, and an unknown subject as not found', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    await handAgency(app);
    expect(await app.dispatch('sla:month', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'invalid', path: '/month', message: 'Month must be a month like 2026-10' } });
    expect(await app.dispatch('sla:month', { month: '2026-10', missedOnly: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid', path: '/missedOnly' } });
    expect(await app.dispatch('sla:month', { month: '2026-10', sla: 'time-to-lunch' })).toMatchObject({
      ok: false, error: { code: 'invalid', path: '/sla', message: expect.stringContaining('"time-to-lunch" is not an SLA') },
    });
    expect(await app.dispatch('sla:month', { month: '2026-10', serviceId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/serviceId' } });
    expect(await app.dispatch('sla:month', { month: '2026-10', contractorId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/contractorId' } });
    expect(await app.dispatch('sla:result', { month: '2026-10', key: 'time-to-repair|t999' })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/key' } });
    expect(await app.dispatch('sla:ticket', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/id' } });
    expect(await app.dispatch('sla:service', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/id' } });
    expect(await app.dispatch('sla:service', { id: 1, months: 0 })).toMatchObject({ ok: false, error: { code: 'invalid', path: '/months' } });
  });
});

describe('sla:result, sla:ticket, sla:service', () => {
  it('shows the closed 9-hour Premier outage missing TTR and Excessive Outage, with the dollars and the clause', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    const t = await call<TicketResults>(app, 'sla:ticket', { id: a.t1 });
    expect(t).toMatchObject({ ticketId: a.t1, month: '2026-10', asOf: '2026-11-10T20:00:00.000Z', totalCredit: 1855 });
    expect(t.results.map((r) => [r.sla, r.status, r.credit.amount])).toEqual([['time-to-repair', 'missed', 300], ['excessive-outage', 'missed', 1555]]);
    const eo = t.results[1]!;
    expect(eo.explain[0]).toMatch(/^29\.4\.8\.6 Excessive Outage: ticket \d+ on CKT-1001 \(premier tier\): Unavailable Time 540 min exceeds the objective at most 480 min \(8 h 00 min\) by 60 min: missed\.$/);
    expect(eo.explain.join('\n')).toContain('100% of TMRC $1,200.00 = $1,200.00 + 10 Business Days of ADUC $35.50 = $355.00; credit line $1,555.00');
    // The same result opened from the Month screen carries the same lines.
    const one = await call<SlaResultRow>(app, 'sla:result', { month: '2026-10', key: eo.key });
    expect(one).toEqual(eo);
  });

  it('explains a monthly result through sla:result', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    const r = await call<SlaResultRow>(app, 'sla:result', { month: '2026-10', key: `availability|s${a.s2.id}` });
    expect(r).toMatchObject({ status: 'missed', credit: { amount: 160 } });
    expect(r.explain[0]).toContain('29.4.8.1 Availability, 2026-10 (basic tier, objective at least 98.9%)');
    expect(r.explain.join('\n')).toContain('Availability = (44640 - 660) / 44640 x 100 = 98.5215%');
    expect(r.explain.join('\n')).toContain('Consecutive months missed: 1');
  });

  it("gives a service's months with its monthly results and the credits it earned", async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    const s1 = await call<ServiceMonths>(app, 'sla:service', { id: a.s1.id, months: 3 });
    expect(s1.months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    // October: t1's $300.00 + $1,555.00; availability met.
    expect(s1.months.map((m) => m.credit)).toEqual([0, 1855, 0]);
    const oct = s1.months[1]!;
    expect(oct.results.map((r) => [r.sla, r.status])).toEqual([['availability', 'met'], ['delay', 'met'], ['jitter', 'met']]);
    expect(oct.results[0]!.explain[0]).toContain('29.4.8.1 Availability, 2026-10');
    expect(s1.months[2]!.results.every((r) => r.status === 'pending')).toBe(true);
  });
});

describe('a month reads the months it depends on', () => {
  /** CKT-2002 (Basic, $800.00, ADUC $20.00) misses availability in July to October: 660 min a month. */
  async function fourMissedMonths() {
    const app = openTestApp({ clock: manualClock(NOW) });
    const a = await handAgency(app);
    for (const day of ['07-08', '07-09', '08-12', '08-13', '09-15', '09-16']) {
      await closedTicket(app, a.s2.id, `2026-${day}T15:00:00Z`, `2026-${day}T20:30:00Z`, `2026-${day}T21:00:00Z`);
    }
    return { app, a, key: `availability|s${a.s2.id}` };
  }

  // The inputs channels that record history are another branch's; these rows are what they write.
  const history = (app: ReturnType<typeof openTestApp>, serviceId: number, month: string, met: boolean) =>
    app.db.prepare("INSERT INTO sla_history (sla, service_id, month, met, created_at) VALUES ('availability', ?, ?, ?, '2026-11-01T00:00:00Z')").run(serviceId, month, met ? 1 : 0);

  it('counts a third consecutive miss from August to October, and says the count may be higher', async () => {
    const { app, key } = await fourMissedMonths();
    const r = await call<SlaResultRow>(app, 'sla:result', { month: '2026-10', key });
    // Third step: 50% x $800.00 + 2 x $20.00 = $400.00 + $40.00 = $440.00 (the same for every later month).
    expect(r).toMatchObject({ consecutiveMisses: 3, credit: { tmrcPercent: 50, aducDays: 2, amount: 440 } });
    expect(r.explain.at(-1)).toBe(
      "Consecutive months: this evaluation reads the agency's data from 2026-08 on and the recorded history; 2026-07 is in neither, so the count is 3 or more (from the third month on the credit is the same).",
    );
  });

  it('takes July from the recorded history when there is one', async () => {
    const { app, a, key } = await fourMissedMonths();
    history(app, a.s2.id, '2026-07', true);
    const met = await call<SlaResultRow>(app, 'sla:result', { month: '2026-10', key });
    expect(met.consecutiveMisses).toBe(3);
    expect(met.explain.join('\n')).not.toContain('or more');
    app.db.prepare('DELETE FROM sla_history').run();
    history(app, a.s2.id, '2026-07', false);
    const missed = await call<SlaResultRow>(app, 'sla:result', { month: '2026-10', key });
    expect(missed).toMatchObject({ consecutiveMisses: 4, credit: { amount: 440 } });
    expect(missed.explain.at(-1)).toContain('2026-06 is in neither, so the count is 4 or more');
  });

  it("counts from all of the service's tickets on its own page: four months", async () => {
    const { app, a } = await fourMissedMonths();
    const months = await call<ServiceMonths>(app, 'sla:service', { id: a.s2.id, months: 4 });
    const oct = months.months.find((m) => m.month === '2026-10')!.results.find((r) => r.sla === 'availability')!;
    expect(oct).toMatchObject({ consecutiveMisses: 4, credit: { amount: 440 } });
    expect(oct.explain.join('\n')).not.toContain('or more');
    // July, the first month missed: 15% x $800.00 + 2 x $20.00 = $160.00; August $280.00 (30% + 2 days).
    expect(months.months.map((m) => [m.month, m.credit])).toEqual([['2026-08', 280], ['2026-09', 440], ['2026-10', 440], ['2026-11', 0]]);
  });
});
