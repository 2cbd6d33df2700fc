// Contractor notices to CALNET on CAT 2 / CAT 3 tickets (29.4.8.9 Notification), on a real data file.
import { describe, expect, it } from 'vitest';
import type { ContractorNotice } from '../../../shared/ipc/sla';
import { openTicket, premierService } from '../support/fixtures';
import { call, count, manualClock, openTestApp } from '../support/tempData';

const auditRows = (app: ReturnType<typeof openTestApp>) =>
  app.db.prepare("SELECT action, row_id AS rowId, at, before_json AS before, after_json AS after FROM audit_log WHERE table_name = 'ticket_notices' ORDER BY id").all() as Array<{
    action: string; rowId: string; at: string; before: string | null; after: string | null;
  }>;

async function cat2Ticket(app: ReturnType<typeof openTestApp>) {
  const s = await premierService(app);
  // Alarm 09:55 PDT, opened 10:05 PDT: the outage starts at the alarm (16:55Z).
  const d = await openTicket(app, s.id, '2026-10-06T17:05:00Z', { kind: 'cat2', alarmAt: '2026-10-06T16:55:00Z' });
  return d.ticket.id;
}

describe('contractor notices', () => {
  it('adds, lists in time order and deletes notices, each write audited at the clock\'s now', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-06T19:00:00Z') });
    const ticketId = await cat2Ticket(app);
    const second = await call<ContractorNotice>(app, 'notices:add', { ticketId, at: '2026-10-06T11:20:00-07:00', method: 'email', note: 'Update from AT&T NOC' });
    const first = await call<ContractorNotice>(app, 'notices:add', { ticketId, at: '2026-10-06T17:30:00Z' });
    // Stored in UTC; method defaults to phone; createdAt is the injected clock's now.
    expect(second).toMatchObject({ ticketId, at: '2026-10-06T18:20:00.000Z', method: 'email', note: 'Update from AT&T NOC', createdAt: '2026-10-06T19:00:00.000Z' });
    expect(first).toMatchObject({ at: '2026-10-06T17:30:00.000Z', method: 'phone', note: '' });
    const list = await call<ContractorNotice[]>(app, 'notices:list', { ticketId });
    expect(list.map((n) => n.id)).toEqual([first.id, second.id]);

    await call(app, 'notices:delete', { id: second.id });
    expect((await call<ContractorNotice[]>(app, 'notices:list', { ticketId })).map((n) => n.at)).toEqual(['2026-10-06T17:30:00.000Z']);

    const audit = auditRows(app);
    expect(audit.map((a) => `${a.action}:${a.rowId}`)).toEqual([`insert:${second.id}`, `insert:${first.id}`, `delete:${second.id}`]);
    expect(audit.every((a) => a.at === '2026-10-06T19:00:00.000Z')).toBe(true);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ at: '2026-10-06T18:20:00.000Z', method: 'email' });
    expect(JSON.parse(audit[2]!.before!)).toMatchObject({ at: '2026-10-06T18:20:00.000Z', note: 'Update from AT&T NOC' });
    expect(audit[2]!.after).toBeNull();
  });

  it('accepts a notice on a CAT 3 ticket, at the outage start itself, and up to a minute ahead of the clock', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-06T19:00:00Z') });
    const s = await premierService(app);
    const t = await openTicket(app, s.id, '2026-10-06T17:00:00Z', { kind: 'cat3' });
    await call(app, 'notices:add', { ticketId: t.ticket.id, at: '2026-10-06T17:00:00Z' });
    await call(app, 'notices:add', { ticketId: t.ticket.id, at: '2026-10-06T19:01:00Z' });
    expect(count(app, 'ticket_notices')).toBe(2);
  });

  it('refuses a notice on a ticket that is not CAT 2 / CAT 3, before the outage start or in the future, naming the field and writing nothing', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-06T19:00:00Z') });
    const ticketId = await cat2Ticket(app);
    const s2 = await premierService(app, { circuitId: 'CKT-2002' });
    const repair = await openTicket(app, s2.id, '2026-10-06T17:00:00Z');
    const cat1 = await openTicket(app, s2.id, '2026-10-06T17:00:00Z', { kind: 'cat1' });
    const auditBefore = count(app, 'audit_log');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ ticketId: repair.ticket.id, at: '2026-10-06T17:30:00Z' }, '/ticketId', /recorded on CAT 2 and CAT 3 tickets \(29\.4\.8\.9 Notification\); this ticket's kind is Repair/],
      [{ ticketId: cat1.ticket.id, at: '2026-10-06T17:30:00Z' }, '/ticketId', /kind is CAT 1/],
      // One minute before the alarm (16:55Z = 09:55 PDT).
      [{ ticketId, at: '2026-10-06T16:54:00Z' }, '/at', /cannot be before the outage start \(2026-10-06T09:55:00-07:00\)/],
      // 61 seconds after now.
      [{ ticketId, at: '2026-10-06T19:01:01Z' }, '/at', /cannot be in the future \(it is now 2026-10-06T12:00:00-07:00\)/],
      [{ ticketId, at: '2026-10-06 17:30' }, '/at', /date and time with a time zone offset/],
      [{ ticketId, at: '2026-10-06T17:30:00Z', method: 'fax' }, '/method', /Method must be phone, e-mail, portal or other/],
      [{ ticketId: 999, at: '2026-10-06T17:30:00Z' }, '/ticketId', /ticket was not found/],
    ];
    for (const [req, path, message] of cases) {
      const r = await app.dispatch('notices:add', req);
      expect(r.ok, JSON.stringify(req)).toBe(false);
      if (!r.ok) {
        expect(r.error.path, JSON.stringify(req)).toBe(path);
        expect(r.error.message).toMatch(message);
      }
    }
    expect(count(app, 'ticket_notices')).toBe(0);
    expect(count(app, 'audit_log')).toBe(auditBefore);
  });

  it('says so when the notice or the ticket does not exist', async () => {
    const app = openTestApp();
    expect(await app.dispatch('notices:delete', { id: 42 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/id' } });
    expect(await app.dispatch('notices:list', { ticketId: 42 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/ticketId' } });
    expect(count(app, 'audit_log')).toBe(0);
  });
});
