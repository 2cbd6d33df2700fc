// The demo's conversion project (issue 12): CALNET 2 → CALNET 3 in progress, made from the shipped
// template and stepped through the conversion channels as a coordinator would. The bulletin's
// calendar (ATR 13-06) is moved so that the demo's today sits where January 10, 2014 sat in it
// (award 56 days back, survey 14 days back, CALNET 2 ending in 19 days), so the board has missed,
// open and at-risk milestones at any clock. Twelve items of the old inventory, across decisions
// and statuses:
//   - converted Transitions whose CALNET 3 services are the demo's own (their old CALNET 2
//     circuits were never in the app), and a Migration converted six days ago whose old service
//     is still active: the parallel-billing flag;
//   - an ordered Migration (Form 20 completed) and an ordered Transition;
//   - a Migration to Verizon authorized without a Form 20: its order is blocked, with the reason;
//   - a Migration with its Form 20 in progress, still planned;
//   - automatic Transitions planned and authorized, at risk before the 90% milestone;
//   - a disconnect notice carried out, and one not yet.
// It adds two agency contacts (the Conversion Manager and Coordinator) and no service row, so
// every other demo figure (services, tickets, months, claims) stays as it was.
import { localDate, makeCalendar, plusDays } from '../../../shared/calendar';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { AppServices } from '../app';
import { call, type Made } from './channels';
import { DEMO_ZONE } from './month';
import type { RecordedAt } from './seed';

const ATT = 1;
const VERIZON = 2;

export const DEMO_CONVERSION_NAME = 'CALNET 2 to CALNET 3 (demo)';

