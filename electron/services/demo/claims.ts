// The demo's credit claims (issue 11): three claims of months before the demo month, each made,
// submitted and followed through the claims channels as an ATR would, so the Claims screens and
// the claim packet have something to show at any clock:
//   - AT&T, two months back: submitted, acknowledged and partly credited (the rest still owed);
//   - AT&T, three months back: submitted, acknowledged, denied and disputed, with a call up the
//     bill-or-contract ladder;
//   - Verizon, two months back: submitted five days ago, no answer yet (within the agency's
//     reminder days, so the scheduler's "no answer" notice stays for the ATR to see arrive).
// Each month gets outages of its own below, so it has money whatever day the demo is made; older
// demo history that happens to fall in those months joins the claim too (a claim takes every
// result with money of its month). The demo month itself is left unclaimed: the Month screen
// offers it. Claims change no SLA figure.
import { shiftMonth, toUtcIso } from '../../../shared/calendar/instant';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { AppServices } from '../app';
import { call, DAY, HOUR as H, MINUTE as M, type Made } from './channels';
import { DEMO_ZONE, demoMonth } from './month';
import type { RecordedAt } from './seed';

interface ClaimMade {
  claim: { id: number; claimed: number };
}

export async function seedDemoClaims(app: AppServices, nowMs: number, service: (circuitId: string) => number, recordedAt: RecordedAt): Promise<void> {
  const m1 = demoMonth(nowMs);
  const m2 = shiftMonth(m1, 1);
  const m3 = shiftMonth(m1, 2);
  const clock = ZoneClock.of(DEMO_ZONE);
  /** A wall-clock time of a day of a month, agency time (the 15th holds no DST change; see month.ts). */
  const wall = (month: string, day: number, hh: number, mm = 0) => {
    const the15th = clock.plusCalendarDays(clock.monthBounds(month).start, 14);
    return clock.plusCalendarDays(the15th + hh * H + mm * M, day - 15);
  };
  const iso = toUtcIso;
  const who = 'Demo ATR';

  /** A Premier outage: opened, restored `lastsMs` later, closed an hour after that. */
  const outage = async (circuitId: string, ref: string, startMs: number, lastsMs: number, description: string, fix: string) => {
    const id = (await call<{ ticket: Made }>(app, 'tickets:create', {
      serviceId: service(circuitId), kind: 'repair', severity: '2', openedAt: iso(startMs), contractorTicket: ref, description,
    })).ticket.id;
    await call(app, 'tickets:addEvent', { ticketId: id, kind: 'restored', at: iso(startMs + lastsMs), who, detail: fix });
    await call(app, 'tickets:addEvent', { ticketId: id, kind: 'closed', at: iso(startMs + lastsMs + H), who });
    return id;
  };

  // Two months back, AT&T. OAK-01-VOIP-1010 down 9 h 30 min overnight: Time to Repair (> 4 h)
  // 25% of $1,200.00 = $300.00 and Excessive Outage (> 8 h) $1,200.00 + 10 x $35.50 = $1,555.00.
  // The contractor first blamed inside wiring: a Wiring stop clock, voided once its own card was
  // found at fault (it never counted), and a note typed on the wrong ticket, retracted.
  const cut = await outage('OAK-01-VOIP-1010', 'ATT-790201', wall(m2, 9, 21), 9 * H + 30 * M, 'All phones dead on the 4th floor', 'Replaced a failed line card in the CO');
  const wiring = await call<Made>(app, 'stopClocks:start', {
    ticketId: cut, code: 'WIRING', startAt: iso(wall(m2, 9, 23)), endAt: iso(wall(m2, 10, 1)), note: 'Contractor reported a fault in the inside wiring',
  });
  await call(app, 'stopClocks:void', { id: wiring.id, reason: 'The contractor found the fault on its own line card in the CO: not inside wiring', who });
  const stray = await call<{ events: Array<{ id: number; kind: string }> }>(app, 'tickets:addEvent', {
    ticketId: cut, kind: 'note', at: iso(wall(m2, 10, 2)), who, detail: 'Site contact away until Monday',
  });
  const strayNote = stray.events.filter((e) => e.kind === 'note').at(-1);
  if (strayNote) await call(app, 'tickets:retractEvent', { id: strayNote.id, reason: 'Typed on the wrong ticket (meant for SAC-HQ)', who });
  await call(app, 'tickets:addEvent', { ticketId: cut, kind: 'note', at: iso(wall(m2, 10, 4)), who, detail: 'Technician on site; the CO card is being replaced' });
  // SAC-HQ-VOIP-1004 down 5 h: Time to Repair $300.00 (Excessive Outage met).
  await outage('SAC-HQ-VOIP-1004', 'ATT-790202', wall(m2, 16, 8), 5 * H, 'No dial tone at reception', 'Reset the gateway port');

  // Three months back, AT&T. FRE-02-VOIP-1018 down 10 h: $300.00 + $1,555.00 = $1,855.00.
  await outage('FRE-02-VOIP-1018', 'ATT-780301', wall(m3, 12, 20), 10 * H, 'Lines down after a storm', 'Replaced a water-damaged splice');

  // Two months back, Verizon. LA-05-VOIP-1026 down 8 h 45 min: $300.00 + $1,555.00 = $1,855.00.
  await outage('LA-05-VOIP-1026', 'VZ044100210', wall(m2, 20, 7, 15), 8 * H + 45 * M, 'Calls drop after a few seconds', 'Replaced the access router');

  const ATT = 1;
  const VERIZON = 2;
  const on = (month: string, day: number) => `${month}-${String(day).padStart(2, '0')}`;

  /** A draft made on the day an ATR would have made it: before it was sent. */
  const draft = (ms: number, input: { contractorId: number; month: string; note?: string }) => recordedAt(ms, () => call<ClaimMade>(app, 'claims:create', input));

  // Partly credited: the contractor credited the Excessive Outage, not the Time to Repair lines.
  const partly = await draft(wall(m1, 2, 14), { contractorId: ATT, month: m2, note: 'Monthly SLA credit claim' });
  await call(app, 'claims:submit', { id: partly.claim.id, on: on(m1, 5), method: 'E-mail', to: 'AT&T CALNET billing', who });
  await call(app, 'claims:acknowledge', { id: partly.claim.id, on: on(m1, 8), reference: `ATT-CR-${m2.replace('-', '')}`, who });
  await call(app, 'claims:credit', { id: partly.claim.id, on: on(m1, 27), amount: '1,555.00', invoice: `ATT-INV-${m1.replace('-', '')}`, who });

  // Disputed: denied for a stop clock nobody recorded, disputed, and escalated.
  const disputed = await draft(wall(m2, 2, 14), { contractorId: ATT, month: m3 });
  await call(app, 'claims:submit', { id: disputed.claim.id, on: on(m2, 4), method: 'E-mail', to: 'AT&T CALNET billing', who });
  await call(app, 'claims:acknowledge', { id: disputed.claim.id, on: on(m2, 9), reference: `ATT-CR-${m3.replace('-', '')}`, who });
  await call(app, 'claims:deny', { id: disputed.claim.id, on: on(m2, 24), reason: 'Contractor says the End-User asked to delay the repair; no such request is on its ticket or ours', who });
  await call(app, 'claims:dispute', { id: disputed.claim.id, on: on(m1, 2), reason: 'No End-User request was made or documented (29.4.7 item 1 needs it documented and time stamped)', who });
  await call(app, 'claims:logCall', { id: disputed.claim.id, at: iso(wall(m1, 6, 10)), level: 1, whom: 'AT&T account manager', how: 'phone', answer: 'Will review with billing', who });

  // Submitted five days ago, no answer yet.
  const waiting = await draft(nowMs - 6 * DAY, { contractorId: VERIZON, month: m2 });
  await call(app, 'claims:submit', { id: waiting.claim.id, on: clock.dateOf(nowMs - 5 * DAY), method: 'Portal', to: 'Verizon CALNET billing portal', who });
}
