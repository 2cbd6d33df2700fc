// The demo month: the calendar month before "now" (agency time), complete, so its Month screen
// shows every SLA of the catalog met and missed at least once (issue 9, item 9). Every service
// below is AT&T's (contractor 1) and Premier: TMRC $1,200.00 and ADUC $35.50 for Converged VoIP,
// $240.00 and $0 for Voice Mail, $95.00 and $0 for Site Survivability; installation fee $250.00.
// Times are wall-clock times of a day of that month; durations are exact (DST cannot change them).
// The figures each part is built to give are written next to it; the integration test checks them.
import { monthOf, shiftMonth, toUtcIso } from '../../../shared/calendar/instant';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { AppServices } from '../app';
import { call, HOUR as H, MINUTE as M, type Made } from './channels';

export const DEMO_ZONE = 'America/Los_Angeles';

/** The demo month: the calendar month before the one `nowMs` falls in, agency time. */
export function demoMonth(nowMs: number): string {
  return shiftMonth(monthOf(nowMs, DEMO_ZONE), 1);
}

interface TicketDetailMade {
  ticket: Made;
}

export async function seedDemoMonth(app: AppServices, nowMs: number, service: (circuitId: string) => number): Promise<void> {
  const month = demoMonth(nowMs);
  const clock = ZoneClock.of(DEMO_ZONE);
  const { start } = clock.monthBounds(month);
  // The 15th never holds a DST change (they fall on March 8–14 and November 1–7), so its wall
  // times are exact, and plusCalendarDays carries a wall time to any other day of the month.
  const the15th = clock.plusCalendarDays(start, 14);
  const wall = (day: number, hh: number, mm = 0) => clock.plusCalendarDays(the15th + hh * H + mm * M, day - 15);
  const iso = toUtcIso;

  const open = async (circuitId: string, kind: string, ref: string, startMs: number, description: string, extra: Record<string, unknown> = {}) =>
    (await call<TicketDetailMade>(app, 'tickets:create', {
      serviceId: service(circuitId), kind, severity: kind === 'repair' ? '2' : '1', openedAt: iso(startMs), contractorTicket: ref, description, ...extra,
    })).ticket.id;
  const event = (ticketId: number, kind: string, atMs: number, detail = '') => call(app, 'tickets:addEvent', { ticketId, kind, at: iso(atMs), who: 'Demo ATR', detail });
  /** Restored `lastsMs` after `startMs`, closed an hour later (the month it closes is the month it counts in Availability). */
  const restoreAndClose = async (ticketId: number, startMs: number, lastsMs: number, detail: string) => {
    await event(ticketId, 'restored', startMs + lastsMs, detail);
    await event(ticketId, 'closed', startMs + lastsMs + H);
  };
  const repair = async (circuitId: string, ref: string, startMs: number, lastsMs: number, description: string, fix: string) => {
    const id = await open(circuitId, 'repair', ref, startMs, description);
    await restoreAndClose(id, startMs, lastsMs, fix);
    return id;
  };

  // 29.4.8.1 Availability, missed two months running. SAC-HQ-VOIP-1005 loses 3 h 50 min twice:
  // each within the 4 h Time to Repair (no remedy earned), so both count: 460 min of Unavailable
  // Time, more than 0.5% of any month (at most 223.2 min of a 31-day month's 44,640): below 99.5%.
  // The history below records last month missed too: 2nd consecutive miss, 30% of TMRC + 2 ADUC days.
  await repair('SAC-HQ-VOIP-1005', 'ATT-810101', wall(3, 8, 15), 3 * H + 50 * M, 'Static and dropped calls on the main line', 'Replaced a failing line card');
  await repair('SAC-HQ-VOIP-1005', 'ATT-810102', wall(17, 13, 40), 3 * H + 50 * M, 'Static and dropped calls again', 'Re-seated the card; contractor replaced the shelf');

  // 29.4.8.11 Time to Repair met thanks to a documented Access stop clock (29.4.7 line 7): 4 h 40 min
  // elapsed - 1 h 30 min stopped = 3 h 10 min. It counts in OAK-01-VOIP-1013's Availability: 190 min,
  // still within 99.5% even of a 28-day month (0.5% of 40,320 min = 201.6 min).
  const locked = await open('OAK-01-VOIP-1013', 'repair', 'ATT-810103', wall(6, 10), 'No dial tone in the records room');
  await call(app, 'stopClocks:start', {
    ticketId: locked, code: 'ACCESS', startAt: iso(wall(6, 11)), endAt: iso(wall(6, 12, 30)),
    note: 'Records room locked; technician called the site contact at 11:00 and 11:45 (voicemail both times)',
  });
  await restoreAndClose(locked, wall(6, 10), 4 * H + 40 * M, 'Jack re-terminated');

  // Time to Repair missed, Excessive Outage met: 5 h 15 min (> 4 h, <= 8 h): 25% of $1,200.00 = $300.00.
  await repair('OAK-01-VOIP-1012', 'ATT-810104', wall(8, 7, 30), 5 * H + 15 * M, 'Phones down in the lobby', 'Replaced the PoE switch port');
  // Both missed: 9 h 30 min overnight (> 8 h): TTR $300.00, Excessive Outage 100% of $1,200.00 +
  // 10 x $35.50 = $1,555.00.
  await repair('FRE-02-VOIP-1020', 'ATT-810105', wall(21, 22), 9 * H + 30 * M, 'All lines dead in the evening shift', 'Fiber cut repaired by the contractor');

  // 29.4.8.2 CAT 1 (Premier: 1 h, stop clocks count): power work at FRE-02 takes down two service
  // types. The alarm (13:55) starts both outages. VoIP back in 50 min: met; Voice Mail in 1 h 20 min:
  // missed, 100% of $240.00 + 10 x $0 = $240.00.
  const cat1Alarm = wall(11, 13, 55);
  const cat1Voip = await open('FRE-02-VOIP-1019', 'cat1', 'ATT-810106', wall(11, 14, 5), 'Site down after the landlord\'s power work', { alarmAt: iso(cat1Alarm) });
  const cat1Vm = await open('FRE-02-VM-1023', 'cat1', 'ATT-810107', wall(11, 14, 5), 'Voice mail down after the landlord\'s power work', { alarmAt: iso(cat1Alarm) });
  await restoreAndClose(cat1Voip, cat1Alarm, 50 * M, 'Gateway rebooted on generator power');
  await restoreAndClose(cat1Vm, cat1Alarm, 80 * M, 'Voice mail server restarted');
  await call(app, 'incidents:create', { reference: `INC-FRE-${month}`, category: 'cat1', description: 'Total loss of service at 2550 Mariposa Mall after power work', ticketIds: [cat1Voip, cat1Vm] });

  // 29.4.8.3 CAT 2 (Premier: 15 min, no stop clocks): a provider-edge failure at OAK-01. One line
  // back in 12 min: met; the other in 40 min: missed, $1,200.00 + 10 x $35.50 = $1,555.00.
  // 29.4.8.9 Notification met: the contractor's first notice 20 min after the start, and both
  // were restored within 60 min of it.
  const cat2Start = wall(14, 9, 10);
  const cat2a = await open('OAK-01-VOIP-1010', 'cat2', 'ATT-810108', cat2Start, 'Calls fail: provider edge router down');
  const cat2b = await open('OAK-01-VOIP-1011', 'cat2', 'ATT-810109', cat2Start, 'Calls fail: provider edge router down');
  await restoreAndClose(cat2a, cat2Start, 12 * M, 'Traffic moved to the standby PE');
  await restoreAndClose(cat2b, cat2Start, 40 * M, 'PE line card replaced');
  await call(app, 'incidents:create', { reference: `INC-PE-${month}`, category: 'cat2', description: 'Provider edge router failure, Oakland', ticketIds: [cat2a, cat2b] });
  await call(app, 'notices:add', { ticketId: cat2a, at: iso(cat2Start + 20 * M), method: 'email', note: 'AT&T NOC to CALNET: PE failure in Oakland, technicians engaged' });

  // 29.4.8.4 CAT 3 (Premier: 15 min, no stop clocks): Converged VoIP down system-wide. SAC-HQ back
  // in 10 min: met; FRE-02 in 2 h 30 min: missed, $1,555.00 (Time to Repair met: 2 h 30 min <= 4 h).
  // Notification: first notice at 30 min (in time), the next 70 min later (more than 60): missed
  // for FRE-02, Senior Management Escalation; SAC-HQ was restored before the first notice: met.
  const cat3Start = wall(24, 16);
  const cat3a = await open('SAC-HQ-VOIP-1001', 'cat3', 'ATT-810110', cat3Start, 'No calls in or out: carrier-wide VoIP outage');
  const cat3b = await open('FRE-02-VOIP-1017', 'cat3', 'ATT-810111', cat3Start, 'No calls in or out: carrier-wide VoIP outage');
  await restoreAndClose(cat3a, cat3Start, 10 * M, 'Restored by the carrier');
  await restoreAndClose(cat3b, cat3Start, 2 * H + 30 * M, 'Restored by the carrier after a softswitch rollback');
  await call(app, 'incidents:create', { reference: `INC-VOIP-${month}`, category: 'cat3', description: 'Converged VoIP system-wide outage', ticketIds: [cat3a, cat3b] });
  await call(app, 'notices:add', { ticketId: cat3a, at: iso(cat3Start + 30 * M), method: 'phone', note: 'Carrier-wide VoIP outage declared' });
  await call(app, 'notices:add', { ticketId: cat3a, at: iso(cat3Start + 100 * M), method: 'email', note: 'Update: rollback in progress' });

  // 29.4.8.5 Delay (Premier <= 90 ms) and 29.4.8.8 Jitter (Premier <= 15 ms), measured on tickets.
  // Delay 112 ms on SAC-HQ-VOIP-1003: missed, first month, 25% of $1,200.00 = $300.00; 48 ms met.
  // Jitter 22 ms on SAC-HQ-VOIP-1002: missed, and the history has last month missed too: 2nd
  // consecutive month, 35% of $1,200.00 + 2 x $35.50 = $491.00; 9 ms met.
  const measured = async (circuitId: string, kind: 'delay' | 'jitter', ref: string, startMs: number, ms: number, description: string) => {
    const id = await open(circuitId, kind, ref, startMs, description, { measuredMs: ms, severity: '3' });
    await event(id, 'closed', startMs + 26 * H);
  };
  await measured('SAC-HQ-VOIP-1003', 'delay', 'ATT-810112', wall(9, 10), 112, 'Callers hear each other late; contractor ping 112 ms');
  await measured('SAC-HQ-VOIP-1004', 'delay', 'ATT-810113', wall(19, 11), 48, 'Echo reported; contractor ping 48 ms');
  await measured('SAC-HQ-VOIP-1002', 'jitter', 'ATT-810114', wall(4, 9, 30), 22, 'Choppy audio; contractor measured 22 ms jitter');
  await measured('OAK-01-VOIP-1009', 'jitter', 'ATT-810115', wall(23, 14), 9, 'Choppy audio; contractor measured 9 ms jitter');

  // 29.4.8.7 Site survivability (Premier <= 72 h a month per site). OAK-01: 40 h + 38 h 30 min =
  // 78 h 30 min: missed, first month, 15% of $95.00 + 2 x $0 = $14.25. FRE-02: an event from the
  // previous month counts from midnight (8 h) + 20 h = 28 h: met. SAC-HQ: no usage, met.
  const usage = (site: string, fromMs: number, lastsMs: number, note: string) => call(app, 'usage:add', { site, startAt: iso(fromMs), endAt: iso(fromMs + lastsMs), note });
  await usage('OAK-01', wall(5, 9), 40 * H, 'Carrier fiber cut: calls on the survivability circuit');
  await usage('OAK-01', wall(14, 18), 38 * H + 30 * M, 'Second fiber cut on the same route');
  await usage('FRE-02', start - 4 * H, 12 * H, 'Overnight carrier maintenance ran long');
  await usage('FRE-02', wall(20, 7), 20 * H, 'Carrier outage in Fresno');

  // 29.4.8.10 Provisioning: orders due this month (order date + 45 days for VoIP, 30 for Voice
  // Mail), completed 3 days early or 4 days late. Late: Voice Mail 1 of 2 on time = 50%, below the
  // Premier 95%, so the late one earns 100% of its $250.00 installation fee, not 50%; the same for
  // VoIP (2 of 3 with the negotiated order below, or 2 of 4 when an older demo order falls due too).
  const order = async (circuitId: string, reference: string, description: string, dueMs: number, intervalDays: number, completedMs: number) =>
    call(app, 'orders:create', {
      serviceId: service(circuitId), reference, description, orderedAt: iso(clock.plusCalendarDays(dueMs, -intervalDays)), completedAt: iso(completedMs),
    });
  await order('OAK-01-VOIP-1013', 'SR-DEMO-0201', 'Add 6 VoIP seats, records room', wall(9, 10), 45, wall(6, 15));
  await order('FRE-02-VOIP-1019', 'SR-DEMO-0202', 'Move the front desk lines', wall(12, 10), 45, wall(16, 15));
  await order('SAC-HQ-VM-1006', 'SR-DEMO-0203', 'Voice mail boxes for the new unit', wall(10, 9), 30, wall(7, 16));
  await order('OAK-01-VM-1014', 'SR-DEMO-0204', 'Voice mail tree for the help line', wall(15, 9), 30, wall(19, 16));
  // A negotiated due date, the 20th, supersedes the committed interval (which would have made it
  // due 15 days earlier); a due date is a date, so completing at 16:30 that day is on time.
  await call(app, 'orders:create', {
    serviceId: service('SAC-HQ-VOIP-1004'), reference: 'SR-DEMO-0205', description: 'Reception phones, due on the move-in date agreed with AT&T',
    orderedAt: iso(clock.plusCalendarDays(wall(20, 9), -60)), dueDate: `${month}-20`, completedAt: iso(wall(20, 16, 30)),
  });

  // SLA history of months before (29.4.8.1 and 29.4.8.8 steps): recorded from the contractor's reports.
  const before = shiftMonth(month, 1);
  const twoBefore = shiftMonth(month, 2);
  const history = (sla: string, target: { serviceId: number } | { site: string }, m: string, met: boolean, note: string) => call(app, 'history:set', { sla, ...target, month: m, met, note });
  await history('availability', { serviceId: service('SAC-HQ-VOIP-1005') }, twoBefore, true, 'Contractor SLA report: 99.9%');
  await history('availability', { serviceId: service('SAC-HQ-VOIP-1005') }, before, false, 'Contractor SLA report: 98.7%, credited 15%');
  await history('jitter', { serviceId: service('SAC-HQ-VOIP-1002') }, before, false, 'Contractor SLA report: 19 ms');
  await history('delay', { serviceId: service('SAC-HQ-VOIP-1003') }, before, true, 'Contractor SLA report: 61 ms');
  await history('site-survivability', { site: 'OAK-01' }, before, true, 'Contractor SLA report: 6 h');
}
