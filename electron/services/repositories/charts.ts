// Rows the charts read that no other repository returns: the outage start of every ticket in a
// span, with its service's contractor (tickets per contractor per month, shared/charts).
import type { TicketStart } from '../../../shared/charts/tickets';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

/** Tickets whose outage started in [from, to) (UTC ISO-8601, as stored), with the contractor of their service. */
export function ticketStartsBetween(db: Db, from: string, to: string): TicketStart[] {
  return stmt(
    db,
    `SELECT s.contractor_id AS contractorId, c.name AS contractorName, t.start_at AS startAt
       FROM tickets t JOIN services s ON s.id = t.service_id JOIN contractors c ON c.id = s.contractor_id
      WHERE t.start_at >= @from AND t.start_at < @to`,
  ).all({ from, to }) as TicketStart[];
}
