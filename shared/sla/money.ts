// Credits: a percent of the TMRC plus a count of ADUC days (N × ADUC; "Business Days of ADUC" is
// a count, not a calendar) plus a percent of the installation fee. Integer cents throughout;
// each credit line is rounded once, to cents, half away from zero.
import type { CreditTerms } from './catalog';
import type { CreditLine, ServiceInput } from './model';
import { formatMoney } from './format';

/** n / d rounded half away from zero, exactly, for integers n and d > 0. */
export function divRoundHalfAway(n: number, d: number): number {
  const q = Math.trunc(n / d);
  const r = n - q * d;
  if (2 * Math.abs(r) >= d) return q + (n < 0 ? -1 : 1);
  return q;
}

/** Cents of a credit line: TMRC × tmrc% + ADUC × days + install fee × install%, rounded once. */
export function creditCents(terms: CreditTerms, service: ServiceInput): number {
  const tmrc = service.tmrcCents;
  const aduc = service.aducCents ?? 0;
  const fee = service.installFeeCents ?? 0;
  // Everything in hundredths of a cent so whole percents and whole days stay exact integers.
  const n = tmrc * terms.tmrcPercent + fee * terms.installFeePercent + aduc * terms.aducDays * 100;
  if (Number.isSafeInteger(n)) return divRoundHalfAway(n, 100);
  const x = n / 100;
  const a = Math.abs(x);
  return (x < 0 ? -1 : 1) * Math.round(a + 1e-9 * Math.max(1, a));
}

/** The credit of a met, pending or not-applicable result (shared and frozen). */
export const NO_CREDIT: CreditLine = Object.freeze({ tmrcPercent: 0, aducDays: 0, installFeePercent: 0, amount: 0 }) as CreditLine;

export function creditLine(terms: CreditTerms, service: ServiceInput): { line: CreditLine; cents: number } {
  const cents = creditCents(terms, service);
  return {
    line: { tmrcPercent: terms.tmrcPercent, aducDays: terms.aducDays, installFeePercent: terms.installFeePercent, amount: cents / 100 },
    cents,
  };
}

/** "Credit: 25% of TMRC $1,200.00 = $300.00 + 10 days of ADUC $35.50 = $355.00; total $655.00." */
export function explainCredit(terms: CreditTerms, service: ServiceInput, cents: number): string {
  const parts: string[] = [];
  if (terms.tmrcPercent !== 0) {
    parts.push(`${terms.tmrcPercent}% of TMRC ${formatMoney(service.tmrcCents)} = ${formatMoney((service.tmrcCents * terms.tmrcPercent) / 100)}`);
  }
  if (terms.aducDays !== 0) {
    const aduc = service.aducCents ?? 0;
    parts.push(`${terms.aducDays} Business Days of ADUC ${formatMoney(aduc)} = ${formatMoney(aduc * terms.aducDays)}`);
  }
  if (terms.installFeePercent !== 0) {
    const fee = service.installFeeCents ?? 0;
    parts.push(`${terms.installFeePercent}% of the installation fee ${formatMoney(fee)} = ${formatMoney((fee * terms.installFeePercent) / 100)}`);
  }
  if (parts.length === 0) return `Credit: none (${formatMoney(cents)}).`;
  return `Credit: ${parts.join(' + ')}; credit line ${formatMoney(cents)} (rounded to cents, half away from zero).`;
}
