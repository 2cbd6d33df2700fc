// Services (circuits): the agency's billable service instances. A service with tickets, orders
// or SLA history is evidence for claims: it is retired (disconnected on a date), never deleted.
import { instant } from '../../../shared/calendar/instant';
import { TIERS, type Service, type ServiceDraft, type ServiceQuery } from '../../../shared/ipc/services';
import { loadAnyCatalog } from '../../../shared/sla/catalog';
import { orList } from '../../../shared/sla/vocabulary';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { agencyDates } from './agencyDates';
import { siteSurvivabilityServices } from './siteServices';

interface ServiceRow {
  id: number;
  circuit_id: string;
  contractor_id: number;
  contractor_name: string;
  service_type: Service['serviceType'];
  tier: Service['tier'];
  tmrc_cents: number;
  aduc_cents: number;
  install_fee_cents: number;
  seats: number;
  site: string;
  address: string;
  catalog_id: string;
  retired_on: string | null;
  replaced_by_id: number | null;
  replaced_by_circuit_id: string | null;
  predecessors_json: string;
  created_at: string;
  updated_at: string;
}

// A converted service names its replacement; the replacement lists the services it replaced (its history before it).
const SELECT = `SELECT s.*, c.name AS contractor_name, r.circuit_id AS replaced_by_circuit_id,
  (SELECT json_group_array(json_object('id', p.id, 'circuitId', p.circuit_id, 'retiredOn', p.retired_on)) FROM services p WHERE p.replaced_by_id = s.id) AS predecessors_json
  FROM services s JOIN contractors c ON c.id = s.contractor_id LEFT JOIN services r ON r.id = s.replaced_by_id`;

const SORT_COLUMNS: Record<NonNullable<ServiceQuery['sort']>['key'], string> = {
  circuitId: 's.circuit_id COLLATE NOCASE',
  contractor: 'c.name COLLATE NOCASE',
  serviceType: 's.service_type',
  // The catalogs' tier order (Basic, Standard, Premier), then services without a tier (the help desk).
  tier: `CASE s.tier ${TIERS.map((t, i) => `WHEN '${t}' THEN ${i + 1}`).join(' ')} ELSE ${TIERS.length + 1} END`,
  tmrc: 's.tmrc_cents',
  aduc: 's.aduc_cents',
  site: 's.site COLLATE NOCASE',
};

