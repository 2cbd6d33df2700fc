// The CAT 1 suggestion (DOMAIN.md): the user classifies an incident; the app suggests CAT 1
// when the linked tickets show a total loss at one address from a common cause: two or more
// service types failed, or 50 or more seats. The thresholds come from the catalog.
import type { Catalog } from './catalog';
import type { Cat1Suggestion, ServiceInput } from './model';

/** Should the incident linking these services be classified CAT 1? */
export function suggestCat1(services: ReadonlyArray<ServiceInput>, catalog: Catalog): Cat1Suggestion | null {
  const sla = catalog.slas.find((s) => s.basis === 'ticket-duration' && s.suggestWhen !== undefined);
  if (!sla || sla.basis !== 'ticket-duration' || !sla.suggestWhen) return null;
  const rule = sla.suggestWhen;
  const sites = [...new Set(services.map((s) => s.site ?? '').filter((s) => s !== ''))];
  const types = new Set(services.map((s) => s.type)).size;
  const seats = services.reduce((a, s) => a + (s.seats ?? 0), 0);
  const base = { serviceTypes: types, seats, sites };
  if (services.length === 0) return { ...base, suggest: false, reason: 'No linked tickets.' };
  if (rule.sameSite && sites.length !== 1) {
    return { ...base, suggest: false, reason: `${sla.clause} ${sla.title} is a loss at a single address; the linked services are at ${sites.length === 0 ? 'no recorded site' : `${sites.length} sites`}.` };
  }
  if (types >= rule.minServiceTypes) {
    return { ...base, suggest: true, reason: `${types} service types failed at ${sites[0]} (${sla.clause}: ${rule.minServiceTypes} or more).` };
  }
  if (seats >= rule.minSeats) return { ...base, suggest: true, reason: `${seats} seats failed at ${sites[0]} (${sla.clause}: ${rule.minSeats} or more).` };
  return { ...base, suggest: false, reason: `${types} service type${types === 1 ? '' : 's'} and ${seats} seats at ${sites[0]}: fewer than ${rule.minServiceTypes} types and ${rule.minSeats} seats.` };
}
