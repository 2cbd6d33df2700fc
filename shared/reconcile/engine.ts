// The SLA engine (shared/sla) asked for the verdicts and credits a reconciliation weighs: the
// ticket's own results (Time to Repair, Excessive Outage, CAT, Notification) in the month its
// outage started, and its service's Availability in the month it closed. Nothing here decides a
// verdict: it runs evaluateMonth and reads what it says.
import type { Catalog } from '../sla/catalog';
import { evaluateMonth } from '../sla/evaluate';
import type { HistoryInput, ModelInput, ServiceInput, SlaResult, TicketInput } from '../sla/model';
import { prepareModel } from '../sla/prepare';
import { ZoneClock } from '../calendar/zoneClock';
import { shiftMonth } from '../calendar/instant';
import type { ServiceRecord } from './types';

export type Status = 'met' | 'missed' | 'pending' | 'not-applicable';

/** One result as a reconciliation compares it. */
export interface Outcome {
  /** `sla` for the ticket's own results (whatever month they fall in), `sla|month` for the service's month. */
  key: string;
  sla: string;
  subject: 'ticket' | 'service-month';
  month: string;
  status: Status;
  cents: number;
}

export interface EngineContext {
  catalog: Catalog;
  zone: string;
  asOfMs: number;
}

export function statusOf(r: Pick<SlaResult, 'applicable' | 'met'>): Status {
  if (!r.applicable) return 'not-applicable';
  return r.met === null ? 'pending' : r.met ? 'met' : 'missed';
}

const cents = (dollars: number) => Math.round(dollars * 100);

/** The SLAs whose monthly figure a ticket's outage enters (Availability: the month it closed). */
function monthlySlas(catalog: Catalog): Set<string> {
  return new Set(catalog.slas.filter((s) => s.basis === 'availability').map((s) => s.id));
}

/** The months a ticket's results fall in: the month its outage started, and the month it closed. */
export function monthsOf(t: TicketInput, zone: string): string[] {
  const clock = ZoneClock.of(zone);
  const start = clock.monthOf(t.alarmAtMs != null && t.alarmAtMs < t.openedAtMs ? t.alarmAtMs : t.openedAtMs);
  const closed = t.closedAtMs != null ? clock.monthOf(t.closedAtMs) : null;
  return closed === null || closed === start ? [start] : [start, closed];
}

/**
 * The ticket's outcomes and its service's monthly ones in `months`, with `ticket` standing in
 * the record for the ticket of the same id: our record, or ours with their version substituted.
 */
export function recordOutcomes(record: ServiceRecord, ticket: TicketInput, months: readonly string[], ctx: EngineContext): Map<string, Outcome> {
  const tickets = recordTickets(record, ticket, months, ctx.zone);
  const prepared = prepareModel({ zone: ctx.zone, month: months[0]!, asOfMs: ctx.asOfMs, services: [record.service], tickets, history: record.history }, ctx.catalog);
  const monthly = monthlySlas(ctx.catalog);
  const out = new Map<string, Outcome>();
  for (const month of new Set(months)) {
    for (const r of evaluateMonth(prepared, month, ctx.asOfMs).results) {
      if (r.ticketId === ticket.id) out.set(r.sla, { key: r.sla, sla: r.sla, subject: 'ticket', month, status: statusOf(r), cents: cents(r.credit.amount) });
      else if (r.ticketId === undefined && r.serviceId === record.service.id && monthly.has(r.sla)) {
        const key = `${r.sla}|${month}`;
        out.set(key, { key, sla: r.sla, subject: 'service-month', month, status: statusOf(r), cents: cents(r.credit.amount) });
      }
    }
  }
  return out;
}

/**
 * The tickets recordOutcomes evaluates: `ticket`, then the record's others that started or closed
 * in the months, or in the two months before the first (Availability's consecutive misses): the
 * rest of the record cannot change them.
 */
function recordTickets(record: ServiceRecord, ticket: TicketInput, months: readonly string[], zone: string): TicketInput[] {
  const clock = ZoneClock.of(zone);
  const sorted = [...months].sort();
  const from = clock.monthBounds(shiftMonth(sorted[0]!, 2)).start;
  const to = clock.monthBounds(sorted.at(-1)!).end;
  const inSpan = (ms: number | null | undefined) => ms != null && ms >= from && ms < to;
  const tickets: TicketInput[] = [ticket];
  for (const t of record.tickets) if (t.id !== ticket.id && (inSpan(t.alarmAtMs != null && t.alarmAtMs < t.openedAtMs ? t.alarmAtMs : t.openedAtMs) || inSpan(t.closedAtMs))) tickets.push(t);
  return tickets;
}

/** One recordOutcomes asked of recordOutcomesOfMany. */
export interface OutcomeJob {
  record: ServiceRecord;
  ticket: TicketInput;
  months: readonly string[];
}

