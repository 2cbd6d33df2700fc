// SQL of the conversion tracker (schema v7, migrations/0070-conversion.ts). Every write audits
// in the caller's transaction (electron/services/conversion.ts opens it); the rules are in
// shared/conversion and are applied by the service, never here.
import type { ConversionRole, ConversionStatus, Form20Status } from '../../../shared/conversion/types';
import type { AtoRecord, ItemEvent, MilestoneDraft, ProjectDraft } from '../../../shared/ipc/conversion';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { notFound } from '../errors';

// ---------------------------------------------------------------------------------------------
// Projects

export interface ProjectRecord {
  id: number;
  name: string;
  oldProgram: string;
  newProgram: string;
  oldContractEnd: string;
  newContractAward: string | null;
  surveyDue: string | null;
  note: string;
  templateId: string | null;
  source: string;
  itemCount: number;
  doneCount: number;
  createdAt: string;
  updatedAt: string;
}

const PROJECT_SELECT = `SELECT p.id, p.name, p.old_program AS oldProgram, p.new_program AS newProgram, p.old_contract_end AS oldContractEnd,
  p.new_contract_award AS newContractAward, p.survey_due AS surveyDue, p.note, p.template_id AS templateId, p.source,
  (SELECT count(*) FROM conversion_items i WHERE i.project_id = p.id) AS itemCount,
  (SELECT count(*) FROM conversion_items i WHERE i.project_id = p.id AND i.status IN ('converted', 'disconnected')) AS doneCount,
  p.created_at AS createdAt, p.updated_at AS updatedAt
  FROM conversion_projects p`;

export function projects(db: Db): ProjectRecord[] {
  return stmt(db, `${PROJECT_SELECT} ORDER BY p.old_contract_end DESC, p.id DESC`).all() as ProjectRecord[];
}

export function project(db: Db, id: number, path = '/id'): ProjectRecord {
  const r = stmt(db, `${PROJECT_SELECT} WHERE p.id = ?`).get(id) as ProjectRecord | undefined;
  if (!r) throw notFound('The conversion project', path);
  return r;
}

export function insertProject(db: Db, d: ProjectDraft & { templateId: string | null; source: string }, at: string): number {
  const info = stmt(
    db,
    `INSERT INTO conversion_projects (name, old_program, new_program, old_contract_end, new_contract_award, survey_due, note, template_id, source, created_at, updated_at)
     VALUES (@name, @oldProgram, @newProgram, @oldContractEnd, @newContractAward, @surveyDue, @note, @templateId, @source, @at, @at)`,
  ).run({ ...d, at });
  const id = Number(info.lastInsertRowid);
  audit(db, at, 'conversion_projects', id, 'insert', null, project(db, id));
  return id;
}

export function updateProject(db: Db, id: number, d: ProjectDraft, at: string): void {
  const before = project(db, id);
  stmt(
    db,
    `UPDATE conversion_projects SET name = @name, old_program = @oldProgram, new_program = @newProgram, old_contract_end = @oldContractEnd,
       new_contract_award = @newContractAward, survey_due = @surveyDue, note = @note, updated_at = @at WHERE id = @id`,
  ).run({ ...d, id, at });
  audit(db, at, 'conversion_projects', id, 'update', before, project(db, id));
}

// ---------------------------------------------------------------------------------------------
// Milestones

export interface MilestoneRecord {
  id: number;
  projectId: number;
  label: string;
  percent: number;
  dueOn: string;
}

export function milestones(db: Db, projectId: number): MilestoneRecord[] {
  return stmt(db, 'SELECT id, project_id AS projectId, label, percent, due_on AS dueOn FROM conversion_milestones WHERE project_id = ? ORDER BY due_on, percent, id').all(
    projectId,
  ) as MilestoneRecord[];
}

/** Replaces the project's milestones with the list given (each removal and addition audited). */
export function replaceMilestones(db: Db, projectId: number, list: readonly MilestoneDraft[], at: string): void {
  for (const m of milestones(db, projectId)) {
    stmt(db, 'DELETE FROM conversion_milestones WHERE id = ?').run(m.id);
    audit(db, at, 'conversion_milestones', m.id, 'delete', m, null);
  }
  for (const m of list) {
    const info = stmt(db, 'INSERT INTO conversion_milestones (project_id, label, percent, due_on, created_at) VALUES (?, ?, ?, ?, ?)').run(projectId, m.label, m.percent, m.dueOn, at);
    const id = Number(info.lastInsertRowid);
    audit(db, at, 'conversion_milestones', id, 'insert', null, { id, projectId, ...m });
  }
}

