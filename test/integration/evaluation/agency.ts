// A small agency built by hand through the real channels, with figures an ATR can check with a
// calculator (DOMAIN.md, Converged VoIP catalog). October 2026 is PDT (UTC-7): 31 days, Scheduled
// Uptime 24 h x 31 = 744 h = 44,640 min.
import type { AppServices } from '../../../electron/services/app';
import type { Service } from '../../../shared/ipc/services';
import type { TicketDetail } from '../../../shared/ipc/tickets';
import { call } from '../support/tempData';

export interface HandAgency {
  /** CKT-1001, AT&T, Premier, TMRC $1,200.00, ADUC $35.50, install fee $250.00, site SAC-HQ. */
  s1: Service;
  /** CKT-2002, AT&T, Basic, TMRC $800.00, ADUC $20.00. */
  s2: Service;
  /** VZ-3003, Verizon, Premier, TMRC $500.00, ADUC $10.00. */
  s3: Service;
  /** CKT-4004, AT&T, Standard, TMRC $600.00, install fee $400.00. */
  s4: Service;
  /** The 9-hour Premier outage on CKT-1001: 2026-10-06 09:00 to 18:00 PDT. */
  t1: number;
  /** CKT-1001, 180 min with a 30-min END_USER_REQUEST stop clock: 150 min. */
  t2: number;
  /** CKT-2002, 330 min (2026-10-10). */
  t3: number;
  /** CKT-2002, 330 min (2026-10-15). */
  t4: number;
}

export async function service(app: AppServices, circuitId: string, contractorId: number, tier: string, tmrc: string, aduc: string, installFee = '0', site = ''): Promise<Service> {
  return call<Service>(app, 'services:create', { circuitId, contractorId, serviceType: 'converged-voip', tier, tmrc, aduc, installFee, site });
}

/** A repair ticket opened, restored and closed (UTC instants). */
export async function closedTicket(app: AppServices, serviceId: number, openedAt: string, restoredAt: string, closedAt: string, extra: Record<string, unknown> = {}): Promise<number> {
  const { ticket } = await call<TicketDetail>(app, 'tickets:create', { serviceId, kind: 'repair', contractorTicket: 'ATT-1', openedAt, ...extra });
  await call(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'restored', at: restoredAt });
  await call(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'closed', at: closedAt });
  return ticket.id;
}

export async function handAgency(app: AppServices): Promise<HandAgency> {
  const s1 = await service(app, 'CKT-1001', 1, 'premier', '1200', '35.50', '250', 'SAC-HQ');
  const s2 = await service(app, 'CKT-2002', 1, 'basic', '800', '20');
  const s3 = await service(app, 'VZ-3003', 2, 'premier', '500', '10');
  const s4 = await service(app, 'CKT-4004', 1, 'standard', '600', '0', '400');
  // 09:00 → 18:00 PDT = 540 min, no stop clock.
  const t1 = await closedTicket(app, s1.id, '2026-10-06T16:00:00Z', '2026-10-07T01:00:00Z', '2026-10-07T02:00:00Z');
  // 17:00 → 20:00 UTC = 180 min, End-User asked to wait 18:00-18:30: 150 min.
  const { ticket } = await call<TicketDetail>(app, 'tickets:create', { serviceId: s1.id, kind: 'repair', openedAt: '2026-10-20T17:00:00Z' });
  await call(app, 'stopClocks:start', { ticketId: ticket.id, code: 'END_USER_REQUEST', startAt: '2026-10-20T18:00:00Z', endAt: '2026-10-20T18:30:00Z', note: 'Site manager asked the tech to wait' });
  await call(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'restored', at: '2026-10-20T20:00:00Z' });
  await call(app, 'tickets:addEvent', { ticketId: ticket.id, kind: 'closed', at: '2026-10-20T21:00:00Z' });
  // Two 330-min outages on the Basic service: each within TTR (6 h) and Excessive Outage (16 h).
  const t3 = await closedTicket(app, s2.id, '2026-10-10T15:00:00Z', '2026-10-10T20:30:00Z', '2026-10-10T21:00:00Z');
  const t4 = await closedTicket(app, s2.id, '2026-10-15T16:00:00Z', '2026-10-15T21:30:00Z', '2026-10-15T22:00:00Z');
  return { s1, s2, s3, s4, t1, t2: ticket.id, t3, t4 };
}
