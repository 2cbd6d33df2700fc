// A month's tickets grouped by service. Preparing adds them in input order; the grouping (a
// stable counting sort on the service's index) is built the first time a service's tickets are
// asked for. One list per month instead of one per service and month: an agency-year has some
// 50,000 of those, each a small array kept for as long as the prepared case.
import type { CaseTicket, TicketGroups } from './model';

export class TicketsByService implements TicketGroups {
  private readonly all: CaseTicket[] = [];
  private sorted: CaseTicket[] = [];
  /** offsets[i] .. offsets[i + 1]: service i's tickets in `sorted`; null until first read. */
  private offsets: Int32Array | null = null;

  constructor(private readonly serviceCount: number) {}

  add(t: CaseTicket): void {
    this.all.push(t);
    this.offsets = null;
  }

  /** The tickets of the service with this index, in input order; undefined when it has none. */
  of(serviceIndex: number): CaseTicket[] | undefined {
    const offsets = this.offsets ?? this.group();
    const from = offsets[serviceIndex]!;
    const to = offsets[serviceIndex + 1]!;
    return from === to ? undefined : this.sorted.slice(from, to);
  }

  private group(): Int32Array {
    const n = this.serviceCount;
    const all = this.all;
    // Each ticket is read once (its service's index kept aside): the tickets are scattered in
    // memory and reading one costs more than the arithmetic.
    const owner = new Int32Array(all.length);
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < all.length; i++) {
      const s = all[i]!.service.index;
      owner[i] = s;
      offsets[s + 1]!++;
    }
    for (let i = 1; i <= n; i++) offsets[i]! += offsets[i - 1]!;
    const next = offsets.slice(0, n);
    const sorted = new Array<CaseTicket>(all.length);
    for (let i = 0; i < all.length; i++) sorted[next[owner[i]!]!++] = all[i]!;
    this.sorted = sorted;
    this.offsets = offsets;
    return offsets;
  }
}
