// Matching the contractor's tickets to ours (issue 13 item 2), pure:
//   1. by the contractor's ticket number (case and surrounding spaces ignored); where two of our
//      tickets carry the number, the one on the same Circuit ID, else the nearest start;
//   2. else by Circuit ID and overlapping outage time: our unmatched tickets on the same circuit
//      whose outage [start, end) overlaps theirs, the largest overlap first (then the nearest
//      start). Our tickets whose number is in their report are left to that ticket, so a ticket
//      is never matched twice; an outage not yet restored runs to "as of".
// What is left is theirs-we-lack and ours-they-lack.
import { keyOf } from './read';
import type { OurTicket, TheirTicket } from './types';
import { ticketRestoration, ticketStart } from '../sla/unavailable';

export type MatchedBy = 'ticket-number' | 'circuit-time';

export interface Pair {
  theirs: TheirTicket;
  ours: OurTicket;
  by: MatchedBy;
}

export interface Matching {
  pairs: Pair[];
  theirsWeLack: TheirTicket[];
  oursTheyLack: OurTicket[];
}

/** Their outage: from the earlier of alarm and opening to the restoration (as of, while none). */
export function theirSpan(t: TheirTicket, asOfMs: number): { startMs: number; endMs: number } {
  const startMs = t.alarmMs !== null && t.alarmMs < t.openedMs ? t.alarmMs : t.openedMs;
  return { startMs, endMs: Math.max(startMs, t.restoredMs ?? t.closedMs ?? asOfMs) };
}

/** Our outage, as the engine measures it: start to the measured restoration (as of, while open). */
export function ourSpan(t: OurTicket, asOfMs: number): { startMs: number; endMs: number } {
  const startMs = ticketStart(t.input);
  return { startMs, endMs: Math.max(startMs, ticketRestoration(t.input) ?? asOfMs) };
}

/** Milliseconds two outages share; an outage of no length inside the other counts as touching (1). */
function overlapMs(a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }): number {
  const s = Math.max(a.startMs, b.startMs);
  const e = Math.min(a.endMs, b.endMs);
  if (e > s) return e - s;
  if (e === s && (a.startMs === a.endMs || b.startMs === b.endMs) && a.startMs <= b.endMs && b.startMs <= a.endMs) return 1;
  return 0;
}

export function matchTickets(theirs: readonly TheirTicket[], ours: readonly OurTicket[], asOfMs: number): Matching {
  const byNumber = new Map<string, OurTicket[]>();
  const byCircuit = new Map<string, OurTicket[]>();
  const numberOf = new Map<OurTicket, string>();
  for (const o of ours) {
    if (o.ticketNumber.trim() !== '') {
      const k = keyOf(o.ticketNumber);
      numberOf.set(o, k);
      const list = byNumber.get(k);
      if (list) list.push(o);
      else byNumber.set(k, [o]);
    }
    const c = keyOf(o.circuitId);
    const list = byCircuit.get(c);
    if (list) list.push(o);
    else byCircuit.set(c, [o]);
  }
  const taken = new Set<number>();
  const pairs: Pair[] = [];
  const unmatched: TheirTicket[] = [];
  const theirNumbers = new Set(theirs.map((t) => keyOf(t.ticketNumber)));

  // 1. By number.
  for (const t of theirs) {
    const listed = byNumber.get(keyOf(t.ticketNumber));
    const candidates = listed === undefined ? [] : listed.length === 1 ? (taken.has(listed[0]!.id) ? [] : listed) : listed.filter((o) => !taken.has(o.id));
    if (candidates.length === 0) {
      unmatched.push(t);
      continue;
    }
    let best = candidates[0]!;
    if (candidates.length > 1) {
      const start = theirSpan(t, asOfMs).startMs;
      const circuit = keyOf(t.circuitId);
      const sameCircuit = candidates.filter((o) => keyOf(o.circuitId) === circuit);
      const pool = sameCircuit.length ? sameCircuit : candidates;
      best = pool[0]!;
      for (const o of pool) if (Math.abs(ourSpan(o, asOfMs).startMs - start) < Math.abs(ourSpan(best, asOfMs).startMs - start)) best = o;
    }
    taken.add(best.id);
    pairs.push({ theirs: t, ours: best, by: 'ticket-number' });
  }

  // 2. By circuit and overlapping outage time.
  const theirsWeLack: TheirTicket[] = [];
  for (const t of unmatched) {
    const span = theirSpan(t, asOfMs);
    let best: OurTicket | null = null;
    let bestOverlap = 0;
    let bestGap = Infinity;
    for (const o of byCircuit.get(keyOf(t.circuitId)) ?? []) {
      if (taken.has(o.id)) continue;
      // Our ticket carries another of their numbers: it is that ticket's, not this one's.
      const number = numberOf.get(o);
      if (number !== undefined && theirNumbers.has(number)) continue;
      const os = ourSpan(o, asOfMs);
      const overlap = overlapMs(span, os);
      if (overlap === 0) continue;
      const gap = Math.abs(os.startMs - span.startMs);
      if (overlap > bestOverlap || (overlap === bestOverlap && gap < bestGap)) {
        best = o;
        bestOverlap = overlap;
        bestGap = gap;
      }
    }
    if (best === null) theirsWeLack.push(t);
    else {
      taken.add(best.id);
      pairs.push({ theirs: t, ours: best, by: 'circuit-time' });
    }
  }
  return { pairs, theirsWeLack, oursTheyLack: ours.filter((o) => !taken.has(o.id)) };
}
