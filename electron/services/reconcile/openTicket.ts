// "Open as our ticket" (issue 13 item 2): a ticket of the contractor's report that our record
// lacks becomes ours, through the same repositories (and checks, and audit) as typing it: the
// ticket with their opening and alarm, their restoration and closing on its timeline, and their
// stop clocks the contract allows, each noted as taken from their report. It stays marked as
// opened from the contractor's report (report_opened_tickets, and its description says so).
import { toUtcIso } from '../../../shared/calendar/instant';
import { stopClockFlag, theirVersion } from '../../../shared/reconcile/differences';
import { givenFacts } from '../../../shared/reconcile/read';
import type { TicketInput } from '../../../shared/sla';
import { loadCatalog, normalizeCode } from '../../../shared/sla/catalog';
import { stopClockProblems } from '../../../shared/tickets/stopClockRules';
import type { Db } from '../db/open';
import { AppError } from '../errors';
import * as repo from '../repositories/reconcile';
import { startStopClock } from '../repositories/stopClocks';
import { addEvent, createTicket } from '../repositories/tickets';

export interface OpenedTicket {
  ticketId: number;
  stopClocksRecorded: number;
  leftOut: Array<{ code: string; line: number; reason: string }>;
}

export function openTheirTicket(db: Db, req: { reportId: number; ticketNumber: string; kind: string; who: string }, nowMs: number): OpenedTicket {
  const now = toUtcIso(nowMs);
  const report = repo.getReport(db, req.reportId, '/reportId');
  const [theirs] = repo.reportTickets(db, req.reportId, { ticketNumber: req.ticketNumber });
  if (!theirs) throw new AppError('not_found', `Ticket ${req.ticketNumber} is not in the report ${report.fileName || `#${report.id}`}`, '/ticketNumber');
  const ours = repo.ticketByNumber(db, report.contractorId, theirs.ticketNumber);
  if (ours) throw new AppError('refused', `Ticket ${theirs.ticketNumber} is already in our record (ticket #${ours.id} on ${ours.circuitId})`, '/ticketNumber');
  const service = repo.serviceByCircuit(db, report.contractorId, theirs.circuitId);
  if (!service) throw new AppError('refused', `Circuit ID ${theirs.circuitId} is not one of ${report.contractorName}'s services here: add the service first, then open the ticket`, '/ticketNumber');
  const catalog = loadCatalog();
  const source = `${report.contractorName}'s ticket report ${report.fileName || `#${report.id}`}`;
  const who = req.who;

  const open = db.transaction(() => {
    const ticketId = createTicket(
      db,
      {
        serviceId: service.id, contractorTicket: theirs.ticketNumber, kind: req.kind, severity: '', incidentId: null, ladderId: null, measuredMs: null, times: {},
        description: `Opened from ${source} (line ${theirs.line}): the ticket was not in our record.`,
        openedAt: toUtcIso(theirs.openedMs), alarmAt: theirs.alarmMs === null ? null : toUtcIso(theirs.alarmMs),
      },
      now,
    );
    // Their stop clocks, judged by the contract as their ticket stands (their restoration window).
    const asTicket: TicketInput = theirVersion(
      { id: String(ticketId), serviceId: service.circuitId, kind: req.kind, openedAtMs: theirs.openedMs, alarmAtMs: theirs.alarmMs, restoredAtMs: theirs.restoredMs, closedAtMs: theirs.closedMs, stopClocks: [] },
      theirs,
      givenFacts(report.mapping.columns),
      catalog,
    );
    const leftOut: OpenedTicket['leftOut'] = [];
    let recorded = 0;
    for (const sc of theirs.stopClocks) {
      const flag = stopClockFlag(sc, asTicket, catalog);
      if (flag) {
        leftOut.push({ code: sc.code, line: sc.line, reason: `${flag.reason} (${flag.clause})` });
        continue;
      }
      if (sc.endMs === null) {
        leftOut.push({ code: sc.code, line: sc.line, reason: 'Their report gives it no end: record it on the ticket when you know when it ended' });
        continue;
      }
      const draft = {
        ticketId, orderId: null, code: normalizeCode(sc.code), startAt: toUtcIso(sc.startMs), endAt: toUtcIso(sc.endMs), windowStart: null, windowEnd: null,
        note: `As recorded in ${source} (line ${sc.line})`,
      };
      const problem = stopClockProblems(catalog, draft, 'ticket')[0];
      if (problem) {
        leftOut.push({ code: sc.code, line: sc.line, reason: problem.message });
        continue;
      }
      startStopClock(db, draft, now);
      recorded++;
    }
    const event = (kind: 'restored' | 'closed', atMs: number) =>
      addEvent(db, { ticketId, kind, at: toUtcIso(atMs), who, level: null, whom: '', how: '', answer: '', detail: `As recorded in ${source}` }, now);
    if (theirs.restoredMs !== null) event('restored', theirs.restoredMs);
    if (theirs.closedMs !== null && theirs.restoredMs !== null) event('closed', theirs.closedMs);
    repo.markOpenedFromReport(db, { ticketId, reportId: report.id, ticketNumber: theirs.ticketNumber, line: theirs.line, fileName: report.fileName }, now);
    return { ticketId, stopClocksRecorded: recorded, leftOut };
  });
  try {
    return open();
  } catch (e) {
    // The ticket's own checks (in service on that date, nothing in the future, the timeline in order) answer about their ticket.
    if (e instanceof AppError) throw new AppError(e.code, `Ticket ${theirs.ticketNumber} cannot be opened as it stands in their report: ${e.message}`, '/ticketNumber');
    throw e;
  }
}
