// SLA history of months before the agency used the app (DOMAIN.md "Consecutive misses": earlier
// months come from the data or from the recorded history), so the consecutive-miss steps of
// Availability (29.4.8.1), Delay (29.4.8.5), Jitter (29.4.8.8) and Site Survivability (29.4.8.7)
// are right from the first month. One verdict per SLA, service (site for site survivability) and month.
import { instant } from '../../../shared/calendar/instant';
import type { HistoryEntry } from '../../../shared/ipc/sla';
import { catalogIdsOf, catalogTitle, isCreditCatalog, loadCatalog, type SlaDefinition } from '../../../shared/sla/catalog';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { agencyDates } from './agencyDates';
import { siteSurvivabilityServices, survivabilitySites } from './siteServices';

export interface HistoryDraft {
  sla: string;
  serviceId: number | null;
  site: string | null;
  month: string;
  met: boolean;
  note: string;
}

const SELECT = `SELECT h.id, h.sla, h.service_id AS serviceId, s.circuit_id AS circuitId, h.site, h.month, h.met, h.note, h.created_at AS createdAt
  FROM sla_history h LEFT JOIN services s ON s.id = h.service_id`;

type Row = Omit<HistoryEntry, 'met'> & { met: number };
const toEntry = (r: Row): HistoryEntry => ({ ...r, met: r.met === 1 });

export function getHistory(db: Db, id: number): HistoryEntry {
  const r = stmt(db, `${SELECT} WHERE h.id = ?`).get(id) as Row | undefined;
  if (!r) throw notFound('The history entry');
  return toEntry(r);
}

export function listHistory(db: Db, q: { serviceId?: number | undefined; site?: string | undefined }): HistoryEntry[] {
  return (
    stmt(db, `${SELECT} WHERE (@serviceId IS NULL OR h.service_id = @serviceId) AND (@site IS NULL OR h.site = @site) ORDER BY h.month DESC, h.sla, h.id`).all({
      serviceId: q.serviceId ?? null,
      site: q.site ?? null,
    }) as Row[]
  ).map(toEntry);
}

function refuse(message: string, path: string): never {
  throw new AppError('invalid', message, path);
}

/** The SLA as the credit catalogs define it (the first that has it): history steps up credits, which only they owe. */
function definition(slaId: string): SlaDefinition {
  for (const id of catalogIdsOf('credits')) {
    const s = loadCatalog(id).sla(slaId);
    if (s) return s;
  }
  return refuse(`"${slaId}" is not an SLA of any catalog`, '/sla');
}

interface ServiceFacts {
  circuitId: string;
  serviceType: string;
  catalogId: string;
}

/** The draft's subject checked against the catalog: a service the SLA covers, or a site with a survivability service. */
function checkSubject(db: Db, d: HistoryDraft): HistoryDraft {
  const sla = definition(d.sla);
  const site = d.site === null || d.site === '' ? null : d.site;
  if (sla.basis === 'site-usage') {
    // 29.4.8.7 counts usage per site, and so its consecutive misses (DOMAIN.md).
    if (d.serviceId !== null) refuse(`${sla.title} history is recorded per site, not per service: choose the site`, '/serviceId');
    if (site === null) refuse(`Site is required: ${sla.title} history is recorded per site`, '/site');
    if (siteSurvivabilityServices(db, site).length === 0) {
      const known = survivabilitySites(db);
      refuse(`Site must be the site of one of the agency's Site Survivability services${known.length ? ` (${known.slice(0, 10).join(', ')})` : '; there is none yet'}`, '/site');
    }
    return { ...d, serviceId: null, site };
  }
  if (d.serviceId === null) refuse(`Service is required: ${sla.title} history is recorded per service`, '/serviceId');
  if (site !== null) refuse(`Site is only for site survivability history; ${sla.title} is recorded per service`, '/site');
  const svc = stmt(db, 'SELECT circuit_id AS circuitId, service_type AS serviceType, catalog_id AS catalogId FROM services WHERE id = ?').get(d.serviceId) as
    | ServiceFacts
    | undefined;
  if (!svc) refuse('Service is not in this agency\'s list', '/serviceId');
  // A service-level contract (the help desk) owes no money: no step of a remedy to record history for.
  if (!isCreditCatalog(svc.catalogId)) refuse(`${sla.title} does not apply to ${svc.circuitId}, a service under ${catalogTitle(svc.catalogId)} (met or missed, no credits)`, '/serviceId');
  const catalog = loadCatalog(svc.catalogId);
  const own = catalog.sla(d.sla);
  const typeTitle = (t: string) => catalog.serviceTypes.find((x) => x.id === t)?.title ?? t;
  if (!own || !own.serviceTypes.includes(svc.serviceType)) {
    const covers = own ? ` (${own.clause} covers ${own.serviceTypes.map(typeTitle).join(' and ')})` : ` (not in ${catalog.title})`;
    refuse(`${sla.title} does not apply to ${svc.circuitId}, a ${typeTitle(svc.serviceType)} service${covers}`, '/serviceId');
  }
  return { ...d, site: null };
}

export function setHistory(db: Db, d: HistoryDraft, now: string): HistoryEntry {
  return db.transaction(() => {
    const n = checkSubject(db, d);
    const current = agencyDates(db).monthOf(instant(now));
    if (n.month > current) refuse(`Month cannot be in the future (this month is ${current})`, '/month');
    const existing = stmt(db, 'SELECT id FROM sla_history WHERE sla = ? AND service_id IS ? AND site IS ? AND month = ?').get(n.sla, n.serviceId, n.site, n.month) as
      | { id: number }
      | undefined;
    if (existing) {
      const before = getHistory(db, existing.id);
      if (before.met === n.met && before.note === n.note) return before;
      stmt(db, 'UPDATE sla_history SET met = ?, note = ? WHERE id = ?').run(n.met ? 1 : 0, n.note, existing.id);
      const after = getHistory(db, existing.id);
      // The replaced verdict stays in the audit log: a claim may already rest on it.
      audit(db, now, 'sla_history', existing.id, 'update', before, after);
      return after;
    }
    const id = Number(
      stmt(db, 'INSERT INTO sla_history (sla, service_id, site, month, met, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        n.sla, n.serviceId, n.site, n.month, n.met ? 1 : 0, n.note, now,
      ).lastInsertRowid,
    );
    const created = getHistory(db, id);
    audit(db, now, 'sla_history', id, 'insert', null, created);
    return created;
  })();
}

export function deleteHistory(db: Db, id: number, now: string): void {
  db.transaction(() => {
    const before = getHistory(db, id);
    stmt(db, 'DELETE FROM sla_history WHERE id = ?').run(id);
    audit(db, now, 'sla_history', id, 'delete', before, null);
  })();
}