/**
 * recordOutcomes of each job, the same outcomes, from fewer models: thousands of weighed tickets,
 * each a model of one service, spent most of their time preparing models. Jobs on different
 * services are independent (a ticket's own results read only that ticket, a service's
 * Availability only its own tickets; notices are not pooled here), so the jobs asking the same
 * months share one model, each service in it once, with the tickets its own model would hold.
 */
export function recordOutcomesOfMany(jobs: readonly OutcomeJob[], ctx: EngineContext): Array<Map<string, Outcome>> {
  const out = jobs.map(() => new Map<string, Outcome>());
  // A service's unchanged record (the job's ticket is one of its own) serves every ticket of it asking the same months: one model entry.
  const unchanged = (job: OutcomeJob) => job.record.tickets.includes(job.ticket);
  const rounds = new Map<string, Array<{ services: Map<string, 'record' | 'version'>; jobs: number[] }>>();
  jobs.forEach((job, i) => {
    const key = job.months.join();
    let list = rounds.get(key);
    if (!list) rounds.set(key, (list = []));
    const id = job.record.service.id;
    const as = unchanged(job) ? 'record' : 'version';
    let round = list.find((r) => !r.services.has(id) || (as === 'record' && r.services.get(id) === 'record'));
    if (!round) list.push((round = { services: new Map(), jobs: [] }));
    round.services.set(id, as);
    round.jobs.push(i);
  });
  const monthly = monthlySlas(ctx.catalog);
  for (const list of rounds.values()) {
    for (const round of list) {
      const months = jobs[round.jobs[0]!]!.months;
      const services: ServiceInput[] = [];
      const tickets: TicketInput[] = [];
      const history: HistoryInput[] = [];
      const byTicket = new Map<string, Map<string, Outcome>>();
      const byService = new Map<string, Array<Map<string, Outcome>>>();
      for (const i of round.jobs) {
        const job = jobs[i]!;
        byTicket.set(job.ticket.id, out[i]!);
        const shared = byService.get(job.record.service.id);
        if (shared) {
          shared.push(out[i]!); // the same unchanged record, already in the model
          continue;
        }
        byService.set(job.record.service.id, [out[i]!]);
        services.push(job.record.service);
        for (const t of recordTickets(job.record, job.ticket, months, ctx.zone)) tickets.push(t);
        for (const h of job.record.history) history.push(h);
      }
      const prepared = prepareModel({ zone: ctx.zone, month: months[0]!, asOfMs: ctx.asOfMs, services, tickets, history }, ctx.catalog);
      for (const month of new Set(months)) {
        for (const r of evaluateMonth(prepared, month, ctx.asOfMs).results) {
          if (r.ticketId !== undefined) byTicket.get(r.ticketId)?.set(r.sla, { key: r.sla, sla: r.sla, subject: 'ticket', month, status: statusOf(r), cents: cents(r.credit.amount) });
          else if (r.serviceId !== undefined && monthly.has(r.sla)) {
            const key = `${r.sla}|${month}`;
            for (const o of byService.get(r.serviceId) ?? []) o.set(key, { key, sla: r.sla, subject: 'service-month', month, status: statusOf(r), cents: cents(r.credit.amount) });
          }
        }
      }
    }
  }
  return out;
}

/**
 * Our record at once, for the tickets whose only differences are what their report states (a
 * verdict, a credit, a duration): each ticket's own outcomes by its id, from one model of the
 * contractor's services and tickets evaluated month by month.
 */
export function ticketOutcomes(
  services: ServiceInput[],
  tickets: TicketInput[],
  history: HistoryInput[],
  months: readonly string[],
  ctx: EngineContext,
): Map<string, Outcome[]> {
  const out = new Map<string, Outcome[]>();
  if (tickets.length === 0) return out;
  // A ticket's own results are measured from its start to its restoration; its closing decides only
  // which month's Availability it enters. Left out here, no month has Availability to work out.
  const open = tickets.map((t) => (t.closedAtMs == null ? t : { ...t, closedAtMs: null }));
  const input: ModelInput = { zone: ctx.zone, month: months[0]!, asOfMs: ctx.asOfMs, services, tickets: open, history };
  const prepared = prepareModel(input, ctx.catalog);
  for (const month of months) {
    const results = evaluateMonth(prepared, month, ctx.asOfMs).results;
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      if (r.ticketId === undefined) continue;
      const o: Outcome = { key: r.sla, sla: r.sla, subject: 'ticket', month, status: statusOf(r), cents: cents(r.credit.amount) };
      const list = out.get(r.ticketId);
      if (list) list.push(o);
      else out.set(r.ticketId, [o]);
    }
  }
  return out;
}