export async function seedDemoConversion(app: AppServices, nowMs: number, service: (circuitId: string) => number, recordedAt: RecordedAt): Promise<void> {
  const today = localDate(makeCalendar({ timeZone: DEMO_ZONE }), nowMs);
  const day = (n: number) => plusDays(today, n);

  const manager = await call<Made>(app, 'contacts:create', { name: 'Alex Rivera (Conversion Manager, demo)', role: 'Deputy Director, IT', phone: '916-555-0141', email: 'conversion.manager@example.gov' });
  const coordinator = await call<Made>(app, 'contacts:create', { name: 'Sam Chen (Conversion Coordinator, demo)', role: 'Telecom analyst', phone: '916-555-0142', email: 'conversion.coordinator@example.gov' });

  const { project } = await call<{ project: Made }>(app, 'conversion:createProject', { from: 'template', templateId: 'calnet2-to-calnet3', name: DEMO_CONVERSION_NAME });
  await call(app, 'conversion:updateProject', {
    id: project.id,
    project: {
      name: DEMO_CONVERSION_NAME, oldProgram: 'CALNET 2', newProgram: 'CALNET 3',
      oldContractEnd: day(19), newContractAward: day(-56), surveyDue: day(-14),
      note: "Demo: the dates of ATR Bulletin 13-06 moved so that today is January 10, 2014's place in them.",
    },
  });
  await call(app, 'conversion:setMilestones', {
    projectId: project.id,
    milestones: [
      { label: '50% converted', percent: 50, dueOn: day(-10) },
      { label: '90% converted', percent: 90, dueOn: day(5) },
      { label: '100% converted', percent: 100, dueOn: day(19) },
    ],
  });
  await call(app, 'conversion:setRoles', { projectId: project.id, managerContactId: manager.id, coordinatorContactId: coordinator.id });

  // Items are logged from the survey before their first step (50 days back, after the new contract's award), or the day their
  // disconnect notice was sent (a notice cannot be recorded before it is sent).
  const clock = ZoneClock.of(DEMO_ZONE);
  const item = async (oldCircuitId: string, site: string, incumbentService: string, oldTmrc: string, extra: Record<string, unknown> = {}, loggedDaysAgo = 50) =>
    (
      await recordedAt(clock.plusCalendarDays(nowMs, -loggedDaysAgo), () =>
        call<{ item: Made }>(app, 'conversion:createItem', { projectId: project.id, oldCircuitId, incumbentContractorId: ATT, incumbentService, site, oldTmrc, ...extra }),
      )
    ).item.id;
  const step = (itemId: number, s: string, on: string, extra: Record<string, unknown> = {}) =>
    call(app, 'conversion:step', { itemId, step: s, on, byContactId: s === 'authorize' ? manager.id : coordinator.id, ...extra });
  const form20 = (itemId: number, status: string, on: string | null) => call(app, 'conversion:recordForm20', { itemId, status, on });
  const migrateTo = (contractorId: number) => ({ targetContractorId: contractorId, targetService: 'Converged VoIP' });
  const existing = (circuitId: string) => ({ use: 'existing', serviceId: service(circuitId) });

  // Converted Transitions: the demo's CALNET 3 circuits replaced these CALNET 2 ones, old ones disconnected the same day.
  for (const [old, site, on, to] of [
    ['C2-SAC-0101', 'SAC-HQ', -30, 'SAC-HQ-VOIP-1001'],
    ['C2-SAC-0102', 'SAC-HQ', -20, 'SAC-HQ-VOIP-1002'],
    ['C2-SAC-0103', 'SAC-HQ', -15, 'SAC-HQ-VOIP-1003'],
  ] as const) {
    const id = await item(old, site, 'Converged VoIP', '1150.00', { targetContractorId: ATT, targetService: 'Converged VoIP', scheduledOn: day(on) });
    await step(id, 'authorize', day(on - 12));
    await step(id, 'order', day(on - 10), { orderReference: `ATT-CONV-${old.slice(-4)}` });
    await step(id, 'convert', day(on), { newService: existing(to), oldDisconnectedOn: day(on) });
  }

  // A Migration (Centrex to Converged VoIP) converted six days ago; the old Centrex is still billed: parallel billing.
  const parallel = await item('C2-OAK-0201', 'OAK-01', 'Centrex line', '1200.00', { ...migrateTo(ATT), scheduledOn: day(-6), notes: 'Cut over on a Saturday; old Centrex not yet disconnected' });
  await step(parallel, 'authorize', day(-25));
  await form20(parallel, 'completed', day(-24));
  await step(parallel, 'order', day(-22), { orderReference: 'ATT-MIG-0201' });
  await step(parallel, 'convert', day(-6), { newService: existing('OAK-01-VOIP-1009') });

  // Ordered: a Migration with its Form 20, and an automatic Transition.
  const orderedMigration = await item('C2-OAK-0202', 'OAK-01', 'Centrex line', '1200.00', { ...migrateTo(ATT), scheduledOn: day(3), preferredTimeframe: 'Weekend' });
  await step(orderedMigration, 'authorize', day(-9));
  await form20(orderedMigration, 'completed', day(-8));
  await step(orderedMigration, 'order', day(-7), { orderReference: 'ATT-MIG-0202' });
  const orderedTransition = await item('C2-SAC-0105', 'SAC-HQ', 'Converged VoIP', '1150.00', { scheduledOn: day(4) });
  await step(orderedTransition, 'authorize', day(-5));
  await step(orderedTransition, 'order', day(-4));

  // A Migration to Verizon authorized without its Form 20: the order is blocked until it is completed.
  const blocked = await item('C2-LA-0301', 'LA-05', 'Centrex line', '1300.00', { ...migrateTo(VERIZON), scheduledOn: day(8), notes: 'Moving the Los Angeles office to Verizon' });
  await step(blocked, 'authorize', day(-3));
  // Planned: a Migration whose Form 20 is in progress.
  const planned = await item('C2-LA-0302', 'LA-05', 'Centrex line', '1300.00', { ...migrateTo(VERIZON), scheduledOn: day(12) });
  await form20(planned, 'in-progress', day(-2));

  // Automatic Transitions not yet ordered (at risk before the 90% milestone), one authorized.
  const auth = await item('C2-FRE-0401', 'FRE-02', 'Converged VoIP', '1150.00', { scheduledOn: day(6), preferredTimeframe: 'After 17:00' });
  await step(auth, 'authorize', day(-1));
  await item('C2-FRE-0402', 'FRE-02', 'Converged VoIP', '1150.00', { scheduledOn: day(10) });

  // Disconnect notices: one carried out, one not yet.
  const gone = await item('C2-SAC-0104', 'SAC-HQ', 'ISDN BRI', '95.00', { disconnectNoticeOn: day(-20), notes: 'Fax line no longer used' }, 20);
  await step(gone, 'disconnect', day(-12));
  await item('C2-FRE-0403', 'FRE-02', 'ISDN BRI', '95.00', { disconnectNoticeOn: day(-8), notes: 'Modem line for the old alarm panel' }, 8);
}
