// Parallel billing: an old service left active after its replacement was accepted is billed
// alongside the new one. The project's rule (docs/rules.md "Conversions"):
//
// - The overlap runs from the day the replacement was accepted (the item's conversion date)
//   up to, not including, the day the old service was disconnected; while it is still active,
//   up to today. An old service disconnected the day its replacement was accepted overlaps 0 days.
// - The TMRC paid twice is the old service's TMRC prorated by calendar days: for each month the
//   overlap touches, TMRC × overlap days in that month / days in that month, each month's share
//   rounded to cents (half away from zero), then summed. (A monthly charge covers the days of its
//   month, so February's day is worth more than March's.)
// - Any overlap of a day or more flags the item; while the old service is still active the flag
//   asks the ATR to request its disconnect from the incumbent.
// A Transition that keeps its circuit (the same service row) has no second bill: no flag.
import { monthSpans } from '../calendar/periods';
import { daysBetweenDates } from '../calendar/civil';
import { formatDollars, roundHalfAwayFromZero } from '../money';

export interface ParallelBillingInput {
  status: string;
  /** The replacement was accepted (the item converted) on. */
  actualOn: string | null;
  oldDisconnectedOn: string | null;
  oldTmrcCents: number;
  /** The replacement is the old service row itself (a Transition that kept its circuit). */
  keptSameService: boolean;
}

export interface ParallelBilling {
  acceptedOn: string;
  oldDisconnectedOn: string | null;
  active: boolean;
  overlapDays: number;
  doubleTmrcCents: number;
  message: string;
}

/** The old TMRC for the days [from, to), prorated by the days of each month, cents. */
export function proratedTmrcCents(tmrcCents: number, from: string, to: string): number {
  return monthSpans(from, to).reduce((sum, m) => sum + roundHalfAwayFromZero((tmrcCents * m.days) / m.daysInMonth), 0);
}

/** The item's parallel billing, or null when there is none (not converted, same service, no overlap). */
export function parallelBilling(item: ParallelBillingInput, today: string): ParallelBilling | null {
  if (item.status !== 'converted' || item.actualOn === null || item.keptSameService) return null;
  const acceptedOn = item.actualOn;
  const until = item.oldDisconnectedOn ?? today;
  const overlapDays = Math.max(0, daysBetweenDates(acceptedOn, until));
  if (overlapDays === 0) return null;
  const active = item.oldDisconnectedOn === null;
  const doubleTmrcCents = proratedTmrcCents(item.oldTmrcCents, acceptedOn, until);
  const paid = `${formatDollars(doubleTmrcCents)} of its TMRC paid twice`;
  const message = active
    ? `The old service is still active ${overlapDays} day${overlapDays === 1 ? '' : 's'} after its replacement was accepted (${acceptedOn}): ${paid} so far. Ask the incumbent to disconnect it.`
    : `The old service stayed active ${overlapDays} day${overlapDays === 1 ? '' : 's'} after its replacement was accepted (${acceptedOn}) until ${item.oldDisconnectedOn}: ${paid}. Ask the incumbent for a credit.`;
  return { acceptedOn, oldDisconnectedOn: item.oldDisconnectedOn, active, overlapDays, doubleTmrcCents, message };
}
