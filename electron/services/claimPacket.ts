// The claim packet (DOMAIN.md "Credit claims"): everything its print view shows, in one answer.
// The claim and its lines come from claimDetail (frozen once submitted, each with today's figure
// when it changed); around them, the records behind every line (each ticket's whole timeline with
// its retractions and corrections, stop clocks with their codes and void reasons, notices, the
// order and its delay, the site's usage), the text of each clause cited, the stop-clock conditions
// named, the case file's name and SHA-256, and the figures the charts plot. Nothing here computes a
// verdict or a credit: the lines carry the engine's figures and explain lines as claimed.
import { disputesOf } from './repositories/reconcile';
import { shiftMonth, toUtcIso } from '../../shared/calendar/instant';
import { ZoneClock } from '../../shared/calendar/zoneClock';
import type { ClaimLine, ClaimPacket, PacketSubject } from '../../shared/ipc/claims';
import { centsToDollars } from '../../shared/money';
import { loadCatalog } from '../../shared/sla/catalog';
import { claimCaseFile, claimDetail } from './claims';
import type { Db } from './db/open';
import { serviceMonths } from './evaluation/report';
import * as repo from './repositories/claimPacket';
import { listClaimRows } from './repositories/claims';

/** Orders clauses as numbers part by part: 29.4.8.2 before 29.4.8.10. */
function byClause(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The section a line belongs to: its ticket, its order, else its service (monthly SLAs). */
export function subjectKey(r: ClaimLine['result']): string {
  if (r.ticketId !== null) return `t${r.ticketId}`;
  if (r.orderId !== null) return `o${r.orderId}`;
  return `s${r.serviceId ?? 0}`;
}

export function claimPacket(db: Db, id: number, nowMs: number): ClaimPacket {
  const detail = claimDetail(db, id, nowMs);
  const { claim, lines, events } = detail;
  const agency = repo.packetAgency(db);
  const catalog = loadCatalog(claim.catalogId);
  const title = (code: string) => catalog.condition(code)?.title ?? code;
  const clock = ZoneClock.of(agency.timeZone);
  const bounds = clock.monthBounds(claim.month);
  const from = toUtcIso(bounds.start);
  const to = toUtcIso(bounds.end);

  // The sections, in the order of their first line.
  const groups = new Map<string, { kind: PacketSubject['kind']; lines: ClaimLine[] }>();
  for (const l of lines) {
    const key = subjectKey(l.result);
    const kind = l.result.ticketId !== null ? 'ticket' : l.result.orderId !== null ? 'order' : 'service';
    const g = groups.get(key) ?? { kind, lines: [] };
    g.lines.push(l);
    groups.set(key, g);
  }
  const serviceIds = lines.flatMap((l) => (l.result.serviceId === null ? [] : [l.result.serviceId]));
  const services = repo.servicesByIds(db, serviceIds);
  const monthlyServiceIds = [...groups.entries()].filter(([, g]) => g.kind === 'service').map(([, g]) => g.lines[0]!.result.serviceId!);
  const behind = repo.serviceTicketIdsInMonth(db, monthlyServiceIds, from, to);
  const ticketIds = [...lines.flatMap((l) => (l.result.ticketId === null ? [] : [l.result.ticketId])), ...[...behind.values()].flat()];
  const tickets = repo.packetTickets(db, ticketIds, title);
  const orders = repo.packetOrders(db, lines.flatMap((l) => (l.result.orderId === null ? [] : [l.result.orderId])), title);
  const survivabilitySites = monthlyServiceIds.map((s) => services.get(s)).filter((s) => s?.serviceType === 'site-survivability').map((s) => s!.site || s!.circuitId);
  const usage = repo.siteUsageInMonth(db, survivabilitySites, from, to);

  const typeTitle = (t: string) => catalog.serviceTypes.find((x) => x.id === t)?.title ?? t;
  const subjects: PacketSubject[] = [...groups.entries()].map(([key, g]) => {
    const first = g.lines[0]!.result;
    const s = services.get(first.serviceId!)!;
    const service = {
      id: s.id,
      circuitId: s.circuitId,
      serviceType: s.serviceType,
      serviceTypeTitle: typeTitle(s.serviceType),
      tier: s.tier,
      site: s.site,
      address: s.address,
      tmrc: centsToDollars(s.tmrcCents),
      aduc: centsToDollars(s.aducCents),
      installFee: centsToDollars(s.installFeeCents),
    };
    const ticketList =
      g.kind === 'ticket' ? [tickets.get(first.ticketId!)] : g.kind === 'service' ? (behind.get(s.id) ?? []).map((t) => tickets.get(t)) : [];
    return {
      key,
      kind: g.kind,
      reference: g.lines[0]!.reference || s.circuitId,
      service,
      lineIds: g.lines.map((l) => l.id),
      tickets: ticketList.filter((t) => t !== undefined),
      order: g.kind === 'order' ? (orders.get(first.orderId!) ?? null) : null,
      usage: s.serviceType === 'site-survivability' ? (usage.get(s.site || s.circuitId) ?? []) : [],
    };
  });

  const cited = [...new Set(lines.map((l) => l.result.sla))].map((slaId) => catalog.sla(slaId)).filter((s) => s !== undefined);
  const clauses = cited.map((s) => ({ clause: s.clause, title: s.title, text: s.clauseText })).sort((a, b) => byClause(a.clause, b.clause));
  const codes = new Set(subjects.flatMap((s) => [...s.tickets.flatMap((t) => t.stopClocks), ...(s.order?.stopClocks ?? [])]).map((c) => c.code));
  const conditions = catalog.stopClockConditions.filter((c) => codes.has(c.code)).map((c) => ({ code: c.code, line: c.line, title: c.title, definition: c.definition }));
  const category = [...new Set(subjects.map((s) => s.service.serviceType))]
    .sort((a, b) => catalog.serviceTypes.findIndex((x) => x.id === a) - catalog.serviceTypes.findIndex((x) => x.id === b))
    .map(typeTitle)
    .join(', ');

  const caseFile = claim.caseSha256 === null ? null : (({ fileName, sha256 }) => ({ fileName, sha256 }))(claimCaseFile(db, id));

  // Charts: the contractor's claims month by month, and availability around the claim's month.
  const credits = listClaimRows(db, { contractorId: claim.contractorId })
    .filter((c) => c.status !== 'draft' || c.id === claim.id)
    .map((c) => ({ month: c.month, claimed: centsToDollars(c.claimedCents), credited: centsToDollars(c.creditedCents) }));
  const nowMonth = clock.monthOf(nowMs);
  const first = shiftMonth(claim.month, 11);
  let span = 12;
  while (span < 240 && shiftMonth(nowMonth, span - 1) > first) span++;
  const availability = [...groups.values()]
    .filter((g) => g.lines.some((l) => l.result.sla === 'availability'))
    .map((g) => {
      const serviceId = g.lines[0]!.result.serviceId!;
      const months = serviceMonths(db, serviceId, span, nowMs).months.filter((m) => m.month >= first && m.month <= claim.month);
      return {
        serviceId,
        circuitId: services.get(serviceId)!.circuitId,
        months: months.map(({ month, results }) => ({ month, results })),
        recorded: repo.recordedAvailability(db, serviceId, first, claim.month),
      };
    });

  return {
    generatedAt: toUtcIso(nowMs),
    timeZone: agency.timeZone,
    agency: { name: agency.name, address: agency.address, atrName: agency.atrName, atrTitle: agency.atrTitle, atrPhone: agency.atrPhone, atrEmail: agency.atrEmail },
    contractor: { id: claim.contractorId, name: claim.contractorName },
    contract: { catalogId: catalog.id, title: catalog.title, source: catalog.source, section: catalog.section, stopClockSection: catalog.stopClockSection },
    category,
    claim,
    lines,
    events,
    subjects,
    clauses,
    conditions,
    disputes: disputesOf(db, id),
    caseFile,
    charts: { credits, availability },
  };
}
