// The agency profile (one row) and its contractors.
import type { Agency, AgencyKind, Contractor } from '../../../shared/ipc/agency';
import { AppError } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export function getAgency(db: Db): Agency {
  const r = stmt(db, 'SELECT name, kind, time_zone, updated_at FROM agency WHERE id = 1').get() as
    | { name: string; kind: AgencyKind; time_zone: string; updated_at: string }
    | undefined;
  if (!r) throw new AppError('corrupt', 'The agency profile is missing from the data file');
  return { name: r.name, kind: r.kind, timeZone: r.time_zone, updatedAt: r.updated_at };
}

export function updateAgency(db: Db, d: { name: string; kind: AgencyKind; timeZone: string }, at: string): Agency {
  return db.transaction(() => {
    const before = getAgency(db);
    stmt(db, 'UPDATE agency SET name = ?, kind = ?, time_zone = ?, updated_at = ? WHERE id = 1').run(d.name, d.kind, d.timeZone, at);
    const after = getAgency(db);
    audit(db, at, 'agency', 1, 'update', before, after);
    return after;
  })();
}

export function listContractors(db: Db): Contractor[] {
  return stmt(
    db,
    `SELECT c.id, c.name, (SELECT count(*) FROM services s WHERE s.contractor_id = c.id) AS serviceCount
     FROM contractors c ORDER BY c.name COLLATE NOCASE`,
  ).all() as Contractor[];
}

export function createContractor(db: Db, name: string, at: string): Contractor {
  return db.transaction(() => {
    if (stmt(db, 'SELECT 1 FROM contractors WHERE name = ? COLLATE NOCASE').get(name)) {
      throw new AppError('duplicate', `Contractor ${name} is already in the list`, '/name');
    }
    const id = Number(stmt(db, 'INSERT INTO contractors (name, created_at) VALUES (?, ?)').run(name, at).lastInsertRowid);
    const created = { id, name, serviceCount: 0 };
    audit(db, at, 'contractors', id, 'insert', null, created);
    return created;
  })();
}

/** Contractor ids by lower-cased name, for CSV import. */
export function contractorIdsByName(db: Db): Map<string, number> {
  return new Map(listContractors(db).map((c) => [c.name.toLowerCase(), c.id]));
}
