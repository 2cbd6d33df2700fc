// A credit claim's life (DOMAIN.md "Credit claims"): draft → submitted → acknowledged →
// credited (in full or in part) / denied / disputed, each step dated. Pure: the steps a claim
// can take next, what it still owes, how old it is and which ageing bucket it falls in, and when
// it calls for the contractor's bill-or-contract ladder. The repository and the screens ask here.
import { civilFromDays, dayOfIsoDate, daysBetweenDates } from '../calendar/civil';

export const CLAIM_STATUSES = ['draft', 'submitted', 'acknowledged', 'credited', 'denied', 'disputed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
  credited: 'Credited',
  denied: 'Denied',
  disputed: 'Disputed',
};

/** The steps the ATR records; each moves the claim to the status of the same name. */
export const CLAIM_STEPS = ['submitted', 'acknowledged', 'credited', 'denied', 'disputed'] as const;
export type ClaimStep = (typeof CLAIM_STEPS)[number];

/**
 * Which step may follow which. A credit may come in several invoices, so a partly credited
 * claim takes another credit; a denial can be disputed or reconsidered (credited); a dispute
 * ends in a credit, a denial or the contractor's acknowledgement.
 */
const NEXT: Record<ClaimStatus, readonly ClaimStep[]> = {
  draft: ['submitted'],
  submitted: ['acknowledged', 'credited', 'denied', 'disputed'],
  acknowledged: ['credited', 'denied', 'disputed'],
  credited: ['credited', 'disputed'],
  denied: ['disputed', 'credited'],
  disputed: ['acknowledged', 'credited', 'denied'],
};

export interface ClaimMoney {
  /** Sum of the included lines, cents. */
  claimedCents: number;
  /** Sum of the credits recorded, cents. */
  creditedCents: number;
}

/** Still owed = claimed − credited, never below zero (a contractor crediting more owes nothing more). */
export function owedCents(m: ClaimMoney): number {
  return Math.max(0, m.claimedCents - m.creditedCents);
}

/** The steps a claim can take now; a fully credited claim takes no further credit. */
export function nextSteps(status: ClaimStatus, m: ClaimMoney): ClaimStep[] {
  return NEXT[status].filter((s) => !(s === 'credited' && status !== 'draft' && owedCents(m) === 0));
}

/** Why a step is refused now, in words an ATR understands, or null when it may be taken. */
export function stepRefusal(step: ClaimStep, status: ClaimStatus, m: ClaimMoney, includedLines: number): string | null {
  if (status === 'draft' && step === 'submitted' && includedLines === 0) return 'A claim needs at least one line that is not excluded before it is submitted';
  if (nextSteps(status, m).includes(step)) return null;
  if (step === 'credited' && owedCents(m) === 0 && status !== 'draft') return 'The claim is credited in full: nothing is owed';
  if (status === 'draft') return 'Submit the claim first';
  return `A claim that is ${CLAIM_STATUS_LABELS[status].toLowerCase()} cannot be marked ${CLAIM_STATUS_LABELS[step].toLowerCase()}`;
}

/** "Partly credited" when a credit left something owed. */
export function statusLabel(status: ClaimStatus, m: ClaimMoney): string {
  if (status === 'credited' && owedCents(m) > 0) return 'Partly credited';
  return CLAIM_STATUS_LABELS[status];
}

export const AGEING_BUCKETS = ['0–30', '31–60', '61–90', '90+'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** Days since the claim was submitted (agency dates), or null for a draft. */
export function ageDays(submittedOn: string | null, today: string): number | null {
  return submittedOn === null ? null : Math.max(0, daysBetweenDates(submittedOn, today));
}

/** 0–30, 31–60, 61–90, 90+ days since submission. */
export function ageingBucket(days: number): AgeingBucket {
  if (days <= 30) return '0–30';
  if (days <= 60) return '31–60';
  if (days <= 90) return '61–90';
  return '90+';
}

/** A claim with no answer: submitted, nothing acknowledged, credited, denied or disputed since. */
export function awaitsAnswer(status: ClaimStatus): boolean {
  return status === 'submitted';
}

/** Submitted and unanswered for at least the ATR's reminder days (and still owing something). */
export function noAnswerTooLong(status: ClaimStatus, m: ClaimMoney, days: number | null, reminderDays: number): boolean {
  return awaitsAnswer(status) && days !== null && days >= reminderDays && owedCents(m) > 0;
}

/** The agency date on which a claim submitted on `submittedOn` has waited `reminderDays` days. */
export function reminderDueOn(submittedOn: string, reminderDays: number): string {
  const d = civilFromDays(dayOfIsoDate(submittedOn) + reminderDays);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * A denied, disputed or stalled claim (no answer for `reminderDays`) is a bill-or-contract issue:
 * it goes up the contractor's bill-or-contract ladder. Credited in full or still a draft: no.
 */
export function needsLadder(status: ClaimStatus, m: ClaimMoney, days: number | null, reminderDays: number): boolean {
  if (status === 'denied' || status === 'disputed') return true;
  return noAnswerTooLong(status, m, days, reminderDays);
}
