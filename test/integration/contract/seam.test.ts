// The seam refuses what it should (issue 10 item 6): tickets:create / tickets:update check the
// ladder, refuse unknown keys at every level, seats are whole numbers only, and a bad value is
// never `internal`: it is refused naming the field, and nothing is written.
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/contract';
import type { Service } from '../../../shared/ipc/services';
import { openTicket, premierService } from '../support/fixtures';
import { call, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;

const changes = (app: App) => (app.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

async function refused(app: App, channel: string, request: unknown): Promise<{ code: string; path: string; message: string }> {
  const before = changes(app);
  const r = (await app.dispatch(channel, request)) as IpcResult<unknown>;
  expect(changes(app), `${channel} wrote while refusing`).toBe(before);
  if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(request)}`);
  expect(r.error.code, `${channel}: ${r.error.message}`).not.toBe('internal');
  return r.error;
}

async function setUp() {
  const app = openTestApp({ clock: manualClock('2026-10-06T18:00:00Z') });
  const s = await premierService(app);
  const d = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
  const draft = { serviceId: s.id, kind: 'repair', openedAt: '2026-10-06T17:00:00Z' };
  return { app, s, t: d.ticket, draft };
}

describe('tickets:create and tickets:update', () => {
  it('refuse a ladder that is not one of the shipped ladders (today it silently turned escalation off)', async () => {
    const { app, t, draft } = await setUp();
    expect(await refused(app, 'tickets:create', { ...draft, ladderId: 'made-up' })).toMatchObject({ code: 'invalid', path: '/ladderId', message: expect.stringMatching(/^Ladder must be att-calnet3-service-impacting, /) });
    expect((await refused(app, 'tickets:update', { id: t.id, ticket: { ...draft, ladderId: 'made-up' } })).path).toBe('/ticket/ladderId');
    const ok = await call<{ ticket: { ladderId: string } }>(app, 'tickets:create', { ...draft, ladderId: 'ccc-severity-1' });
    expect(ok.ticket.ladderId).toBe('ccc-severity-1');
  });

  it('refuse unknown keys at the top and inside `ticket`', async () => {
    const { app, t, draft } = await setUp();
    expect(await refused(app, 'tickets:create', { ...draft, restoredAt: '2026-10-06T17:30:00Z' })).toMatchObject({ code: 'invalid', message: expect.stringMatching(/restoredAt/) });
    expect(await refused(app, 'tickets:update', { id: t.id, ticket: { ...draft, status: 'closed' } })).toMatchObject({ code: 'invalid', path: '/ticket', message: expect.stringMatching(/status/) });
  });

  it('answer not_found naming the field for an incident, service or ticket that does not exist', async () => {
    const { app, t, draft } = await setUp();
    expect(await refused(app, 'tickets:create', { ...draft, incidentId: 999 })).toMatchObject({ code: 'not_found', path: '/incidentId' });
    expect(await refused(app, 'tickets:create', { ...draft, serviceId: 999 })).toMatchObject({ code: 'not_found', path: '/serviceId' });
    expect(await refused(app, 'tickets:update', { id: t.id, ticket: { ...draft, incidentId: 999 } })).toMatchObject({ code: 'not_found', path: '/ticket/incidentId' });
    expect(await refused(app, 'tickets:update', { id: 999, ticket: draft })).toMatchObject({ code: 'not_found', path: '/id' });
    expect(await refused(app, 'tickets:addEvent', { ticketId: 999, kind: 'note', at: '2026-10-06T17:30:00Z', detail: 'x' })).toMatchObject({ code: 'not_found', path: '/ticketId' });
    expect(await refused(app, 'stopClocks:start', { ticketId: 999, code: 'POWER', startAt: '2026-10-06T17:30:00Z' })).toMatchObject({ code: 'not_found', path: '/ticketId' });
  });

  it('refuse year 9999 at the field instead of failing inside', async () => {
    const { app, t, draft } = await setUp();
    expect(await refused(app, 'tickets:create', { ...draft, openedAt: '9999-12-31T23:00:00-08:00' })).toMatchObject({ code: 'invalid', path: '/openedAt', message: 'must be a year from 1990 to 2100' });
    expect((await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '9999-12-31T23:59:59Z' })).path).toBe('/at');
    expect((await refused(app, 'orders:create', { serviceId: draft.serviceId, orderedAt: '2026-09-01T16:00:00Z', dueDate: '9999-12-31' })).path).toBe('/dueDate');
  });

  it('refuse ill-formed Unicode (a lone surrogate) naming the field', async () => {
    const { app, t, draft } = await setUp();
    expect(await refused(app, 'tickets:create', { ...draft, description: 'No dial tone \uD83D' })).toEqual(
      expect.objectContaining({ code: 'invalid', path: '/description', message: 'Description contains a character that is not valid text; type it again' }),
    );
    expect((await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'note', at: '2026-10-06T17:30:00Z', detail: '\uDE00 called' })).path).toBe('/detail');
    expect((await refused(app, 'stopClocks:start', { ticketId: t.id, code: 'ACCESS', startAt: '2026-10-06T17:30:00Z', note: 'locked \uD800' })).path).toBe('/note');
    // A real emoji is a surrogate pair and is kept.
    const ok = await call<{ ticket: { description: string } }>(app, 'tickets:create', { ...draft, description: 'Fiber cut 🚧' });
    expect(ok.ticket.description).toBe('Fiber cut 🚧');
  });
});

describe('services: seats are whole numbers only', () => {
  it('refuses true, "0x10", "1e3" and 2.5 instead of coercing them to 1, 16, 1000', async () => {
    const { app } = await setUp();
    for (const seats of [true, '0x10', '1e3', 2.5, '12.0']) {
      expect(await refused(app, 'services:create', { circuitId: `S-${String(seats)}`, contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '10', seats })).toMatchObject({
        code: 'invalid',
        path: '/seats',
        message: 'Seats must be a whole number',
      });
    }
    const typed = await call<Service>(app, 'services:create', { circuitId: 'S-60', contractorId: 1, serviceType: 'converged-voip', tier: 'premier', tmrc: '10', seats: '60' });
    expect(typed.seats).toBe(60);
  });
});

describe('list queries', () => {
  it('refuse an unknown key inside `sort`', async () => {
    const { app } = await setUp();
    expect((await refused(app, 'tickets:list', { sort: { key: 'startAt', dir: 'asc', nulls: 'last' } })).path).toBe('/sort');
    expect((await refused(app, 'services:list', { sort: { key: 'circuitId', dir: 'asc', x: 1 } })).path).toBe('/sort');
  });
});
