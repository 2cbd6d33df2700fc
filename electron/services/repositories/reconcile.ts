// Reconciliation with the contractor (migration 0080): saved column mappings, imported ticket
// reports and their tickets, tickets opened from a report, invoices with their credit lines and
// the claim lines each credited, and the dispute sections of claim packets. SQL only; the rules
// are shared/reconcile, the work electron/services/reconcile.
import { toUtcIso } from '../../../shared/calendar/instant';
import { parseInstantFast } from '../../../shared/calendar/zoneClock';
import type { DisputeSection, InvoiceMapping, ReportSummary, TicketMapping } from '../../../shared/ipc/reconcile';
import type { MappingKind, TheirTicket } from '../../../shared/reconcile/types';
import { audit } from '../db/audit';
import type { Db } from '../db/open';
import { rowsMade, stmt } from '../db/statements';
import { notFound } from '../errors';

// ---------------------------------------------------------------------------------------------
// Mappings

export interface MappingRow {
  kind: MappingKind;
  mappingJson: string;
  updatedAt: string;
}

export function mappingsOf(db: Db, contractorId: number): MappingRow[] {
  return stmt(db, 'SELECT kind, mapping_json AS mappingJson, updated_at AS updatedAt FROM reconcile_mappings WHERE contractor_id = ?').all(contractorId) as MappingRow[];
}

