// The demo agency: a living screen for a newcomer. Everything goes through the real channels
// (validation, audit), with times relative to "now" so the countdowns are always in play.
import { toUtcIso } from '../../../shared/calendar/instant';
import type { AppServices } from '../app';
import { call, DAY as D, HOUR as H, MINUTE as M, type Made } from './channels';
import { seedDemoCcc } from './ccc';
import { seedDemoClaims } from './claims';
import { seedDemoConversion } from './conversion';
import { DEMO_ZONE, seedDemoMonth } from './month';

const SITES = [
  { site: 'SAC-HQ', address: '1325 J St, Sacramento' },
  { site: 'OAK-01', address: '1515 Clay St, Oakland' },
  { site: 'FRE-02', address: '2550 Mariposa Mall, Fresno' },
  { site: 'LA-05', address: '300 S Spring St, Los Angeles' },
];

export const DEMO_AGENCY_NAME = 'Department of Demonstration Services';

/** The demo's contractors (ids of the initial schema) and the site Verizon serves. */
const ATT = 1;
const VERIZON = 2;
const VERIZON_SITE = 'LA-05';

/**
 * A contractor's ticket number in that contractor's own format, so a Verizon ticket never
 * carries an AT&T number: AT&T "ATT-700347", Verizon "VZ041000123" (no dash, nine digits).
 * `n` is the demo's running figure for the ticket; the format is all that differs.
 */
export function demoTicketNumber(contractorId: number, n: number): string {
  if (contractorId === VERIZON) return `VZ${String(41_000_000 + n).padStart(9, '0')}`;
  return `ATT-${700000 + n}`;
}

/**
 * `recordedAt(ms, record)` records with the app's clock standing at an earlier instant what an ATR
 * would have recorded then (a claim's draft, a conversion's items), and puts it back after
 * (openDemoApp gives it): a claim's timeline reads drafted, then sent; an item's, logged, then
 * authorized. Without it (tests seeding their own app) those are recorded at the app's own now.
 */
export type RecordedAt = <T>(ms: number, record: () => Promise<T>) => Promise<T>;

