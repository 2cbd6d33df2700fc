// Rows → the engine, group by group (one catalog, one contractor): each group's model prepared
// under its own catalog (services.catalog_id), ready to evaluate month after month.
import { AppError } from '../errors';
import { catalogIds, catalogIdsOf, hasCatalog, loadAnyCatalog, loadCatalog, prepareAny, type AnyCatalog } from '../../../shared/sla';
import { groupRows, toModelInput } from './model';
import { groupEvaluation, type GroupEvaluation, type Horizon } from './results';
import type { AgencyRows } from './rows';

/** The catalog a service names (of either kind), refused with a message when the app does not ship it. */
export function catalogOf(id: string): AnyCatalog {
  if (!hasCatalog(id)) throw new AppError('unknown_catalog', `A service is under the SLA catalog "${id}", which this version of ATR Desk does not have (it has ${catalogIds().join(', ')})`);
  return loadAnyCatalog(id);
}

/** The longest committed provisioning interval of the shipped catalogs, days (to find orders due in a month). */
export function longestOrderInterval(): number {
  let days = 0;
  for (const id of catalogIdsOf('credits')) {
    for (const sla of loadCatalog(id).slas) if (sla.basis === 'provisioning') for (const d of Object.values(sla.committedIntervalDays)) days = Math.max(days, d);
  }
  return days;
}

/** Each group of the rows prepared for the engine; `month` is only the model's default month. */
export function prepareRows(rows: AgencyRows, zone: string, month: string, horizon: Horizon): GroupEvaluation[] {
  return groupRows(rows).map((g) => {
    const catalog = catalogOf(g.catalogId);
    const model = toModelInput(g.rows, zone, month);
    const references = new Map([...g.rows.tickets.map((t) => [`t${t.id}`, t.reference] as const), ...g.rows.orders.map((o) => [`o${o.id}`, o.reference] as const)]);
    return groupEvaluation(catalog, prepareAny(model.input, catalog), model.services, horizon, references, g.contractorId);
  });
}
