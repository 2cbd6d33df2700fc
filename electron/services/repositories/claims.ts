// Credit claims, their lines and their dated steps (migration 0060). SQL only; the rules of the
// lifecycle are in shared/claims/lifecycle.ts, the figures come from electron/services/claims.ts.
import type { SlaResultRow } from '../../../shared/ipc/sla';
import type { ClaimStatus } from '../../../shared/claims/lifecycle';
import { notFound } from '../errors';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface ClaimRow {
  id: number;
  contractorId: number;
  contractorName: string;
  catalogId: string;
  month: string;
  supplementsId: number | null;
  status: ClaimStatus;
  note: string;
  asOf: string;
  pendingKeys: string;
  submittedOn: string | null;
  contractorReference: string;
  caseSha256: string | null;
  createdAt: string;
  updatedAt: string;
  claimedCents: number;
  creditedCents: number;
  lineCount: number;
  includedCount: number;
  billLadderId: string | null;
}

const CLAIM_SELECT = `SELECT c.id, c.contractor_id AS contractorId, k.name AS contractorName, c.catalog_id AS catalogId, c.month,
  c.supplements_id AS supplementsId, c.status, c.note, c.as_of AS asOf, c.pending_keys AS pendingKeys, c.submitted_on AS submittedOn,
  c.contractor_reference AS contractorReference, c.case_sha256 AS caseSha256, c.created_at AS createdAt, c.updated_at AS updatedAt,
  k.bill_ladder_id AS billLadderId,
  (SELECT coalesce(sum(amount_cents), 0) FROM claim_lines l WHERE l.claim_id = c.id AND l.excluded_reason IS NULL) AS claimedCents,
  (SELECT coalesce(sum(amount_cents), 0) FROM claim_events e WHERE e.claim_id = c.id AND e.kind = 'credited') AS creditedCents,
  (SELECT count(*) FROM claim_lines l WHERE l.claim_id = c.id) AS lineCount,
  (SELECT count(*) FROM claim_lines l WHERE l.claim_id = c.id AND l.excluded_reason IS NULL) AS includedCount
  FROM claims c JOIN contractors k ON k.id = c.contractor_id`;

export function getClaimRow(db: Db, id: number, path = '/id'): ClaimRow {
  const r = stmt(db, `${CLAIM_SELECT} WHERE c.id = ?`).get(id) as ClaimRow | undefined;
  if (!r) throw notFound('The claim', path);
  return r;
}

export function listClaimRows(db: Db, q: { contractorId?: number; status?: ClaimStatus }): ClaimRow[] {
  return stmt(
    db,
    `${CLAIM_SELECT} WHERE (@contractorId IS NULL OR c.contractor_id = @contractorId) AND (@status IS NULL OR c.status = @status)
     ORDER BY c.month DESC, k.name, c.id`,
  ).all({ contractorId: q.contractorId ?? null, status: q.status ?? null }) as ClaimRow[];
}

export function claimsOfMonth(db: Db, contractorId: number, month: string): ClaimRow[] {
  return stmt(db, `${CLAIM_SELECT} WHERE c.contractor_id = ? AND c.month = ? ORDER BY c.id`).all(contractorId, month) as ClaimRow[];
}

/** Result keys already on a claim of the contractor's month (included or excluded: an excluded one was a decision). */
export function claimedKeys(db: Db, contractorId: number, month: string): Set<string> {
  const rows = stmt(db, 'SELECT l.result_key AS k FROM claim_lines l JOIN claims c ON c.id = l.claim_id WHERE c.contractor_id = ? AND c.month = ?').all(contractorId, month) as Array<{ k: string }>;
  return new Set(rows.map((r) => r.k));
}

export interface NewClaim {
  contractorId: number;
  catalogId: string;
  month: string;
  supplementsId: number | null;
  note: string;
  asOf: string;
  pendingKeys: string[];
}

