// The yearly service targets of a service-level contract (seed 002: "an annual customer
// satisfaction rating of no less than 4.1 on a 5 point scale"). The year is the calendar year of
// the month evaluated, and its score is the center's survey result for that year; every month of
// the year shows the same result, so a month's scorecard holds every target. The arithmetic is
// the monthly targets' (monthlyTargets.ts), over the year's figures.
import type { SlaResult } from '../model';
import type { ServiceLevelCatalog } from '../serviceLevels';
import { targetResult, type PeriodFigures } from './monthlyTargets';

/** The calendar year of a month ('2026-10' → '2026'). */
export function yearOf(month: string): string {
  return month.slice(0, 4);
}

/** The year's targets as shown with `month`, catalog order. */
export function yearlyTargetResults(catalog: ServiceLevelCatalog, month: string, figures: PeriodFigures | undefined): SlaResult[] {
  const year = yearOf(month);
  return catalog.targets('year').map((t) => targetResult(t, year, figures, catalog, `A yearly target: the score of ${year}, shown with each of its months (${month} here).`));
}
