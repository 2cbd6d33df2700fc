// "Make dispute" (issue 13 item 5): from the reconciliation of the contractor's report for the
// claim's month, the differences on the claim's tickets (a ticket a line is about, or a ticket
// whose difference changes the Availability of a service the claim has a line for) become a
// dispute section of the claim packet: ours vs theirs per ticket, the clause, the money. It is
// frozen as made, and the claim is moved to disputed through the claims service (dated, audited).
import { formatAgencyTime } from '../../../shared/calendar/agencyTime';
import { toUtcIso } from '../../../shared/calendar/instant';
import type { DisputeSection, TicketDifferences } from '../../../shared/ipc/reconcile';
import type { SlaResultRow } from '../../../shared/ipc/sla';
import { centsToDollars } from '../../../shared/money';
import { loadCatalog } from '../../../shared/sla/catalog';
import { recordStep } from '../claims';
import type { Db } from '../db/open';
import { AppError } from '../errors';
import { agencyZone } from '../evaluation/zone';
import * as claimsRepo from '../repositories/claims';
import * as repo from '../repositories/reconcile';
import { reconcileReport } from './run';

/** "ACCESS 1:00 PM to 3:10 PM (2 h 10 min)" as the section lists a stop clock. */
function stopClockLine(s: { code: string; startAt: string; endAt: string | null; minutes: number | null }, zone: string, note = ''): string {
  const at = (iso: string) => formatAgencyTime(Date.parse(iso), zone);
  const span = s.minutes === null ? 'no end' : `${Math.floor(s.minutes / 60) ? `${Math.floor(s.minutes / 60)} h ` : ''}${Math.round(s.minutes % 60)} min`;
  return `${s.code} ${at(s.startAt)} to ${s.endAt === null ? 'no end' : at(s.endAt)} (${span})${note}`;
}

function ticketSection(d: TicketDifferences, zone: string, invalid: ReadonlyMap<string, { clause: string; reason: string }>): DisputeSection['tickets'][number] {
  const at = (iso: string | null) => (iso === null ? null : formatAgencyTime(Date.parse(iso), zone));
  return {
    reference: d.theirs.ticketNumber,
    ticketId: d.ours.ticketId,
    circuitId: d.ours.circuitId,
    times: [
      { what: 'Outage start', ours: at(d.ours.startAt), theirs: at(d.theirs.startAt) },
      { what: 'Restored', ours: at(d.ours.restoredAt), theirs: at(d.theirs.restoredAt) },
      ...(d.ours.actualRestoredAt ? [{ what: 'Actually restored (End-User report)', ours: at(d.ours.actualRestoredAt), theirs: null }] : []),
      { what: 'Closed', ours: at(d.ours.closedAt), theirs: at(d.theirs.closedAt) },
    ],
    ourStopClocks: d.ours.stopClocks.map((s) => stopClockLine(s, zone, s.voided ? ' — voided: not the cause' : '')),
    theirStopClocks: d.theirs.stopClocks.map((s) => {
      const line = stopClockLine(s, zone);
      const flag = invalid.get(`${d.theirs.ticketNumber}|${s.line}`);
      return flag ? `${line} — not allowed (${flag.clause}): ${flag.reason}` : line;
    }),
    differences: d.differences.map((x) => ({ text: x.text, clause: x.invalid?.clause ?? (x.effects[0]?.clause || null), atStake: x.atStake })),
    effects: d.effects,
    atStake: d.atStake,
  };
}

