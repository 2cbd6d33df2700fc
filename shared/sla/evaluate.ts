// evaluateMonth / evaluateCase: every result of a month, in a fixed order — per-ticket SLAs of
// the tickets that started in the month (input order; per ticket its duration SLAs, then its
// notification), then availability, delay and jitter per service, site survivability per site,
// provisioning per order due in the month. Each kind of rule lives in its own module (rules/).
import { validateCase } from '../case/validate';
import type { CaseFile } from '../case/types';
import { parseInstant } from '../calendar/instant';
import type { Catalog } from './catalog';
import { newContext } from './context';
import type { MonthContext, PreparedCase, Report } from './model';
import { prepareCase } from './prepare';
import { availabilityResults } from './rules/availability';
import { durationResults } from './rules/duration';
import { measuredResults } from './rules/measured';
import { notificationResults } from './rules/notification';
import { provisioningResults } from './rules/provisioning';
import { survivabilityResults } from './rules/survivability';

/** The per-ticket results of the tickets whose outage started in the month. */
function ticketResults(ctx: MonthContext): void {
  const tickets = ctx.p.ticketsByStartMonth.get(ctx.month);
  if (!tickets) return;
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i]!;
    durationResults(ctx, t);
    notificationResults(ctx, t);
  }
}

/** The report of one month; `asOfMs` defaults to the case's as-of, else the end of the month. */
export function evaluateMonth(prepared: PreparedCase, month: string, asOfMs?: number): Report {
  const ctx = newContext(prepared, month, asOfMs);
  ticketResults(ctx);
  availabilityResults(ctx);
  measuredResults(ctx);
  survivabilityResults(ctx);
  provisioningResults(ctx);
  return { month, results: ctx.results, totalCredit: ctx.totalCents / 100 };
}

/** The report of CASE_FORMAT.md for a (validated) case file. */
export function evaluateCase(input: CaseFile, catalog?: Catalog): Report {
  const prepared = prepareCase(input, catalog);
  const asOf = input.asOf === undefined ? undefined : (parseInstant(input.asOf) ?? undefined);
  return evaluateMonth(prepared, input.month, asOf);
}

export { validateCase };
