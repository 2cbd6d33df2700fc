// Incidents link the tickets of one common-cause outage (CAT 1/2/3). The app suggests CAT 1
// when the linked tickets at one address cover two or more service types or 50 or more
// seats (29.4.8.2 Catastrophic Outage 1); the user decides.
import type { Incident } from '../../../shared/ipc/tickets';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

interface IncidentRow {
  id: number;
  reference: string;
  category: Incident['category'];
  description: string;
}

export interface LinkedService {
  site: string;
  address: string;
  serviceType: string;
  seats: number;
}

const CAT1_SEATS = 50;

/** The CAT 1 suggestion from the services of the linked tickets, or null. */
export function suggestCategory(linked: LinkedService[]): Incident['suggestion'] {
  const byAddress = new Map<string, LinkedService[]>();
  for (const s of linked) {
    const key = (s.address || s.site).trim().toLowerCase();
    if (!key) continue;
    byAddress.set(key, [...(byAddress.get(key) ?? []), s]);
  }
  for (const [, services] of byAddress) {
    const types = new Set(services.map((s) => s.serviceType));
    const seats = services.reduce((n, s) => n + s.seats, 0);
    const where = services[0]!.address || services[0]!.site;
    if (types.size >= 2) return { category: 'cat1', reason: `${types.size} service types failed at ${where} (29.4.8.2: two or more service types at one address)` };
    if (seats >= CAT1_SEATS) return { category: 'cat1', reason: `${seats} seats failed at ${where} (29.4.8.2: 50 or more VoIP seats at one address)` };
  }
  return null;
}

export function getIncident(db: Db, id: number): Incident {
  const r = stmt(db, 'SELECT id, reference, category, description FROM incidents WHERE id = ?').get(id) as IncidentRow | undefined;
  if (!r) throw notFound('The incident');
  const linked = stmt(
    db,
    `SELECT t.id, s.site, s.address, s.service_type AS serviceType, s.seats FROM tickets t JOIN services s ON s.id = t.service_id
     WHERE t.incident_id = ? ORDER BY t.id`,
  ).all(id) as Array<LinkedService & { id: number }>;
  // Seats count once per service, however many tickets it has in the incident.
  return { ...r, ticketIds: linked.map((l) => l.id), suggestion: suggestCategory(linked) };
}

export function listIncidents(db: Db): Incident[] {
  return (stmt(db, 'SELECT id FROM incidents ORDER BY id DESC LIMIT 500').all() as Array<{ id: number }>).map((r) => getIncident(db, r.id));
}

export function createIncident(db: Db, d: { reference: string; category: Incident['category']; description: string; ticketIds: number[] }, now: string): Incident {
  return db.transaction(() => {
    const id = Number(
      stmt(db, 'INSERT INTO incidents (reference, category, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(d.reference, d.category, d.description, now, now).lastInsertRowid,
    );
    audit(db, now, 'incidents', id, 'insert', null, { id, reference: d.reference, category: d.category, description: d.description });
    d.ticketIds.forEach((ticketId, i) => link(db, id, ticketId, now, `/ticketIds/${i}`));
    return getIncident(db, id);
  })();
}

export function updateIncident(db: Db, id: number, d: { reference: string; category: Incident['category']; description: string }, now: string): Incident {
  return db.transaction(() => {
    const before = getIncident(db, id);
    stmt(db, 'UPDATE incidents SET reference = ?, category = ?, description = ?, updated_at = ? WHERE id = ?').run(d.reference, d.category, d.description, now, id);
    const after = getIncident(db, id);
    audit(db, now, 'incidents', id, 'update', before, after);
    return after;
  })();
}

function link(db: Db, incidentId: number | null, ticketId: number, now: string, path: string): void {
  const before = stmt(db, 'SELECT incident_id AS incidentId FROM tickets WHERE id = ?').get(ticketId) as { incidentId: number | null } | undefined;
  if (!before) throw new AppError('not_found', 'The ticket was not found', path);
  stmt(db, 'UPDATE tickets SET incident_id = ?, updated_at = ? WHERE id = ?').run(incidentId, now, ticketId);
  audit(db, now, 'tickets', ticketId, 'update', before, { incidentId });
}

export function linkTicket(db: Db, incidentId: number | null, ticketId: number, now: string): void {
  db.transaction(() => {
    if (incidentId !== null) getIncident(db, incidentId);
    link(db, incidentId, ticketId, now, '/ticketId');
  })();
}

/** Incident references by incident id, for the given ids (a case file names incidents by them). */
export function incidentReferencesOf(db: Db, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = stmt(db, 'SELECT id, reference AS ref FROM incidents WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: number; ref: string }>;
  return new Map(rows.map((r) => [r.id, r.ref]));
}
