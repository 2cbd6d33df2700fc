// A contractor's invoice credits (issue 13 item 4): its credit lines read through the saved
// mapping, matched to the lines of our claims (shared/reconcile/invoice.ts), and, once the ATR
// confirms, kept with what each credited; each claim credited is recorded through the claims
// service (claims:credit's own step: dated, with the invoice number, audited), so what is still
// owed follows without typing. Credits typed on a claim (Record credit…) are the claim's, not any
// line's: a claim is never credited past what it still owes.
import { createHash } from 'node:crypto';
import { toUtcIso } from '../../../shared/calendar/instant';
import { owedCents } from '../../../shared/claims/lifecycle';
import type { InvoiceMapping, InvoiceMatch, InvoicePreview } from '../../../shared/ipc/reconcile';
import type { SlaResultRow } from '../../../shared/ipc/sla';
import { centsToDollars } from '../../../shared/money';
import { allocateInvoice, lineCreditStatus, type Allocation } from '../../../shared/reconcile/invoice';
import { keyOf, readInvoice, type InvoiceRead } from '../../../shared/reconcile/read';
import type { ClaimLineOpen, InvoiceLine } from '../../../shared/reconcile/types';
import { recordStep } from '../claims';
import type { Db } from '../db/open';
import { AppError } from '../errors';
import { agencyDate } from '../evaluation/zone';
import * as claimsRepo from '../repositories/claims';
import * as repo from '../repositories/reconcile';
import { readDelimited } from './delimited';
import { checkContractor, MAX_PROBLEMS } from './reports';

interface ClaimLines {
  rows: repo.OpenClaimLineRow[];
  open: ClaimLineOpen[];
  /** Claim id → its row (claimed, credited, status, submitted on). */
  claims: Map<number, claimsRepo.ClaimRow>;
}

function claimLines(db: Db, contractorId: number): ClaimLines {
  const rows = repo.claimLinesOfContractor(db, contractorId);
  const claims = new Map<number, claimsRepo.ClaimRow>();
  for (const r of rows) if (!claims.has(r.claimId)) claims.set(r.claimId, claimsRepo.getClaimRow(db, r.claimId));
  const open = rows.map((r) => {
    const result = JSON.parse(r.resultJson) as SlaResultRow;
    return {
      claimId: r.claimId, claimLineId: r.claimLineId, month: r.month, circuitId: result.circuitId ?? result.site ?? '', reference: r.reference,
      sla: result.sla, slaTitle: result.title, clause: result.clause, amountCents: r.amountCents, creditedCents: r.allocatedCents,
    };
  });
  return { rows, open, claims };
}

const owedOf = (c: claimsRepo.ClaimRow) => owedCents({ claimedCents: c.claimedCents, creditedCents: c.creditedCents });

/**
 * What the invoice does to the claims: per invoice line the claim lines it credits, per claim (those
 * the invoice answers: submitted by its date and still owing, and any it credits) each line
 * credited in full, in part or not at all.
 */
function matchOf(
  db: Db,
  head: { id: number | null; contractorId: number; contractorName: string; fileName: string },
  lines: readonly InvoiceLine[],
  allocations: readonly Allocation[],
  withoutClaim: readonly number[],
  cl: ClaimLines,
  before: ReadonlyMap<number, number>,
  owedBefore: ReadonlyMap<number, number>,
): InvoiceMatch {
  const now = new Map<number, number>();
  for (const a of allocations) now.set(a.claimLineId, (now.get(a.claimLineId) ?? 0) + a.cents);
  const lastDate = lines.reduce((d, l) => (l.invoiceDate > d ? l.invoiceDate : d), '');
  const credited = new Set(allocations.map((a) => a.claimId));
  const answered = [...cl.claims.values()].filter((c) => credited.has(c.id) || (c.submittedOn !== null && c.submittedOn <= lastDate && (owedBefore.get(c.id) ?? 0) > 0));
  const claims = answered.map((c) => {
    const ls = cl.rows.filter((r) => r.claimId === c.id);
    const nowCents = ls.reduce((s, r) => s + (now.get(r.claimLineId) ?? 0), 0);
    const owed = owedBefore.get(c.id) ?? 0;
    return {
      claimId: c.id, month: c.month, status: c.status, claimed: centsToDollars(c.claimedCents), creditedNow: centsToDollars(nowCents),
      owedBefore: centsToDollars(owed), owedAfter: centsToDollars(Math.max(0, owed - nowCents)),
      lines: ls.map((r) => {
        const result = JSON.parse(r.resultJson) as SlaResultRow;
        const b = before.get(r.claimLineId) ?? 0;
        const n = now.get(r.claimLineId) ?? 0;
        return {
          claimLineId: r.claimLineId, key: r.key, sla: result.sla, title: result.title, clause: result.clause, reference: r.reference, circuitId: result.circuitId ?? result.site ?? '',
          claimed: centsToDollars(r.amountCents), creditedBefore: centsToDollars(b), creditedNow: centsToDollars(n), status: lineCreditStatus(r.amountCents, b + n),
        };
      }),
    };
  });
  const invoiced = lines.reduce((s, l) => s + l.amountCents, 0);
  const unmatched = withoutClaim.reduce((s, c) => s + c, 0);
  return {
    ...head,
    invoiceNumbers: [...new Set(lines.map((l) => l.invoiceNumber))],
    lines: lines.map((l, i) => ({
      line: l.line, invoiceNumber: l.invoiceNumber, invoiceDate: l.invoiceDate, circuitId: l.circuitId, amount: centsToDollars(l.amountCents), description: l.description,
      allocations: allocations.filter((a) => a.lineIndex === i).map((a) => ({ claimId: a.claimId, claimLineId: a.claimLineId, amount: centsToDollars(a.cents) })),
      withoutClaim: centsToDollars(withoutClaim[i] ?? 0),
    })),
    claims,
    totals: {
      invoiced: centsToDollars(invoiced),
      matched: centsToDollars(invoiced - unmatched),
      withoutClaim: centsToDollars(unmatched),
      owedAfter: centsToDollars(claims.reduce((s, c) => s + Math.round(c.owedAfter * 100), 0)),
    },
  };
}

