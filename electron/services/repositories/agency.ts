// The agency profile (one row) and its contractors.
import type { Agency, AgencyKind, Contractor } from '../../../shared/ipc/agency';
import { AppError } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export function getAgency(db: Db): Agency {
  const r = stmt(
    db,
    `SELECT name, kind, time_zone AS timeZone, atr_name AS atrName, atr_title AS atrTitle, atr_phone AS atrPhone, atr_email AS atrEmail,
       address, claim_reminder_days AS claimReminderDays, updated_at AS updatedAt FROM agency WHERE id = 1`,
  ).get() as (Omit<Agency, 'kind'> & { kind: AgencyKind }) | undefined;
  if (!r) throw new AppError('corrupt', 'The agency profile is missing from the data file');
  return r;
}

type AgencyUpdate = { name: string; kind: AgencyKind; timeZone: string } & Partial<Pick<Agency, 'atrName' | 'atrTitle' | 'atrPhone' | 'atrEmail' | 'address' | 'claimReminderDays'>>;

/** Saves the profile; a signature-block field or the reminder days left out keeps its value. */
export function updateAgency(db: Db, d: AgencyUpdate, at: string): Agency {
  return db.transaction(() => {
    const before = getAgency(db);
    const next = { ...before, ...Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) } as Agency;
    stmt(
      db,
      `UPDATE agency SET name = @name, kind = @kind, time_zone = @timeZone, atr_name = @atrName, atr_title = @atrTitle, atr_phone = @atrPhone,
         atr_email = @atrEmail, address = @address, claim_reminder_days = @claimReminderDays, updated_at = @at WHERE id = 1`,
    ).run({ ...next, at });
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
