import { describe, expect, it } from 'vitest';
import { createScheduler, type Notice } from '../../../electron/services/scheduler';
import { premierService, openTicket } from '../support/fixtures';
import { call, manualClock, openTestApp, tempDataFile } from '../support/tempData';

const keys = (db: ReturnType<typeof openTestApp>['db']) =>
  (db.prepare('SELECT key FROM notices_sent ORDER BY key').all() as Array<{ key: string }>).map((r) => r.key);

describe('notification scheduler with an injected clock', () => {
  it('notifies once at 15 minutes before an objective and once when overdue, across restarts', async () => {
    const file = tempDataFile();
    const clock = manualClock('2026-10-06T17:00:00Z');
    const app = openTestApp({ dataFile: file, clock });
    const s = await premierService(app);
    const { ticket } = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    // Start the ladder so the only escalation countdown is level 2 at +4 h, like TTR.
    await call(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'escalated', level: 1, at: '2026-10-06T17:00:00Z' });
    const seen: Notice[] = [];
    const scheduler = createScheduler({ db: app.db, clock, emit: (n) => seen.push(n) });

    clock.set('2026-10-06T20:44:00Z'); // 16 minutes before TTR (21:00): nothing yet
    expect(scheduler.tick()).toEqual([]);

    clock.set('2026-10-06T20:45:00Z'); // exactly 15 minutes before
    const soon = scheduler.tick();
    expect(soon.map((n) => n.id).sort()).toEqual([`ticket:${ticket.id}:escalation-L2:soon`, `ticket:${ticket.id}:time-to-repair:soon`]);
    expect(soon.find((n) => n.id.includes('time-to-repair'))).toMatchObject({ level: 'warning', title: '15 minutes left: Time to Repair (TTR) (29.4.8.11)' });
    expect(scheduler.tick()).toEqual([]); // not repeated

    // A restart (new scheduler on the same file) does not repeat what was sent.
    app.close();
    const reopened = openTestApp({ dataFile: file, clock });
    const again = createScheduler({ db: reopened.db, clock, emit: (n) => seen.push(n) });
    expect(again.tick()).toEqual([]);

    clock.set('2026-10-06T21:00:00Z'); // at the objective itself: still met, not overdue
    expect(again.tick()).toEqual([]);
    clock.set('2026-10-06T21:00:01Z');
    expect(again.tick().map((n) => [n.id, n.level])).toEqual(
      expect.arrayContaining([[`ticket:${ticket.id}:time-to-repair:overdue`, 'overdue'], [`ticket:${ticket.id}:escalation-L2:overdue`, 'overdue']]),
    );
    expect(seen).toHaveLength(4);
  });

  it('raises, after the app was closed, the overdue notice it missed, without the stale 15-minute one', async () => {
    const file = tempDataFile();
    const clock = manualClock('2026-10-06T17:00:00Z');
    const app = openTestApp({ dataFile: file, clock });
    const s = await premierService(app);
    const { ticket } = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    app.close();
    clock.set('2026-10-07T02:00:00Z'); // closed through both TTR (21:00) and Excessive Outage (01:00)
    const reopened = openTestApp({ dataFile: file, clock });
    const seen: Notice[] = [];
    const scheduler = createScheduler({ db: reopened.db, clock, emit: (n) => seen.push(n) });
    scheduler.tick();
    expect(seen.map((n) => n.id).sort()).toEqual([`ticket:${ticket.id}:excessive-outage:overdue`, `ticket:${ticket.id}:time-to-repair:overdue`]);
    expect(keys(reopened.db)).toContain(`ticket:${ticket.id}:time-to-repair:soon`);
    expect(scheduler.tick()).toEqual([]);
  });

  it('stays silent while a stop clock pauses the objective, and for restored tickets', async () => {
    const clock = manualClock('2026-10-06T20:50:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    const a = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    await call(app, 'tickets:addEvent', { ticketId: a.ticket.id, kind: 'escalated', level: 1, at: '2026-10-06T17:00:00Z' });
    await call(app, 'tickets:addEvent', { ticketId: a.ticket.id, kind: 'escalated', level: 2, at: '2026-10-06T18:00:00Z' });
    await call(app, 'stopClocks:start', { ticketId: a.ticket.id, code: 'THIRD_PARTY', startAt: '2026-10-06T20:00:00Z', note: 'Cable cut by city crew' });
    const b = await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    await call(app, 'tickets:addEvent', { ticketId: b.ticket.id, kind: 'restored', at: '2026-10-06T18:00:00Z' });
    const seen: Notice[] = [];
    createScheduler({ db: app.db, clock, emit: (n) => seen.push(n) }).tick();
    // Ticket a: TTR paused (3 h used, 1 h left, not running); its L3 is a business day away. Ticket b: restored.
    expect(seen.filter((n) => n.id.includes(`ticket:${a.ticket.id}:time`) || n.id.includes(`ticket:${b.ticket.id}:`))).toEqual([]);
  });

  it('runs on the injected timer and stops', async () => {
    const clock = manualClock('2026-10-06T20:46:00Z');
    const app = openTestApp({ clock });
    const s = await premierService(app);
    await openTicket(app, s.id, '2026-10-06T17:00:00Z');
    let fire: (() => void) | null = null;
    let cleared = false;
    const seen: Notice[] = [];
    const scheduler = createScheduler({
      db: app.db, clock, emit: (n) => seen.push(n), intervalMs: 1000,
      timers: { setInterval: (fn) => ((fire = fn), 1), clearInterval: () => (cleared = true) },
    });
    scheduler.start(); // checks at once
    expect(seen.map((n) => n.id)).toEqual([expect.stringMatching(/time-to-repair:soon$/)]);
    clock.set('2026-10-06T21:00:01Z');
    fire!();
    expect(seen.map((n) => n.id)).toEqual([expect.stringMatching(/time-to-repair:soon$/), expect.stringMatching(/time-to-repair:overdue$/)]);
    scheduler.stop();
    expect(cleared).toBe(true);
  });
});
