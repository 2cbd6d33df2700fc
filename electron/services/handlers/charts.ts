// The chart channels (shared/ipc/charts.ts): rows from a repository, shaped by shared/charts.
import { ticketsPerContractorSeries } from '../../../shared/charts/tickets';
import { monthBounds, shiftMonth, toUtcIso } from '../../../shared/calendar';
import type { chartChannels } from '../../../shared/ipc/charts';
import { agencyZone } from '../evaluation/zone';
import { ticketStartsBetween } from '../repositories/charts';
import type { HandlerMap } from './types';

export const chartHandlers: HandlerMap<keyof typeof chartChannels> = {
  'charts:ticketsPerContractor': ({ month, months }, { db }) => {
    const zone = agencyZone(db);
    const from = toUtcIso(monthBounds(shiftMonth(month, months - 1), zone).start);
    const to = toUtcIso(monthBounds(month, zone).end);
    return ticketsPerContractorSeries(ticketStartsBetween(db, from, to), zone, month, months);
  },
};
