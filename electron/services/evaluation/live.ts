// The engine's view of open tickets for the live countdowns (home board, ticket detail, the
// notification scheduler): each ticket with its stop clocks, its service and the service's
// catalog, mapped as the month's report maps them.
import type { AnyCatalog, ServiceInput, TicketInput } from '../../../shared/sla';
import type { Db } from '../db/open';
import { engineService, incidentFacts, stopClockInput, ticketInput } from './model';
import { catalogOf } from './prepare';
import { readLiveRows } from './rows';

export interface LiveTicket {
  ticket: TicketInput;
  service: ServiceInput;
  catalog: AnyCatalog;
}

const NO_NOTICES: number[] = [];

/** The engine inputs of the given tickets, by ticket id (CALNET countdowns need no notices; a help-desk incident's need its notifications). */
export function liveTickets(db: Db, ticketIds: number[]): Map<number, LiveTicket> {
  const rows = readLiveRows(db, ticketIds);
  const services = new Map(rows.services.map((s) => [s.id, s]));
  const stops = new Map<number, ReturnType<typeof stopClockInput>[]>();
  for (const r of rows.stopClocks) {
    const list = stops.get(r.ticketId as number);
    if (list) list.push(stopClockInput(r));
    else stops.set(r.ticketId as number, [stopClockInput(r)]);
  }
  const incidents = incidentFacts(rows);
  const out = new Map<number, LiveTicket>();
  for (const t of rows.tickets) {
    const s = services.get(t.serviceId);
    if (!s) continue;
    const service = engineService(s);
    out.set(t.id, { ticket: ticketInput(t, service.id, stops.get(t.id) ?? [], NO_NOTICES, incidents.get(t.id)), service, catalog: catalogOf(s.catalogId) });
  }
  return out;
}