// ---------------------------------------------------------------------------------------------
// Roles

export interface RoleRecord {
  role: ConversionRole;
  contactId: number;
  name: string;
  phone: string;
  email: string;
}

export function roles(db: Db, projectId: number): RoleRecord[] {
  return stmt(
    db,
    `SELECT r.role, r.contact_id AS contactId, c.name, c.phone, c.email FROM conversion_roles r JOIN contacts c ON c.id = r.contact_id
     WHERE r.project_id = ? ORDER BY r.role DESC`,
  ).all(projectId) as RoleRecord[];
}

/** Names the contact for the role (null: the role is left open). */
export function setRole(db: Db, projectId: number, role: ConversionRole, contactId: number | null, at: string): void {
  const before = stmt(db, 'SELECT project_id AS projectId, role, contact_id AS contactId, assigned_at AS assignedAt FROM conversion_roles WHERE project_id = ? AND role = ?').get(projectId, role) as
    | { contactId: number }
    | undefined;
  if ((before?.contactId ?? null) === contactId) return;
  const key = `${projectId}:${role}`;
  if (contactId === null) {
    stmt(db, 'DELETE FROM conversion_roles WHERE project_id = ? AND role = ?').run(projectId, role);
    audit(db, at, 'conversion_roles', key, 'delete', before, null);
    return;
  }
  stmt(
    db,
    `INSERT INTO conversion_roles (project_id, role, contact_id, assigned_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (project_id, role) DO UPDATE SET contact_id = excluded.contact_id, assigned_at = excluded.assigned_at`,
  ).run(projectId, role, contactId, at);
  audit(db, at, 'conversion_roles', key, before ? 'update' : 'insert', before ?? null, { projectId, role, contactId, assignedAt: at });
}

/** The projects and roles a contact holds (a contact holding one is not deleted). */
export function rolesHeldBy(db: Db, contactId: number): Array<{ role: ConversionRole; projectName: string }> {
  return stmt(db, 'SELECT r.role, p.name AS projectName FROM conversion_roles r JOIN conversion_projects p ON p.id = r.project_id WHERE r.contact_id = ? ORDER BY p.id, r.role DESC').all(
    contactId,
  ) as Array<{ role: ConversionRole; projectName: string }>;
}

// ---------------------------------------------------------------------------------------------
// ATOs

export function atos(db: Db): AtoRecord[] {
  return stmt(
    db,
    `SELECT c.id AS contractorId, c.name AS contractorName, a.on_file_on AS onFileOn, coalesce(a.reference, '') AS reference,
            coalesce(a.note, '') AS note, a.updated_at AS updatedAt
     FROM contractors c LEFT JOIN conversion_atos a ON a.contractor_id = c.id ORDER BY c.name COLLATE NOCASE`,
  ).all() as AtoRecord[];
}

export function setAto(db: Db, contractorId: number, v: { onFileOn: string | null; reference: string; note: string }, at: string): void {
  const before = stmt(db, 'SELECT contractor_id AS contractorId, on_file_on AS onFileOn, reference, note, updated_at AS updatedAt FROM conversion_atos WHERE contractor_id = ?').get(contractorId) ?? null;
  stmt(
    db,
    `INSERT INTO conversion_atos (contractor_id, on_file_on, reference, note, updated_at) VALUES (@contractorId, @onFileOn, @reference, @note, @at)
     ON CONFLICT (contractor_id) DO UPDATE SET on_file_on = excluded.on_file_on, reference = excluded.reference, note = excluded.note, updated_at = excluded.updated_at`,
  ).run({ contractorId, ...v, at });
  audit(db, at, 'conversion_atos', contractorId, before ? 'update' : 'insert', before, { contractorId, ...v, updatedAt: at });
}

// ---------------------------------------------------------------------------------------------
// Items

