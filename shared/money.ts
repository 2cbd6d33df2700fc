// Money is integer cents everywhere inside the app (DOMAIN.md "Credits"); dollars appear
// only at the edges: what the user types and what reports print.

const DOLLARS = /^\s*\$?\s*(\d{1,3}(,\d{3})+|\d+)(\.(\d{1,2}))?\s*$/;

/** Cents from a dollar amount as a person types it ("1200", "1,200.5", "$35.50"); null if not one. */
export function parseDollars(text: string): number | null {
  const m = DOLLARS.exec(text);
  if (!m) return null;
  const whole = Number((m[1] ?? '0').replace(/,/g, ''));
  const frac = m[4] === undefined ? 0 : Number(m[4].padEnd(2, '0'));
  const cents = whole * 100 + frac;
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Dollars from cents, as a number with two decimals (the report's `amount`). */
export function centsToDollars(cents: number): number {
  return Math.round(cents) / 100;
}

/** Cents from a dollar number (case files carry dollars), rounded half away from zero. */
export function dollarsToCents(dollars: number): number {
  return roundHalfAwayFromZero(dollars * 100);
}

/** Half away from zero, robust to binary fractions such as 1.005 * 100 = 100.49999… */
export function roundHalfAwayFromZero(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  // The nudge lifts values a binary fraction short of .5 (1.005 * 100) to the half they mean.
  return sign * Math.round(a + 1e-9 * Math.max(1, a));
}

/** "1,200.00" */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(Math.round(cents));
  const whole = Math.floor(a / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`;
}

/** "$1,200.00" */
export function formatDollars(cents: number): string {
  return cents < 0 ? `-$${formatCents(-cents)}` : `$${formatCents(cents)}`;
}