export function insertClaim(db: Db, c: NewClaim, now: string): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO claims (contractor_id, catalog_id, month, supplements_id, status, note, as_of, pending_keys, created_at, updated_at)
       VALUES (@contractorId, @catalogId, @month, @supplementsId, 'draft', @note, @asOf, @pendingKeys, @now, @now)`,
    ).run({ ...c, pendingKeys: JSON.stringify(c.pendingKeys), now }).lastInsertRowid,
  );
  audit(db, now, 'claims', id, 'insert', null, c);
  return id;
}

export interface LineRow {
  id: number;
  claimId: number;
  key: string;
  resultJson: string;
  amountCents: number;
  reference: string;
  excludedReason: string | null;
  note: string;
}

const LINE_SELECT = `SELECT id, claim_id AS claimId, result_key AS key, result_json AS resultJson, amount_cents AS amountCents, reference,
  excluded_reason AS excludedReason, note FROM claim_lines`;

export function linesOf(db: Db, claimId: number): LineRow[] {
  return stmt(db, `${LINE_SELECT} WHERE claim_id = ? ORDER BY id`).all(claimId) as LineRow[];
}

export function getLine(db: Db, id: number): LineRow {
  const r = stmt(db, `${LINE_SELECT} WHERE id = ?`).get(id) as LineRow | undefined;
  if (!r) throw notFound('The claim line');
  return r;
}

export interface NewLine {
  result: SlaResultRow;
  reference: string;
  excludedReason: string | null;
  note: string;
}

/** Writes the lines of a claim as given, in order; each audited. */
export function insertLines(db: Db, claimId: number, lines: readonly NewLine[], now: string): void {
  const insert = stmt(
    db,
    `INSERT INTO claim_lines (claim_id, result_key, result_json, amount_cents, reference, excluded_reason, note)
     VALUES (@claimId, @key, @json, @cents, @reference, @excludedReason, @note)`,
  );
  for (const l of lines) {
    const row = { claimId, key: l.result.key, json: JSON.stringify(l.result), cents: Math.round(l.result.credit.amount * 100), reference: l.reference, excludedReason: l.excludedReason, note: l.note };
    const id = Number(insert.run(row).lastInsertRowid);
    audit(db, now, 'claim_lines', id, 'insert', null, { ...row, json: undefined, result: l.result });
  }
}

/** Removes a draft's lines (before they are taken again); audited. */
export function deleteLines(db: Db, claimId: number, now: string): void {
  for (const l of linesOf(db, claimId)) audit(db, now, 'claim_lines', l.id, 'delete', l, null);
  stmt(db, 'DELETE FROM claim_lines WHERE claim_id = ?').run(claimId);
}

export function updateLine(db: Db, id: number, patch: { excludedReason: string | null; note: string }, now: string): void {
  const before = getLine(db, id);
  stmt(db, 'UPDATE claim_lines SET excluded_reason = ?, note = ? WHERE id = ?').run(patch.excludedReason, patch.note, id);
  audit(db, now, 'claim_lines', id, 'update', before, getLine(db, id));
  touch(db, before.claimId, now);
}

function rawClaim(db: Db, id: number): unknown {
  return stmt(db, 'SELECT id, status, note, as_of, submitted_on, contractor_reference, case_sha256, updated_at FROM claims WHERE id = ?').get(id);
}

function touch(db: Db, id: number, now: string): void {
  stmt(db, 'UPDATE claims SET updated_at = ? WHERE id = ?').run(now, id);
}

/** Updates the claim's own columns, audited (before → after). */
export function updateClaim(
  db: Db,
  id: number,
  patch: Partial<{ status: ClaimStatus; note: string; asOf: string; submittedOn: string; contractorReference: string; caseFile: string; caseSha256: string; pendingKeys: string[] }>,
  now: string,
): void {
  const before = rawClaim(db, id);
  const columns: Record<string, string> = {
    status: 'status', note: 'note', asOf: 'as_of', submittedOn: 'submitted_on', contractorReference: 'contractor_reference', caseFile: 'case_file', caseSha256: 'case_sha256', pendingKeys: 'pending_keys',
  };
  const sets: string[] = [];
  const values: Record<string, unknown> = { id, now };
  for (const [k, v] of Object.entries(patch)) {
    sets.push(`${columns[k]} = @${k}`);
    values[k] = k === 'pendingKeys' ? JSON.stringify(v) : v;
  }
  stmt(db, `UPDATE claims SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(values);
  audit(db, now, 'claims', id, 'update', before, rawClaim(db, id));
}

export function deleteClaim(db: Db, id: number, now: string): void {
  deleteLines(db, id, now);
  const before = rawClaim(db, id);
  stmt(db, 'DELETE FROM claim_events WHERE claim_id = ?').run(id);
  stmt(db, 'DELETE FROM claims WHERE id = ?').run(id);
  audit(db, now, 'claims', id, 'delete', before, null);
}

