// caseFiles:export: a contractor's month (or each month of a range) as case files, the text the
// `sla` command evaluates to the app's own figures (caseFile.ts), with its SHA-256 so an ATR can
// quote which file a dispute rests on.
import { createHash } from 'node:crypto';
import { shiftMonth } from '../../../shared/calendar/instant';
import { caseFileText } from '../../../shared/case/text';
import { MAX_EXPORT_MONTHS, type ExportedCase } from '../../../shared/ipc/caseFiles';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/open';
import { isServiceLevelCase, type AnyCaseFile } from '../../../shared/case/validate';
import { listContractors } from '../repositories/agency';
import { incidentReferencesOf } from '../repositories/incidents';
import { orderReferencesOf } from '../repositories/orders';
import { ticketNumbersOf } from '../repositories/tickets';
import { monthCaseFiles } from './caseFile';

/** "AT&T" → "ATT", "Verizon Business" → "Verizon-Business": a file name part without punctuation. */
export function fileNamePart(name: string): string {
  const part = name
    .normalize('NFKD')
    .replace(/[&'’.]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return part || 'contractor';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Names for the records of a case, from the app's row ids (as the evaluation names them) to what
 * people quote: a contractor ticket number, an order reference, an incident reference. A record
 * with none, or one shared with another record of the case, keeps a name made from its row id.
 */
function readableIds(refs: Map<number, string>, fallback: string): (id: string) => string {
  const counts = new Map<string, number>();
  for (const r of refs.values()) {
    const k = r.trim().toLowerCase();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const taken = new Set([...refs.values()].map((r) => r.trim().toLowerCase()));
  return (id) => {
    const ref = (refs.get(Number(id)) ?? '').trim();
    if (ref !== '' && counts.get(ref.toLowerCase()) === 1) return ref;
    let name = `${fallback}-${id}`;
    while (taken.has(name.toLowerCase())) name = `${name}-${id}`;
    return name;
  };
}

/** The case with its tickets (incidents), orders and incidents named as people know them (see readableIds). */
export function withReferences(db: Db, c: AnyCaseFile): AnyCaseFile {
  if (isServiceLevelCase(c)) {
    // A help-desk case names its incidents by the center's incident numbers (the ticket number field).
    const incidents = c.tickets ?? [];
    const name = readableIds(ticketNumbersOf(db, incidents.map((t) => Number(t.id))), 'incident');
    return { ...c, tickets: incidents.map((t) => ({ ...t, id: name(t.id) })) };
  }
  const tickets = c.tickets ?? [];
  const orders = c.orders ?? [];
  const ticket = readableIds(ticketNumbersOf(db, tickets.map((t) => Number(t.id))), 'ticket');
  const order = readableIds(orderReferencesOf(db, orders.map((o) => Number(o.id))), 'order');
  const incidentIds = [...new Set(tickets.map((t) => t.incidentId).filter((i): i is string => i !== undefined))];
  const incident = readableIds(incidentReferencesOf(db, incidentIds.map(Number)), 'incident');
  return {
    ...c,
    tickets: tickets.map((t) => ({ ...t, id: ticket(t.id), ...(t.incidentId !== undefined ? { incidentId: incident(t.incidentId) } : {}) })),
    orders: orders.map((o) => ({ ...o, id: order(o.id) })),
  };
}

/** The months from `first` to `last`, both included. */
function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length <= MAX_EXPORT_MONTHS; m = shiftMonth(m, -1)) out.push(m);
  return out;
}

export function exportCaseFiles(db: Db, q: { month: string; contractorId?: number | undefined; toMonth?: string | undefined }, nowMs: number): ExportedCase[] {
  const last = q.toMonth ?? q.month;
  if (last < q.month) throw new AppError('invalid', `The last month (${last}) cannot be before the first (${q.month})`, '/toMonth');
  const months = monthsBetween(q.month, last);
  if (months.length > MAX_EXPORT_MONTHS) {
    throw new AppError('invalid', `At most ${MAX_EXPORT_MONTHS} months can be exported at once (${q.month} to ${last} is more); export the range in parts`, '/toMonth');
  }
  const names = new Map(listContractors(db).map((c) => [c.id, c.name]));
  if (q.contractorId !== undefined && !names.has(q.contractorId)) throw notFound('The contractor', '/contractorId');
  const out: ExportedCase[] = [];
  for (const month of months) {
    const groups = monthCaseFiles(db, month, nowMs, q.contractorId ?? null);
    for (const g of groups) {
      const name = names.get(g.contractorId) ?? `contractor ${g.contractorId}`;
      // A contractor with services under two catalogs gets one file per catalog.
      const several = groups.filter((o) => o.contractorId === g.contractorId).length > 1;
      const text = caseFileText(withReferences(db, g.caseFile));
      out.push({
        fileName: `case-${fileNamePart(name)}-${month}${several ? `-${g.catalogId}` : ''}.json`,
        catalogId: g.catalogId,
        contractorId: g.contractorId,
        contractorName: name,
        month,
        text,
        sha256: sha256Hex(text),
      });
    }
  }
  return out;
}
