// Orders through the one evaluation path: the engine's due facts on every order (orders:list) and
// an order's Provisioning result (sla:order), with figures worked by hand from DOMAIN.md
// "Provisioning": the due date is an agency date (PDT here, UTC-7), the order's date + 45 calendar
// days on Converged VoIP unless negotiated; late = 50% of the installation fee, 100% when the
// month's on-time percentage of that service type falls below the tier's objective (Premier 95%).
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { MonthReport, OrderResults } from '../../../shared/ipc/sla';
import type { Order } from '../../../shared/ipc/tickets';
import { call, manualClock, openTestApp } from '../support/tempData';
import { service } from './agency';

const NOW = '2026-11-10T20:00:00Z';

const order = (app: AppServices, serviceId: number, orderedAt: string, extra: Record<string, unknown> = {}) =>
  call<Order>(app, 'orders:create', { serviceId, reference: 'SR', orderedAt, ...extra });

describe('sla:order', () => {
  it('credits a late order 50% of its installation fee on Standard, 100% on Premier when the month falls below 95%', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const standard = await service(app, 'CKT-4004', 1, 'standard', '600', '0', '400');
    const premier = await service(app, 'CKT-1001', 1, 'premier', '1200', '35.50', '250');
    // Ordered Aug 1 09:00 PDT: due Aug 1 + 45 days = Sep 15, on time until Sep 16 00:00 PDT; completed Sep 20: late.
    const late = await order(app, standard.id, '2026-08-01T16:00:00Z', { completedAt: '2026-09-20T17:00:00Z' });
    // Ordered Aug 3: due Sep 17; completed Sep 25: late.
    const premierLate = await order(app, premier.id, '2026-08-03T16:00:00Z', { completedAt: '2026-09-25T17:00:00Z' });
    // Ordered Aug 5: due Sep 19; completed at 23:30 PDT that day: on time.
    const onTime = await order(app, premier.id, '2026-08-05T16:00:00Z', { completedAt: '2026-09-20T06:30:00Z' });

    const r = await call<OrderResults>(app, 'sla:order', { id: late.id });
    expect(r.due).toEqual({ dueDate: '2026-09-15', negotiated: false, intervalDays: 45, delayMs: 0, delayRunning: false, dueEndsAt: '2026-09-16T07:00:00.000Z', status: 'late', month: '2026-09' });
    // Standard has no monthly objective (N/A): Objective 1 alone, 50% x $400.00 = $200.00.
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({
      key: `provisioning|o${late.id}`, sla: 'provisioning', clause: '29.4.8.10', status: 'missed', orderId: late.id, serviceId: standard.id, circuitId: 'CKT-4004', month: '2026-09',
      credit: { installFeePercent: 50, amount: 200 },
    });
    expect(r.results[0]!.explain.join('\n')).toContain('50% of the installation fee $400.00 = $200.00');
    expect(r.totalCredit).toBe(200);

    // Converged VoIP orders due in September: 1 of 3 on time = 33.3333% < 95%: the Premier late
    // order earns 100% x $250.00 = $250.00 instead of 50%.
    const p = await call<OrderResults>(app, 'sla:order', { id: premierLate.id });
    expect(p.results[0]).toMatchObject({ status: 'missed', measure: { percent: 33.3333 }, credit: { installFeePercent: 100, amount: 250 } });
    const ok = await call<OrderResults>(app, 'sla:order', { id: onTime.id });
    expect(ok).toMatchObject({ due: { dueDate: '2026-09-19', status: 'on-time' }, totalCredit: 0 });
    expect(ok.results[0]).toMatchObject({ status: 'met' });

    // The month holds the three, $200.00 + $250.00.
    const sep = await call<MonthReport>(app, 'sla:month', { month: '2026-09', sla: 'provisioning' });
    expect(sep.results.map((x) => [x.orderId, x.status, x.credit.amount])).toEqual([[late.id, 'missed', 200], [premierLate.id, 'missed', 250], [onTime.id, 'met', 0]]);
    expect(sep.totalCredit).toBe(450);
  });

  it("counts each contractor's own orders for the monthly percentage", async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const att = await service(app, 'CKT-1001', 1, 'premier', '1200', '0', '250');
    const vz = await service(app, 'VZ-1001', 2, 'premier', '500', '0', '300');
    // AT&T: 19 orders on time and 1 late, all due in September: 19 / 20 = 95%, the objective met.
    for (let i = 0; i < 19; i++) await order(app, att.id, '2026-08-01T16:00:00Z', { completedAt: '2026-09-10T16:00:00Z' });
    const attLate = await order(app, att.id, '2026-08-01T16:00:00Z', { completedAt: '2026-09-20T16:00:00Z' });
    // Verizon: its one order, late: 0 / 1 = 0%.
    const vzLate = await order(app, vz.id, '2026-08-01T16:00:00Z', { completedAt: '2026-09-20T16:00:00Z' });
    // AT&T's late order: 50% x $250.00 = $125.00 (pooled with Verizon's it would be 19 / 21 = 90.5%, and 100%).
    expect((await call<OrderResults>(app, 'sla:order', { id: attLate.id })).results[0]).toMatchObject({ measure: { percent: 95 }, credit: { installFeePercent: 50, amount: 125 } });
    // Verizon's: 100% x $300.00.
    expect((await call<OrderResults>(app, 'sla:order', { id: vzLate.id })).results[0]).toMatchObject({ measure: { percent: 0 }, credit: { installFeePercent: 100, amount: 300 } });
  });

  it('says what a pending order waits for, and has no result while its due date is unknown', async () => {
    const app = openTestApp({ clock: manualClock(NOW) });
    const voip = await service(app, 'CKT-1001', 1, 'premier', '1200', '0', '250');
    const ssnf = await call<{ id: number }>(app, 'services:create', { circuitId: 'SSNF-1', contractorId: 1, serviceType: 'site-survivability', tier: 'premier', tmrc: '95', site: 'SAC-HQ' });
    // Ordered Oct 20: due Dec 4, on time until Dec 5 00:00 PST = 08:00Z, 24 days 12 hours after now.
    const open = await order(app, voip.id, '2026-10-20T16:00:00Z');
    const pending = await call<OrderResults>(app, 'sla:order', { id: open.id });
    expect(pending.due).toMatchObject({ dueDate: '2026-12-04', status: 'pending', month: '2026-12' });
    expect(pending.results[0]).toMatchObject({ status: 'pending', awaiting: 'the completion of the order: due by the end of 2026-12-04 (24 d 12 h left)' });

    // A delay stop clock still running: the end of the due date moves, so no month and no result yet.
    await call(app, 'stopClocks:start', { orderId: open.id, code: 'CUSTOMER_PROVISIONING_DELAY', startAt: '2026-11-09T20:00:00Z', note: 'Conduit not ready' });
    const running = await call<OrderResults>(app, 'sla:order', { id: open.id });
    // So far the delay has run 24 hours.
    expect(running).toMatchObject({ due: { delayRunning: true, delayMs: 24 * 3_600_000, dueEndsAt: null, status: 'pending', month: null }, results: [], totalCredit: 0 });

    // No committed interval for site survivability and no negotiated date: nothing to measure.
    const none = await order(app, ssnf.id, '2026-10-20T16:00:00Z');
    expect(none.due).toMatchObject({ dueDate: null, intervalDays: null, status: 'no-due', dueEndsAt: null, month: null });
    expect(await call<OrderResults>(app, 'sla:order', { id: none.id })).toMatchObject({ results: [] });
    expect(await app.dispatch('sla:order', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/id' } });
  });
});
