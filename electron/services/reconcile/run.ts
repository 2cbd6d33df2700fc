// The reconciliation of a contractor's report (issue 13 items 2 and 3): their tickets matched to
// ours, theirs we lack, ours they lack, each matched ticket's differences weighed by the engine,
// their stop clocks the contract does not allow, and what is at stake per month. Only what
// matters is evaluated: tickets are found through maps built once (number, circuit), and the
// engine runs only on the tickets whose records differ (each on its own service's record, many
// services to a model), plus, when the report states verdicts or credits, one model of the
// matched tickets for our side of them.
import { shiftMonth, toUtcIso } from '../../../shared/calendar/instant';
import { ZoneClock } from '../../../shared/calendar/zoneClock';
import type { InvalidStopClock, MonthTotals, Reconciliation, TicketDifferences } from '../../../shared/ipc/reconcile';
import { centsToDollars } from '../../../shared/money';
import {
  compareTicket, invalidOfDifferences, invalidStopClocksOf, ourTicketView, rawDifferences, theirTicketView, weighing, type DifferenceContext, type Weighing,
} from '../../../shared/reconcile/differences';
import { recordOutcomesOfMany, ticketOutcomes, type Outcome, type OutcomeJob } from '../../../shared/reconcile/engine';
import { keyOf, givenFacts } from '../../../shared/reconcile/read';
import { matchTickets, type Pair } from '../../../shared/reconcile/match';
import type { OurTicket, ServiceRecord, TheirTicket } from '../../../shared/reconcile/types';
import type { Catalog, HistoryInput, ServiceInput, TicketInput } from '../../../shared/sla';
import { isCreditCatalog, loadCatalog } from '../../../shared/sla/catalog';
import type { Db } from '../db/open';
import { groupRows, toModelInput } from '../evaluation/model';
import { readContractorTicketRows, type ServiceRow } from '../evaluation/rows';
import { agencyZone } from '../evaluation/zone';
import * as repo from '../repositories/reconcile';

/** What the engine needs of one of our services, by catalog. */
interface OurService {
  input: ServiceInput;
  row: ServiceRow;
  catalog: Catalog;
  tickets: TicketInput[];
  history: HistoryInput[];
}

/** Our side of the contractor: its tickets for matching, and the engine's records of its services. */
interface OurRecord {
  tickets: OurTicket[];
  /** Engine service id → its service. */
  services: Map<string, OurService>;
  /**
   * Ticket row id → its service. An array, not a Map: row ids are dense SQLite rowids, and it is
   * asked several times for each of 20,000 pairs.
   */
  serviceOf: OurService[];
}

function ourRecord(db: Db, contractorId: number, first: string, last: string, zone: string): OurRecord {
  const rows = readContractorTicketRows(db, contractorId, first, last, zone);
  const fromReport = repo.openedFromReports(db, rows.tickets.map((t) => t.id));
  const tickets: OurTicket[] = [];
  const services: OurRecord['services'] = new Map();
  const serviceOf: OurService[] = [];
  for (const g of groupRows(rows)) {
    // A contractor's ticket report is weighed against credit SLAs (CALNET); a help-desk
    // (service-level) contract has no stop clocks or credits to reconcile.
    if (g.contractorId !== contractorId || !isCreditCatalog(g.catalogId)) continue;
    const catalog = loadCatalog(g.catalogId);
    const model = toModelInput(g.rows, zone, first);
    // By ticket row id (dense rowids: arrays, not Maps, for 75,000 stop clocks).
    const stopIds: number[][] = [];
    for (const sc of g.rows.stopClocks) {
      if (sc.ticketId === null) continue;
      const list = stopIds[sc.ticketId];
      if (list) list.push(sc.id);
      else stopIds[sc.ticketId] = [sc.id];
    }
    for (const s of model.input.services) {
      services.set(s.id, { input: s, row: model.services.get(s.id)!, catalog, tickets: [], history: (model.input.history ?? []).filter((h) => h.serviceId === s.id) });
    }
    // toModelInput makes one engine ticket per row, in the rows' order.
    const inputs = model.input.tickets ?? [];
    for (let i = 0; i < inputs.length; i++) {
      const original = inputs[i]!;
      // Notices are each ticket's own here (rows.ts readContractorTicketRows): no pooling by incident.
      const t = original.incidentId == null ? original : { ...original, incidentId: null };
      const svc = services.get(t.serviceId);
      if (!svc) continue;
      svc.tickets.push(t);
      const row = g.rows.tickets[i]!;
      serviceOf[row.id] = svc;
      tickets.push({ id: row.id, ticketNumber: row.reference, serviceId: svc.row.id, circuitId: svc.row.circuitId, input: t, stopClockIds: stopIds[row.id] ?? [], fromReport: fromReport.has(row.id) });
    }
  }
  return { tickets, services, serviceOf };
}

const startOf = (t: TicketInput) => (t.alarmAtMs != null && t.alarmAtMs < t.openedAtMs ? t.alarmAtMs : t.openedAtMs);
const theirStartOf = (t: TheirTicket) => (t.alarmMs !== null && t.alarmMs < t.openedMs ? t.alarmMs : t.openedMs);

