// One result of a report (CASE_FORMAT.md "Output"), and its explain lines.
//
// The verdict, measure and credit are computed when the month is evaluated; the explain lines
// of most results are written the first time they are read (JSON, a screen, the claim packet),
// from what the evaluation kept: the month's context, the SLA and the ticket or service. An
// agency-year holds ~300,000 results and ~130 million characters of explanation, more work than
// the verdicts themselves, and an ATR reads the lines of the few results in front of them. The
// lines are the same whenever they are read: a prepared case does not change once prepared, and
// the explainer works from the same facts the verdict came from.
import type { SlaDefinition } from './catalog';
import type { ServiceLevel } from './serviceLevels';
import { flatLines } from './format';
import type { CreditLine, Explainer, Measure, Report, SlaResult } from './model';
import { NO_CREDIT } from './money';

/**
 * Every result has the same fields in the order of CASE_FORMAT.md (absent ones undefined, left
 * out of the JSON) and one shape, so the engine's loops over results stay monomorphic. The
 * constructor sets every field; the evaluation then fills in what it found (no options object
 * per result: an agency-year makes ~300,000 of them). Built by newResult only.
 */
export class EngineResult implements SlaResult {
  sla: string;
  serviceId: string | undefined = undefined;
  site: string | undefined = undefined;
  ticketId: string | undefined = undefined;
  orderId: string | undefined = undefined;
  applicable = true;
  met: boolean | null = null;
  measure: Measure | undefined = undefined;
  objective: Measure | undefined = undefined;
  consecutiveMisses: number | undefined = undefined;
  credit: CreditLine = NO_CREDIT;
  remedy: string | undefined = undefined;
  #lines: string[] | undefined;
  #def: SlaDefinition | ServiceLevel;
  #explainer: Explainer<unknown, unknown> | undefined;
  #ctx: unknown;
  #subject: unknown;

  /** A result whose lines are `lines`, or written by `explainer(ctx, sla, subject, result)` when first read. */
  constructor(sla: SlaDefinition | ServiceLevel, lines: string[] | undefined, explainer?: Explainer<unknown, unknown>, ctx?: unknown, subject?: unknown) {
    this.sla = sla.id;
    this.#lines = lines;
    this.#def = sla;
    this.#explainer = explainer;
    this.#ctx = ctx;
    this.#subject = subject;
  }

  /** The lines citing the clause, written on first read and kept. */
  get explain(): string[] {
    let lines = this.#lines;
    if (lines === undefined) {
      // Only the credit rules defer their lines (a service-level result is built with its lines).
      lines = flatLines((this.#explainer as Explainer<unknown, unknown>)(this.#ctx, this.#def as SlaDefinition, this.#subject, this));
      this.#lines = lines;
      this.#explainer = undefined;
      this.#ctx = undefined;
      this.#subject = undefined;
    }
    return lines;
  }

  /** The result as CASE_FORMAT.md writes it: its keys in order, absent ones left out, explain last. */
  toJSON(): SlaResult {
    const r = { sla: this.sla } as SlaResult;
    if (this.serviceId !== undefined) r.serviceId = this.serviceId;
    if (this.site !== undefined) r.site = this.site;
    if (this.ticketId !== undefined) r.ticketId = this.ticketId;
    if (this.orderId !== undefined) r.orderId = this.orderId;
    r.applicable = this.applicable;
    r.met = this.met;
    if (this.measure !== undefined) r.measure = this.measure;
    if (this.objective !== undefined) r.objective = this.objective;
    if (this.consecutiveMisses !== undefined) r.consecutiveMisses = this.consecutiveMisses;
    r.credit = this.credit;
    if (this.remedy !== undefined) r.remedy = this.remedy;
    r.explain = this.explain;
    return r;
  }
}

/**
 * THE way to build a result: a result of `sla` with no subject, not met, no credit, to fill in
 * (serviceId, ticketId, met, measure, credit...). Its lines are `lines` when already written
 * (shared lines, or results too few to defer), else written by `explainer(ctx, sla, subject,
 * result)` when first read.
 */
export function newResult<C, S>(sla: SlaDefinition | ServiceLevel, lines: string[] | undefined, explainer?: Explainer<C, S>, ctx?: C, subject?: S): EngineResult {
  return new EngineResult(sla, lines, explainer as Explainer<unknown, unknown> | undefined, ctx, subject);
}

/**
 * The report as plain data, every line written: for a structured-clone seam (Electron IPC),
 * which copies own data properties only.
 */
export function plainReport(report: Report): Report {
  return { month: report.month, results: report.results.map(plainResult), totalCredit: report.totalCredit };
}

export function plainResult(r: SlaResult): SlaResult {
  return r instanceof EngineResult ? r.toJSON() : { ...r, explain: [...r.explain] };
}
