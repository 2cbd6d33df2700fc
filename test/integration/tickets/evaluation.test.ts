// The agency's own data evaluated by the engine: tickets written through the real channels into
// a real SQLite file, read back (readAgencyRows → toModelInput → prepareModel) and evaluated,
// with the figures checked by hand and against the same facts written as a case file.
import { describe, expect, it } from 'vitest';
import { toModelInput } from '../../../electron/services/evaluation/model';
import { readAgencyRows } from '../../../electron/services/evaluation/rows';
import type { StopClock, TicketDetail } from '../../../shared/ipc/tickets';
import { evaluateCase, evaluateMonth, loadCatalog, prepareModel } from '../../../shared/sla';
import type { Report, SlaResult } from '../../../shared/sla';
import { openTicket, premierService } from '../support/fixtures';
import { call, manualClock, openTestApp } from '../support/tempData';

function find(report: Report, sla: string, ticketId?: string): SlaResult {
  const r = report.results.find((x) => x.sla === sla && (ticketId === undefined || x.ticketId === ticketId));
  if (!r) throw new Error(`no ${sla} result${ticketId ? ` for ticket ${ticketId}` : ''}`);
  return r;
}

describe('evaluating the agency data file', () => {
  it('reads tickets, stop clocks and restorations back into the engine with the figures an ATR checks by hand', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-02T18:00:00Z') });
    const s = await premierService(app); // Premier, TMRC $1,200.00, ADUC $35.50
    // A: alarm 16:50Z before the ticket opened at 17:00Z; End-User asked to wait 18:00–18:30Z; restored 23:50Z.
    const a = await openTicket(app, s.id, '2026-10-06T17:00:00Z', { alarmAt: '2026-10-06T16:50:00Z' });
    const sc = await call<StopClock>(app, 'stopClocks:start', { ticketId: a.ticket.id, code: 'END_USER_REQUEST', startAt: '2026-10-06T18:00:00Z', note: 'End-User asked to wait' });
    await call(app, 'stopClocks:end', { id: sc.id, endAt: '2026-10-06T18:30:00Z' });
    await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: a.ticket.id, kind: 'restored', at: '2026-10-06T23:50:00Z' });
    await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: a.ticket.id, kind: 'closed', at: '2026-10-07T01:00:00Z' });
    // B: restored 19:00Z, observation from 19:00Z, the End-User reports it not restored at 20:00Z,
    // actually restored 21:00Z.
    const b = await openTicket(app, s.id, '2026-10-08T17:00:00Z', { contractorTicket: 'ATT-2' });
    const ev = (kind: string, at: string) => call<TicketDetail>(app, 'tickets:addEvent', { ticketId: b.ticket.id, kind, at });
    await ev('restored', '2026-10-08T19:00:00Z');
    await call(app, 'stopClocks:start', { ticketId: b.ticket.id, code: 'OBSERVATION', startAt: '2026-10-08T19:00:00Z' });
    await ev('not_restored', '2026-10-08T20:00:00Z');
    await ev('actual_restored', '2026-10-08T21:00:00Z');
    await ev('closed', '2026-10-08T22:00:00Z');

    const model = toModelInput(readAgencyRows(app.db), 'America/Los_Angeles', '2026-10').input;
    const report = evaluateMonth(prepareModel(model, loadCatalog()), '2026-10');
    const A = String(a.ticket.id);
    const B = String(b.ticket.id);

    // A: 16:50 → 23:50 = 420 min, minus the 30-min stop clock = 390 min > 240 (Premier TTR 4 h):
    // missed, 25% of $1,200.00 = $300.00; ≤ 480 min (Excessive Outage 8 h): met.
    expect(find(report, 'time-to-repair', A)).toMatchObject({ met: false, measure: { minutes: 390 }, credit: { amount: 300 } });
    expect(find(report, 'excessive-outage', A)).toMatchObject({ met: true, measure: { minutes: 390 } });
    expect(find(report, 'time-to-repair', A).explain.join('\n')).toContain('the network alarm, before the ticket opened');
    // B: measured to the actual restoration 21:00Z: 240 min minus the 60-min observation = 180 min.
    expect(find(report, 'time-to-repair', B)).toMatchObject({ met: true, measure: { minutes: 180 } });
    // Availability: A earned a TTR remedy, so only B's 180 min count: (44,640 − 180) / 44,640 = 99.5968%.
    expect(find(report, 'availability')).toMatchObject({ measure: { percent: 99.5968, minutes: 180 } });
    expect(report.totalCredit).toBe(300);

    // The same facts as a case file give the same report, line for line.
    const asCase = evaluateCase({
      month: '2026-10',
      // The engine names a service by its Circuit ID.
      services: [{ id: 'CKT-1001', type: 'converged-voip', tier: 'premier', tmrc: 1200, aduc: 35.5, installFee: 0, site: 'SAC-HQ' }],
      tickets: [
        {
          id: A, serviceId: 'CKT-1001', kind: 'repair', alarmAt: '2026-10-06T16:50:00Z', openedAt: '2026-10-06T17:00:00Z', restoredAt: '2026-10-06T23:50:00Z', closedAt: '2026-10-07T01:00:00Z',
          stopClocks: [{ code: 'END_USER_REQUEST', start: '2026-10-06T18:00:00Z', end: '2026-10-06T18:30:00Z' }],
        },
        {
          id: B, serviceId: 'CKT-1001', kind: 'repair', openedAt: '2026-10-08T17:00:00Z', restoredAt: '2026-10-08T19:00:00Z', actualRestoredAt: '2026-10-08T21:00:00Z', closedAt: '2026-10-08T22:00:00Z',
          stopClocks: [{ code: 'OBSERVATION', start: '2026-10-08T19:00:00Z', end: '2026-10-08T20:00:00Z' }],
        },
      ],
    });
    // A case file records no End-User report (CASE_FORMAT.md): the app's line also says when it came.
    const fromApp = JSON.parse(JSON.stringify(report).replaceAll('not restored at 2026-10-08T13:00:00-07:00 after', 'not restored after')) as Report;
    expect(JSON.stringify(report)).toContain('the End-User reported the service not restored at 2026-10-08T13:00:00-07:00 after the contractor declared it restored');
    expect(fromApp).toEqual(JSON.parse(JSON.stringify(asCase)));
  });

  it('refuses a stored instant that is not one, naming the table, column and row, instead of reading it as missing', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-07T16:00:00Z') });
    const s = await premierService(app);
    const { ticket } = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'restored', at: '2026-10-06T19:00:00Z' });
    app.db.prepare("UPDATE tickets SET restored_at = '2026-10-06 at seven' WHERE id = ?").run(ticket.id);
    expect(() => toModelInput(readAgencyRows(app.db), 'America/Los_Angeles', '2026-10')).toThrow(`tickets.restored_at that is not an ISO-8601 instant (row ${ticket.id})`);
  });
});