function readFile(text: string, mapping: InvoiceMapping): { read: InvoiceRead; columns: string[]; delimiter: string; rowCount: number; problems: InvoiceRead['problems']; fileProblems: string[] } {
  const file = readDelimited(text);
  const read = readInvoice(file.table, mapping);
  return {
    read, columns: file.table.headers, delimiter: file.delimiter, rowCount: file.table.rows.length,
    problems: [...file.problems, ...read.problems].sort((a, b) => a.line - b.line),
    fileProblems: [...new Set([...file.fileProblems, ...read.fileProblems])],
  };
}

function plan(db: Db, contractorId: number, lines: readonly InvoiceLine[]) {
  const cl = claimLines(db, contractorId);
  const owedBefore = new Map([...cl.claims.values()].map((c) => [c.id, owedOf(c)]));
  const { allocations, withoutClaim } = allocateInvoice(lines, cl.open, owedBefore);
  const before = new Map(cl.rows.map((r) => [r.claimLineId, r.allocatedCents]));
  return { cl, owedBefore, allocations, withoutClaim, before };
}

export function previewInvoice(db: Db, contractorId: number, fileName: string, text: string, mapping: InvoiceMapping): InvoicePreview {
  const contractorName = checkContractor(db, contractorId);
  const f = readFile(text, mapping);
  const p = plan(db, contractorId, f.read.lines);
  return {
    columns: f.columns, delimiter: f.delimiter, rowCount: f.rowCount, fileProblems: f.fileProblems,
    problems: f.problems.slice(0, MAX_PROBLEMS), problemCount: f.problems.length, invalidRowCount: f.read.invalidLines,
    match: matchOf(db, { id: null, contractorId, contractorName, fileName }, f.read.lines, p.allocations, p.withoutClaim, p.cl, p.before, p.owedBefore),
  };
}

export interface ImportInvoice {
  contractorId: number;
  fileName: string;
  text: string;
  mapping: InvoiceMapping;
  saveMapping: boolean;
  skipInvalid: boolean;
  who: string;
}

/** The date a credit is recorded on: the invoice's, or the claim's last step when that is later (steps follow each other). */
function creditDate(db: Db, claimId: number, invoiceDate: string): string {
  const last = claimsRepo.eventsOf(db, claimId).filter((e) => e.kind !== 'escalated' && e.kind !== 'created').at(-1);
  return last && last.on > invoiceDate ? last.on : invoiceDate;
}

