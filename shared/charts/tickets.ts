// Tickets per contractor per month, ready to plot: each ticket counts in the month its outage
// started, agency time (DOMAIN.md "Time": months are evaluated in the agency's zone; per-ticket
// SLAs belong to the month the outage started). A ticket at 23:30 on Oct 31 in Sacramento
// (07:30 UTC on Nov 1) is October's.
import { instant, monthOf, monthsEnding } from '../calendar/instant';

export interface TicketStart {
  contractorId: number;
  contractorName: string;
  /** The outage start (ISO-8601 with an offset; stored as UTC). */
  startAt: string;
}

export interface ContractorCounts {
  contractorId: number;
  name: string;
  /** Tickets per month, aligned with `months`. */
  counts: number[];
}

export interface TicketsPerContractor {
  /** The `count` months ending at the asked month, oldest first. */
  months: string[];
  /** One series per contractor with a ticket in those months, by name. */
  series: ContractorCounts[];
}

export function ticketsPerContractorSeries(tickets: ReadonlyArray<TicketStart>, zone: string, lastMonth: string, count = 12): TicketsPerContractor {
  const months = monthsEnding(lastMonth, count);
  const index = new Map(months.map((m, i) => [m, i]));
  const byContractor = new Map<number, ContractorCounts>();
  for (const t of tickets) {
    const i = index.get(monthOf(instant(t.startAt), zone));
    if (i === undefined) continue;
    let s = byContractor.get(t.contractorId);
    if (!s) byContractor.set(t.contractorId, (s = { contractorId: t.contractorId, name: t.contractorName, counts: months.map(() => 0) }));
    s.counts[i]! += 1;
  }
  const series = [...byContractor.values()].sort((a, b) => a.name.localeCompare(b.name) || a.contractorId - b.contractorId);
  return { months, series };
}