export interface ItemRecord {
  id: number;
  projectId: number;
  oldCircuitId: string;
  serviceId: number | null;
  serviceCircuitId: string | null;
  serviceRetiredOn: string | null;
  incumbentContractorId: number;
  incumbentContractorName: string;
  incumbentService: string;
  site: string;
  oldTmrcCents: number;
  targetContractorId: number | null;
  targetContractorName: string | null;
  targetService: string;
  newCircuitId: string;
  newServiceId: number | null;
  form20Status: Form20Status;
  form20On: string | null;
  preferredTimeframe: string;
  scheduledOn: string | null;
  status: ConversionStatus;
  authorizedOn: string | null;
  orderedOn: string | null;
  orderReference: string;
  actualOn: string | null;
  oldDisconnectedOn: string | null;
  disconnectNoticeOn: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

const ITEM_SELECT = `SELECT i.id, i.project_id AS projectId, i.old_circuit_id AS oldCircuitId, i.service_id AS serviceId,
  s.circuit_id AS serviceCircuitId, s.retired_on AS serviceRetiredOn,
  i.incumbent_contractor_id AS incumbentContractorId, ic.name AS incumbentContractorName, i.incumbent_service AS incumbentService,
  i.site, i.old_tmrc_cents AS oldTmrcCents, i.target_contractor_id AS targetContractorId, tc.name AS targetContractorName,
  i.target_service AS targetService, i.new_circuit_id AS newCircuitId, i.new_service_id AS newServiceId,
  i.form20_status AS form20Status, i.form20_on AS form20On, i.preferred_timeframe AS preferredTimeframe, i.scheduled_on AS scheduledOn,
  i.status, i.authorized_on AS authorizedOn, i.ordered_on AS orderedOn, i.order_reference AS orderReference, i.actual_on AS actualOn,
  i.old_disconnected_on AS oldDisconnectedOn, i.disconnect_notice_on AS disconnectNoticeOn, i.notes,
  i.created_at AS createdAt, i.updated_at AS updatedAt
  FROM conversion_items i
  JOIN contractors ic ON ic.id = i.incumbent_contractor_id
  LEFT JOIN contractors tc ON tc.id = i.target_contractor_id
  LEFT JOIN services s ON s.id = i.service_id`;

export function items(db: Db, projectId: number): ItemRecord[] {
  return stmt(db, `${ITEM_SELECT} WHERE i.project_id = ? ORDER BY i.old_circuit_id COLLATE NOCASE, i.id`).all(projectId) as ItemRecord[];
}

export function item(db: Db, id: number, path = '/id'): ItemRecord {
  const r = stmt(db, `${ITEM_SELECT} WHERE i.id = ?`).get(id) as ItemRecord | undefined;
  if (!r) throw notFound('The conversion item', path);
  return r;
}

/** The fields of an item a person types (the rest are written by the steps). */
export interface ItemFields {
  oldCircuitId: string;
  serviceId: number | null;
  incumbentContractorId: number;
  incumbentService: string;
  site: string;
  oldTmrcCents: number;
  targetContractorId: number | null;
  targetService: string;
  newCircuitId: string;
  preferredTimeframe: string;
  scheduledOn: string | null;
  disconnectNoticeOn: string | null;
  notes: string;
}

/** The item of the project with this old Circuit ID and incumbent (letter case ignored), other than `exceptId`. */
export function itemByOldCircuit(db: Db, projectId: number, contractorId: number, oldCircuitId: string, exceptId: number | null = null): number | null {
  const r = stmt(db, 'SELECT id FROM conversion_items WHERE project_id = ? AND incumbent_contractor_id = ? AND old_circuit_id = ? COLLATE NOCASE AND id IS NOT ?').get(
    projectId,
    contractorId,
    oldCircuitId,
    exceptId,
  ) as { id: number } | undefined;
  return r?.id ?? null;
}

/** The project's item already linked to this service row, other than `exceptId`. */
export function itemOfService(db: Db, projectId: number, serviceId: number, exceptId: number | null = null): { id: number; oldCircuitId: string } | null {
  return (
    (stmt(db, 'SELECT id, old_circuit_id AS oldCircuitId FROM conversion_items WHERE project_id = ? AND service_id = ? AND id IS NOT ?').get(projectId, serviceId, exceptId) as
      | { id: number; oldCircuitId: string }
      | undefined) ?? null
  );
}

export function insertItem(db: Db, projectId: number, f: ItemFields, at: string): number {
  const info = stmt(
    db,
    `INSERT INTO conversion_items (project_id, old_circuit_id, service_id, incumbent_contractor_id, incumbent_service, site, old_tmrc_cents,
       target_contractor_id, target_service, new_circuit_id, preferred_timeframe, scheduled_on, disconnect_notice_on, notes, created_at, updated_at)
     VALUES (@projectId, @oldCircuitId, @serviceId, @incumbentContractorId, @incumbentService, @site, @oldTmrcCents,
       @targetContractorId, @targetService, @newCircuitId, @preferredTimeframe, @scheduledOn, @disconnectNoticeOn, @notes, @at, @at)`,
  ).run({ ...f, projectId, at });
  const id = Number(info.lastInsertRowid);
  audit(db, at, 'conversion_items', id, 'insert', null, item(db, id));
  return id;
}

/** Columns a step or an edit may set, by their field names. */
const COLUMNS: Record<string, string> = {
  oldCircuitId: 'old_circuit_id', serviceId: 'service_id', incumbentContractorId: 'incumbent_contractor_id', incumbentService: 'incumbent_service',
  site: 'site', oldTmrcCents: 'old_tmrc_cents', targetContractorId: 'target_contractor_id', targetService: 'target_service',
  newCircuitId: 'new_circuit_id', newServiceId: 'new_service_id', form20Status: 'form20_status', form20On: 'form20_on',
  preferredTimeframe: 'preferred_timeframe', scheduledOn: 'scheduled_on', status: 'status', authorizedOn: 'authorized_on', orderedOn: 'ordered_on',
  orderReference: 'order_reference', actualOn: 'actual_on', oldDisconnectedOn: 'old_disconnected_on', disconnectNoticeOn: 'disconnect_notice_on', notes: 'notes',
};
export type ItemChange = Partial<Omit<ItemRecord, 'id' | 'projectId' | 'createdAt' | 'updatedAt' | 'serviceCircuitId' | 'serviceRetiredOn' | 'incumbentContractorName' | 'targetContractorName'>>;

export function updateItem(db: Db, id: number, change: ItemChange, at: string): void {
  const keys = Object.keys(change).filter((k) => COLUMNS[k] !== undefined);
  if (keys.length === 0) return;
  const before = item(db, id);
  const sets = keys.map((k) => `${COLUMNS[k]} = @${k}`).join(', ');
  stmt(db, `UPDATE conversion_items SET ${sets}, updated_at = @at WHERE id = @id`).run({ ...Object.fromEntries(keys.map((k) => [k, change[k as keyof ItemChange]])), id, at });
  audit(db, at, 'conversion_items', id, 'update', before, item(db, id));
}

// ---------------------------------------------------------------------------------------------
// Events

interface EventRow {
  id: number;
  itemId: number;
  kind: ItemEvent['kind'];
  on: string;
  byContactId: number | null;
  byName: string;
  byRoles: string;
  detail: string;
  createdAt: string;
}

export function events(db: Db, itemId: number): ItemEvent[] {
  return (
    stmt(
      db,
      `SELECT id, item_id AS itemId, kind, on_date AS "on", by_contact_id AS byContactId, by_name AS byName, by_roles AS byRoles, detail, created_at AS createdAt
       FROM conversion_item_events WHERE item_id = ? ORDER BY on_date, id`,
    ).all(itemId) as EventRow[]
  ).map((e) => ({ ...e, byRoles: JSON.parse(e.byRoles) as ItemEvent['byRoles'] }));
}

export function insertEvent(
  db: Db,
  e: { itemId: number; kind: ItemEvent['kind']; on: string; byContactId: number | null; byName: string; byRoles: readonly ConversionRole[]; detail: string },
  at: string,
): void {
  const info = stmt(
    db,
    'INSERT INTO conversion_item_events (item_id, kind, on_date, by_contact_id, by_name, by_roles, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(e.itemId, e.kind, e.on, e.byContactId, e.byName, JSON.stringify(e.byRoles), e.detail, at);
  audit(db, at, 'conversion_item_events', Number(info.lastInsertRowid), 'insert', null, e);
}

// ---------------------------------------------------------------------------------------------
// Services as the conversion sees them

export interface ServiceFacts {
  id: number;
  circuitId: string;
  contractorId: number;
  retiredOn: string | null;
  tmrcCents: number;
}

export function serviceFacts(db: Db, id: number): ServiceFacts | null {
  return (
    (stmt(db, 'SELECT id, circuit_id AS circuitId, contractor_id AS contractorId, retired_on AS retiredOn, tmrc_cents AS tmrcCents FROM services WHERE id = ?').get(id) as
      | ServiceFacts
      | undefined) ?? null
  );
}

/** The service with this Circuit ID under this contractor (letter case ignored), for an import to link. */
export function serviceByCircuit(db: Db, contractorId: number, circuitId: string): ServiceFacts | null {
  return (
    (stmt(db, 'SELECT id, circuit_id AS circuitId, contractor_id AS contractorId, retired_on AS retiredOn, tmrc_cents AS tmrcCents FROM services WHERE contractor_id = ? AND circuit_id = ? COLLATE NOCASE').get(
      contractorId,
      circuitId,
    ) as ServiceFacts | undefined) ?? null
  );
}

export function contactName(db: Db, id: number): string | null {
  return (stmt(db, 'SELECT name FROM contacts WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null;
}

export function contractorExists(db: Db, id: number): boolean {
  return stmt(db, 'SELECT 1 FROM contractors WHERE id = ?').get(id) !== undefined;
}
