// A contractor's ticket report: its column mapping (saved per contractor), a preview that reads
// the file and names every row's problems by column (nothing written), and the import that reads
// it again, keeps its tickets and, when asked, the mapping. The contract lets a customer have up
// to 12 months of ticket history from the contractor's reporting tool as a text file.
import { createHash } from 'node:crypto';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import { toUtcIso } from '../../../shared/calendar/instant';
import type { InvoiceMapping, ReportPreview, ReportSummary, SavedMappings, TicketMapping } from '../../../shared/ipc/reconcile';
import { theirTicketView } from '../../../shared/reconcile/differences';
import { keyOf, readTicketReport, type TicketReport } from '../../../shared/reconcile/read';
import type { RowProblem } from '../../../shared/reconcile/types';
import { loadCatalog } from '../../../shared/sla/catalog';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import { agencyZone } from '../evaluation/zone';
import * as repo from '../repositories/reconcile';
import { readDelimited } from './delimited';

/** At most this many row problems travel back (the count says how many there are). */
export const MAX_PROBLEMS = 1_000;
const SAMPLE = 50;

export function checkContractor(db: Db, contractorId: number, path = '/contractorId'): string {
  const r = stmt(db, 'SELECT name FROM contractors WHERE id = ?').get(contractorId) as { name: string } | undefined;
  if (!r) throw notFound('The contractor', path);
  return r.name;
}

export function savedMappings(db: Db, contractorId: number): SavedMappings {
  checkContractor(db, contractorId);
  const rows = repo.mappingsOf(db, contractorId);
  const of = (kind: 'tickets' | 'invoice') => rows.find((r) => r.kind === kind);
  const t = of('tickets');
  const i = of('invoice');
  return {
    contractorId,
    tickets: t ? (JSON.parse(t.mappingJson) as TicketMapping) : null,
    invoice: i ? (JSON.parse(i.mappingJson) as InvoiceMapping) : null,
    ticketsSavedAt: t?.updatedAt ?? null,
    invoiceSavedAt: i?.updatedAt ?? null,
  };
}

export function saveMapping(db: Db, contractorId: number, kind: 'tickets' | 'invoice', mapping: TicketMapping | InvoiceMapping, nowMs: number): SavedMappings {
  db.transaction(() => {
    checkContractor(db, contractorId);
    repo.saveMapping(db, contractorId, kind, mapping, toUtcIso(nowMs));
  })();
  return savedMappings(db, contractorId);
}

/** The file's problems first (quoting), then the mapping's, by line. */
function merged(quoting: RowProblem[], read: RowProblem[]): RowProblem[] {
  return [...quoting, ...read].sort((a, b) => a.line - b.line);
}

interface ReadReport {
  read: TicketReport;
  columns: string[];
  delimiter: string;
  rowCount: number;
  problems: RowProblem[];
  fileProblems: string[];
}

function readReport(text: string, mapping: TicketMapping): ReadReport {
  const file = readDelimited(text);
  const read = readTicketReport(file.table, mapping);
  const fileProblems = [...new Set([...file.fileProblems, ...read.fileProblems])];
  return { read, columns: file.table.headers, delimiter: file.delimiter, rowCount: file.table.rows.length, problems: merged(file.problems, read.problems), fileProblems };
}

function periodOf(read: TicketReport, zone: string): { from: string; to: string } | null {
  if (read.tickets.length === 0) return null;
  const clock = ZoneClock.of(zone);
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of read.tickets) {
    const s = t.alarmMs !== null && t.alarmMs < t.openedMs ? t.alarmMs : t.openedMs;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  return { from: clock.monthOf(lo), to: clock.monthOf(hi) };
}

/** Circuit IDs of the report that are not the contractor's services here. */
function unknownCircuits(db: Db, contractorId: number, read: TicketReport): string[] {
  const known = new Set((stmt(db, 'SELECT circuit_id AS c FROM services WHERE contractor_id = ?').all(contractorId) as Array<{ c: string }>).map((r) => keyOf(r.c)));
  return [...new Set(read.tickets.map((t) => t.circuitId).filter((c) => !known.has(keyOf(c))))].sort();
}

export function previewReport(db: Db, contractorId: number, text: string, mapping: TicketMapping): ReportPreview {
  checkContractor(db, contractorId);
  const zone = agencyZone(db);
  const r = readReport(text, mapping);
  const catalog = loadCatalog();
  return {
    columns: r.columns,
    delimiter: r.delimiter,
    rowCount: r.rowCount,
    fileProblems: r.fileProblems,
    problems: r.problems.slice(0, MAX_PROBLEMS),
    problemCount: r.problems.length,
    invalidRowCount: r.read.invalidLines,
    ticketCount: r.read.tickets.length,
    stopClockCount: r.read.stopClockCount,
    period: periodOf(r.read, zone),
    sample: r.read.tickets.slice(0, SAMPLE).map((t) => theirTicketView(t, catalog, zone)),
    unknownCircuits: r.fileProblems.length ? [] : unknownCircuits(db, contractorId, r.read),
  };
}

export interface ImportReport {
  contractorId: number;
  fileName: string;
  text: string;
  mapping: TicketMapping;
  saveMapping: boolean;
  skipInvalid: boolean;
  who: string;
}

/** Reads the file again (nothing from the preview is trusted) and keeps its tickets; all or nothing. */
export function importReport(db: Db, req: ImportReport, nowMs: number): ReportSummary {
  const now = toUtcIso(nowMs);
  checkContractor(db, req.contractorId);
  const r = readReport(req.text, req.mapping);
  if (r.fileProblems.length) throw new AppError('invalid', r.fileProblems[0]!, '/text');
  const first = r.problems[0];
  if (first && !req.skipInvalid) {
    const where = first.column ? `line ${first.line}, column "${first.column}"` : `line ${first.line}`;
    throw new AppError('invalid', `The report has ${r.problems.length} problem(s) on ${r.read.invalidLines} line(s), first on ${where}: ${first.message}. Correct the file or the mapping, or import the rest without those tickets.`, '/text');
  }
  const period = periodOf(r.read, agencyZone(db));
  if (period === null) throw new AppError('invalid', 'The report has no ticket without problems to import', '/text');
  const sha256 = createHash('sha256').update(req.text, 'utf8').digest('hex');
  const id = db.transaction(() => {
    if (req.saveMapping) repo.saveMapping(db, req.contractorId, 'tickets', req.mapping, now);
    return repo.insertReport(
      db,
      { contractorId: req.contractorId, fileName: req.fileName, sha256, mapping: req.mapping, periodFrom: period.from, periodTo: period.to, skippedRows: r.read.skippedRows, who: req.who },
      r.read.tickets,
      now,
    );
  })();
  const { mapping: _m, ...summary } = repo.getReport(db, id);
  return summary;
}

export function listReports(db: Db, contractorId: number | undefined): { reports: ReportSummary[] } {
  if (contractorId !== undefined) checkContractor(db, contractorId);
  return { reports: repo.listReports(db, contractorId ?? null).map(({ mapping: _m, ...s }) => s) };
}

export function deleteReport(db: Db, id: number, nowMs: number): void {
  db.transaction(() => repo.deleteReport(db, id, toUtcIso(nowMs)))();
}
