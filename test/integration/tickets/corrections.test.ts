// Corrections on the record (issue 10 item 5): a timeline line, a stop clock, a note or an
// escalation entered wrongly is corrected or retracted with a reason; the original stays in the
// timeline and the audit log, and the verdicts recompute from what stands.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/ipc/audit';
import type { IpcResult } from '../../../shared/ipc/contract';
import type { TicketResults } from '../../../shared/ipc/sla';
import type { StopClock, TicketDetail } from '../../../shared/ipc/tickets';
import { openTicket, premierService } from '../support/fixtures';
import { call, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;

/** What a refusal must leave as it was (total_changes() would count a rolled-back write too). */
const changes = (app: App) =>
  JSON.stringify(['tickets', 'ticket_events', 'stop_clocks', 'audit_log'].map((t) => app.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));

async function refused(app: App, channel: string, request: unknown): Promise<{ code: string; path: string; message: string }> {
  const before = changes(app);
  const r = (await app.dispatch(channel, request)) as IpcResult<unknown>;
  expect(changes(app), `${channel} wrote while refusing`).toBe(before);
  if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(request)}`);
  return r.error;
}

const verdicts = async (app: App, id: number) => (await call<TicketResults>(app, 'sla:ticket', { id })).results.map((r) => [r.sla, r.status, r.credit.amount]);

// Tuesday Oct 6, 2026, 18:00 UTC = 11:00 AM PDT. The Premier circuit's TMRC is $1,200.00, ADUC $35.50.
// The outage starts at the alarm, 08:00 UTC (1:00 AM PDT).
async function setUp() {
  const clock = manualClock('2026-10-06T18:00:00Z');
  const app = openTestApp({ clock });
  const s = await premierService(app);
  const d = await openTicket(app, s.id, '2026-10-06T08:05:00Z', { alarmAt: '2026-10-06T08:00:00Z' });
  return { app, clock, t: d.ticket };
}

describe('a timeline line corrected with a reason', () => {
  it('a restoration typed at 5 PM instead of 10 AM is corrected: the verdicts recompute and the ticket closes', async () => {
    const { app, t } = await setUp();
    const wrong = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T17:00:00Z', who: 'Pat' });
    // 08:00 → 17:00 UTC is 540 min: over Premier's 4 h (TTR, 25% of $1,200.00 = $300.00) and 8 h
    // (Excessive Outage, 100% of $1,200.00 + 10 days of $35.50 ADUC = $1,555.00).
    expect(await verdicts(app, t.id)).toEqual([['time-to-repair', 'missed', 300], ['excessive-outage', 'missed', 1555]]);
    const line = wrong.events.find((e) => e.kind === 'restored')!;

    const fixed = await call<TicketDetail>(app, 'tickets:correctEvent', { id: line.id, reason: 'Typed 5 PM UTC for 10 AM UTC', at: '2026-10-06T10:00:00Z', who: 'Pat' });
    expect(fixed.ticket.restoredAt).toBe('2026-10-06T10:00:00.000Z');
    const restored = fixed.events.filter((e) => e.kind === 'restored');
    // The original stays on the timeline, retracted with the reason; the correction names it.
    expect(restored).toEqual([
      expect.objectContaining({ at: '2026-10-06T10:00:00.000Z', retractedAt: null, correctsId: line.id }),
      expect.objectContaining({ id: line.id, at: '2026-10-06T17:00:00.000Z', retractedAt: '2026-10-06T18:00:00.000Z', retractedReason: 'Typed 5 PM UTC for 10 AM UTC', retractedBy: 'Pat' }),
    ]);
    // 08:00 → 10:00 is 120 min: within both objectives, no credit.
    expect(await verdicts(app, t.id)).toEqual([['time-to-repair', 'met', 0], ['excessive-outage', 'met', 0]]);

    const closed = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: t.id, kind: 'closed', at: '2026-10-06T17:30:00Z' });
    expect(closed.ticket).toMatchObject({ status: 'closed', closedAt: '2026-10-06T17:30:00.000Z' });

    // The audit log keeps the original as it was before the retraction.
    const audit = await call<AuditEntry[]>(app, 'audit:list', { tableName: 'ticket_events', rowId: String(line.id) });
    const update = audit.find((a) => a.action === 'update')!;
    expect(JSON.parse(update.before!)).toMatchObject({ at: '2026-10-06T17:00:00.000Z', retractedAt: null });
    expect(JSON.parse(update.after!)).toMatchObject({ retractedReason: 'Typed 5 PM UTC for 10 AM UTC' });
  });

  it('refuses a correction or retraction that would leave the timeline out of order, and writes nothing', async () => {
    const { app, t } = await setUp();
    const restored = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T10:00:00Z' });
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'closed', at: '2026-10-06T11:00:00Z' });
    const line = restored.events.find((e) => e.kind === 'restored')!;
    expect(await refused(app, 'tickets:retractEvent', { id: line.id, reason: 'Wrong ticket' })).toMatchObject({
      code: 'refused',
      path: '/id',
      message: expect.stringMatching(/^Retracting "Restored \(contractor\)" would leave the timeline out of order at "Closed" \(Oct 6, 2026, 4:00 AM PDT\): Record the restoration before closing the ticket/),
    });
    // A restoration after the closing (11:00 UTC) cannot stand either.
    expect(await refused(app, 'tickets:correctEvent', { id: line.id, reason: 'x', at: '2026-10-06T12:00:00Z' })).toMatchObject({
      code: 'refused',
      // Replayed in time order, the closing (4:00 AM PDT) would come before any restoration.
      message: 'Correcting "Restored (contractor)" to Oct 6, 2026, 5:00 AM PDT would leave the timeline out of order at "Closed" (Oct 6, 2026, 4:00 AM PDT): Record the restoration before closing the ticket. Correct or retract that line first.',
    });
    // Nor in the future, nor without a reason.
    expect(await refused(app, 'tickets:correctEvent', { id: line.id, reason: 'x', at: '2026-10-07T12:00:00Z' })).toMatchObject({ code: 'invalid', path: '/at' });
    expect(await refused(app, 'tickets:correctEvent', { id: line.id, reason: '  ', at: '2026-10-06T10:30:00Z' })).toMatchObject({ code: 'invalid', path: '/reason' });
  });

  it('a retracted line cannot be retracted again; the opening is corrected by editing the ticket', async () => {
    const { app, t } = await setUp();
    const d = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: t.id, kind: 'note', at: '2026-10-06T09:00:00Z', detail: 'Wrong ticket' });
    const note = d.events.find((e) => e.kind === 'note')!;
    const after = await call<TicketDetail>(app, 'tickets:retractEvent', { id: note.id, reason: 'Meant for another ticket', who: 'Pat' });
    expect(after.events.find((e) => e.id === note.id)).toMatchObject({ retractedReason: 'Meant for another ticket', retractedBy: 'Pat' });
    expect(await refused(app, 'tickets:retractEvent', { id: note.id, reason: 'again' })).toMatchObject({ code: 'refused', message: expect.stringMatching(/already retracted or corrected at Oct 6, 2026, 11:00 AM PDT/) });
    const opened = d.events.find((e) => e.kind === 'opened')!;
    expect(await refused(app, 'tickets:retractEvent', { id: opened.id, reason: 'x' })).toMatchObject({ message: "The opening is the ticket's own: edit the ticket to correct it" });
  });

  it('a retracted escalation no longer moves the ladder', async () => {
    const { app, t } = await setUp();
    const first = await call<TicketDetail>(app, 'tickets:addEvent', { ticketId: t.id, kind: 'escalated', level: 1, at: '2026-10-06T17:59:00Z', whom: 'Account manager', how: 'phone' });
    expect(first.reachedLevel).toBe(1);
    const call1 = first.events.find((e) => e.kind === 'escalated')!;
    const undone = await call<TicketDetail>(app, 'tickets:retractEvent', { id: call1.id, reason: 'Undone right after logging' });
    expect(undone.reachedLevel).toBe(0);
    expect(undone.nextContact?.level).toBe(first.reachedLevel);
  });

  it('a closed ticket takes notes and contacts but no escalation', async () => {
    const { app, t } = await setUp();
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T10:00:00Z' });
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'closed', at: '2026-10-06T11:00:00Z' });
    expect(await refused(app, 'tickets:addEvent', { ticketId: t.id, kind: 'escalated', level: 2, at: '2026-10-06T12:00:00Z' })).toMatchObject({ code: 'refused', message: 'The ticket is closed; reopen it first to escalate' });
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'note', at: '2026-10-06T12:00:00Z', detail: 'Credit requested' });
  });
});

describe('a stop clock corrected or retracted with a reason', () => {
  // Restored at 13:00 UTC: 300 min from the alarm, over Premier's 4 h TTR unless a stop clock counts.
  async function withStop() {
    const { app, t } = await setUp();
    const sc = await call<StopClock>(app, 'stopClocks:start', { ticketId: t.id, code: 'POWER', startAt: '2026-10-06T09:00:00Z', endAt: '2026-10-06T11:00:00Z' });
    await call(app, 'tickets:addEvent', { ticketId: t.id, kind: 'restored', at: '2026-10-06T13:00:00Z' });
    return { app, t, sc };
  }

  it('a corrected stop clock counts as corrected; the original stays, retracted, with its timeline lines', async () => {
    const { app, t, sc } = await withStop();
    // 300 − 120 = 180 min: TTR met.
    expect(await verdicts(app, t.id)).toEqual([['time-to-repair', 'met', 0], ['excessive-outage', 'met', 0]]);
    const fixed = await call<StopClock>(app, 'stopClocks:correct', {
      id: sc.id, reason: 'Power was back at 9:30', who: 'Pat', code: 'POWER', startAt: '2026-10-06T09:00:00Z', endAt: '2026-10-06T09:30:00Z',
    });
    expect(fixed).toMatchObject({ correctsId: sc.id, endAt: '2026-10-06T09:30:00.000Z', retractedAt: null });
    // 300 − 30 = 270 min: over 240, TTR missed ($300.00); Excessive Outage (480) still met.
    expect(await verdicts(app, t.id)).toEqual([['time-to-repair', 'missed', 300], ['excessive-outage', 'met', 0]]);
    const d = await call<TicketDetail>(app, 'tickets:get', { id: t.id });
    expect(d.stopClocks.find((s) => s.id === sc.id)).toMatchObject({ retractedReason: 'Power was back at 9:30', retractedBy: 'Pat' });
    const lines = d.events.filter((e) => e.kind.startsWith('stop_clock'));
    expect(lines.filter((e) => e.stopClockId === sc.id).map((e) => [e.kind, e.retractedAt !== null])).toEqual([
      ['stop_clock', true],
      ['stop_clock_ended', true],
      ['stop_clock_retracted', false],
    ]);
    expect(lines.filter((e) => e.stopClockId === fixed.id && e.retractedAt === null).map((e) => e.kind)).toEqual(['stop_clock', 'stop_clock_ended']);
  });

  it('a retracted stop clock stops counting and can no longer be ended, voided or corrected', async () => {
    const { app, t, sc } = await withStop();
    await call(app, 'stopClocks:retract', { id: sc.id, reason: 'Entered on the wrong ticket' });
    // 300 min with nothing subtracted: TTR missed.
    expect(await verdicts(app, t.id)).toEqual([['time-to-repair', 'missed', 300], ['excessive-outage', 'met', 0]]);
    expect(await refused(app, 'stopClocks:retract', { id: sc.id, reason: 'again' })).toMatchObject({ code: 'refused', path: '/id', message: expect.stringContaining('Entered on the wrong ticket') });
    expect((await refused(app, 'stopClocks:correct', { id: sc.id, reason: 'x', code: 'POWER', startAt: '2026-10-06T09:00:00Z' })).code).toBe('refused');
  });

  it('refuses a correction the stop-clock rules refuse, and writes nothing', async () => {
    const { app, sc } = await withStop();
    expect(await refused(app, 'stopClocks:correct', { id: sc.id, reason: 'x', code: 'POWER', startAt: '2026-10-06T09:00:00Z', endAt: '2026-10-06T19:00:00Z' })).toMatchObject({ path: '/endAt' });
    expect(await refused(app, 'stopClocks:correct', { id: sc.id, reason: 'x', code: 'NO_SUCH', startAt: '2026-10-06T09:00:00Z' })).toMatchObject({ code: 'refused', path: '/code' });
  });
});
