// Matching a contractor's invoice credit lines to the lines of our claims (issue 13 item 4), pure.
//
// An invoice line credits the claim lines on its Circuit ID that still owe something: first
// those its description names (the contractor's ticket number, then the SLA by name, short name
// or clause), then, among equals, the one owing exactly the line's amount, then the oldest claim
// month, then the claim's own order. The amount fills them in that order; what no claim line
// takes was credited without a claim. A claim line is then credited in full, in part, or not at
// all (claimed against every credit it has received).
import { keyOf } from './read';
import type { ClaimLineOpen, InvoiceLine } from './types';

export interface Allocation {
  /** Index of the invoice line in the list given. */
  lineIndex: number;
  claimId: number;
  claimLineId: number;
  cents: number;
}

export interface InvoiceAllocation {
  allocations: Allocation[];
  /** Per invoice line (by index): the cents no claim line took. */
  withoutClaim: number[];
}

/** The ways a description may name an SLA: its title, its short name in parentheses, its clause. */
function slaNames(l: ClaimLineOpen): string[] {
  const m = /^(.*?)\s*\(([^)]*)\)$/.exec(l.slaTitle);
  return [m ? m[1]! : l.slaTitle, m ? m[2]! : '', l.clause].filter((s) => s.trim() !== '');
}

function mentions(description: string, name: string): boolean {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  return new RegExp(`(^|[^A-Za-z0-9])${escaped}($|[^A-Za-z0-9])`, 'i').test(description);
}

/** How well a description names a claim line: its ticket number counts 2, its SLA 1. */
export function descriptionScore(description: string, l: ClaimLineOpen): number {
  let score = 0;
  if (l.reference.trim() !== '' && mentions(description, l.reference)) score += 2;
  if (slaNames(l).some((n) => mentions(description, n))) score += 1;
  return score;
}

/**
 * `claimOwed`: what each claim still owes (claimed − every credit recorded on it, typed ones
 * included): a claim is never credited past it, whatever its lines say.
 */
export function allocateInvoice(lines: readonly InvoiceLine[], open: readonly ClaimLineOpen[], claimOwed: ReadonlyMap<number, number> = new Map()): InvoiceAllocation {
  const remaining = new Map(open.map((l) => [l.claimLineId, Math.max(0, l.amountCents - l.creditedCents)]));
  const owed = new Map(claimOwed);
  const room = (l: ClaimLineOpen) => Math.min(remaining.get(l.claimLineId) ?? 0, owed.get(l.claimId) ?? Infinity);
  const byCircuit = new Map<string, ClaimLineOpen[]>();
  for (const l of open) {
    const k = keyOf(l.circuitId);
    const list = byCircuit.get(k);
    if (list) list.push(l);
    else byCircuit.set(k, [l]);
  }
  const allocations: Allocation[] = [];
  const withoutClaim: number[] = [];
  lines.forEach((line, lineIndex) => {
    let left = line.amountCents;
    const candidates = (byCircuit.get(keyOf(line.circuitId)) ?? [])
      .filter((l) => room(l) > 0)
      .map((l, order) => ({ l, order, score: descriptionScore(line.description, l), exact: room(l) === line.amountCents }))
      .sort((a, b) => b.score - a.score || Number(b.exact) - Number(a.exact) || a.l.month.localeCompare(b.l.month) || a.order - b.order);
    for (const { l } of candidates) {
      if (left === 0) break;
      const take = Math.min(left, room(l));
      if (take <= 0) continue;
      remaining.set(l.claimLineId, remaining.get(l.claimLineId)! - take);
      if (owed.has(l.claimId)) owed.set(l.claimId, owed.get(l.claimId)! - take);
      left -= take;
      allocations.push({ lineIndex, claimId: l.claimId, claimLineId: l.claimLineId, cents: take });
    }
    withoutClaim.push(left);
  });
  return { allocations, withoutClaim };
}

/** A claim line after an invoice: credited in full, in part, or not at all. */
export function lineCreditStatus(claimedCents: number, creditedCents: number): 'full' | 'part' | 'none' {
  if (creditedCents <= 0) return 'none';
  return creditedCents >= claimedCents ? 'full' : 'part';
}