export async function seedDemo(app: AppServices, nowMs: number, recordedAt: RecordedAt = (_ms, record) => record()): Promise<void> {
  const at = (offsetMs: number) => toUtcIso(nowMs + offsetMs);
  await call(app, 'agency:update', { name: DEMO_AGENCY_NAME, kind: 'non-exempt-state', timeZone: DEMO_ZONE });
  const ladder = 'att-calnet3-service-impacting';
  for (const [level, name, phone, email] of [
    [1, 'Jordan Lee (Account Manager, demo)', '916-555-0101', 'account.manager@example.com'],
    [2, 'Casey Morgan (Program Manager, demo)', '916-555-0102', 'program.manager@example.com'],
    [3, 'CALNET CMO liaison (demo)', '916-555-0103', 'cmo@example.com'],
  ] as const) {
    await call(app, 'ladders:setContact', { contractorId: 1, ladderId: ladder, level, name, phone, email });
  }
  await call(app, 'contacts:create', { contractorId: 1, name: 'AT&T Customer Support', role: 'Repair desk', phone: '800-321-0500' });

  const services: Array<Made & { circuitId: string; contractorId: number }> = [];
  let n = 1000;
  for (const s of SITES) {
    for (const [type, count, tmrc, seats] of [
      ['converged-voip', 5, '1200.00', 12],
      ['converged-voip-voicemail', 2, '240.00', 12],
      ['site-survivability', 1, '95.00', 1],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const circuitId = `${s.site}-${type === 'converged-voip' ? 'VOIP' : type === 'site-survivability' ? 'SSNF' : 'VM'}-${++n}`;
        const contractorId = s.site === VERIZON_SITE ? VERIZON : ATT;
        const made = await call<Made>(app, 'services:create', {
          circuitId, contractorId, serviceType: type, tier: 'premier', tmrc, aduc: type === 'converged-voip' ? '35.50' : '0',
          installFee: '250.00', seats, site: s.site, address: s.address,
        });
        services.push({ ...made, circuitId, contractorId });
      }
    }
  }
  const svc = (i: number) => services[i]!.id;
  const ticket = async (serviceIndex: number, openedAgoMs: number, extra: Record<string, unknown> = {}) =>
    (await call<{ ticket: Made }>(app, 'tickets:create', {
      serviceId: svc(serviceIndex), kind: 'repair', severity: '2', openedAt: at(-openedAgoMs),
      contractorTicket: demoTicketNumber(services[serviceIndex]!.contractorId, serviceIndex * 37 + Math.round(openedAgoMs / M)), description: 'No dial tone on the main line', ...extra,
    })).ticket.id;
  const event = (ticketId: number, kind: string, agoMs: number, extra: Record<string, unknown> = {}) =>
    call(app, 'tickets:addEvent', { ticketId, kind, at: at(-agoMs), who: 'Demo ATR', ...extra });
  const escalate = (ticketId: number, level: number, agoMs: number, whom: string, answer: string) =>
    event(ticketId, 'escalated', agoMs, { level, whom, how: 'phone', answer });

  // Open: TTR nearly due, level 2 coming up.
  const t1 = await ticket(0, 3 * H + 30 * M, { description: 'Phones down on the 3rd floor' });
  await escalate(t1, 1, 3 * H, 'Jordan Lee (Account Manager, demo)', 'Technician dispatched');
  // Open: TTR already missed, escalated twice.
  const t2 = await ticket(1, 5 * H + 10 * M, { alarmAt: at(-5 * H - 20 * M), severity: '1', description: 'Trunk group out of service' });
  await escalate(t2, 1, 5 * H, 'Jordan Lee (Account Manager, demo)', 'Working it');
  await escalate(t2, 2, 30 * M, 'Casey Morgan (Program Manager, demo)', 'Will call back within the hour');
  await event(t2, 'note', 20 * M, { detail: 'Contractor suspects a card failure at the CO' });
  // Open, paused: the End-User asked for the repair to wait.
  const t3 = await ticket(8, 1 * H + 15 * M, { description: 'Voicemail not answering' });
  await escalate(t3, 1, 1 * H, 'Jordan Lee (Account Manager, demo)', 'Tech on the way');
  await call(app, 'stopClocks:start', { ticketId: t3, code: 'END_USER_REQUEST', startAt: at(-30 * M), note: 'Site manager asked the tech to come back after the 11:00 meeting; called 916-555-0199 twice' });
  // Open: a common-cause outage at OAK-01 across two service types (the app suggests CAT 1).
  const t4 = await ticket(8, 50 * M, { kind: 'cat1', severity: '1', description: 'Building outage after power work' });
  const t5 = await ticket(13, 50 * M, { kind: 'cat1', severity: '1', description: 'Building outage after power work' });
  await call(app, 'incidents:create', { reference: 'INC-OAK-1', category: 'cat1', description: 'All services down at 1515 Clay St', ticketIds: [t4, t5] });
  await escalate(t4, 1, 45 * M, 'Jordan Lee (Account Manager, demo)', 'Escalated internally');
  // Open: nobody called yet.
  await ticket(17, 25 * M, { description: 'One-way audio on outbound calls' });
  // Restored, waiting to be closed.
  const t7 = await ticket(2, 6 * H);
  await escalate(t7, 1, 5 * H + 50 * M, 'Jordan Lee (Account Manager, demo)', 'Dispatched');
  await event(t7, 'restored', 2 * H, { detail: 'Replaced line card' });

  // Closed history over the last two months, some with stop clocks.
  for (let i = 0; i < 18; i++) {
    const opened = (3 + i * 3) * D + (i % 5) * H;
    const id = await ticket((i * 7) % services.length, opened, { description: ['Static on the line', 'No dial tone', 'Voicemail unreachable', 'Dropped calls'][i % 4] });
    await escalate(id, 1, opened - 20 * M, 'Jordan Lee (Account Manager, demo)', 'Opened with repair');
    if (i % 3 === 0) {
      await call(app, 'stopClocks:start', { ticketId: id, code: i % 2 ? 'ACCESS' : 'WIRING', startAt: at(-opened + H), endAt: at(-opened + 2 * H), note: 'Site locked; left two voicemails for the site contact' });
    }
    const restoredAgo = opened - (i % 4 === 0 ? 9 * H : 2 * H + i * 5 * M);
    await event(id, 'restored', restoredAgo);
    await event(id, 'closed', restoredAgo - H);
  }
  // A voided stop clock on a closed ticket: the wiring was not the cause after all.
  const voided = (app.db.prepare("SELECT id FROM stop_clocks WHERE code = 'WIRING' LIMIT 1").get() as Made | undefined)?.id;
  if (voided) await call(app, 'stopClocks:void', { id: voided, reason: 'Contractor found the fault in its own CO, not inside wiring', who: 'Demo ATR' });

  // Orders: one late, one delayed by the customer, one pending.
  await call(app, 'orders:create', { serviceId: svc(3), reference: 'SR-2026-0101', description: 'New VoIP seats, 2nd floor', orderedAt: at(-60 * D), completedAt: at(-10 * D) });
  const delayed = await call<Made>(app, 'orders:create', { serviceId: svc(10), reference: 'SR-2026-0102', description: 'Voicemail for new hires', orderedAt: at(-40 * D), completedAt: at(-5 * D) });
  await call(app, 'stopClocks:start', { orderId: delayed.id, code: 'CUSTOMER_PROVISIONING_DELAY', startAt: at(-30 * D), endAt: at(-25 * D), note: 'Building entrance conduit not ready' });
  await call(app, 'orders:create', { serviceId: svc(20), reference: 'SR-2026-0103', description: 'Move 4 seats to suite 200', orderedAt: at(-12 * D) });

  // Last month, complete: every SLA of the catalog met and missed at least once.
  const byCircuit = new Map(services.map((s) => [s.circuitId, s.id]));
  const serviceId = (circuitId: string) => {
    const id = byCircuit.get(circuitId);
    if (id === undefined) throw new Error(`demo data: no service ${circuitId}`);
    return id;
  };
  await seedDemoMonth(app, nowMs, serviceId);

  // Claims of the months before: partly credited, disputed, and one awaiting an answer.
  await seedDemoClaims(app, nowMs, serviceId, recordedAt);

  // A CALNET 2 → CALNET 3 conversion in progress (no service row added: the figures above stay).
  await seedDemoConversion(app, nowMs, serviceId, recordedAt);
  // A second contract: the state Customer Care Center's help-desk service levels (met or missed, no money).
  await seedDemoCcc(app, nowMs);
}