export function saveMapping(db: Db, contractorId: number, kind: MappingKind, mapping: TicketMapping | InvoiceMapping, now: string): void {
  const before = stmt(db, 'SELECT id, mapping_json AS mappingJson FROM reconcile_mappings WHERE contractor_id = ? AND kind = ?').get(contractorId, kind) as { id: number; mappingJson: string } | undefined;
  const json = JSON.stringify(mapping);
  if (before) {
    if (before.mappingJson === json) return;
    stmt(db, 'UPDATE reconcile_mappings SET mapping_json = ?, updated_at = ? WHERE id = ?').run(json, now, before.id);
    audit(db, now, 'reconcile_mappings', before.id, 'update', { contractorId, kind, mapping: JSON.parse(before.mappingJson) }, { contractorId, kind, mapping });
    return;
  }
  const id = Number(stmt(db, 'INSERT INTO reconcile_mappings (contractor_id, kind, mapping_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(contractorId, kind, json, now, now).lastInsertRowid);
  audit(db, now, 'reconcile_mappings', id, 'insert', null, { contractorId, kind, mapping });
}

// ---------------------------------------------------------------------------------------------
// Reports

export interface NewReport {
  contractorId: number;
  fileName: string;
  sha256: string;
  mapping: TicketMapping;
  periodFrom: string;
  periodTo: string;
  skippedRows: number;
  who: string;
}

const REPORT_SELECT = `SELECT r.id, r.contractor_id AS contractorId, k.name AS contractorName, r.file_name AS fileName, r.sha256, r.imported_at AS importedAt, r.who,
  r.period_from AS periodFrom, r.period_to AS periodTo, r.ticket_count AS ticketCount, r.stop_clock_count AS stopClockCount, r.skipped_rows AS skippedRows,
  r.mapping_json AS mappingJson
  FROM contractor_reports r JOIN contractors k ON k.id = r.contractor_id`;

interface ReportRow extends Omit<ReportSummary, 'period'> {
  periodFrom: string;
  periodTo: string;
  mappingJson: string;
}

export interface StoredReport extends ReportSummary {
  mapping: TicketMapping;
}

const toSummary = ({ periodFrom, periodTo, mappingJson, ...r }: ReportRow): StoredReport => ({ ...r, period: { from: periodFrom, to: periodTo }, mapping: JSON.parse(mappingJson) as TicketMapping });

/**
 * Keeps a report and its tickets. The report's row is audited with its file's SHA-256 and counts;
 * its ticket rows are the file's content, read once and never changed (they go with the report).
 */
export function insertReport(db: Db, r: NewReport, tickets: readonly TheirTicket[], now: string): number {
  const stopClocks = tickets.reduce((n, t) => n + t.stopClocks.length, 0);
  const row = { ...r, mapping: JSON.stringify(r.mapping), ticketCount: tickets.length, stopClockCount: stopClocks, now };
  const id = Number(
    stmt(
      db,
      `INSERT INTO contractor_reports (contractor_id, file_name, sha256, mapping_json, period_from, period_to, ticket_count, stop_clock_count, skipped_rows, imported_at, who)
       VALUES (@contractorId, @fileName, @sha256, @mapping, @periodFrom, @periodTo, @ticketCount, @stopClockCount, @skippedRows, @now, @who)`,
    ).run(row).lastInsertRowid,
  );
  const insert = stmt(
    db,
    `INSERT INTO report_tickets (report_id, line, ticket_number, circuit_id, opened_at, alarm_at, start_at, restored_at, closed_at, duration_minutes, verdict_met, credit_cents, stop_clocks_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const iso = (ms: number | null) => (ms === null ? null : toUtcIso(ms));
  for (const t of tickets) {
    const start = t.alarmMs !== null && t.alarmMs < t.openedMs ? t.alarmMs : t.openedMs;
    const stops = JSON.stringify(t.stopClocks.map((s) => ({ code: s.code, startAt: toUtcIso(s.startMs), endAt: iso(s.endMs), line: s.line })));
    insert.run(id, t.line, t.ticketNumber, t.circuitId, toUtcIso(t.openedMs), iso(t.alarmMs), toUtcIso(start), iso(t.restoredMs), iso(t.closedMs), t.durationMinutes,
      t.verdictMet === null ? null : t.verdictMet ? 1 : 0, t.creditCents, stops);
  }
  audit(db, now, 'contractor_reports', id, 'insert', null, { ...r, ticketCount: tickets.length, stopClockCount: stopClocks });
  return id;
}

export function listReports(db: Db, contractorId: number | null): StoredReport[] {
  return (stmt(db, `${REPORT_SELECT} WHERE (@c IS NULL OR r.contractor_id = @c) ORDER BY r.imported_at DESC, r.id DESC`).all({ c: contractorId }) as ReportRow[]).map(toSummary);
}

export function getReport(db: Db, id: number, path = '/id'): StoredReport {
  const r = stmt(db, `${REPORT_SELECT} WHERE r.id = ?`).get(id) as ReportRow | undefined;
  if (!r) throw notFound('The contractor report', path);
  return toSummary(r);
}

/** Removes an import made by mistake; its rows go with it, audited with its figures. */
export function deleteReport(db: Db, id: number, now: string): void {
  const before = getReport(db, id);
  stmt(db, 'DELETE FROM report_tickets WHERE report_id = ?').run(id);
  stmt(db, 'DELETE FROM contractor_reports WHERE id = ?').run(id);
  audit(db, now, 'contractor_reports', id, 'delete', { ...before, mapping: undefined }, null);
}

const ms = (column: string, as: string) => `iif(${column} IS NULL, NULL, round(unixepoch(${column}, 'subsec') * 1000)) AS ${as}`;

/**
 * Their tickets of a report, in file order: one ticket by number, or those whose outage starts in
 * [fromIso, toIso) (start_at, the earlier of alarm and opened, is canonical UTC text: a text
 * comparison is a time comparison, on the index report_tickets_start).
 */
export function reportTickets(db: Db, reportId: number, only: { ticketNumber?: string; fromIso?: string; toIso?: string } = {}): TheirTicket[] {
  // As arrays (statements.ts rowsMade): a report holds tens of thousands of tickets.
  return rowsMade(
    db,
    `SELECT line, ticket_number AS ticketNumber, circuit_id AS circuitId, ${ms('opened_at', 'openedMs')}, ${ms('alarm_at', 'alarmMs')}, ${ms('restored_at', 'restoredMs')},
       ${ms('closed_at', 'closedMs')}, duration_minutes AS durationMinutes, verdict_met AS verdictMet, credit_cents AS creditCents, stop_clocks_json AS stopClocksJson
     FROM report_tickets WHERE report_id = @id AND (@n IS NULL OR ticket_number = @n COLLATE NOCASE)
       AND (@from IS NULL OR start_at >= @from) AND (@to IS NULL OR start_at < @to) ORDER BY line`,
    'line,ticketNumber,circuitId,openedMs,alarmMs,restoredMs,closedMs,durationMinutes,verdictMet,creditCents,stopClocksJson',
    [{ id: reportId, n: only.ticketNumber ?? null, from: only.fromIso ?? null, to: only.toIso ?? null }],
    (r): TheirTicket => {
      const verdictMet = r[8] as number | null;
      return {
        ticketNumber: r[1] as string,
        circuitId: r[2] as string,
        openedMs: r[3] as number,
        alarmMs: r[4] as number | null,
        restoredMs: r[5] as number | null,
        closedMs: r[6] as number | null,
        durationMinutes: r[7] as number | null,
        verdictMet: verdictMet === null ? null : verdictMet === 1,
        creditCents: r[9] as number | null,
        line: r[0] as number,
        stopClocks: (JSON.parse(r[10] as string) as Array<{ code: string; startAt: string; endAt: string | null; line: number }>).map((s) => ({
          code: s.code,
          startMs: parseInstantFast(s.startAt)!,
          endMs: s.endAt === null ? null : parseInstantFast(s.endAt),
          line: s.line,
        })),
      };
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Tickets opened from a report

/** Our tickets opened from a contractor's report, by ticket id. */
export function openedFromReports(db: Db, ticketIds: readonly number[]): Set<number> {
  if (ticketIds.length === 0) return new Set();
  const rows = stmt(db, 'SELECT ticket_id AS id FROM report_opened_tickets WHERE ticket_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ticketIds)) as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}

export function markOpenedFromReport(db: Db, m: { ticketId: number; reportId: number; ticketNumber: string; line: number; fileName: string }, now: string): void {
  stmt(db, 'INSERT INTO report_opened_tickets (ticket_id, report_id, ticket_number, line, file_name, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    m.ticketId, m.reportId, m.ticketNumber, m.line, m.fileName, now,
  );
  audit(db, now, 'report_opened_tickets', m.ticketId, 'insert', null, m);
}

/** Our ticket with this contractor's ticket number on one of the contractor's services, if any. */
export function ticketByNumber(db: Db, contractorId: number, ticketNumber: string): { id: number; circuitId: string } | null {
  const r = stmt(
    db,
    `SELECT t.id, s.circuit_id AS circuitId FROM tickets t JOIN services s ON s.id = t.service_id
     WHERE t.contractor_ticket = ? COLLATE NOCASE AND t.contractor_ticket <> '' AND s.contractor_id = ? LIMIT 1`,
  ).get(ticketNumber, contractorId) as { id: number; circuitId: string } | undefined;
  return r ?? null;
}

/** The contractor's service with this Circuit ID (case ignored), if any. */
export function serviceByCircuit(db: Db, contractorId: number, circuitId: string): { id: number; circuitId: string } | null {
  const r = stmt(db, 'SELECT id, circuit_id AS circuitId FROM services WHERE contractor_id = ? AND circuit_id = ? COLLATE NOCASE').get(contractorId, circuitId.trim()) as
    | { id: number; circuitId: string }
    | undefined;
  return r ?? null;
}

// ---------------------------------------------------------------------------------------------
// Invoices

export interface OpenClaimLineRow {
  claimId: number;
  claimLineId: number;
  month: string;
  status: string;
  submittedOn: string | null;
  key: string;
  resultJson: string;
  reference: string;
  amountCents: number;
  /** Credited to the line by earlier invoices. */
  allocatedCents: number;
}

/** The included lines of the contractor's claims past draft, with what invoices already credited to each. */
export function claimLinesOfContractor(db: Db, contractorId: number): OpenClaimLineRow[] {
  return stmt(
    db,
    `SELECT c.id AS claimId, l.id AS claimLineId, c.month, c.status, c.submitted_on AS submittedOn, l.result_key AS key, l.result_json AS resultJson, l.reference,
       l.amount_cents AS amountCents, coalesce((SELECT sum(a.amount_cents) FROM invoice_allocations a WHERE a.claim_line_id = l.id), 0) AS allocatedCents
     FROM claim_lines l JOIN claims c ON c.id = l.claim_id
     WHERE c.contractor_id = ? AND c.status <> 'draft' AND l.excluded_reason IS NULL
     ORDER BY c.month, c.id, l.id`,
  ).all(contractorId) as OpenClaimLineRow[];
}

export function invoiceExists(db: Db, contractorId: number, invoiceNumber: string): boolean {
  return stmt(db, 'SELECT 1 FROM invoices WHERE contractor_id = ? AND invoice_number = ? COLLATE NOCASE').get(contractorId, invoiceNumber) !== undefined;
}

export interface NewInvoice {
  contractorId: number;
  invoiceNumber: string;
  invoiceDate: string;
  fileName: string;
  sha256: string;
  mapping: InvoiceMapping;
  who: string;
}

export function insertInvoice(db: Db, inv: NewInvoice, now: string): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO invoices (contractor_id, invoice_number, invoice_date, file_name, sha256, mapping_json, imported_at, who)
       VALUES (@contractorId, @invoiceNumber, @invoiceDate, @fileName, @sha256, @mapping, @now, @who)`,
    ).run({ ...inv, mapping: JSON.stringify(inv.mapping), now }).lastInsertRowid,
  );
  audit(db, now, 'invoices', id, 'insert', null, inv);
  return id;
}

export function insertInvoiceLine(db: Db, l: { invoiceId: number; line: number; circuitId: string; amountCents: number; description: string }, now: string): number {
  const id = Number(
    stmt(db, 'INSERT INTO invoice_lines (invoice_id, line, circuit_id, amount_cents, description) VALUES (@invoiceId, @line, @circuitId, @amountCents, @description)').run(l).lastInsertRowid,
  );
  audit(db, now, 'invoice_lines', id, 'insert', null, l);
  return id;
}

export function insertAllocation(db: Db, a: { invoiceLineId: number; claimLineId: number; amountCents: number }, now: string): void {
  const id = Number(stmt(db, 'INSERT INTO invoice_allocations (invoice_line_id, claim_line_id, amount_cents) VALUES (@invoiceLineId, @claimLineId, @amountCents)').run(a).lastInsertRowid);
  audit(db, now, 'invoice_allocations', id, 'insert', null, a);
}

export interface InvoiceRow {
  id: number;
  contractorId: number;
  contractorName: string;
  invoiceNumber: string;
  invoiceDate: string;
  fileName: string;
  importedAt: string;
  lineCount: number;
  amountCents: number;
  matchedCents: number;
}

const INVOICE_SELECT = `SELECT i.id, i.contractor_id AS contractorId, k.name AS contractorName, i.invoice_number AS invoiceNumber, i.invoice_date AS invoiceDate,
  i.file_name AS fileName, i.imported_at AS importedAt,
  (SELECT count(*) FROM invoice_lines l WHERE l.invoice_id = i.id) AS lineCount,
  (SELECT coalesce(sum(l.amount_cents), 0) FROM invoice_lines l WHERE l.invoice_id = i.id) AS amountCents,
  (SELECT coalesce(sum(a.amount_cents), 0) FROM invoice_allocations a JOIN invoice_lines l ON l.id = a.invoice_line_id WHERE l.invoice_id = i.id) AS matchedCents
  FROM invoices i JOIN contractors k ON k.id = i.contractor_id`;

export function listInvoices(db: Db, contractorId: number | null): InvoiceRow[] {
  return stmt(db, `${INVOICE_SELECT} WHERE (@c IS NULL OR i.contractor_id = @c) ORDER BY i.invoice_date DESC, i.id DESC`).all({ c: contractorId }) as InvoiceRow[];
}

export function getInvoice(db: Db, id: number): InvoiceRow {
  const r = stmt(db, `${INVOICE_SELECT} WHERE i.id = ?`).get(id) as InvoiceRow | undefined;
  if (!r) throw notFound('The invoice');
  return r;
}

export interface StoredInvoiceLine {
  id: number;
  line: number;
  circuitId: string;
  amountCents: number;
  description: string;
  allocations: Array<{ claimId: number; claimLineId: number; amountCents: number }>;
}

export function invoiceLines(db: Db, invoiceId: number): StoredInvoiceLine[] {
  const lines = stmt(db, 'SELECT id, line, circuit_id AS circuitId, amount_cents AS amountCents, description FROM invoice_lines WHERE invoice_id = ? ORDER BY line, id').all(invoiceId) as Array<Omit<StoredInvoiceLine, 'allocations'>>;
  const allocations = stmt(
    db,
    `SELECT a.invoice_line_id AS lineId, l.claim_id AS claimId, a.claim_line_id AS claimLineId, a.amount_cents AS amountCents
     FROM invoice_allocations a JOIN claim_lines l ON l.id = a.claim_line_id JOIN invoice_lines il ON il.id = a.invoice_line_id
     WHERE il.invoice_id = ? ORDER BY a.id`,
  ).all(invoiceId) as Array<{ lineId: number; claimId: number; claimLineId: number; amountCents: number }>;
  return lines.map((l) => ({ ...l, allocations: allocations.filter((a) => a.lineId === l.id).map(({ lineId: _l, ...a }) => a) }));
}

/** Cents credited to each claim line by invoices imported before `invoiceId` (all of them when null). */
export function allocatedBefore(db: Db, claimLineIds: readonly number[], invoiceId: number | null): Map<number, number> {
  if (claimLineIds.length === 0) return new Map();
  const rows = stmt(
    db,
    `SELECT a.claim_line_id AS id, sum(a.amount_cents) AS cents FROM invoice_allocations a JOIN invoice_lines l ON l.id = a.invoice_line_id
     WHERE a.claim_line_id IN (SELECT value FROM json_each(@ids)) AND (@before IS NULL OR l.invoice_id < @before) GROUP BY a.claim_line_id`,
  ).all({ ids: JSON.stringify(claimLineIds), before: invoiceId }) as Array<{ id: number; cents: number }>;
  return new Map(rows.map((r) => [r.id, r.cents]));
}

// ---------------------------------------------------------------------------------------------
// Dispute sections

export function insertDispute(db: Db, d: { claimId: number; reportId: number; section: Omit<DisputeSection, 'id'> }, now: string): number {
  const id = Number(stmt(db, 'INSERT INTO claim_disputes (claim_id, report_id, section_json, created_at) VALUES (?, ?, ?, ?)').run(d.claimId, d.reportId, JSON.stringify(d.section), now).lastInsertRowid);
  audit(db, now, 'claim_disputes', id, 'insert', null, d);
  return id;
}

/** A claim's dispute sections as made, oldest first. */
export function disputesOf(db: Db, claimId: number): DisputeSection[] {
  const rows = stmt(db, 'SELECT id, section_json AS json FROM claim_disputes WHERE claim_id = ? ORDER BY id').all(claimId) as Array<{ id: number; json: string }>;
  return rows.map((r) => ({ ...(JSON.parse(r.json) as Omit<DisputeSection, 'id'>), id: r.id }));
}
