// Services as a place (issue 9 item 5): a service with records is retired, not deleted; a retired
// service stays on record with its tickets, out of the pickers, and takes no new tickets or orders.
import { describe, expect, it } from 'vitest';
import type { Service } from '../../../shared/ipc/services';
import type { Ticket } from '../../../shared/ipc/tickets';
import { openTicket, premierService } from '../support/fixtures';
import { call, count, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;

const listed = async (app: App, req: Record<string, unknown> = {}) => (await call<{ rows: Service[] }>(app, 'services:list', req)).rows.map((s) => s.circuitId);

function expectRefused(r: Awaited<ReturnType<App['dispatch']>>, path: string, message: RegExp) {
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.path).toBe(path);
    expect(r.error.message).toMatch(message);
  }
}

describe('retiring and deleting services', () => {
  it('refuses to delete a service with tickets or orders, says to retire it, and changes nothing', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    const s = await premierService(app);
    await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    await openTicket(app, s.id, '2026-10-07T17:00:00Z');
    await call(app, 'orders:create', { serviceId: s.id, reference: 'SR-1', orderedAt: '2026-09-01T16:00:00Z' });
    const audit = count(app, 'audit_log');
    expectRefused(
      await app.dispatch('services:delete', { id: s.id }),
      '/id',
      /^CKT-1001 cannot be deleted: it has 2 tickets and 1 order on record\. Retire it instead \(disconnected on a date\)/,
    );
    expect(count(app, 'services')).toBe(1);
    expect(count(app, 'tickets')).toBe(2);
    expect(count(app, 'audit_log')).toBe(audit);
  });

  it('refuses to delete a service with SLA history, or the only survivability service of a site with usage', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    const voip = await premierService(app);
    const ss = await premierService(app, { circuitId: 'SS-OAK', serviceType: 'site-survivability', site: 'OAK' });
    await call(app, 'history:set', { sla: 'availability', serviceId: voip.id, month: '2026-05', met: false });
    await call(app, 'usage:add', { site: 'OAK', startAt: '2026-10-02T09:00:00Z', endAt: '2026-10-02T10:00:00Z' });
    expectRefused(await app.dispatch('services:delete', { id: voip.id }), '/id', /it has 1 month of SLA history on record/);
    expectRefused(await app.dispatch('services:delete', { id: ss.id }), '/id', /it has 1 usage event of site OAK on record/);
    // A second survivability service at OAK keeps the site's usage on record: the first may go.
    const ss2 = await premierService(app, { circuitId: 'SS-OAK-2', serviceType: 'site-survivability', site: 'OAK' });
    await call(app, 'services:delete', { id: ss2.id });
    expect(await listed(app)).toEqual(['CKT-1001', 'SS-OAK']);
  });

  it('retires on a date and back, audited; the list leaves it out unless asked, and its tickets stay', async () => {
    const clock = manualClock('2026-10-20T16:00:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    await premierService(app, { circuitId: 'CKT-2002' });
    const t = await openTicket(app, s.id, '2026-10-06T17:00:00Z');

    const retired = await call<Service>(app, 'services:retire', { id: s.id, retiredOn: '2026-10-15' });
    expect(retired).toMatchObject({ id: s.id, retiredOn: '2026-10-15', updatedAt: '2026-10-20T16:00:00.000Z' });
    expect(await listed(app)).toEqual(['CKT-2002']);
    expect(await listed(app, { includeRetired: true })).toEqual(['CKT-1001', 'CKT-2002']);
    expect(await call<Service>(app, 'services:get', { id: s.id })).toMatchObject({ retiredOn: '2026-10-15' });
    const tickets = await call<{ rows: Ticket[] }>(app, 'tickets:list', { serviceId: s.id, status: 'all' });
    expect(tickets.rows.map((x) => x.id)).toEqual([t.ticket.id]);

    const back = await call<Service>(app, 'services:retire', { id: s.id, retiredOn: null });
    expect(back.retiredOn).toBeNull();
    expect(await listed(app)).toEqual(['CKT-1001', 'CKT-2002']);

    const audit = await call<Array<{ action: string; before: string; after: string }>>(app, 'audit:list', { tableName: 'services', rowId: String(s.id) });
    expect(audit.map((a) => a.action)).toEqual(['update', 'update', 'insert']);
    expect(JSON.parse(audit[1]!.before)).toMatchObject({ retiredOn: null });
    expect(JSON.parse(audit[1]!.after)).toMatchObject({ retiredOn: '2026-10-15' });
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ retiredOn: null });
  });

  it('keeps a service retired ahead of time in the pickers until its day (agency time)', async () => {
    const clock = manualClock('2026-10-20T16:00:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    await call(app, 'services:retire', { id: s.id, retiredOn: '2026-10-31' });
    clock.set('2026-10-31T06:59:00Z'); // 23:59 PDT on October 30
    expect(await listed(app)).toEqual(['CKT-1001']);
    clock.set('2026-10-31T07:00:00Z'); // midnight PDT: October 31 has begun in Los Angeles
    expect(await listed(app)).toEqual([]);
  });

  it('refuses a new ticket or order on a retired service, and one dated after the retirement, naming the service', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    const s = await premierService(app);
    await call(app, 'services:retire', { id: s.id, retiredOn: '2026-10-15' });
    const audit = count(app, 'audit_log');
    expectRefused(
      await app.dispatch('tickets:create', { serviceId: s.id, kind: 'repair', openedAt: '2026-10-20T15:00:00Z' }),
      '/serviceId',
      /CKT-1001 was retired \(disconnected\) on 2026-10-15; an outage cannot start after that/,
    );
    // 2026-10-16T06:30Z is 23:30 on the 15th in Los Angeles; 07:30Z is already the 16th.
    expectRefused(await app.dispatch('tickets:create', { serviceId: s.id, kind: 'repair', openedAt: '2026-10-16T07:30:00Z' }), '/serviceId', /retired/);
    expectRefused(await app.dispatch('orders:create', { serviceId: s.id, orderedAt: '2026-10-19T16:00:00Z' }), '/serviceId', /an order cannot be dated after that/);
    expect(count(app, 'tickets')).toBe(0);
    expect(count(app, 'orders')).toBe(0);
    expect(count(app, 'audit_log')).toBe(audit);
    // An outage on the last day of service, found late, is still recorded (a credit may be owed).
    const late = await openTicket(app, s.id, '2026-10-16T06:30:00Z');
    expect(late.ticket.serviceId).toBe(s.id);
  });

  it('lets the ATR finish a ticket of a retired service: edit, restore and close it', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    const s = await premierService(app);
    const t = await openTicket(app, s.id, '2026-10-14T17:00:00Z');
    await call(app, 'services:retire', { id: s.id, retiredOn: '2026-10-15' });
    await call(app, 'tickets:update', { id: t.ticket.id, ticket: { serviceId: s.id, kind: 'repair', openedAt: '2026-10-14T17:00:00Z', description: 'Dead line before the disconnect' } });
    await call(app, 'tickets:addEvent', { ticketId: t.ticket.id, kind: 'restored', at: '2026-10-14T19:00:00Z' });
    const closed = await call<{ ticket: Ticket }>(app, 'tickets:addEvent', { ticketId: t.ticket.id, kind: 'closed', at: '2026-10-14T20:00:00Z' });
    expect(closed.ticket).toMatchObject({ status: 'closed', description: 'Dead line before the disconnect' });
  });

  it('refuses a retirement date before the service\'s last outage or order, and a date that is not one', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    const s = await premierService(app);
    // Alarm 2026-10-10 23:00 PDT (06:00Z on the 11th): the outage starts on the 10th, agency time.
    await openTicket(app, s.id, '2026-10-11T07:00:00Z', { alarmAt: '2026-10-11T06:00:00Z' });
    await call(app, 'orders:create', { serviceId: s.id, orderedAt: '2026-10-12T16:00:00Z' });
    const audit = count(app, 'audit_log');
    expectRefused(await app.dispatch('services:retire', { id: s.id, retiredOn: '2026-10-09' }), '/retiredOn', /has an outage starting on 2026-10-10, after 2026-10-09/);
    expectRefused(await app.dispatch('services:retire', { id: s.id, retiredOn: '2026-10-11' }), '/retiredOn', /has an order dated 2026-10-12, after 2026-10-11/);
    expectRefused(await app.dispatch('services:retire', { id: s.id, retiredOn: '2026-02-30' }), '/retiredOn', /real calendar date/);
    expectRefused(await app.dispatch('services:retire', { id: 999, retiredOn: '2026-10-12' }), '/id', /service was not found/);
    expect(count(app, 'audit_log')).toBe(audit);
    expect((await call<Service>(app, 'services:get', { id: s.id })).retiredOn).toBeNull();
    await call(app, 'services:retire', { id: s.id, retiredOn: '2026-10-12' });
  });
});
