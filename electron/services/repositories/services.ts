// Services (circuits): the agency's billable service instances.
import type { Service, ServiceDraft, ServiceQuery } from '../../../shared/ipc/services';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

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
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT s.*, c.name AS contractor_name FROM services s JOIN contractors c ON c.id = s.contractor_id`;

const SORT_COLUMNS: Record<NonNullable<ServiceQuery['sort']>['key'], string> = {
  circuitId: 's.circuit_id COLLATE NOCASE',
  contractor: 'c.name COLLATE NOCASE',
  serviceType: 's.service_type',
  tier: "CASE s.tier WHEN 'basic' THEN 1 WHEN 'standard' THEN 2 ELSE 3 END",
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
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listServices(db: Db, q: ServiceQuery): { rows: Service[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
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
    `INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, aduc_cents, install_fee_cents, seats, site, address, created_at, updated_at)
     VALUES (@circuitId, @contractorId, @serviceType, @tier, @tmrc, @aduc, @installFee, @seats, @site, @address, @at, @at)`,
  ).run({ ...d, at });
  return Number(info.lastInsertRowid);
}

export function createService(db: Db, d: ServiceDraft, at: string): Service {
  return db.transaction(() => {
    checkContractor(db, d.contractorId);
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
    checkUnique(db, d, id);
    stmt(
      db,
      `UPDATE services SET circuit_id = @circuitId, contractor_id = @contractorId, service_type = @serviceType, tier = @tier,
         tmrc_cents = @tmrc, aduc_cents = @aduc, install_fee_cents = @installFee, seats = @seats, site = @site, address = @address, updated_at = @at
       WHERE id = @id`,
    ).run({ ...d, id, at });
    const after = getService(db, id);
    audit(db, at, 'services', id, 'update', before, after);
    return after;
  })();
}

export function deleteService(db: Db, id: number, at: string): void {
  db.transaction(() => {
    const before = getService(db, id);
    stmt(db, 'DELETE FROM services WHERE id = ?').run(id);
    audit(db, at, 'services', id, 'delete', before, null);
  })();
}
