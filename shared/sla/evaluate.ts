// evaluateMonth / evaluateCase: every result of a month, in a fixed order — per-ticket SLAs of
// the tickets that started in the month (input order), then availability, delay and jitter per
// service, site survivability per site, provisioning per order due in the month.
import { validateCase } from '../case/validate';
import type { CaseFile } from '../case/types';
import { parseInstant } from '../calendar/instant';
import type { Catalog } from './catalog';
import { availabilityResults } from './availability';
import { newContext } from './context';
import { measuredResults } from './measured';
import type { Report } from './model';
import type { PreparedCase } from './prepare';
import { prepareCase } from './prepare';
import { provisioningResults } from './provisioning';
import { survivabilityResults } from './survivability';
import { ticketResults } from './ticket-results';

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
