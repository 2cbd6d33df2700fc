// A service-level contract's month as the sla:scorecard and sla:billingCheck channels serve it
// (issue 14 items 4 and 5): every target against its objective with a trend of the months before,
// the month's incidents step by step, those with a missed step with their timeline; and the bill
// expected from the incidents beside the amount billed. The same engine and the same rows as the
// Month screen's report (evaluation/month.ts); nothing here is a rule of its own.
import { shiftMonth, toUtcIso } from '../../../shared/calendar/instant';
import type { BillingCheckView, Scorecard, SlaResultRow } from '../../../shared/ipc/sla';
import { incidentTimeline, prepareLevels, targetOutcome, yearOf, type PreparedLevels, type ServiceLevelCatalog } from '../../../shared/sla';
import { billingCheck } from '../../../shared/sla/rules/billingCheck';
import { AppError } from '../errors';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { billedOf, incidentCounts, ratesOf } from '../repositories/billing';
import { contractCatalog, type ContractKey } from '../repositories/figures';
import { groupRows, toModelInput, type RowGroup } from './model';
import { monthRows } from './report';
import { FULL_DATA, groupEvaluation, type GroupEvaluation } from './results';
import { readFigures, readMonthRows } from './rows';
import { agencyZone } from './zone';
import { ZoneClock } from '../../../shared/calendar/zoneClock';

/** The months of the trend, oldest first, ending with `month`. */
function trendMonths(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, count - 1 - i));
}

function refuseFuture(db: Db, month: string, nowMs: number): void {
  const current = ZoneClock.of(agencyZone(db)).monthOf(nowMs);
  if (month > current) throw new AppError('invalid', `Month cannot be after this month (${current})`, '/month');
}

/** The contract's month prepared: its incidents created in the month, its figures of the trend's months and years. */
function prepareContractMonth(db: Db, k: ContractKey, catalog: ServiceLevelCatalog, month: string, months: string[]): { p: PreparedLevels; g: GroupEvaluation } {
  const zone = agencyZone(db);
  const rows = readMonthRows(db, { month, zone, contractorId: k.contractorId, orderIntervalDays: 0 });
  rows.figures = readFigures(db, [...months, ...new Set(months.map(yearOf))], k.contractorId);
  const group: RowGroup = groupRows(rows).find((x) => x.catalogId === k.catalogId) ?? {
    // Figures but no services yet: the targets still score.
    catalogId: k.catalogId,
    contractorId: k.contractorId,
    rows: { services: [], tickets: [], stopClocks: [], notices: [], orders: [], usage: [], history: [], times: [], figures: rows.figures.filter((f) => f.catalogId === k.catalogId) },
  };
  // Incidents whose creation is in the month (readMonthRows also reads those closed in it).
  const model = toModelInput(group.rows, zone, month);
  const p = prepareLevels(model.input, catalog);
  const references = new Map(group.rows.tickets.map((t) => [`t${t.id}`, t.reference] as const));
  return { p, g: groupEvaluation(catalog, p, model.services, FULL_DATA, references, k.contractorId) };
}

export function scorecard(db: Db, q: ContractKey & { month: string; months: number }, nowMs: number): Scorecard {
  const catalog = contractCatalog(db, q);
  refuseFuture(db, q.month, nowMs);
  const contractorName = (stmt(db, 'SELECT name FROM contractors WHERE id = ?').get(q.contractorId) as { name: string }).name;
  const months = trendMonths(q.month, q.months);
  const { p, g } = prepareContractMonth(db, q, catalog, q.month, months);
  const rows = monthRows([g], q.month, nowMs, () => true);
  const targets = rows.filter((r) => r.ticketId === null);
  const byTicket = new Map<number, SlaResultRow[]>();
  for (const r of rows) if (r.ticketId !== null) byTicket.set(r.ticketId, [...(byTicket.get(r.ticketId) ?? []), r]);

  const stepDefs = catalog.slas.filter((s) => s.basis === 'incident-step');
  const steps = stepDefs.map((s) => {
    const mine = rows.filter((r) => r.sla === s.id && r.ticketId !== null);
    const n = (status: SlaResultRow['status']) => mine.filter((r) => r.status === status).length;
    return { sla: s.id, title: s.title, met: n('met'), missed: n('missed'), pending: n('pending'), notApplicable: n('not-applicable') };
  });

  const missed: Scorecard['incidents']['missed'] = [];
  for (const [ticketId, results] of byTicket) {
    if (!results.some((r) => r.status === 'missed')) continue;
    const inc = p.incidentById.get(String(ticketId))!;
    missed.push({
      ticketId,
      reference: results[0]!.reference ?? '',
      kind: inc.kind,
      kindTitle: catalog.ticketKind(inc.kind)?.title ?? inc.kind,
      circuitId: results[0]!.circuitId ?? '',
      createdAt: toUtcIso(inc.createdMs),
      results,
      timeline: incidentTimeline(inc, catalog, nowMs, p.clock).map((e) => ({ at: toUtcIso(e.atMs), what: e.what, kind: e.kind, status: e.status })),
    });
  }

  const trendTargets = catalog.slas.flatMap((s) =>
    s.basis === 'figure-target' ? [{ sla: s.id, title: s.title, report: s.report, comparison: s.comparison, objective: s.objective, period: s.period }] : [],
  );
  const trend = months.map((m) => ({
    month: m,
    points: trendTargets.map((t) => {
      const def = catalog.sla(t.sla);
      if (def?.basis !== 'figure-target') return { sla: t.sla, value: null, met: null };
      const o = targetOutcome(def, p.figures.get(def.period === 'year' ? yearOf(m) : m), catalog);
      return { sla: t.sla, value: o.value === null ? null : Math.round(o.value * 10_000) / 10_000, met: o.applicable ? o.met : null };
    }),
  }));

  return {
    contractorId: q.contractorId,
    contractorName,
    catalogId: catalog.id,
    catalogTitle: catalog.title,
    month: q.month,
    asOf: toUtcIso(nowMs),
    timeZone: p.zone,
    remedy: catalog.remedy,
    targets,
    trend,
    trendTargets,
    steps,
    incidents: { total: byTicket.size, missed },
  };
}

/** sla:billingCheck: the month's incidents per line of support × the year's rates, beside the billed amount. */
export function billingCheckOf(db: Db, q: ContractKey & { month: string }, nowMs: number): BillingCheckView {
  const catalog = contractCatalog(db, q);
  refuseFuture(db, q.month, nowMs);
  const bounds = ZoneClock.of(agencyZone(db)).monthBounds(q.month);
  const counts = incidentCounts(db, q, toUtcIso(bounds.start), toUtcIso(bounds.end));
  const year = q.month.slice(0, 4);
  const billed = billedOf(db, q);
  const c = billingCheck(catalog, q.month, counts, ratesOf(db, { ...q, year }), billed?.amountCents ?? null);
  return { contractorId: q.contractorId, catalogId: catalog.id, month: q.month, year, invoice: billed?.invoice ?? '', ...c };
}