export function caseFileOfClaim(db: Db, id: number): { text: string | null; sha256: string | null } {
  const r = stmt(db, 'SELECT case_file AS text, case_sha256 AS sha256 FROM claims WHERE id = ?').get(id) as { text: string | null; sha256: string | null } | undefined;
  if (!r) throw notFound('The claim');
  return r;
}

export interface EventRow {
  id: number;
  claimId: number;
  kind: string;
  on: string;
  at: string | null;
  who: string;
  method: string;
  to: string;
  reference: string;
  amountCents: number | null;
  invoice: string;
  reason: string;
  level: number | null;
  answer: string;
  createdAt: string;
  /** A call retracted (entered in error): kept, struck through, no longer counted. */
  retractedAt: string | null;
  retractedReason: string;
  retractedBy: string;
}

const EVENT_SELECT = `SELECT id, claim_id AS claimId, kind, on_date AS "on", at, who, method, sent_to AS "to", reference, amount_cents AS amountCents,
  invoice, reason, level, answer, created_at AS createdAt, retracted_at AS retractedAt, retracted_reason AS retractedReason, retracted_by AS retractedBy FROM claim_events`;

export function eventsOf(db: Db, claimId: number): EventRow[] {
  return stmt(db, `${EVENT_SELECT} WHERE claim_id = ? ORDER BY on_date, id`).all(claimId) as EventRow[];
}

export type NewEvent = Omit<EventRow, 'id' | 'createdAt' | 'retractedAt' | 'retractedReason' | 'retractedBy'>;

export function getClaimEvent(db: Db, id: number): EventRow {
  const e = stmt(db, `${EVENT_SELECT} WHERE id = ?`).get(id) as EventRow | undefined;
  if (!e) throw notFound('The call', '/id');
  return e;
}

/** Marks one of a claim's lines retracted, audited with the line as it was. */
export function retractClaimEvent(db: Db, id: number, reason: string, who: string, now: string): void {
  const before = getClaimEvent(db, id);
  stmt(db, 'UPDATE claim_events SET retracted_at = ?, retracted_reason = ?, retracted_by = ? WHERE id = ?').run(now, reason, who, id);
  audit(db, now, 'claim_events', id, 'update', before, getClaimEvent(db, id));
  touch(db, before.claimId, now);
}

export function insertClaimEvent(db: Db, e: NewEvent, now: string): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO claim_events (claim_id, kind, on_date, at, who, method, sent_to, reference, amount_cents, invoice, reason, level, answer, created_at)
       VALUES (@claimId, @kind, @on, @at, @who, @method, @to, @reference, @amountCents, @invoice, @reason, @level, @answer, @now)`,
    ).run({ ...e, now }).lastInsertRowid,
  );
  audit(db, now, 'claim_events', id, 'insert', null, e);
  touch(db, e.claimId, now);
  return id;
}

/** The highest bill-or-contract ladder level called for the claim, and when the ladder started (first level-1 call). */
export function claimReachedLevel(db: Db, claimId: number): { level: number; startedAt: string | null } {
  const r = stmt(
    db,
    `SELECT max(level) AS level, min(CASE WHEN level = 1 THEN at END) AS startedAt FROM claim_events WHERE claim_id = ? AND kind = 'escalated' AND retracted_at IS NULL`,
  ).get(claimId) as { level: number | null; startedAt: string | null };
  return { level: r.level ?? 0, startedAt: r.startedAt };
}

/** The contractor ticket number of each ticket and the reference of each order, for the lines. */
export function referencesOf(db: Db, ticketIds: number[], orderIds: number[]): { tickets: Map<number, string>; orders: Map<number, string> } {
  const tickets = new Map<number, string>();
  const orders = new Map<number, string>();
  if (ticketIds.length) {
    for (const r of stmt(db, 'SELECT id, contractor_ticket AS ref FROM tickets WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ticketIds)) as Array<{ id: number; ref: string }>) tickets.set(r.id, r.ref);
  }
  if (orderIds.length) {
    for (const r of stmt(db, 'SELECT id, reference AS ref FROM orders WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(orderIds)) as Array<{ id: number; ref: string }>) orders.set(r.id, r.ref);
  }
  return { tickets, orders };
}

export function claimReminderDays(db: Db): number {
  return (stmt(db, 'SELECT claim_reminder_days AS d FROM agency WHERE id = 1').get() as { d: number }).d;
}
