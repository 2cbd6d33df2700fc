// Matching their tickets to ours: by the contractor's ticket number, else by Circuit ID and an
// overlapping outage; nothing matched twice; what is left is theirs-we-lack and ours-they-lack.
import { describe, expect, it } from 'vitest';
import { matchTickets } from '../../../shared/reconcile/match';
import { H, oct, ours, theirs } from './helpers';

const asOf = oct('31T12:00');

describe('matchTickets', () => {
  it('matches by ticket number, case and spaces ignored, even when the times differ', () => {
    const m = matchTickets([theirs({ ticketNumber: ' att-810104', openedMs: oct('08T09:00') })], [ours()], asOf);
    expect(m.pairs.map((p) => [p.theirs.ticketNumber, p.ours.id, p.by])).toEqual([[' att-810104', 1, 'ticket-number']]);
    expect(m.theirsWeLack).toEqual([]);
    expect(m.oursTheyLack).toEqual([]);
  });

  it('else by Circuit ID and overlapping outage: our ticket without a number is theirs', () => {
    // Ours 07:30-12:45 on OAK-1012 with no number; theirs 08:00-12:00 on the same circuit.
    const m = matchTickets([theirs({ ticketNumber: 'ATT-9', openedMs: oct('08T08:00'), restoredMs: oct('08T12:00') })], [ours({ number: '' })], asOf);
    expect(m.pairs.map((p) => [p.ours.id, p.by])).toEqual([[1, 'circuit-time']]);
  });

  it('does not match by circuit when the outages do not overlap, or when another circuit', () => {
    const later = theirs({ ticketNumber: 'ATT-9', openedMs: oct('08T13:00'), restoredMs: oct('08T14:00') });
    const elsewhere = theirs({ ticketNumber: 'ATT-10', circuitId: 'OAK-1013' });
    const m = matchTickets([later, elsewhere], [ours({ number: '' })], asOf);
    expect(m.pairs).toEqual([]);
    expect(m.theirsWeLack.map((t) => t.ticketNumber)).toEqual(['ATT-9', 'ATT-10']);
    expect(m.oursTheyLack.map((o) => o.id)).toEqual([1]);
  });

  it('takes the largest overlap when two of ours overlap theirs', () => {
    // Theirs 08:00-12:00. Ours #1 07:30-08:30 (30 min shared), #2 09:00-13:00 (3 h shared).
    const a = ours({ number: '', rowId: 1, openedAtMs: oct('08T07:30'), restoredAtMs: oct('08T08:30') });
    const b = ours({ number: '', rowId: 2, openedAtMs: oct('08T09:00'), restoredAtMs: oct('08T13:00') });
    const m = matchTickets([theirs({ ticketNumber: 'X', openedMs: oct('08T08:00'), restoredMs: oct('08T12:00') })], [a, b], asOf);
    expect(m.pairs.map((p) => p.ours.id)).toEqual([2]);
    expect(m.oursTheyLack.map((o) => o.id)).toEqual([1]);
  });

  it('never matches one of our tickets twice, and leaves to a number the ticket that carries it', () => {
    // Ours ATT-1 and theirs ATT-1 match by number; theirs ATT-2 overlaps ATT-1 on the same circuit but it is taken.
    const m = matchTickets(
      [theirs({ ticketNumber: 'ATT-2' }), theirs({ ticketNumber: 'ATT-1' })],
      [ours({ number: 'ATT-1' })],
      asOf,
    );
    expect(m.pairs.map((p) => [p.theirs.ticketNumber, p.by])).toEqual([['ATT-1', 'ticket-number']]);
    expect(m.theirsWeLack.map((t) => t.ticketNumber)).toEqual(['ATT-2']);
  });

  it('a number on two of our tickets: the one on their circuit', () => {
    const a = ours({ number: 'ATT-5', rowId: 1, serviceId: 'OAK-1013' });
    a.circuitId = 'OAK-1013';
    const b = ours({ number: 'ATT-5', rowId: 2 });
    const m = matchTickets([theirs({ ticketNumber: 'ATT-5' })], [a, b], asOf);
    expect(m.pairs.map((p) => p.ours.id)).toEqual([2]);
  });

  it('an outage not restored runs to as of on either side', () => {
    // Ours open since 07:30; theirs 10:00 to 11:00 overlaps it.
    const open = ours({ number: '', restoredAtMs: null, closedAtMs: null });
    const m = matchTickets([theirs({ ticketNumber: 'X', openedMs: oct('08T10:00'), restoredMs: oct('08T10:00') + H })], [open], asOf);
    expect(m.pairs).toHaveLength(1);
  });
});
