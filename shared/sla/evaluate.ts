// evaluateMonth / evaluateCase: every result of a month, in a fixed order — per-ticket SLAs of
// the tickets that started in the month (input order; per ticket its duration SLAs, then its
// notification), then availability, delay and jitter per service, site survivability per site,
// provisioning per order due in the month. Each kind of rule lives in its own module (rules/).
import { isServiceLevelCase, validateAnyCase, validateCase, type AnyCaseFile } from '../case/validate';
import { serviceLevelCaseModel } from '../case/serviceLevels';
import type { CaseFile } from '../case/types';
import { parseInstant } from '../calendar/instant';
import type { AnyCatalog } from './catalog';
import { loadAnyCatalog, loadServiceLevelCatalog } from './catalog';
import { newContext } from './context';
import { caseModel } from './convert';
import { evaluateLevelsMonth, prepareLevels, type PreparedLevels } from './levels';
import type { MonthContext, PreparedCase, Report } from './model';
import { prepareModel } from './prepare';
import type { ModelInput } from './model';
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

/** A prepared model of either kind of catalog. */
export type AnyPrepared = PreparedCase | PreparedLevels;

export function isPreparedLevels(p: AnyPrepared): p is PreparedLevels {
  return (p as PreparedLevels).kind === 'service-levels';
}

/** The engine's model prepared under its catalog, whatever its kind. */
export function prepareAny(input: ModelInput, catalog: AnyCatalog): AnyPrepared {
  return catalog.kind === 'service-levels' ? prepareLevels(input, catalog) : prepareModel(input, catalog);
}

/** The report of one month; `asOfMs` defaults to the case's as-of, else the end of the month. */
export function evaluateMonth(prepared: AnyPrepared, month: string, asOfMs?: number): Report {
  // A service-level catalog's rules (the help desk): met or missed, no money (levels.ts).
  if (isPreparedLevels(prepared)) return evaluateLevelsMonth(prepared, month, asOfMs);
  const ctx = newContext(prepared, month, asOfMs);
  ticketResults(ctx);
  availabilityResults(ctx);
  measuredResults(ctx);
  survivabilityResults(ctx);
  provisioningResults(ctx);
  return { month, results: ctx.results, totalCredit: ctx.totalCents / 100 };
}

/** The report of CASE_FORMAT.md for a (validated) case file. */
export function evaluateCase(input: CaseFile, catalog?: AnyCatalog): Report {
  const prepared = prepareAny(caseModel(input), catalog ?? loadAnyCatalog(input.catalog ?? 'calnet3-converged-voip'));
  const asOf = input.asOf === undefined ? undefined : (parseInstant(input.asOf) ?? undefined);
  return evaluateMonth(prepared, input.month, asOf);
}

/** The report of a (validated) case file under a catalog of either kind (the `sla` command). */
export function evaluateAnyCase(input: AnyCaseFile): Report {
  if (!isServiceLevelCase(input)) return evaluateCase(input);
  const catalog = loadServiceLevelCatalog(input.catalog);
  const prepared = prepareLevels(serviceLevelCaseModel(input, catalog), catalog);
  return evaluateLevelsMonth(prepared, input.month, input.asOf === undefined ? undefined : (parseInstant(input.asOf) ?? undefined));
}

export { validateCase, validateAnyCase };
