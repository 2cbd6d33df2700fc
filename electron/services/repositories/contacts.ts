// Contacts: the people the ATR calls (contractor account managers, escalation levels, agency staff).
import type { Contact } from '../../../shared/ipc/agency';
import { AppError, notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { ROLE_LABELS } from '../../../shared/conversion/types';
import { rolesHeldBy } from './conversion';

export type ContactDraft = Omit<Contact, 'id'>;

const SELECT = 'SELECT id, contractor_id AS contractorId, name, role, phone, email, notes FROM contacts';

export function listContacts(db: Db, contractorId?: number): Contact[] {
  return (contractorId === undefined
    ? stmt(db, `${SELECT} ORDER BY name COLLATE NOCASE`).all()
    : stmt(db, `${SELECT} WHERE contractor_id = ? ORDER BY name COLLATE NOCASE`).all(contractorId)) as Contact[];
}

export function getContact(db: Db, id: number): Contact {
  const c = stmt(db, `${SELECT} WHERE id = ?`).get(id) as Contact | undefined;
  if (!c) throw notFound('The contact');
  return c;
}

function checkContractor(db: Db, contractorId: number | null): void {
  if (contractorId !== null && !stmt(db, 'SELECT 1 FROM contractors WHERE id = ?').get(contractorId)) {
    throw new AppError('invalid', 'Contractor is not in this agency\'s list', '/contractorId');
  }
}

export function createContact(db: Db, d: ContactDraft, at: string): Contact {
  return db.transaction(() => {
    checkContractor(db, d.contractorId);
    const id = Number(
      stmt(
        db,
        `INSERT INTO contacts (contractor_id, name, role, phone, email, notes, created_at, updated_at)
         VALUES (@contractorId, @name, @role, @phone, @email, @notes, @at, @at)`,
      ).run({ ...d, at }).lastInsertRowid,
    );
    const created = getContact(db, id);
    audit(db, at, 'contacts', id, 'insert', null, created);
    return created;
  })();
}

export function updateContact(db: Db, id: number, d: ContactDraft, at: string): Contact {
  return db.transaction(() => {
    const before = getContact(db, id);
    checkContractor(db, d.contractorId);
    stmt(
      db,
      `UPDATE contacts SET contractor_id = @contractorId, name = @name, role = @role, phone = @phone, email = @email,
         notes = @notes, updated_at = @at WHERE id = @id`,
    ).run({ ...d, id, at });
    const after = getContact(db, id);
    audit(db, at, 'contacts', id, 'update', before, after);
    return after;
  })();
}

export function deleteContact(db: Db, id: number, at: string): void {
  db.transaction(() => {
    const before = getContact(db, id);
    const held = rolesHeldBy(db, id);
    if (held.length) {
      const what = held.map((h) => `${ROLE_LABELS[h.role]} of "${h.projectName}"`).join(' and ');
      throw new AppError('refused', `${before.name} is the ${what}: name someone else for that role first, then delete the contact.`, '/id');
    }
    stmt(db, 'DELETE FROM contacts WHERE id = ?').run(id);
    audit(db, at, 'contacts', id, 'delete', before, null);
  })();
}
