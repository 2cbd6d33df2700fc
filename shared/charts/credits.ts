// Credits claimed and credited month by month (DOMAIN.md "Credit claims": still owed = claimed −
// credited), ready to plot. Amounts arrive in dollars and are summed in integer cents
// (shared/money.ts), so twelve claims of $0.10 make $1.20, not $1.2000000000000002.
import { monthsEnding } from '../calendar/instant';
import { centsToDollars, dollarsToCents } from '../money';

/** One claim (or one line of the claims register) as the chart reads it: its billing month and amounts in dollars. */
export interface ClaimAmounts {
  /** The claim's billing month, 'YYYY-MM'. */
  month: string;
  claimed: number;
  credited: number;
}

export interface CreditsPoint {
  month: string;
  /** Dollars with exact cents. */
  claimed: number;
  credited: number;
  /** claimed − credited; negative when the contractor credited more than was claimed. */
  owed: number;
}

/**
 * Per month of the `count` months ending at `lastMonth` (oldest first): the sums of the claims of
 * that billing month. A month without a claim is present with zeros; claims outside the run are left out.
 */
export function creditsSeries(claims: ReadonlyArray<ClaimAmounts>, lastMonth: string, count = 12): CreditsPoint[] {
  const months = monthsEnding(lastMonth, count);
  const sums = new Map(months.map((m) => [m, { claimed: 0, credited: 0 }]));
  for (const c of claims) {
    const s = sums.get(c.month);
    if (!s) continue;
    s.claimed += dollarsToCents(c.claimed);
    s.credited += dollarsToCents(c.credited);
  }
  return months.map((month) => {
    const s = sums.get(month)!;
    return { month, claimed: centsToDollars(s.claimed), credited: centsToDollars(s.credited), owed: centsToDollars(s.claimed - s.credited) };
  });
}
