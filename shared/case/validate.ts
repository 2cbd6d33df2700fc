// validateCase: a case file (CASE_FORMAT.md) from untrusted JSON, or every problem found, each
// with the JSON pointer of the field and a sentence a person understands.
import type { Problem } from '../validation/problem';
import { jsonPointer, parseProblems } from '../validation/problem';
import { catalogIds, hasCatalog, loadAnyCatalog, loadCatalog } from '../sla/catalog';
import type { Catalog, ServiceLevelCatalog } from '../sla/catalog';
import { isIsoDate } from '../calendar/holidays';
import { DEFAULT_ZONE } from '../calendar/instant';
import { parseInstantFast, ZoneClock } from '../calendar/zoneClock';
import { buildCaseSchema } from './schema';
import { buildServiceLevelCaseSchema, serviceLevelCrossChecks, type ServiceLevelCaseFile } from './serviceLevels';
import type { CaseFile } from './types';

export const DEFAULT_CATALOG = 'calnet3-converged-voip';

const schemas = new Map<string, ReturnType<typeof buildCaseSchema>>();

function schemaFor(catalog: Catalog) {
  let s = schemas.get(catalog.id);
  if (!s) {
    s = buildCaseSchema(catalog);
    schemas.set(catalog.id, s);
  }
  return s;
}

function problem(path: ReadonlyArray<PropertyKey>, message: string): Problem {
  return { path: jsonPointer(path), message };
}

export type CaseValidation = { ok: true; value: CaseFile } | { ok: false; problems: Problem[] };

/** A case file under a catalog of either kind: CALNET's (CaseFile) or a service-level one (the help desk). */
export type AnyCaseFile = CaseFile | ServiceLevelCaseFile;
export type AnyCaseValidation = { ok: true; value: AnyCaseFile } | { ok: false; problems: Problem[] };

export function isServiceLevelCase(c: AnyCaseFile): c is ServiceLevelCaseFile {
  return c.catalog !== undefined && hasCatalog(c.catalog) && loadAnyCatalog(c.catalog).kind === 'service-levels';
}

const levelSchemas = new Map<string, ReturnType<typeof buildServiceLevelCaseSchema>>();

function validateServiceLevelCase(json: object, catalog: ServiceLevelCatalog): AnyCaseValidation {
  let schema = levelSchemas.get(catalog.id);
  if (!schema) levelSchemas.set(catalog.id, (schema = buildServiceLevelCaseSchema(catalog)));
  const parsed = parseProblems(schema, json);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const value = parsed.value as ServiceLevelCaseFile;
  const problems = serviceLevelCrossChecks(value);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/**
 * A case file under any shipped catalog (the `sla` command): its `catalog` decides which inputs
 * it carries and which rules check them (docs/case-format.md).
 */
export function validateAnyCase(json: unknown): AnyCaseValidation {
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    const id = (json as { catalog?: unknown }).catalog;
    if (typeof id === 'string' && hasCatalog(id)) {
      const catalog = loadAnyCatalog(id);
      if (catalog.kind === 'service-levels') return validateServiceLevelCase(json, catalog);
    }
  }
  return validateCase(json);
}

/** A CALNET (credit catalog) case file; a service-level catalog's case is refused at /catalog (validateAnyCase reads it). */
export function validateCase(json: unknown): CaseValidation {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, problems: [problem([], 'a case file must be a JSON object with month, services, tickets, ...')] };
  }
  const rawCatalog = (json as { catalog?: unknown }).catalog;
  const problems: Problem[] = [];
  let catalogId = DEFAULT_CATALOG;
  if (typeof rawCatalog === 'string') {
    if (!hasCatalog(rawCatalog)) problems.push(problem(['catalog'], `unknown SLA catalog ${JSON.stringify(rawCatalog)} (known: ${catalogIds().join(', ')})`));
    else if (loadAnyCatalog(rawCatalog).kind !== 'credits') {
      return { ok: false, problems: [problem(['catalog'], `${JSON.stringify(rawCatalog)} is a service-level catalog (met or missed, no credits): evaluate its case files with npm run sla -- evaluate`)] };
    } else catalogId = rawCatalog;
  }
  const catalog = loadCatalog(catalogId);
  const parsed = parseProblems(schemaFor(catalog), json);
  if (!parsed.ok) {
    // Still report the cross-element problems of the records that are well-formed enough.
    problems.push(...parsed.problems);
    const seen = new Set(problems.map((p) => p.path));
    const refs = Array.isArray((json as { services?: unknown }).services);
    for (const p of crossChecks(loose(json), catalog, refs)) if (!seen.has(p.path)) problems.push(p);
    return { ok: false, problems };
  }
  const value = parsed.value as CaseFile;
  problems.push(...crossChecks(value, catalog));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

