// Time that makes sense (issue 10 item 4): nothing that happened is in the future, each step
// follows the one it answers, and the refusal names the field and prints agency time.
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/contract';
import type { Order, StopClock, TicketDetail } from '../../../shared/ipc/tickets';
import { openTicket, premierService } from '../support/fixtures';
import { call, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;

/** Rows written on this connection so far: a refusal must leave it where it was. */
const changes = (app: App) => (app.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

async function refused(app: App, channel: string, request: unknown): Promise<{ code: string; path: string; message: string }> {
  const before = changes(app);
  const r = (await app.dispatch(channel, request)) as IpcResult<unknown>;
  expect(changes(app), `${channel} wrote while refusing`).toBe(before);
  if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(request)}`);
  return r.error;
}

// The clock reads Tuesday Oct 6, 2026, 18:00 UTC = 11:00 AM PDT in Sacramento.
async function setUp() {
  const clock = manualClock('2026-10-06T18:00:00Z');
  const app = openTestApp({ clock });
  const s = await premierService(app);
  const d = await openTicket(app, s.id, '2026-10-06T17:00:00Z', { alarmAt: '2026-10-06T16:50:00Z' });
  return { app, clock, s, t: d.ticket };
}

describe('instants in the future are refused, in agency time, at the field', () => {
  it('refuses a restoration typed in December, so the ticket can still be restored and closed', async () => {
    const { app, clock, t } = await setUp();
    expect(await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-12-03T18:00:00Z' })).toEqual({
      code: 'invalid',
      path: '/at',
      message: 'Restored (contractor) cannot be in the future: Dec 3, 2026, 10:00 AM PST is after now (Oct 6, 2026, 11:00 AM PDT)',
    });
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T17:45:00Z' });
    clock.set('2026-10-06T19:00:00Z');
    const closed = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: t.id, kind: 'closed', at: '2026-10-06T19:00:00Z' });
    expect(closed.ticket).toMatchObject({ status: 'closed', restoredAt: '2026-10-06T17:45:00.000Z', closedAt: '2026-10-06T19:00:00.000Z' });
  });

  it('allows a clock a minute fast (another PC) but not two', async () => {
    const { app, t } = await setUp();
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'note', at: '2026-10-06T18:00:59Z', detail: 'Called from the desk phone' });
    expect((await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'note', at: '2026-10-06T18:02:00Z', detail: 'x' })).path).toBe('/at');
  });

  it('refuses a future opening or alarm on tickets:create, naming the field', async () => {
    const { app, s } = await setUp();
    const base = { serviceId: s.id, kind: 'repair', openedAt: '2026-10-06T17:30:00Z' };
    expect(await refused(app, 'tickets:create', { ...base, openedAt: '2026-10-07T17:00:00-07:00' })).toEqual({
      code: 'invalid',
      path: '/openedAt',
      message: 'The opening cannot be in the future: Oct 7, 2026, 5:00 PM PDT is after now (Oct 6, 2026, 11:00 AM PDT)',
    });
    expect(await refused(app, 'tickets:create', { ...base, alarmAt: '2026-10-06T19:00:00Z' })).toMatchObject({ path: '/alarmAt', message: expect.stringMatching(/^The alarm cannot be in the future: Oct 6, 2026, 12:00 PM PDT/) });
  });

  it('refuses a future opening on tickets:update at /ticket/openedAt', async () => {
    const { app, s, t } = await setUp();
    const r = await refused(app, 'tickets:update', { id: t.id, ticket: { serviceId: s.id, kind: 'repair', openedAt: '2026-10-09T17:00:00Z' } });
    expect(r).toMatchObject({ path: '/ticket/openedAt', message: expect.stringMatching(/^The opening cannot be in the future: Oct 9, 2026, 10:00 AM PDT/) });
  });

  it('refuses a stop clock that starts or ends in the future', async () => {
    const { app, t } = await setUp();
    expect(await refused(app, 'stopClocks:start', { ticketId: t.id, code: 'POWER', startAt: '2026-10-06T20:00:00Z' })).toMatchObject({
      path: '/startAt',
      message: "The stop clock's start cannot be in the future: Oct 6, 2026, 1:00 PM PDT is after now (Oct 6, 2026, 11:00 AM PDT)",
    });
    expect((await refused(app, 'stopClocks:start', { ticketId: t.id, code: 'POWER', startAt: '2026-10-06T17:10:00Z', endAt: '2026-10-06T18:30:00Z' })).path).toBe('/endAt');
    const sc = await call<StopClock>(app, 'stopClocks:start', { ticketId: t.id, code: 'POWER', startAt: '2026-10-06T17:10:00Z' });
    expect(await refused(app, 'stopClocks:end', { id: sc.id, endAt: '2026-10-06T18:30:00Z' })).toMatchObject({ path: '/endAt', message: expect.stringMatching(/^The stop clock's end cannot be in the future: Oct 6, 2026, 11:30 AM PDT/) });
  });

  it('refuses an order placed or completed in the future, but takes a due date ahead', async () => {
    const { app, s } = await setUp();
    expect((await refused(app, 'orders:create', { serviceId: s.id, orderedAt: '2026-10-08T16:00:00Z' })).path).toBe('/orderedAt');
    expect((await refused(app, 'orders:create', { serviceId: s.id, orderedAt: '2026-09-01T16:00:00Z', completedAt: '2026-10-08T16:00:00Z' })).path).toBe('/completedAt');
    const o = await call<Order>(app, 'orders:create', { serviceId: s.id, orderedAt: '2026-09-01T16:00:00Z', dueDate: '2026-11-30' });
    expect(o.dueDate).toBe('2026-11-30');
  });
});

describe('the order of events is checked, in agency time, at the field', () => {
  it('refuses a restoration before the opening even when it is after the alarm', async () => {
    const { app, t } = await setUp();
    expect(await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T16:55:00Z' })).toEqual({
      code: 'invalid',
      path: '/at',
      message: "Restored (contractor) (Oct 6, 2026, 9:55 AM PDT) cannot be before the ticket's opening (Oct 6, 2026, 10:00 AM PDT)",
    });
  });

  it('refuses an actual restoration before the End-User\'s "not restored" report, and a closing before the restoration', async () => {
    const { app, t } = await setUp();
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T17:20:00Z' });
    expect(await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'closed', at: '2026-10-06T17:10:00Z' })).toMatchObject({
      path: '/at',
      message: 'Closed (Oct 6, 2026, 10:10 AM PDT) cannot be before the restoration (Oct 6, 2026, 10:20 AM PDT)',
    });
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'not_restored', at: '2026-10-06T17:40:00Z' });
    expect(await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'actual_restored', at: '2026-10-06T17:30:00Z' })).toEqual({
      code: 'invalid',
      path: '/at',
      message: 'Actual restoration (Oct 6, 2026, 10:30 AM PDT) cannot be before the End-User\'s "not restored" report (Oct 6, 2026, 10:40 AM PDT)',
    });
    const d = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: t.id, kind: 'actual_restored', at: '2026-10-06T17:50:00Z' });
    expect(d.ticket).toMatchObject({ status: 'restored', actualRestoredAt: '2026-10-06T17:50:00.000Z' });
  });

  it('refuses an edit that moves the opening or the alarm after the restoration', async () => {
    const { app, s, t } = await setUp();
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T17:20:00Z' });
    const draft = { serviceId: s.id, kind: 'repair', openedAt: '2026-10-06T17:00:00Z', alarmAt: '2026-10-06T16:50:00Z' };
    expect(await refused(app, 'tickets:update', { id: t.id, ticket: { ...draft, openedAt: '2026-10-06T17:30:00Z' } })).toEqual({
      code: 'invalid',
      path: '/ticket/openedAt',
      message: "The opening (Oct 6, 2026, 10:30 AM PDT) cannot be after the contractor's restoration (Oct 6, 2026, 10:20 AM PDT)",
    });
    expect((await refused(app, 'tickets:update', { id: t.id, ticket: { ...draft, alarmAt: '2026-10-06T17:25:00Z' } })).path).toBe('/ticket/alarmAt');
  });

  it('prints an earlier restoration in agency time when a second one is refused', async () => {
    const { app, t } = await setUp();
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T17:20:00Z' });
    expect((await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T17:30:00Z' })).message).toMatch(/^The contractor already declared it restored at Oct 6, 2026, 10:20 AM PDT;/);
  });
});

describe('calendar-invalid instants are refused by the schema at the field', () => {
  it('February 30 at /at, /openedAt and /ticket/openedAt', async () => {
    const { app, s, t } = await setUp();
    const message = 'must be a real calendar date (no February 30)';
    expect(await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'note', at: '2026-02-30T10:00:00Z', detail: 'x' })).toMatchObject({ code: 'invalid', path: '/at', message });
    expect(await refused(app, 'tickets:create', { serviceId: s.id, kind: 'repair', openedAt: '2026-02-30T10:00:00Z' })).toMatchObject({ path: '/openedAt', message });
    expect(await refused(app, 'tickets:update', { id: t.id, ticket: { serviceId: s.id, kind: 'repair', openedAt: '2026-02-30T10:00:00Z' } })).toMatchObject({ path: '/ticket/openedAt', message });
    expect(await refused(app, 'stopClocks:start', { ticketId: t.id, code: 'POWER', startAt: '2026-09-31T10:00:00Z' })).toMatchObject({ path: '/startAt', message });
  });
});