function emptyTotals(month: string): MonthTotals {
  return { month, theirTickets: 0, ourTickets: 0, matched: 0, withDifferences: 0, theirsWeLack: 0, oursTheyLack: 0, invalidStopClocks: 0, atStake: 0, lessInTheirs: 0, moreInTheirs: 0 };
}

export function reconcileReport(db: Db, reportId: number, month: string | undefined, nowMs: number): Reconciliation {
  const report = repo.getReport(db, reportId, '/reportId');
  const zone = agencyZone(db);
  const clock = ZoneClock.of(zone);
  const { mapping, ...summary } = report;
  const given = givenFacts(mapping.columns);
  // The months shown, and a month either side for matching: a ticket whose start differs across
  // a month's end still finds its match.
  const from = month ?? report.period.from;
  const to = month ?? report.period.to;
  const inScope = (m: string) => m >= from && m <= to;
  const before = shiftMonth(from, 1);
  const after = shiftMonth(to, -1);

  // Each ticket's month (the month its outage started), worked out once.
  const theirMonth = new Map<TheirTicket, string>();
  // Only the months matched are read: the screen asks for one month of a year's report.
  const theirs = repo.reportTickets(db, reportId, { fromIso: toUtcIso(clock.monthBounds(before).start), toIso: toUtcIso(clock.monthBounds(after).end) }).filter((t) => {
    const m = clock.monthOf(theirStartOf(t));
    theirMonth.set(t, m);
    return m >= before && m <= after;
  });
  const ours = ourRecord(db, report.contractorId, before, after, zone);
  // By ticket row id (see OurRecord.serviceOf).
  const ourMonthOf: string[] = [];
  for (const o of ours.tickets) ourMonthOf[o.id] = clock.monthOf(startOf(o.input));
  const ourMonth = (o: OurTicket) => ourMonthOf[o.id]!;
  const matching = matchTickets(theirs, ours.tickets, nowMs);

  const serviceOfPair = (p: Pair) => ours.serviceOf[p.ours.id]!;
  const contexts = new Map<Catalog, DifferenceContext>();
  const ctxOf = (p: Pair): DifferenceContext => {
    const catalog = serviceOfPair(p).catalog;
    let c = contexts.get(catalog);
    if (!c) contexts.set(catalog, (c = { catalog, zone, asOfMs: nowMs, given, verdictSla: mapping.verdictSla }));
    return c;
  };
  const pairs = matching.pairs.filter((p) => inScope(ourMonth(p.ours)));
  const raws = pairs.map((p) => rawDifferences(p, ctxOf(p)));
  const weighed = raws.map((raw) => raw.some((d) => d.variant !== null));

  // Our side of what their report states (verdicts, credits, durations), for the tickets not weighed one by one.
  const stated = given.verdict || given.credit;
  const baseline = new Map<string, Outcome[]>();
  const byCatalog = new Map<Catalog, Pair[]>();
  pairs.forEach((p, i) => {
    if (weighed[i] || (!stated && raws[i]!.length === 0)) return;
    const c = ctxOf(p).catalog;
    const list = byCatalog.get(c);
    if (list) list.push(p);
    else byCatalog.set(c, [p]);
  });
  for (const [catalog, list] of byCatalog) {
    const seen = new Set<string>();
    const services = list.map(serviceOfPair).filter((s) => !seen.has(s.input.id) && seen.add(s.input.id));
    const months = [...new Set(list.map((p) => ourMonth(p.ours)))].sort();
    const outcomes = ticketOutcomes(services.map((s) => s.input), list.map((p) => p.ours.input), services.flatMap((s) => s.history), months, { catalog, zone, asOfMs: nowMs });
    for (const [k, v] of outcomes) baseline.set(k, v);
  }

  // The tickets weighed one by one: the engine runs each asks for (our record, their version, each
  // difference's), made together per catalog.
  const records: Array<ServiceRecord | null> = pairs.map((p, i) => {
    if (!weighed[i]) return null;
    const svc = serviceOfPair(p);
    return { service: svc.input, tickets: svc.tickets, history: svc.history };
  });
  const plans: Array<Weighing | null> = pairs.map((p, i) => (records[i] ? weighing(p, raws[i]!, ctxOf(p)) : null));
  const jobsBy = new Map<Catalog, { jobs: OutcomeJob[]; of: Array<[pair: number, run: number]> }>();
  pairs.forEach((p, i) => {
    const record = records[i];
    if (!record) return;
    const catalog = ctxOf(p).catalog;
    let j = jobsBy.get(catalog);
    if (!j) jobsBy.set(catalog, (j = { jobs: [], of: [] }));
    plans[i]!.runs.forEach((r, k) => {
      j.jobs.push({ record, ticket: r.ticket, months: r.months });
      j.of.push([i, k]);
    });
  });
  const ran: Array<Array<Map<string, Outcome>>> = [];
  for (const [catalog, j] of jobsBy) {
    const outcomes = recordOutcomesOfMany(j.jobs, { catalog, zone, asOfMs: nowMs });
    j.of.forEach(([i, k], n) => ((ran[i] ??= [])[k] = outcomes[n]!));
  }

  const differences: TicketDifferences[] = [];
  const invalid: Array<{ month: string; flag: InvalidStopClock }> = [];
  const withDiff = new Map<number, number>();
  pairs.forEach((p, i) => {
    const raw = raws[i]!;
    if (raw.length === 0 && !stated) return;
    const plan = plans[i];
    const d = compareTicket(p, raw, records[i] ?? null, baseline.get(p.ours.input.id) ?? null, ctxOf(p), plan ? { plan, outcomes: ran[i]! } : undefined);
    if (!d) return;
    differences.push(d);
    withDiff.set(p.ours.id, d.differences.length);
    invalid.push(...invalidOfDifferences(d, raw).map((flag) => ({ month: d.month, flag })));
  });

  const byCircuit = new Map([...ours.services.values()].map((s) => [keyOf(s.row.circuitId), s.catalog]));
  const defaultCatalog = [...ours.services.values()][0]?.catalog ?? loadCatalog();
  const catalogOfCircuit = (circuit: string) => byCircuit.get(keyOf(circuit)) ?? defaultCatalog;
  const lack = matching.theirsWeLack.filter((t) => inScope(theirMonth.get(t)!));
  for (const t of lack) invalid.push(...invalidStopClocksOf(t, catalogOfCircuit(t.circuitId), zone).map((flag) => ({ month: theirMonth.get(t)!, flag })));
  const theyLack = matching.oursTheyLack.filter((o) => inScope(ourMonth(o)));

  // Totals per month.
  const months = new Map<string, MonthTotals>();
  const totalsOf = (m: string) => {
    let t = months.get(m);
    if (!t) months.set(m, (t = emptyTotals(m)));
    return t;
  };
  for (let m = from; m <= to; m = shiftMonth(m, -1)) totalsOf(m);
  for (const t of theirs) {
    const m = theirMonth.get(t)!;
    if (inScope(m)) totalsOf(m).theirTickets++;
  }
  for (const o of ours.tickets) {
    const m = ourMonth(o);
    if (inScope(m)) totalsOf(m).ourTickets++;
  }
  for (const p of pairs) totalsOf(ourMonth(p.ours)).matched++;
  for (const t of lack) totalsOf(theirMonth.get(t)!).theirsWeLack++;
  for (const o of theyLack) totalsOf(ourMonth(o)).oursTheyLack++;
  const stake = new Map<string, { at: number; less: number; more: number }>();
  for (const d of differences) {
    totalsOf(d.month).withDifferences++;
    const s = stake.get(d.month) ?? { at: 0, less: 0, more: 0 };
    const at = Math.round(d.atStake * 100);
    // Which record earns more: by the contract, or by their stated credit when that is further from ours.
    const statedGap = d.theirStatedCredit === null ? 0 : d.ourCredit - d.theirStatedCredit;
    const contractGap = d.ourCredit - d.theirCreditByContract;
    const net = Math.abs(statedGap) > Math.abs(contractGap) ? statedGap : contractGap;
    s.at += at;
    if (net > 0) s.less += at;
    else if (net < 0) s.more += at;
    stake.set(d.month, s);
  }
  for (const [m, s] of stake) Object.assign(totalsOf(m), { atStake: centsToDollars(s.at), lessInTheirs: centsToDollars(s.less), moreInTheirs: centsToDollars(s.more) });
  for (const x of invalid) totalsOf(x.month).invalidStopClocks++;
  const monthList = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  const sum = (k: keyof Omit<MonthTotals, 'month'>) => monthList.reduce((n, m) => n + m[k], 0);
  const money = (k: 'atStake' | 'lessInTheirs' | 'moreInTheirs') => centsToDollars(monthList.reduce((n, m) => n + Math.round(m[k] * 100), 0));
  const known = new Set(byCircuit.keys());

  return {
    report: summary,
    month: month ?? null,
    asOf: toUtcIso(nowMs),
    matches: pairs.map((p) => ({
      theirNumber: p.theirs.ticketNumber, ticketId: p.ours.id, ourNumber: p.ours.ticketNumber, by: p.by,
      month: ourMonth(p.ours), differences: withDiff.get(p.ours.id) ?? 0, fromReport: p.ours.fromReport,
    })),
    differences,
    theirsWeLack: lack.map((t) => ({ ...theirTicketView(t, catalogOfCircuit(t.circuitId), zone), unknownCircuit: !known.has(keyOf(t.circuitId)) })),
    oursTheyLack: theyLack.map((o) => ourTicketView(o, ours.serviceOf[o.id]!.catalog, zone)),
    invalidStopClocks: invalid.map((x) => x.flag),
    months: monthList,
    totals: {
      theirTickets: sum('theirTickets'), ourTickets: sum('ourTickets'), matched: sum('matched'), withDifferences: sum('withDifferences'),
      theirsWeLack: sum('theirsWeLack'), oursTheyLack: sum('oursTheyLack'), invalidStopClocks: sum('invalidStopClocks'),
      atStake: money('atStake'), lessInTheirs: money('lessInTheirs'), moreInTheirs: money('moreInTheirs'),
    },
  };
}
