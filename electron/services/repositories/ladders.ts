// Which ladder each contractor follows, and the agency's own contact for each level.
import { LADDERS, findLadder } from '../../../shared/escalation';
import type { LadderContact } from '../../../shared/ipc/tickets';
import { AppError } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface LadderAssignment {
  contractorId: number;
  serviceLadderId: string | null;
  billLadderId: string | null;
}

export function ladderAssignments(db: Db): LadderAssignment[] {
  return stmt(db, 'SELECT id AS contractorId, service_ladder_id AS serviceLadderId, bill_ladder_id AS billLadderId FROM contractors ORDER BY id').all() as LadderAssignment[];
}

function checkLadder(id: string | null, path: string): void {
  if (id !== null && !findLadder(id)) throw new AppError('invalid', `There is no ladder "${id}" (known: ${LADDERS.map((l) => l.id).join(', ')})`, path);
}

export function assignLadders(db: Db, a: LadderAssignment, now: string): LadderAssignment {
  return db.transaction(() => {
    checkLadder(a.serviceLadderId, '/serviceLadderId');
    checkLadder(a.billLadderId, '/billLadderId');
    const before = ladderAssignments(db).find((x) => x.contractorId === a.contractorId);
    if (!before) throw new AppError('not_found', 'The contractor was not found', '/contractorId');
    stmt(db, 'UPDATE contractors SET service_ladder_id = ?, bill_ladder_id = ? WHERE id = ?').run(a.serviceLadderId, a.billLadderId, a.contractorId);
    audit(db, now, 'contractors', a.contractorId, 'update', before, a);
    return a;
  })();
}

const CONTACT_SELECT = 'SELECT contractor_id AS contractorId, ladder_id AS ladderId, level, name, phone, email FROM ladder_contacts';

export function ladderContacts(db: Db, contractorId?: number): LadderContact[] {
  return (contractorId === undefined
    ? stmt(db, `${CONTACT_SELECT} ORDER BY contractor_id, ladder_id, level`).all()
    : stmt(db, `${CONTACT_SELECT} WHERE contractor_id = ? ORDER BY ladder_id, level`).all(contractorId)) as LadderContact[];
}

export function setLadderContact(db: Db, c: LadderContact, now: string): LadderContact {
  return db.transaction(() => {
    const ladder = findLadder(c.ladderId);
    if (!ladder) throw new AppError('invalid', `There is no ladder "${c.ladderId}"`, '/ladderId');
    if (c.level > ladder.levels.length) throw new AppError('invalid', `${ladder.title} has ${ladder.levels.length} levels`, '/level');
    if (!stmt(db, 'SELECT 1 FROM contractors WHERE id = ?').get(c.contractorId)) throw new AppError('not_found', 'The contractor was not found', '/contractorId');
    const before = (stmt(db, `${CONTACT_SELECT} WHERE contractor_id = ? AND ladder_id = ? AND level = ?`).get(c.contractorId, c.ladderId, c.level) as LadderContact | undefined) ?? null;
    stmt(
      db,
      `INSERT INTO ladder_contacts (contractor_id, ladder_id, level, name, phone, email, created_at, updated_at)
       VALUES (@contractorId, @ladderId, @level, @name, @phone, @email, @now, @now)
       ON CONFLICT (contractor_id, ladder_id, level) DO UPDATE SET name = excluded.name, phone = excluded.phone, email = excluded.email, updated_at = excluded.updated_at`,
    ).run({ ...c, now });
    audit(db, now, 'ladder_contacts', `${c.contractorId}:${c.ladderId}:${c.level}`, before ? 'update' : 'insert', before, c);
    return c;
  })();
}

export function ladderContact(db: Db, contractorId: number, ladderId: string, level: number): LadderContact | null {
  return (stmt(db, `${CONTACT_SELECT} WHERE contractor_id = ? AND ladder_id = ? AND level = ?`).get(contractorId, ladderId, level) as LadderContact | undefined) ?? null;
}
