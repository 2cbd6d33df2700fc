// Which services are a site's Site Survivability services: those whose type the catalog's
// site-usage SLA covers (29.4.8.7 Excessive Usage of Site Survivability), read from each
// service's own catalog so a second catalog needs no code here.
import { isCreditCatalog, loadCatalog } from '../../../shared/sla/catalog';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export interface SiteService {
  id: number;
  site: string;
  retiredOn: string | null;
}

interface Row extends SiteService {
  serviceType: string;
  catalogId: string;
}

/** Service types each catalog's site-usage SLAs cover. */
function siteUsageTypes(catalogId: string): Set<string> {
  // A service-level catalog (the help desk) has no site survivability.
  if (!isCreditCatalog(catalogId)) return new Set();
  return new Set(loadCatalog(catalogId).slas.filter((s) => s.basis === 'site-usage').flatMap((s) => s.serviceTypes));
}

function survivability(rows: Row[]): SiteService[] {
  const types = new Map<string, Set<string>>();
  return rows
    .filter((r) => {
      let t = types.get(r.catalogId);
      if (!t) {
        t = siteUsageTypes(r.catalogId);
        types.set(r.catalogId, t);
      }
      return t.has(r.serviceType);
    })
    .map(({ id, site, retiredOn }) => ({ id, site, retiredOn }));
}

const SELECT = `SELECT id, site, retired_on AS retiredOn, service_type AS serviceType, catalog_id AS catalogId FROM services`;

/** The site's survivability services (retired ones too: their earlier usage stays on record). */
export function siteSurvivabilityServices(db: Db, site: string): SiteService[] {
  return survivability(stmt(db, `${SELECT} WHERE site = ?`).all(site) as Row[]);
}

/** Every site that has a survivability service, sorted. */
export function survivabilitySites(db: Db): string[] {
  const all = survivability(stmt(db, `${SELECT} WHERE site <> ''`).all() as Row[]);
  return [...new Set(all.map((s) => s.site))].sort();
}
