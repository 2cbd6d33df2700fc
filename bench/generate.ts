// A seeded agency-year written with the app's own schema: services, tickets (some linked in
// incidents, with contractor notices), stop clocks, orders, survivability usage.
import { DEFAULT_CALENDAR, localDate } from '../shared/calendar';
import type { Db } from '../electron/services/db/open';
import { seeded } from './random';

export interface Sizes {
  services: number;
  tickets: number;
  stopClocks: number;
  orders: number;
  /** Tickets of the year before, added only to reach the ticket-list size. */
  extraTickets: number;
}

export const AGENCY_YEAR: Sizes = { services: 5_000, tickets: 60_000, stopClocks: 150_000, orders: 2_000, extraTickets: 40_000 };

const YEAR_START = Date.parse('2026-01-01T08:00:00Z');
const YEAR_MS = 365 * 86_400_000;
const MIN = 60_000;
const CODES = ['END_USER_REQUEST', 'OBSERVATION', 'WIRING', 'POWER', 'ACCESS', 'STAFF', 'CPE', 'THIRD_PARTY', 'MAINTENANCE', 'NO_RESPONSE'];
const iso = (ms: number) => new Date(ms).toISOString();

export function generateAgencyYear(db: Db, sizes: Sizes = AGENCY_YEAR, seed = 20261123): { openTickets: number } {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const now = iso(YEAR_START);
  let openTickets = 0;
  db.transaction(() => {
    const svc = db.prepare(
      `INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, aduc_cents, install_fee_cents, seats, site, address, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    );
    for (let i = 0; i < sizes.services; i++) {
      const type = i % 50 === 49 ? 'site-survivability' : i % 10 === 9 ? 'converged-voip-voicemail' : 'converged-voip';
      svc.run(`CKT-${100000 + i}`, 1 + (i % 2), type, pick(['basic', 'standard', 'premier', 'premier'] as const), 5_000 + Math.floor(rnd() * 200_000), Math.floor(rnd() * 5_000), 25_000, 1 + Math.floor(rnd() * 30), `SITE-${i % 800}`, now, now);
    }
    const incident = db.prepare("INSERT INTO incidents (reference, category, created_at, updated_at) VALUES (?, ?, ?, ?)");
    const ticket = db.prepare(
      `INSERT INTO tickets (service_id, incident_id, contractor_ticket, kind, severity, alarm_at, opened_at, start_at, restored_at, closed_at, measured_ms, ladder_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2', ?, ?, ?, ?, ?, ?, 'att-calnet3-service-impacting', ?, ?)`,
    );
    const notice = db.prepare('INSERT INTO ticket_notices (ticket_id, at) VALUES (?, ?)');
    const stop = db.prepare(
      `INSERT INTO stop_clocks (ticket_id, order_id, code, start_at, end_at, window_start, window_end, note, voided_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?)`,
    );
    let stopsLeft = sizes.stopClocks;
    let incidentId = 0;
    const total = sizes.tickets + sizes.extraTickets;
    for (let i = 0; i < total; i++) {
      const inYear = i < sizes.tickets;
      const serviceId = 1 + Math.floor(rnd() * sizes.services);
      const r = rnd();
      const kind = r < 0.88 ? 'repair' : r < 0.91 ? 'cat1' : r < 0.94 ? 'cat2' : r < 0.96 ? 'cat3' : r < 0.98 ? 'delay' : 'jitter';
      const opened = (inYear ? YEAR_START : YEAR_START - YEAR_MS) + Math.floor(rnd() * (YEAR_MS / 1000)) * 1000;
      const alarm = rnd() < 0.3 ? opened - Math.floor(rnd() * 20) * MIN : null;
      const start = alarm ?? opened;
      const duration = Math.floor((5 + rnd() * 900) * MIN);
      const isOpen = inYear && i % 120 === 0;
      if (isOpen) openTickets++;
      const restored = isOpen ? null : start + duration;
      const closed = restored === null ? null : restored + 30 * MIN;
      if (kind.startsWith('cat') && i % 3 === 0) incident.run(`INC-${++incidentId}`, kind, now, now);
      const id = Number(
        ticket.run(serviceId, kind.startsWith('cat') && incidentId > 0 ? incidentId : null, `T-${i}`, kind, alarm === null ? null : iso(alarm), iso(opened), iso(start),
          restored === null ? null : iso(restored), closed === null ? null : iso(closed), kind === 'delay' || kind === 'jitter' ? 40 + Math.floor(rnd() * 120) : null, now, now).lastInsertRowid,
      );
      if (kind === 'cat2' || kind === 'cat3') notice.run(id, iso(start + Math.floor(rnd() * 90) * MIN));
      // 2.5 stop clocks per ticket of the year on average: 150,000 over 60,000 tickets.
      const count = inYear ? (i % 2 === 0 ? 3 : 2) : 0;
      for (let k = 0; k < count && stopsLeft > 0; k++, stopsLeft--) {
        const code = pick(CODES);
        const s = start + Math.floor(rnd() * duration);
        const e = s + Math.floor(rnd() * 120) * MIN;
        const voided = (code === 'WIRING' || code === 'CPE') && rnd() < 0.2 ? now : null;
        const window = code === 'MAINTENANCE' ? [iso(s - 30 * MIN), iso(s + 60 * MIN)] : [null, null];
        stop.run(id, null, code, iso(s), isOpen && k === 0 ? null : iso(e), window[0], window[1], voided, now, now);
      }
    }
    const order = db.prepare('INSERT INTO orders (service_id, reference, ordered_at, due_date, completed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < sizes.orders; i++) {
      const serviceId = 1 + Math.floor(rnd() * sizes.services);
      const ordered = YEAR_START - 60 * 86_400_000 + Math.floor(rnd() * YEAR_MS);
      const due = rnd() < 0.3 ? ordered + Math.floor(20 + rnd() * 40) * 86_400_000 : null;
      const completed = ordered + Math.floor((20 + rnd() * 40) * 86_400_000);
      // A negotiated due date is an agency date (29.4.8.10).
      const id = Number(order.run(serviceId, `SR-${i}`, iso(ordered), due === null ? null : localDate(DEFAULT_CALENDAR, due), iso(completed), now, now).lastInsertRowid);
      if (i % 4 === 0) stop.run(null, id, 'CUSTOMER_PROVISIONING_DELAY', iso(ordered + 86_400_000), iso(ordered + 3 * 86_400_000), null, null, null, now, now);
    }
    const usage = db.prepare('INSERT INTO survivability_events (site, start_at, end_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < 1_200; i++) {
      const s = YEAR_START + Math.floor(rnd() * YEAR_MS);
      usage.run(`SITE-${Math.floor(rnd() * 800)}`, iso(s), iso(s + Math.floor(rnd() * 48 * 60) * MIN), now, now);
    }
  })();
  return { openTickets };
}