/** A best-effort CaseFile view of JSON that failed the schema: only string ids / references kept. */
function loose(json: object): CaseFile {
  const list = (v: unknown): Array<Record<string, unknown>> =>
    Array.isArray(v) ? v.map((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {})) : [];
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const j = json as Record<string, unknown>;
  // Records whose keys are not text are left out of the cross checks (marked with a NUL id).
  const NONE = '\u0000';
  return {
    month: '',
    services: list(j.services).map((s) => ({ id: str(s.id) ?? NONE, type: str(s.type) ?? '', tier: 'basic', tmrc: 0, site: str(s.site) })),
    tickets: list(j.tickets).map((t) => ({ id: str(t.id) ?? NONE, serviceId: str(t.serviceId) ?? NONE, kind: 'repair', openedAt: '' })),
    orders: list(j.orders).map((o) => ({ id: str(o.id) ?? NONE, serviceId: str(o.serviceId) ?? NONE, orderedAt: '' })),
    survivability: list(j.survivability).map((u) => ({ site: str(u.site) ?? NONE, start: '', end: '' })),
    history: [],
  };
}

/** Checks across elements: ids unique, references known, history keyed right. */
function crossChecks(c: CaseFile, catalog: Catalog, checkReferences = true): Problem[] {
  const out: Problem[] = [];
  const services = new Map<string, CaseFile['services'][number]>();
  const NONE = '\u0000';
  const known = (id: string) => !checkReferences || id === NONE || services.has(id);
  c.services.forEach((s, i) => {
    if (s.id === NONE) return;
    if (services.has(s.id)) out.push(problem(['services', i, 'id'], `duplicate service id ${JSON.stringify(s.id)}: each Circuit ID or Service ID appears once`));
    else services.set(s.id, s);
  });
  const ssSites = new Set<string>();
  for (const s of c.services) if (s.type === 'site-survivability') ssSites.add(s.site ?? s.id);

  const unknownService = (id: string) =>
    `unknown serviceId ${JSON.stringify(id)}: no service in /services has that id`;

  const ticketIds = new Set<string>();
  (c.tickets ?? []).forEach((t, i) => {
    if (t.id !== NONE && ticketIds.has(t.id)) out.push(problem(['tickets', i, 'id'], `duplicate ticket id ${JSON.stringify(t.id)}`));
    ticketIds.add(t.id);
    if (!known(t.serviceId)) out.push(problem(['tickets', i, 'serviceId'], unknownService(t.serviceId)));
  });

  const orderIds = new Set<string>();
  (c.orders ?? []).forEach((o, i) => {
    if (o.id !== NONE && orderIds.has(o.id)) out.push(problem(['orders', i, 'id'], `duplicate order id ${JSON.stringify(o.id)}`));
    orderIds.add(o.id);
    if (!known(o.serviceId)) out.push(problem(['orders', i, 'serviceId'], unknownService(o.serviceId)));
    if (checkReferences && o.dueAt !== undefined) {
      // Dates of the agency's zone: a due date on the order's own date is fine, the day before is not.
      const clock = ZoneClock.of(c.timeZone ?? DEFAULT_ZONE);
      const ordered = clock.dateOf(parseInstantFast(o.orderedAt) as number);
      const due = isIsoDate(o.dueAt) ? o.dueAt : clock.dateOf(parseInstantFast(o.dueAt) as number);
      if (due < ordered) out.push(problem(['orders', i, 'dueAt'], `the due date (${due}) is before the order's date (${ordered}, agency time)`));
    }
  });

  (c.survivability ?? []).forEach((u, i) => {
    if (checkReferences && u.site !== NONE && !ssSites.has(u.site)) {
      out.push(problem(['survivability', i, 'site'], `no site-survivability service is at site ${JSON.stringify(u.site)}: the credit is figured on the site's Site Survivability service`));
    }
  });

  const seen = new Set<string>();
  (c.history ?? []).forEach((h, i) => {
    const sla = catalog.sla(h.sla);
    let key: string | null = null;
    if (sla?.basis === 'site-usage') {
      if (h.site !== undefined) {
        if (!ssSites.has(h.site)) out.push(problem(['history', i, 'site'], `no site-survivability service is at site ${JSON.stringify(h.site)}`));
        key = `site:${h.site}`;
      } else if (h.serviceId !== undefined) {
        const s = services.get(h.serviceId);
        if (!s) out.push(problem(['history', i, 'serviceId'], unknownService(h.serviceId)));
        else if (s.type !== 'site-survivability') out.push(problem(['history', i, 'serviceId'], `${JSON.stringify(h.serviceId)} is not a site-survivability service`));
        else key = `site:${s.site ?? s.id}`;
      } else {
        out.push(problem(['history', i, 'site'], `is required for ${h.sla} history: the SLA is counted per site`));
      }
    } else if (h.serviceId === undefined) {
      out.push(problem(['history', i, 'serviceId'], `is required for ${h.sla} history: the SLA is counted per service`));
    } else if (!services.has(h.serviceId)) {
      out.push(problem(['history', i, 'serviceId'], unknownService(h.serviceId)));
    } else key = `svc:${h.serviceId}`;
    if (key !== null) {
      const k = `${h.sla}|${key}|${h.month}`;
      if (seen.has(k)) out.push(problem(['history', i, 'month'], `duplicate history: ${h.sla} for that ${key.startsWith('site:') ? 'site' : 'service'} in ${h.month} is already recorded`));
      seen.add(k);
    }
  });
  return out;
}
