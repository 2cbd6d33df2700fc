import { describe, expect, it } from 'vitest';
import type { Order, StopClock, TicketDetail } from '../../../shared/ipc/tickets';
import { premierService, openTicket } from '../support/fixtures';
import { call, count, manualClock, openTestApp } from '../support/tempData';

const H = 3_600_000;

function countdown(d: TicketDetail, key: string) {
  const c = d.countdowns.find((x) => x.key === key);
  if (!c) throw new Error(`no countdown ${key} in ${d.countdowns.map((x) => x.key).join(', ')}`);
  return c;
}

describe('tickets and their SLA countdowns', () => {
  it('opens a ticket with the TTR and Excessive Outage countdowns of its tier', async () => {
    const clock = manualClock('2026-10-06T18:00:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    // Alarm 10 minutes before the ticket was opened: the outage starts at the alarm.
    const d = await openTicket(app, s.id, '2026-10-06T17:10:00Z', { alarmAt: '2026-10-06T17:00:00Z' });
    expect(d.ticket).toMatchObject({ status: 'open', startAt: '2026-10-06T17:00:00.000Z', circuitId: 'CKT-1001', ladderId: 'att-calnet3-service-impacting' });
    expect(d.events.map((e) => e.kind)).toEqual(['opened']);
    // Premier: TTR ≤ 4 h, Excessive Outage ≤ 8 h; one hour has elapsed at 18:00.
    expect(countdown(d, 'time-to-repair')).toMatchObject({ remainingMs: 3 * H, intervalMs: 4 * H, paused: false, dueAt: '2026-10-06T21:00:00.000Z', clause: '29.4.8.11' });
    expect(countdown(d, 'excessive-outage')).toMatchObject({ remainingMs: 7 * H, dueAt: '2026-10-07T01:00:00.000Z' });
    expect(d.countdowns.find((c) => c.key === 'cat1')).toBeUndefined();
  });

  it('pauses the countdowns while a stop clock runs and resumes them later by the stopped time', async () => {
    const clock = manualClock('2026-10-06T18:00:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    const d = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    const sc = await call<StopClock>(app, 'stopClocks:start', { ticketId: d.ticket.id, code: 'END_USER_REQUEST', startAt: '2026-10-06T18:00:00Z', note: 'End-User asked to test tomorrow; called 916-555-0101 twice' });
    clock.set('2026-10-06T18:30:00Z');
    const paused = await call<TicketDetail>(app, 'tickets:get', { id: d.ticket.id });
    expect(countdown(paused, 'time-to-repair')).toMatchObject({ paused: true, dueAt: null, remainingMs: 3 * H });
    await call(app, 'stopClocks:end', { id: sc.id, endAt: '2026-10-06T18:30:00Z' });
    const resumed = await call<TicketDetail>(app, 'tickets:get', { id: d.ticket.id });
    // 30 minutes stopped: due 21:30 instead of 21:00.
    expect(countdown(resumed, 'time-to-repair')).toMatchObject({ paused: false, remainingMs: 3 * H, dueAt: '2026-10-06T21:30:00.000Z' });
    expect(resumed.events.map((e) => e.kind)).toEqual(['opened', 'stop_clock', 'stop_clock_ended']);
  });

  it('refuses cleared-while-testing, no-trouble-found, provisioning delay on a ticket and undocumented stop clocks, writing nothing', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-06T19:00:00Z') });
    const s = await premierService(app);
    const d = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    const auditBefore = count(app, 'audit_log');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ code: 'NO_TROUBLE_FOUND' }, '/code', /never a stop clock/i],
      [{ code: 'CLEARED_WHILE_TESTING' }, '/code', /never a stop clock/i],
      [{ code: 'CUSTOMER_PROVISIONING_DELAY' }, '/code', /orders\) only/],
      [{ code: 'ACCESS', note: '' }, '/note', /needs a note/],
      [{ code: 'MAINTENANCE' }, '/windowStart', /maintenance window/],
      [{ code: 'LUNCH' }, '/code', /"LUNCH" is not a stop clock condition/],
      [{ code: 'POWER', endAt: '2026-10-06T17:30:00Z', startAt: '2026-10-06T18:00:00Z' }, '/endAt', /cannot end before it starts/],
    ];
    for (const [fields, path, message] of cases) {
      const r = await app.dispatch('stopClocks:start', { ticketId: d.ticket.id, startAt: '2026-10-06T18:00:00Z', ...fields });
      expect(r.ok, JSON.stringify(fields)).toBe(false);
      if (!r.ok) {
        expect(r.error.path).toBe(path);
        expect(r.error.message).toMatch(message);
      }
    }
    expect(count(app, 'stop_clocks')).toBe(0);
    expect(count(app, 'audit_log')).toBe(auditBefore);
  });

  it('voids WIRING, ACCESS, CPE and CUSTOMER_ENVIRONMENTAL only, keeping the interval with the reason', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-06T20:00:00Z') });
    const s = await premierService(app);
    const d = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    const wiring = await call<StopClock>(app, 'stopClocks:start', { ticketId: d.ticket.id, code: 'WIRING', startAt: '2026-10-06T18:00:00Z', endAt: '2026-10-06T19:00:00Z' });
    expect(countdown(await call<TicketDetail>(app, 'tickets:get', { id: d.ticket.id }), 'time-to-repair').remainingMs).toBe(2 * H);
    const voided = await call<StopClock>(app, 'stopClocks:void', { id: wiring.id, reason: 'Fault was in the contractor CO', who: 'J. ATR' });
    expect(voided).toMatchObject({ voidedReason: 'Fault was in the contractor CO', voidedBy: 'J. ATR', startAt: '2026-10-06T18:00:00.000Z' });
    expect(voided.voidedAt).not.toBeNull();
    // The hour counts again: 3 h elapsed of 4.
    expect(countdown(await call<TicketDetail>(app, 'tickets:get', { id: d.ticket.id }), 'time-to-repair').remainingMs).toBe(1 * H);
    const power = await call<StopClock>(app, 'stopClocks:start', { ticketId: d.ticket.id, code: 'POWER', startAt: '2026-10-06T19:00:00Z', endAt: '2026-10-06T19:10:00Z' });
    expect(await app.dispatch('stopClocks:void', { id: power.id, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/cannot be voided/) } });
  });

  it('follows restoration, the End-User\'s "not restored" report, actual restoration, closing and reopening in order', async () => {
    const clock = manualClock('2026-10-06T23:00:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    const { ticket } = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    const ev = (kind: string, at: string, extra: Record<string, unknown> = {}) => app.dispatch('tickets:addEvent', { ticketId: ticket.id, kind, at, ...extra });
    expect(await ev('closed', '2026-10-06T18:00:00Z')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/restoration before closing/) } });
    expect(await ev('restored', '2026-10-06T16:00:00Z')).toMatchObject({ ok: false, error: { path: '/at' } });
    expect(await ev('restored', '2026-10-06T19:00:00Z')).toMatchObject({ ok: true, value: { ticket: { status: 'restored', restoredAt: '2026-10-06T19:00:00.000Z' } } });
    // Observation requested by the End-User after restoration, then the End-User says it never worked.
    await call(app, 'stopClocks:start', { ticketId: ticket.id, code: 'OBSERVATION', startAt: '2026-10-06T19:00:00Z' });
    const nr = await ev('not_restored', '2026-10-06T20:00:00Z');
    expect(nr).toMatchObject({ ok: true, value: { ticket: { status: 'open', notRestoredAt: '2026-10-06T20:00:00.000Z' } } });
    if (nr.ok) {
      const d = nr.value as TicketDetail;
      // The observation stop clock ran until the report (29.4.7 line 2) and the outage is open again:
      // at 23:00, 6 h elapsed − 1 h observation = 5 h unavailable > 4 h TTR objective: missed.
      expect(d.stopClocks[0]).toMatchObject({ code: 'OBSERVATION', endAt: '2026-10-06T20:00:00.000Z' });
      expect(countdown(d, 'time-to-repair').remainingMs).toBe(-1 * H);
    }
    expect(await ev('actual_restored', '2026-10-06T21:00:00Z')).toMatchObject({ ok: true, value: { ticket: { status: 'restored' } } });
    expect(await ev('closed', '2026-10-06T20:30:00Z')).toMatchObject({ ok: false, error: { path: '/at' } });
    expect(await ev('closed', '2026-10-06T22:00:00Z')).toMatchObject({ ok: true, value: { ticket: { status: 'closed' } } });
    expect(await ev('reopened', '2026-10-06T22:30:00Z')).toMatchObject({ ok: true, value: { ticket: { status: 'restored', closedAt: null } } });
    const audit = app.db.prepare("SELECT count(*) AS n FROM audit_log WHERE table_name = 'tickets' AND action = 'update'").get() as { n: number };
    expect(audit.n).toBe(5);
  });

  it('escalates on the contractor\'s ladder and names the agency\'s contact for the next level', async () => {
    const clock = manualClock('2026-10-06T18:00:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    await call(app, 'ladders:setContact', { contractorId: 1, ladderId: 'att-calnet3-service-impacting', level: 2, name: 'Pat Program', phone: '916-555-0102' });
    const { ticket } = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    const before = await call<TicketDetail>(app, 'tickets:get', { id: ticket.id });
    expect(before.nextContact).toMatchObject({ level: 1, role: 'Account Manager', fallback: expect.stringContaining('800-321-0500') });
    // Tuesday 11:00 PDT: first contact at level 1 starts the ladder.
    const after = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'escalated', level: 1, at: '2026-10-06T18:00:00Z', whom: 'Account Manager', how: 'phone', answer: 'Dispatching a tech' });
    expect(after.nextContact).toMatchObject({ level: 2, name: 'Pat Program', phone: '916-555-0102' });
    // Level 2 is due 4 wall-clock hours after the ladder's start.
    expect(countdown(after, 'escalation-L2')).toMatchObject({ dueAt: '2026-10-06T22:00:00.000Z', remainingMs: 4 * H, intervalMs: 4 * H, businessTime: false, contact: 'Pat Program' });
    clock.set('2026-10-06T18:30:00Z');
    const l2 = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'escalated', level: 2, at: '2026-10-06T18:30:00Z', whom: 'Pat Program', how: 'e-mail' });
    // Level 3: one business day after the start, Wednesday 11:00 PDT, counted in business time (9 h).
    expect(countdown(l2, 'escalation-L3')).toMatchObject({ dueAt: '2026-10-07T18:00:00.000Z', businessTime: true, intervalMs: 9 * H });
    expect(l2.events.filter((e) => e.kind === 'escalated').map((e) => [e.level, e.whom, e.how])).toEqual([[1, 'Account Manager', 'phone'], [2, 'Pat Program', 'e-mail']]);
  });

  it('puts the nearest deadline first on the board', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-06T20:00:00Z') });
    const s = await premierService(app);
    const b = await premierService(app, { circuitId: 'CKT-2', tier: 'basic' });
    const late = await openTicket(app, s.id, '2026-10-06T19:00:00Z');
    const early = await openTicket(app, b.id, '2026-10-06T13:30:00Z');
    await call(app, 'tickets:addEvent', { ticketId: late.ticket.id, kind: 'escalated', level: 1, at: '2026-10-06T19:00:00Z' });
    await call(app, 'tickets:addEvent', { ticketId: early.ticket.id, kind: 'escalated', level: 1, at: '2026-10-06T19:00:00Z' });
    const board = await call<{ entries: Array<{ ticket: { id: number } }> }>(app, 'tickets:board', {});
    // Basic TTR 6 h from 13:30 → 30 minutes left; Premier from 19:00 → 3 h left.
    expect(board.entries.map((e) => e.ticket.id)).toEqual([early.ticket.id, late.ticket.id]);
  });

  it('suggests CAT 1 when linked tickets at one address cover two service types or 50 seats', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-06T18:00:00Z') });
    const voip = await premierService(app, { address: '1325 J St' });
    const vm = await premierService(app, { circuitId: 'VM-1', serviceType: 'converged-voip-voicemail', address: '1325 J St' });
    const big = await premierService(app, { circuitId: 'BIG', seats: 60, address: '10 Main St' });
    const t1 = await openTicket(app, voip.id, '2026-10-06T17:00:00Z');
    const t2 = await openTicket(app, vm.id, '2026-10-06T17:00:00Z');
    const t3 = await openTicket(app, big.id, '2026-10-06T17:00:00Z');
    const one = await call<{ suggestion: unknown }>(app, 'incidents:create', { reference: 'INC-1', ticketIds: [t1.ticket.id] });
    expect(one.suggestion).toBeNull();
    const two = await call<{ suggestion: { reason: string } }>(app, 'incidents:create', { reference: 'INC-2', ticketIds: [t1.ticket.id, t2.ticket.id] });
    expect(two.suggestion).toMatchObject({ category: 'cat1', reason: expect.stringMatching(/2 service types/) });
    const seats = await call<{ suggestion: { reason: string } }>(app, 'incidents:create', { reference: 'INC-3', ticketIds: [t3.ticket.id] });
    expect(seats.suggestion).toMatchObject({ category: 'cat1', reason: expect.stringMatching(/60 seats/) });
  });

  it('gives an order its due date: ordered + 45 days on Converged VoIP, extended by provisioning delay', async () => {
    const app = openTestApp(); // now: 2026-10-05T16:00:00Z
    const s = await premierService(app);
    // Ordered Sep 1 09:00 PDT: the agency date Sep 1 + 45 calendar days = Oct 16; on time until the
    // end of that day, Oct 17 00:00 PDT = 07:00Z. Not completed and not yet due: pending.
    const o = await call<Order>(app, 'orders:create', { serviceId: s.id, reference: 'SR-9', orderedAt: '2026-09-01T16:00:00Z' });
    expect(o).toMatchObject({ dueDate: null, due: { dueDate: '2026-10-16', negotiated: false, intervalDays: 45, delayMs: 0, delayRunning: false, dueEndsAt: '2026-10-17T07:00:00.000Z', status: 'pending', month: '2026-10' } });
    await call(app, 'stopClocks:start', { orderId: o.id, code: 'CUSTOMER_PROVISIONING_DELAY', startAt: '2026-09-10T16:00:00Z', endAt: '2026-09-12T16:00:00Z', note: 'No conduit' });
    // Two days of delay move the end of the due date to Oct 19 00:00 PDT; the order still belongs to October.
    const [withDelay] = await call<Order[]>(app, 'orders:list', { serviceId: s.id });
    expect(withDelay!.due).toMatchObject({ dueDate: '2026-10-16', delayMs: 2 * 24 * H, dueEndsAt: '2026-10-19T07:00:00.000Z', month: '2026-10' });
    const refused = await app.dispatch('stopClocks:start', { orderId: o.id, code: 'POWER', startAt: '2026-09-10T16:00:00Z' });
    expect(refused).toMatchObject({ ok: false, error: { path: '/code', message: expect.stringMatching(/only Customer Provisioning Delay/) } });
  });

  it('keeps a negotiated due date as an agency date, refusing one before the order\'s date', async () => {
    const app = openTestApp();
    const s = await premierService(app);
    const draft = { serviceId: s.id, reference: 'SR-10', orderedAt: '2026-09-01T16:00:00Z' };
    // Sep 20 negotiated: on time until Sep 21 00:00 PDT.
    const o = await call<Order>(app, 'orders:create', { ...draft, dueDate: '2026-09-20' });
    expect(o).toMatchObject({ dueDate: '2026-09-20', due: { dueDate: '2026-09-20', negotiated: true, intervalDays: null, dueEndsAt: '2026-09-21T07:00:00.000Z', status: 'late', month: '2026-09' } });
    expect(app.db.prepare('SELECT due_date AS d, due_at AS a FROM orders WHERE id = ?').get(o.id)).toEqual({ d: '2026-09-20', a: null });
    // The order's own date is allowed (Sep 1 in the agency's zone), the day before is not.
    expect(await app.dispatch('orders:update', { ...draft, id: o.id, dueDate: '2026-09-01' })).toMatchObject({ ok: true });
    const before = await app.dispatch('orders:update', { ...draft, id: o.id, dueDate: '2026-08-31' });
    expect(before).toMatchObject({ ok: false, error: { path: '/dueDate', message: "The due date cannot be before the order's date (2026-09-01)" } });
    expect(await app.dispatch('orders:create', { ...draft, dueDate: '2026-02-30' })).toMatchObject({ ok: false, error: { path: '/dueDate', message: 'must be a real calendar date' } });
    expect(await app.dispatch('orders:create', { ...draft, dueDate: '2026-09-20T17:00:00Z' })).toMatchObject({ ok: false, error: { path: '/dueDate' } });
    expect(app.db.prepare('SELECT due_date AS d FROM orders WHERE id = ?').get(o.id)).toEqual({ d: '2026-09-01' });
  });
});