export function importInvoice(db: Db, req: ImportInvoice, nowMs: number): InvoiceMatch {
  const now = toUtcIso(nowMs);
  const contractorName = checkContractor(db, req.contractorId);
  const f = readFile(req.text, req.mapping);
  if (f.fileProblems.length) throw new AppError('invalid', f.fileProblems[0]!, '/text');
  const first = f.problems[0];
  if (first && !req.skipInvalid) {
    const where = first.column ? `line ${first.line}, column "${first.column}"` : `line ${first.line}`;
    throw new AppError('invalid', `The invoice has ${f.problems.length} problem(s), first on ${where}: ${first.message}. Correct the file or the mapping, or import the other lines.`, '/text');
  }
  const lines = f.read.lines;
  if (lines.length === 0) throw new AppError('invalid', 'The invoice has no credit line without problems to import', '/text');
  const today = agencyDate(db, nowMs);
  const numbers = new Map<string, { number: string; date: string }>();
  for (const l of lines) if (!numbers.has(keyOf(l.invoiceNumber))) numbers.set(keyOf(l.invoiceNumber), { number: l.invoiceNumber, date: l.invoiceDate });
  for (const { number, date } of numbers.values()) {
    if (repo.invoiceExists(db, req.contractorId, number)) throw new AppError('refused', `Invoice ${number} of ${contractorName} was already imported: its credits are on the claims`, '/text');
    if (date > today) throw new AppError('invalid', `Invoice ${number} is dated ${date}, after today (${today})`, '/text');
  }
  const sha256 = createHash('sha256').update(req.text, 'utf8').digest('hex');

  const ids = db.transaction(() => {
    if (req.saveMapping) repo.saveMapping(db, req.contractorId, 'invoice', req.mapping, now);
    const p = plan(db, req.contractorId, lines);
    const invoiceIds = new Map<string, number>();
    for (const [key, { number, date }] of numbers) {
      invoiceIds.set(key, repo.insertInvoice(db, { contractorId: req.contractorId, invoiceNumber: number, invoiceDate: date, fileName: req.fileName, sha256, mapping: req.mapping, who: req.who }, now));
    }
    const lineIds = lines.map((l) => repo.insertInvoiceLine(db, { invoiceId: invoiceIds.get(keyOf(l.invoiceNumber))!, line: l.line, circuitId: l.circuitId, amountCents: l.amountCents, description: l.description }, now));
    for (const a of p.allocations) repo.insertAllocation(db, { invoiceLineId: lineIds[a.lineIndex]!, claimLineId: a.claimLineId, amountCents: a.cents }, now);
    // One credit per claim and invoice, through the claims service.
    const credits = new Map<string, { claimId: number; number: string; date: string; cents: number }>();
    for (const a of p.allocations) {
      const l = lines[a.lineIndex]!;
      const k = `${a.claimId}|${keyOf(l.invoiceNumber)}`;
      const c = credits.get(k) ?? { claimId: a.claimId, number: l.invoiceNumber, date: l.invoiceDate, cents: 0 };
      c.cents += a.cents;
      credits.set(k, c);
    }
    for (const c of credits.values()) {
      recordStep(db, c.claimId, 'credited', { on: creditDate(db, c.claimId, c.date), amountCents: c.cents, invoice: c.number, who: req.who }, nowMs);
    }
    return { invoiceIds: [...invoiceIds.values()], p };
  })();
  const { p } = ids;
  const match = matchOf(db, { id: ids.invoiceIds[0]!, contractorId: req.contractorId, contractorName, fileName: req.fileName }, lines, p.allocations, p.withoutClaim, p.cl, p.before, p.owedBefore);
  // Each claim's status as it now stands (a claim credited moved to credited).
  return { ...match, claims: match.claims.map((c) => ({ ...c, status: claimsRepo.getClaimRow(db, c.claimId).status })) };
}

export function listInvoices(db: Db, contractorId: number | undefined) {
  if (contractorId !== undefined) checkContractor(db, contractorId);
  return {
    invoices: repo.listInvoices(db, contractorId ?? null).map((r) => ({
      id: r.id, contractorId: r.contractorId, contractorName: r.contractorName, invoiceNumber: r.invoiceNumber, invoiceDate: r.invoiceDate, fileName: r.fileName,
      importedAt: r.importedAt, lineCount: r.lineCount, amount: centsToDollars(r.amountCents), matched: centsToDollars(r.matchedCents),
      withoutClaim: centsToDollars(r.amountCents - r.matchedCents),
    })),
  };
}

/** A stored invoice's match: its lines and what each credited; the claims' figures as they stand now. */
export function invoiceMatch(db: Db, id: number): InvoiceMatch {
  const inv = repo.getInvoice(db, id);
  const stored = repo.invoiceLines(db, id);
  const lines: InvoiceLine[] = stored.map((l) => ({ line: l.line, invoiceNumber: inv.invoiceNumber, invoiceDate: inv.invoiceDate, circuitId: l.circuitId, amountCents: l.amountCents, description: l.description }));
  const allocations: Allocation[] = stored.flatMap((l, lineIndex) => l.allocations.map((a) => ({ lineIndex, claimId: a.claimId, claimLineId: a.claimLineId, cents: a.amountCents })));
  const withoutClaim = stored.map((l) => l.amountCents - l.allocations.reduce((s, a) => s + a.amountCents, 0));
  const cl = claimLines(db, inv.contractorId);
  const before = repo.allocatedBefore(db, cl.rows.map((r) => r.claimLineId), id);
  // Owed before this invoice: owed now plus what it credited.
  const creditedBy = new Map<number, number>();
  for (const a of allocations) creditedBy.set(a.claimId, (creditedBy.get(a.claimId) ?? 0) + a.cents);
  const owedBefore = new Map([...cl.claims.values()].map((c) => [c.id, owedOf(c) + (creditedBy.get(c.id) ?? 0)]));
  return matchOf(db, { id, contractorId: inv.contractorId, contractorName: inv.contractorName, fileName: inv.fileName }, lines, allocations, withoutClaim, cl, before, owedBefore);
}