export function makeDispute(db: Db, req: { reportId: number; claimId: number; on: string; reason: string; who: string }, nowMs: number): { claimId: number; status: string; section: DisputeSection } {
  const now = toUtcIso(nowMs);
  const report = repo.getReport(db, req.reportId, '/reportId');
  const claim = claimsRepo.getClaimRow(db, req.claimId, '/claimId');
  if (claim.contractorId !== report.contractorId) {
    throw new AppError('refused', `The claim is ${claim.contractorName}'s and the report ${report.contractorName}'s: dispute a claim with its own contractor's report`, '/claimId');
  }
  if (claim.status === 'draft') throw new AppError('refused', 'Submit the claim before disputing it', '/claimId');
  if (claim.month < report.period.from || claim.month > report.period.to) {
    throw new AppError('refused', `The report covers ${report.period.from} to ${report.period.to}, not the claim's month ${claim.month}`, '/claimId');
  }
  const zone = agencyZone(db);
  const lines = claimsRepo.linesOf(db, claim.id).filter((l) => l.excludedReason === null).map((l) => JSON.parse(l.resultJson) as SlaResultRow);
  const ticketIds = new Set(lines.flatMap((l) => (l.ticketId === null ? [] : [l.ticketId])));
  const monthlyServices = new Set(lines.flatMap((l) => (l.ticketId === null && l.serviceId !== null ? [l.serviceId] : [])));
  const rec = reconcileReport(db, report.id, claim.month, nowMs);
  const onClaim = rec.differences.filter(
    (d) => (ticketIds.has(d.ours.ticketId) || (monthlyServices.has(d.ours.serviceId) && d.effects.some((e) => e.subject === 'service-month'))) && (d.atStake > 0 || d.differences.some((x) => x.invalid)),
  );
  if (onClaim.length === 0) {
    throw new AppError('refused', `The report shows no difference that matters on this claim's tickets in ${claim.month}: nothing to dispute from it`, '/claimId');
  }
  const catalog = loadCatalog(claim.catalogId);
  const invalid = new Map(rec.invalidStopClocks.map((x) => [`${x.ticketNumber}|${x.line}`, { clause: x.clause, reason: x.reason }]));
  const tickets = onClaim.map((d) => ticketSection(d, zone, invalid));
  // The clauses cited: each stop-clock condition flagged, then each SLA whose verdict is at stake.
  const conditionLines = new Set<number>();
  const refusedCited = new Set<string>();
  for (const d of onClaim) {
    for (const x of d.differences) {
      if (!x.invalid) continue;
      const item = /item (\d+)/.exec(x.invalid.clause);
      if (item) conditionLines.add(Number(item[1]));
      else refusedCited.add(x.invalid.reason);
    }
  }
  const slaIds = new Set(onClaim.flatMap((d) => [...d.effects, ...d.differences.flatMap((x) => x.effects)].map((e) => e.sla)));
  const clauses = [
    ...(refusedCited.size ? [{ clause: catalog.stopClockSection, title: 'Trouble Ticket Stop Clock Conditions', text: [...refusedCited].join(' ') }] : []),
    ...catalog.stopClockConditions.filter((c) => conditionLines.has(c.line)).map((c) => ({ clause: `${catalog.stopClockSection} item ${c.line}`, title: c.title, text: `${c.definition} ${c.rule}` })),
    ...catalog.slas.filter((s) => slaIds.has(s.id)).map((s) => ({ clause: s.clause, title: s.title, text: s.clauseText })),
  ];
  const section: Omit<DisputeSection, 'id'> = {
    claimId: claim.id,
    on: req.on,
    reason: req.reason,
    who: req.who,
    createdAt: now,
    contractorName: claim.contractorName,
    report: { fileName: report.fileName, sha256: report.sha256, importedAt: report.importedAt },
    tickets,
    clauses,
    atStake: centsToDollars(onClaim.reduce((s, d) => s + Math.round(d.atStake * 100), 0)),
  };
  const id = db.transaction(() => {
    // The claims service checks the step (a disputed claim is not disputed again) and its date.
    recordStep(db, claim.id, 'disputed', { on: req.on, reason: req.reason, who: req.who }, nowMs);
    return repo.insertDispute(db, { claimId: claim.id, reportId: report.id, section }, now);
  })();
  return { claimId: claim.id, status: claimsRepo.getClaimRow(db, claim.id).status, section: { ...section, id } };
}
