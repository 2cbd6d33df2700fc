// The billing check of a service-level contract (seed 002, How Rates Are Calculated and Billing
// Process): the center bills a flat rate per incident (per call for hardware support), set each
// year, at the end of each month. The expected bill of a month is, per line of support, the
// incidents the agency recorded that month (created in it, agency time) times that year's rate;
// the check shows it beside the amount billed and the difference (billed − expected: positive
// when the center billed more than the agency's record supports). All in integer cents.
import { formatMoney } from '../format';
import type { ServiceLevelCatalog } from '../serviceLevels';

export interface BillingLine {
  serviceType: string;
  title: string;
  billedPer: 'incident' | 'call';
  count: number;
  /** The year's rate, cents; null when the ATR has not entered it. */
  rateCents: number | null;
  expectedCents: number | null;
}

export interface BillingCheck {
  lines: BillingLine[];
  /** Null while a line with incidents has no rate (the expected bill cannot be known). */
  expectedCents: number | null;
  billedCents: number | null;
  /** billed − expected; null while either is unknown. */
  differenceCents: number | null;
  /** Lines with incidents that month but no rate for the year. */
  missingRates: string[];
  explain: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The check of one month: `counts` and `rates` by service type (the catalog's lines of support),
 * `billedCents` as entered (null: not entered yet).
 */
export function billingCheck(
  catalog: ServiceLevelCatalog,
  month: string,
  counts: ReadonlyMap<string, number>,
  rates: ReadonlyMap<string, number>,
  billedCents: number | null,
): BillingCheck {
  const year = month.slice(0, 4);
  const explain = [`Billing (${catalog.billing.clause}): "${catalog.billing.clauseText}"`];
  const lines: BillingLine[] = [];
  const missingRates: string[] = [];
  let expected = 0;
  for (const t of catalog.serviceTypes) {
    const count = counts.get(t.id) ?? 0;
    const rate = rates.get(t.id) ?? null;
    const line: BillingLine = { serviceType: t.id, title: t.title, billedPer: t.billedPer, count, rateCents: rate, expectedCents: null };
    if (rate !== null) {
      line.expectedCents = count * rate;
      expected += line.expectedCents;
      explain.push(`${t.title}: ${plural(count, t.billedPer)} × ${formatMoney(rate)} (${year} rate per ${t.billedPer}) = ${formatMoney(line.expectedCents)}.`);
    } else if (count > 0) {
      missingRates.push(t.title);
      explain.push(`${t.title}: ${plural(count, t.billedPer)}, but no ${year} rate is entered: the expected bill cannot be worked out.`);
    } else {
      line.expectedCents = 0;
      explain.push(`${t.title}: no ${t.billedPer}s in ${month}.`);
    }
    lines.push(line);
  }
  const expectedCents = missingRates.length === 0 ? expected : null;
  if (expectedCents !== null) explain.push(`Expected bill for ${month}: ${formatMoney(expectedCents)}.`);
  if (billedCents === null) explain.push(`No billed amount entered for ${month}.`);
  else explain.push(`Billed for ${month}: ${formatMoney(billedCents)}.`);
  const differenceCents = expectedCents !== null && billedCents !== null ? billedCents - expectedCents : null;
  if (differenceCents !== null) {
    explain.push(
      differenceCents === 0
        ? 'The bill matches the incidents on record.'
        : differenceCents > 0
          ? `Billed ${formatMoney(differenceCents)} more than the incidents on record support: ask the center for its billing detail report.`
          : `Billed ${formatMoney(-differenceCents)} less than the incidents on record: an incident may be missing from the bill, or recorded twice here.`,
    );
  }
  return { lines, expectedCents, billedCents, differenceCents, missingRates, explain };
}