function toService(r: ServiceRow): Service {
  return {
    id: r.id,
    circuitId: r.circuit_id,
    contractorId: r.contractor_id,
    contractorName: r.contractor_name,
    serviceType: r.service_type,
    tier: r.tier,
    tmrcCents: r.tmrc_cents,
    aducCents: r.aduc_cents,
    installFeeCents: r.install_fee_cents,
    seats: r.seats,
    site: r.site,
    address: r.address,
    catalogId: r.catalog_id,
    retiredOn: r.retired_on,
    replacedById: r.replaced_by_id,
    replacedByCircuitId: r.replaced_by_circuit_id,
    predecessors: JSON.parse(r.predecessors_json) as Service['predecessors'],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * @param today the agency's date: a service retired on or before it is left out unless
 *   `includeRetired` (a retirement typed ahead of time leaves the pickers on its day).
 */
export function listServices(db: Db, q: ServiceQuery, today: string): { rows: Service[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (!q.includeRetired) {
    where.push('(s.retired_on IS NULL OR s.retired_on > @today)');
    params.today = today;
  }
  if (q.text?.trim()) {
    where.push("(s.circuit_id LIKE @text ESCAPE '\\' OR s.site LIKE @text ESCAPE '\\' OR s.address LIKE @text ESCAPE '\\' OR c.name LIKE @text ESCAPE '\\')");
    params.text = `%${q.text.trim().replace(/[\\%_]/g, (m) => '\\' + m)}%`;
  }
  if (q.contractorId !== undefined) {
    where.push('s.contractor_id = @contractorId');
    params.contractorId = q.contractorId;
  }
  if (q.tier) {
    where.push('s.tier = @tier');
    params.tier = q.tier;
  }
  if (q.serviceType) {
    where.push('s.service_type = @serviceType');
    params.serviceType = q.serviceType;
  }
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const sort = q.sort ?? { key: 'circuitId', dir: 'asc' };
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  const order = ` ORDER BY ${SORT_COLUMNS[sort.key]} ${dir}, s.id ${dir}`;
  const limit = ` LIMIT ${q.limit ?? 10_000} OFFSET ${q.offset ?? 0}`;
  const rows = stmt(db, SELECT + whereSql + order + limit).all(params) as ServiceRow[];
  const total = (stmt(db, `SELECT count(*) AS n FROM services s JOIN contractors c ON c.id = s.contractor_id${whereSql}`).get(params) as { n: number }).n;
  return { rows: rows.map(toService), total };
}

export function getService(db: Db, id: number): Service {
  const row = stmt(db, `${SELECT} WHERE s.id = ?`).get(id) as ServiceRow | undefined;
  if (!row) throw notFound('The service');
  return toService(row);
}

function checkContractor(db: Db, contractorId: number): void {
  if (!stmt(db, 'SELECT 1 FROM contractors WHERE id = ?').get(contractorId)) {
    throw new AppError('invalid', 'Contractor is not in this agency\'s list', '/contractorId');
  }
}

/**
 * The service's terms are its catalog's (the catalog is the vocabulary): a type it lists, a tier
 * it offers, or none under a catalog without tiers. A service-level contract (the help desk) owes
 * no credits, so its services carry no TMRC, ADUC or installation fee.
 */
function checkCatalogTerms(d: ServiceDraft): void {
  const c = loadAnyCatalog(d.catalogId);
  if (!c.serviceTypes.some((t) => t.id === d.serviceType)) {
    throw new AppError('invalid', `Service type must be one of ${c.title}'s: ${orList(c.serviceTypes)}`, '/serviceType');
  }
  if (c.kind === 'credits') {
    if (!c.tiers.some((t) => t.id === d.tier)) throw new AppError('invalid', `Tier must be ${orList(c.tiers)}`, '/tier');
    return;
  }
  if (d.tier !== '') throw new AppError('invalid', `A ${c.title} service has no tier: leave Tier empty`, '/tier');
  for (const [field, label] of [['tmrc', 'TMRC'], ['aduc', 'ADUC'], ['installFee', 'Installation fee']] as const) {
    if (d[field] !== 0) throw new AppError('invalid', `${label} must be 0: ${c.title} owes no credits (its bill is checked on the Help desk screen)`, `/${field}`);
  }
}

function checkUnique(db: Db, d: ServiceDraft, exceptId: number | null): void {
  const clash = stmt(
    db,
    'SELECT id FROM services WHERE contractor_id = ? AND circuit_id = ? COLLATE NOCASE AND id IS NOT ?',
  ).get(d.contractorId, d.circuitId, exceptId);
  if (clash) throw new AppError('duplicate', `Circuit ID ${d.circuitId} already exists for this contractor`, '/circuitId');
}

function insertRow(db: Db, d: ServiceDraft, at: string): number {
  const info = stmt(
    db,
    `INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, aduc_cents, install_fee_cents, seats, site, address, catalog_id, created_at, updated_at)
     VALUES (@circuitId, @contractorId, @serviceType, @tier, @tmrc, @aduc, @installFee, @seats, @site, @address, @catalogId, @at, @at)`,
  ).run({ ...d, at });
  return Number(info.lastInsertRowid);
}

export function createService(db: Db, d: ServiceDraft, at: string): Service {
  return db.transaction(() => {
    checkContractor(db, d.contractorId);
    checkCatalogTerms(d);
    checkUnique(db, d, null);
    const id = insertRow(db, d, at);
    const created = getService(db, id);
    audit(db, at, 'services', id, 'insert', null, created);
    return created;
  })();
}

/** Inserts every draft or none: one bad row rolls the whole batch back. */
export function createServices(db: Db, drafts: ServiceDraft[], at: string): number {
  return db.transaction(() => {
    drafts.forEach((d, i) => {
      try {
        checkContractor(db, d.contractorId);
        checkCatalogTerms(d);
        checkUnique(db, d, null);
      } catch (e) {
        if (e instanceof AppError) throw new AppError(e.code, `Row ${i + 1}: ${e.message}`, `/rows/${i}${e.path}`);
        throw e;
      }
      const id = insertRow(db, d, at);
      audit(db, at, 'services', id, 'insert', null, { ...d, id });
    });
    return drafts.length;
  })();
}

export function updateService(db: Db, id: number, d: ServiceDraft, at: string): Service {
  return db.transaction(() => {
    const before = getService(db, id);
    checkContractor(db, d.contractorId);
    checkCatalogTerms(d);
    checkUnique(db, d, id);
    if (d.catalogId !== before.catalogId) {
      // Its tickets' kinds and results are the old contract's: the record would no longer read.
      const n = (stmt(db, 'SELECT count(*) AS n FROM tickets WHERE service_id = ?').get(id) as { n: number }).n;
      if (n > 0) throw new AppError('refused', `${before.circuitId} has ${plural(n, 'ticket')} under its contract: its catalog cannot change`, '/catalogId');
    }
    stmt(
      db,
      `UPDATE services SET circuit_id = @circuitId, contractor_id = @contractorId, service_type = @serviceType, tier = @tier, catalog_id = @catalogId,
         tmrc_cents = @tmrc, aduc_cents = @aduc, install_fee_cents = @installFee, seats = @seats, site = @site, address = @address, updated_at = @at
       WHERE id = @id`,
    ).run({ ...d, id, at });
    const after = getService(db, id);
    audit(db, at, 'services', id, 'update', before, after);
    return after;
  })();
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What keeps a service on record: its tickets, orders, SLA history, and its site's usage when it is the site's only survivability service. */
function recordsOf(db: Db, s: Service): string[] {
  const n = (sql: string, ...args: unknown[]) => (stmt(db, sql).get(...args) as { n: number }).n;
  const found: string[] = [];
  const tickets = n('SELECT count(*) AS n FROM tickets WHERE service_id = ?', s.id);
  const orders = n('SELECT count(*) AS n FROM orders WHERE service_id = ?', s.id);
  const history = n('SELECT count(*) AS n FROM sla_history WHERE service_id = ?', s.id);
  const conversion = n('SELECT count(*) AS n FROM conversion_items WHERE service_id = ? OR new_service_id = ?', s.id, s.id) + n('SELECT count(*) AS n FROM services WHERE replaced_by_id = ?', s.id);
  if (tickets) found.push(plural(tickets, 'ticket'));
  if (orders) found.push(plural(orders, 'order'));
  if (history) found.push(plural(history, 'month') + ' of SLA history');
  if (conversion || s.replacedById !== null) found.push('a conversion (CALNET 2 → CALNET 3) that names it');
  const siteServices = s.site ? siteSurvivabilityServices(db, s.site) : [];
  if (siteServices.length === 1 && siteServices[0]!.id === s.id) {
    const usage = n('SELECT count(*) AS n FROM survivability_events WHERE site = ?', s.site);
    if (usage) found.push(`${plural(usage, 'usage event')} of site ${s.site}`);
  }
  return found;
}

export function deleteService(db: Db, id: number, at: string): void {
  db.transaction(() => {
    const before = getService(db, id);
    const records = recordsOf(db, before);
    if (records.length) {
      const list = records.length === 1 ? records[0] : `${records.slice(0, -1).join(', ')} and ${records.at(-1)}`;
      throw new AppError(
        'refused',
        `${before.circuitId} cannot be deleted: it has ${list} on record. Retire it instead (disconnected on a date): it stays on record, out of the pickers.`,
        '/id',
      );
    }
    stmt(db, 'DELETE FROM services WHERE id = ?').run(id);
    audit(db, at, 'services', id, 'delete', before, null);
  })();
}

/** The agency date of the latest instant in a column of the service's rows, or null when it has none. */
function latestDate(db: Db, sql: string, id: number): string | null {
  const r = stmt(db, sql).get(id) as { at: string | null };
  return r.at === null ? null : agencyDates(db).dateOf(instant(r.at));
}

/** Retires the service on a date (null: back in service). Its tickets and orders stay; none may start after the date. */
export function retireService(db: Db, id: number, retiredOn: string | null, at: string): Service {
  return db.transaction(() => {
    const before = getService(db, id);
    if (before.retiredOn === retiredOn) return before;
    if (retiredOn !== null) {
      const ticket = latestDate(db, 'SELECT max(start_at) AS at FROM tickets WHERE service_id = ?', id);
      if (ticket !== null && ticket > retiredOn) {
        throw new AppError('refused', `${before.circuitId} has an outage starting on ${ticket}, after ${retiredOn}: retire it on or after that date`, '/retiredOn');
      }
      const order = latestDate(db, 'SELECT max(ordered_at) AS at FROM orders WHERE service_id = ?', id);
      if (order !== null && order > retiredOn) {
        throw new AppError('refused', `${before.circuitId} has an order dated ${order}, after ${retiredOn}: retire it on or after that date`, '/retiredOn');
      }
    }
    stmt(db, 'UPDATE services SET retired_on = ?, updated_at = ? WHERE id = ?').run(retiredOn, at, id);
    const after = getService(db, id);
    audit(db, at, 'services', id, 'update', before, after);
    return after;
  })();
}

/**
 * Refuses a ticket or order that starts after the service was retired (disconnected): nothing
 * can fail or be ordered on it then. One dated before the retirement is still recorded: an
 * outage found late may still be owed a credit.
 */
export function checkInService(db: Db, serviceId: number, startIso: string, what: 'ticket' | 'order'): void {
  const r = stmt(db, 'SELECT circuit_id AS circuitId, retired_on AS retiredOn FROM services WHERE id = ?').get(serviceId) as
    | { circuitId: string; retiredOn: string | null }
    | undefined;
  if (!r || r.retiredOn === null) return;
  const date = agencyDates(db).dateOf(instant(startIso));
  if (date > r.retiredOn) {
    const when = what === 'ticket' ? 'an outage cannot start' : 'an order cannot be dated';
    throw new AppError('refused', `${r.circuitId} was retired (disconnected) on ${r.retiredOn}; ${when} after that. Choose a service in service, or put ${r.circuitId} back in service first.`, '/serviceId');
  }
}

/** The services with these Circuit IDs (letter case ignored), under any contractor: a case file's import matches them. */
export function servicesByCircuitIds(db: Db, circuitIds: readonly string[]): Service[] {
  if (circuitIds.length === 0) return [];
  return (
    stmt(db, `${SELECT} WHERE lower(s.circuit_id) IN (SELECT lower(value) FROM json_each(?)) ORDER BY s.id`).all(JSON.stringify(circuitIds)) as ServiceRow[]
  ).map(toService);
}

/** Links a converted service to the one that replaced it (null: unlinks), audited. */
export function setReplacedBy(db: Db, id: number, replacedById: number | null, at: string): Service {
  return db.transaction(() => {
    const before = getService(db, id);
    if (before.replacedById === replacedById) return before;
    stmt(db, 'UPDATE services SET replaced_by_id = ?, updated_at = ? WHERE id = ?').run(replacedById, at, id);
    const after = getService(db, id);
    audit(db, at, 'services', id, 'update', before, after);
    return after;
  })();
}

/** The service and every service it replaced, directly or through others (oldest conversions last). */
export function serviceLineage(db: Db, id: number): number[] {
  return (
    stmt(
      db,
      `WITH RECURSIVE lineage(id) AS (SELECT ? UNION SELECT s.id FROM services s JOIN lineage l ON s.replaced_by_id = l.id) SELECT id FROM lineage`,
    ).all(id) as Array<{ id: number }>
  ).map((r) => r.id);
}
