// caseFiles:import: a case file (CASE_FORMAT.md) into the agency's records. The text is read and
// validated exactly as `npm run sla -- evaluate` reads a file (shared/case/read.ts), so a bad case
// gets the command's `PATH: message` lines. A valid one is then written through the repositories
// (each row checked and audited as if typed), all in ONE transaction: a dry run, or any refusal,
// rolls it back, so the preview says exactly what an import would do and nothing is written
// until the ATR confirms a clean case.
//
// Case ids map to the app's records: a service by its Circuit ID (matched under the contractor
// named in the request, else created), a ticket's id to its contractor ticket number, an order's
// id to its reference, an incidentId to a new incident of that reference.
import { isIsoDate } from '../../../shared/calendar/holidays';
import { parseInstant } from '../../../shared/calendar/instant';
import { readCaseText } from '../../../shared/case/read';
import type { CaseFile, CaseStopClock, CaseTicket } from '../../../shared/case/types';
import { DEFAULT_CATALOG } from '../../../shared/case/validate';
import type { CaseImportCounts, CaseImportResult, CaseImportRow, CaseProblem, CaseRowKind } from '../../../shared/ipc/caseFiles';
import { serviceDraftSchema, type Service } from '../../../shared/ipc/services';
import type { Ticket } from '../../../shared/ipc/tickets';
import { dollarsToCents, formatDollars } from '../../../shared/money';
import { loadCatalog } from '../../../shared/sla/catalog';
import { problemLine, type Problem } from '../../../shared/validation/problem';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/open';
import { agencyDate, agencyZone } from '../evaluation/zone';
import { listContractors } from '../repositories/agency';
import { listHistory, setHistory } from '../repositories/history';
import { createIncident } from '../repositories/incidents';
import { addNotice } from '../repositories/notices';
import { createOrder, orderIdByReference } from '../repositories/orders';
import { createService, servicesByCircuitIds } from '../repositories/services';
import { retractStopClock, startStopClock, voidStopClock } from '../repositories/stopClocks';
import { addEvent, createTicket, ticketIdByNumber } from '../repositories/tickets';
import { addUsage, listUsage } from '../repositories/usage';

export interface CaseImportRequest {
  text: string;
  fileName?: string | undefined;
  contractorId: number;
  dryRun: boolean;
}

/** Who the app's own lines name as having written the rows. */
const IMPORTER = 'case file import';
/** The longest contractor ticket number, order reference or incident reference the app keeps. */
const MAX_REFERENCE = 64;
const MAX_MEASURED_MS = 100_000;

class Rollback extends Error {}

const toProblem = (p: Problem): CaseProblem => ({ path: p.path, message: p.message, line: problemLine(p) });

/** Maps the paths of a repository's refusal (its request's fields) onto the case's. */
type FieldMap = Record<string, string>;
const STOP_CLOCK_FIELDS: FieldMap = { '/startAt': '/start', '/endAt': '/end', '/windowStart': '/window/start', '/windowEnd': '/window/end', '/id': '/voided', '/ticketId': '', '/orderId': '' };
const SERVICE_FIELDS: FieldMap = { '/circuitId': '/id', '/contractorId': '', '/serviceType': '/type' };
const ORDER_FIELDS: FieldMap = { '/dueDate': '/dueAt', '/reference': '/id' };
const USAGE_FIELDS: FieldMap = { '/startAt': '/start', '/endAt': '/end' };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));
const list = (v: unknown): Array<Record<string, unknown>> =>
  Array.isArray(v) ? v.map((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {})) : [];

/** The records of the JSON as the preview lists them, read loosely (the case may have failed validation). */
function rowsOf(json: unknown): CaseImportRow[] {
  const j = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const row = (kind: CaseRowKind, path: string, label: string, detail: string): CaseImportRow => ({ path, kind, label, action: 'new', detail, problems: [] });
  const rows: CaseImportRow[] = [];
  list(j.services).forEach((s, i) => {
    const money = typeof s.tmrc === 'number' ? `, TMRC ${formatDollars(dollarsToCents(s.tmrc))}` : '';
    rows.push(row('service', `/services/${i}`, str(s.id), `${str(s.tier)} ${str(s.type)}${money}${s.site ? `, site ${str(s.site)}` : ''}`));
  });
  list(j.tickets).forEach((t, i) => {
    const stops = Array.isArray(t.stopClocks) ? t.stopClocks.length : 0;
    const notices = Array.isArray(t.notices) ? t.notices.length : 0;
    const state = t.closedAt ? 'closed' : t.restoredAt || t.actualRestoredAt ? 'restored' : 'open';
    const parts = [`${str(t.kind)} on ${str(t.serviceId)}`, state];
    if (stops) parts.push(plural(stops, 'stop clock'));
    if (notices) parts.push(plural(notices, 'notice'));
    if (t.incidentId) parts.push(`incident ${str(t.incidentId)}`);
    rows.push(row('ticket', `/tickets/${i}`, str(t.id), parts.join(', ')));
  });
  list(j.orders).forEach((o, i) => {
    const stops = Array.isArray(o.stopClocks) ? o.stopClocks.length : 0;
    const parts = [`on ${str(o.serviceId)}`, o.completedAt ? 'completed' : 'not completed'];
    if (stops) parts.push(plural(stops, 'stop clock'));
    rows.push(row('order', `/orders/${i}`, str(o.id), parts.join(', ')));
  });
  list(j.survivability).forEach((u, i) => rows.push(row('usage', `/survivability/${i}`, str(u.site), `${str(u.start)} to ${str(u.end)}`)));
  list(j.history).forEach((h, i) =>
    rows.push(row('history', `/history/${i}`, `${str(h.sla)} ${str(h.serviceId ?? h.site)}`, `${str(h.month)}: ${h.met === true ? 'met' : h.met === false ? 'missed' : str(h.met)}`)),
  );
  return rows;
}

function countsOf(c: CaseFile | null, matched: number): CaseImportCounts {
  const tickets = c?.tickets ?? [];
  return {
    servicesNew: (c?.services.length ?? 0) - matched,
    servicesMatched: matched,
    tickets: tickets.length,
    stopClocks: tickets.reduce((n, t) => n + (t.stopClocks?.length ?? 0), 0) + (c?.orders ?? []).reduce((n, o) => n + (o.stopClocks?.length ?? 0), 0),
    notices: tickets.reduce((n, t) => n + (t.notices?.length ?? 0), 0),
    incidents: new Set(tickets.map((t) => t.incidentId).filter((x) => x !== undefined)).size,
    orders: c?.orders?.length ?? 0,
    usage: c?.survivability?.length ?? 0,
    history: c?.history?.length ?? 0,
  };
}

/** Attaches each problem to the record it is about (its path under the record's). */
function attach(rows: CaseImportRow[], problems: CaseProblem[]): void {
  for (const p of problems) {
    const row = rows.find((r) => p.path === r.path || p.path.startsWith(`${r.path}/`));
    if (row) row.problems.push(p);
  }
}

const ms = (iso: string): number => parseInstant(iso) as number;

/**
 * The writer: every record through its repository, each refusal kept with the case's path.
 * Runs inside the caller's transaction; the caller rolls back when anything was refused.
 */
class Writer {
  readonly problems: Problem[] = [];
  /** Paths of the case's services the contractor already has. */
  readonly matched = new Set<string>();
  private readonly serviceIds = new Map<string, number>();
  private readonly incidentIds = new Map<string, number>();
  private readonly source: string;

  constructor(
    private readonly db: Db,
    private readonly c: CaseFile,
    private readonly contractorId: number,
    private readonly now: string,
    name: string,
  ) {
    this.source = `Imported from the case file ${name}`;
  }

  private refuse(base: string, field: string, message: string): void {
    this.problems.push({ path: `${base}${field}`, message });
  }

  /** Runs one repository call; a refusal becomes a problem at the case's path (fields mapped), and the call returns null. */
  private attempt<T>(base: string, map: FieldMap, fn: () => T): T | null {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const issues = e.issues?.length ? e.issues : [{ path: e.path, message: e.message }];
      for (const i of issues.slice(0, 1)) this.refuse(base, i.path in map ? map[i.path]! : i.path, i.message);
      return null;
    }
  }

  /** The checks before anything is written: the zone, the services' owners and figures, what is already recorded. */
  checkAgainstAgency(existing: Service[]): number {
    const zone = agencyZone(this.db);
    const caseZone = this.c.timeZone ?? zone;
    if (caseZone !== zone) {
      this.refuse('', '/timeZone', `the case keeps time in ${caseZone} but this agency keeps time in ${zone}: its months and due dates would fall elsewhere; change the agency's time zone first or the case's`);
    }
    const contractors = new Map(listContractors(this.db).map((c) => [c.id, c.name]));
    let matched = 0;
    this.c.services.forEach((s, i) => {
      const base = `/services/${i}`;
      const same = existing.filter((e) => e.circuitId.toLowerCase() === s.id.toLowerCase());
      const other = same.find((e) => e.contractorId !== this.contractorId);
      const mine = same.find((e) => e.contractorId === this.contractorId);
      if (!mine && other) {
        this.refuse(base, '/id', `service ${JSON.stringify(s.id)} already belongs to ${other.contractorName} in this agency, not to ${contractors.get(this.contractorId) ?? 'the contractor chosen'}: choose ${other.contractorName}, or correct the case`);
        return;
      }
      if (!mine) return;
      matched++;
      this.matched.add(base);
      this.serviceIds.set(s.id, mine.id);
      const differs = (field: string, theirs: string, ours: string) =>
        this.refuse(base, field, `the agency's ${mine.circuitId} has ${ours}, the case says ${theirs}: the figures would not be the case's; correct one of them first`);
      if (s.type !== mine.serviceType) differs('/type', s.type, mine.serviceType);
      if (s.tier !== mine.tier) differs('/tier', s.tier, mine.tier);
      const money = [['/tmrc', s.tmrc, mine.tmrcCents], ['/aduc', s.aduc ?? 0, mine.aducCents], ['/installFee', s.installFee ?? 0, mine.installFeeCents]] as const;
      for (const [field, dollars, cents] of money) if (dollarsToCents(dollars) !== cents) differs(field, formatDollars(dollarsToCents(dollars)), formatDollars(cents));
      if ((s.site ?? '') !== mine.site) differs('/site', s.site ? `site ${s.site}` : 'no site', mine.site ? `site ${mine.site}` : 'no site');
      if (mine.catalogId !== (this.c.catalog ?? DEFAULT_CATALOG)) differs('/id', `catalog ${this.c.catalog ?? DEFAULT_CATALOG}`, `catalog ${mine.catalogId}`);
    });
    return matched;
  }

  services(): void {
    this.c.services.forEach((s, i) => {
      if (this.serviceIds.has(s.id) || this.problems.some((p) => p.path.startsWith(`/services/${i}/`))) return;
      const base = `/services/${i}`;
      const draft = serviceDraftSchema.safeParse({
        circuitId: s.id, contractorId: this.contractorId, serviceType: s.type, tier: s.tier,
        tmrc: (dollarsToCents(s.tmrc) / 100).toFixed(2), aduc: (dollarsToCents(s.aduc ?? 0) / 100).toFixed(2),
        installFee: (dollarsToCents(s.installFee ?? 0) / 100).toFixed(2), seats: 1, site: s.site ?? '', address: '',
      });
      if (!draft.success) {
        const issue = draft.error.issues[0]!;
        const field = `/${String(issue.path[0] ?? '')}`;
        this.refuse(base, field in SERVICE_FIELDS ? SERVICE_FIELDS[field]! : field, issue.message);
        return;
      }
      const created = this.attempt(base, SERVICE_FIELDS, () => createService(this.db, draft.data, this.now));
      if (created) this.serviceIds.set(s.id, created.id);
    });
  }

  private reference(base: string, id: string, what: string): boolean {
    if (id.length <= MAX_REFERENCE) return true;
    this.refuse(base, '/id', `is ${id.length} characters; the app keeps ${what} of at most ${MAX_REFERENCE}`);
    return false;
  }

  private incident(t: CaseTicket, base: string): number | null | undefined {
    if (t.incidentId === undefined) return null;
    const known = this.incidentIds.get(t.incidentId);
    if (known !== undefined) return known;
    if (t.incidentId.length > MAX_REFERENCE) {
      this.refuse(base, '/incidentId', `is ${t.incidentId.length} characters; the app keeps incident references of at most ${MAX_REFERENCE}`);
      return undefined;
    }
    // The incident's category: the CAT kind its tickets share, if they do.
    const kinds = new Set((this.c.tickets ?? []).filter((o) => o.incidentId === t.incidentId).map((o) => o.kind));
    const only = kinds.size === 1 ? [...kinds][0]! : '';
    const category = only === 'cat1' || only === 'cat2' || only === 'cat3' ? only : 'none';
    const created = this.attempt(base, { '/ticketIds/0': '' }, () => createIncident(this.db, { reference: t.incidentId!, category, description: this.source, ticketIds: [] }, this.now));
    if (created === null) return undefined;
    this.incidentIds.set(t.incidentId, created.id);
    return created.id;
  }

  private stopClock(sc: CaseStopClock, base: string, owner: { ticketId: number | null; orderId: number | null }): void {
    const created = this.attempt(base, STOP_CLOCK_FIELDS, () =>
      startStopClock(this.db, { ...owner, code: sc.code, startAt: sc.start, endAt: sc.end, windowStart: sc.window?.start ?? null, windowEnd: sc.window?.end ?? null, note: sc.note ?? '' }, this.now),
    );
    if (!created || !sc.voided) return;
    // Voided in the case: it never counts. Wiring, Access, CPE and Customer Environmental are voided
    // (29.4.7); any other condition is retracted, which the engine leaves out the same way.
    const reason = `voided in ${this.source.replace('Imported from ', '')}`;
    const voidable = loadCatalog(this.c.catalog ?? DEFAULT_CATALOG).condition(sc.code)?.voidable === true;
    this.attempt(base, STOP_CLOCK_FIELDS, () =>
      voidable ? voidStopClock(this.db, created.id, reason, IMPORTER, this.now) : retractStopClock(this.db, created.id, reason, IMPORTER, this.now),
    );
  }

  tickets(): void {
    (this.c.tickets ?? []).forEach((t, i) => {
      const base = `/tickets/${i}`;
      const serviceId = this.serviceIds.get(t.serviceId);
      if (serviceId === undefined) return; // its service was refused: that problem says why
      if (!this.reference(base, t.id, 'contractor ticket numbers')) return;
      const already = ticketIdByNumber(this.db, serviceId, t.id);
      if (already !== null) {
        this.refuse(base, '/id', `ticket ${JSON.stringify(t.id)} on ${t.serviceId} is already recorded in this agency (contractor ticket number ${t.id}): a case file is imported once`);
        return;
      }
      if (t.measuredMs !== undefined && (!Number.isInteger(t.measuredMs) || t.measuredMs > MAX_MEASURED_MS)) {
        this.refuse(base, '/measuredMs', `must be whole milliseconds from 0 to ${MAX_MEASURED_MS.toLocaleString('en-US')} (the app records ${t.measuredMs})`);
        return;
      }
      const incidentId = this.incident(t, base);
      if (incidentId === undefined) return;
      const ticketId = this.attempt(base, {}, () =>
        createTicket(this.db, {
          serviceId, contractorTicket: t.id, kind: t.kind as Ticket['kind'], severity: '', description: this.source, times: {},
          alarmAt: t.alarmAt ?? null, openedAt: t.openedAt, measuredMs: t.measuredMs ?? null, incidentId, ladderId: null,
        }, this.now),
      );
      if (ticketId === null) return;
      (t.stopClocks ?? []).forEach((sc, j) => this.stopClock(sc, `${base}/stopClocks/${j}`, { ticketId, orderId: null }));
      (t.notices ?? []).forEach((at, j) =>
        this.attempt(`${base}/notices/${j}`, { '/at': '', '/ticketId': '' }, () => addNotice(this.db, { ticketId, at, method: 'other', note: this.source, kind: '' }, this.now)),
      );
      // The timeline. A case has no time for the End-User's "not restored" report: it is recorded
      // at the actual restoration, where a case ends the after-restoration stop clocks (29.4.7
      // items 2-3), so the app counts what the case counts.
      const events: Array<[kind: 'restored' | 'not_restored' | 'actual_restored' | 'closed', at: string, field: string]> = [];
      if (t.restoredAt !== undefined) {
        events.push(['restored', t.restoredAt, '/restoredAt']);
        if (t.actualRestoredAt !== undefined) events.push(['not_restored', t.actualRestoredAt, '/actualRestoredAt'], ['actual_restored', t.actualRestoredAt, '/actualRestoredAt']);
      } else if (t.actualRestoredAt !== undefined) {
        events.push(['restored', t.actualRestoredAt, '/actualRestoredAt']);
      }
      if (t.closedAt !== undefined) events.push(['closed', t.closedAt, '/closedAt']);
      for (const [kind, at, field] of events) {
        const ok = this.attempt(base, { '/at': field, '/kind': field, '/ticketId': '' }, () =>
          addEvent(this.db, { ticketId, kind, at, who: IMPORTER, level: null, whom: '', how: '', answer: '', detail: this.source }, this.now),
        );
        if (ok === null) break;
      }
    });
  }

  orders(): void {
    (this.c.orders ?? []).forEach((o, i) => {
      const base = `/orders/${i}`;
      const serviceId = this.serviceIds.get(o.serviceId);
      if (serviceId === undefined) return;
      if (!this.reference(base, o.id, 'order references')) return;
      if (orderIdByReference(this.db, serviceId, o.id) !== null) {
        this.refuse(base, '/id', `order ${JSON.stringify(o.id)} on ${o.serviceId} is already recorded in this agency: a case file is imported once`);
        return;
      }
      // Only the due date's agency date counts (CASE_FORMAT.md): the app keeps that date.
      const dueDate = o.dueAt === undefined ? null : isIsoDate(o.dueAt) ? o.dueAt : agencyDate(this.db, ms(o.dueAt));
      const created = this.attempt(base, ORDER_FIELDS, () =>
        createOrder(this.db, { serviceId, reference: o.id, description: this.source, orderedAt: o.orderedAt, dueDate, completedAt: o.completedAt ?? null }, this.now),
      );
      if (!created) return;
      (o.stopClocks ?? []).forEach((sc, j) => this.stopClock(sc, `${base}/stopClocks/${j}`, { ticketId: null, orderId: created.id }));
    });
  }

  usage(): void {
    (this.c.survivability ?? []).forEach((u, i) => {
      const base = `/survivability/${i}`;
      const start = ms(u.start);
      const end = ms(u.end);
      if (listUsage(this.db, u.site).some((e) => Date.parse(e.startAt) === start && e.endAt !== null && Date.parse(e.endAt) === end)) {
        this.refuse(base, '', `this usage of site ${u.site} is already recorded in this agency: a case file is imported once`);
        return;
      }
      this.attempt(base, USAGE_FIELDS, () => addUsage(this.db, { site: u.site, startAt: u.start, endAt: u.end, note: this.source }, this.now));
    });
  }

  history(): void {
    (this.c.history ?? []).forEach((h, i) => {
      const base = `/history/${i}`;
      const serviceId = h.serviceId === undefined ? null : this.serviceIds.get(h.serviceId);
      if (serviceId === undefined) return;
      // Site survivability history is kept per site (the case may name the site's service instead).
      const svc = h.serviceId === undefined ? undefined : this.c.services.find((s) => s.id === h.serviceId);
      const perSite = h.sla === 'site-survivability';
      const site = perSite ? (h.site ?? svc?.site ?? svc?.id ?? null) : null;
      const subject = perSite ? { serviceId: null, site } : { serviceId, site: null };
      const recorded = listHistory(this.db, subject.serviceId !== null ? { serviceId: subject.serviceId } : { site: subject.site ?? '' }).find(
        (e) => e.sla === h.sla && e.month === h.month && e.serviceId === subject.serviceId && (e.site ?? null) === subject.site,
      );
      if (recorded && recorded.met !== h.met) {
        this.refuse(base, '/met', `this agency already records ${h.sla} in ${h.month} as ${recorded.met ? 'met' : 'missed'}, the case says ${h.met ? 'met' : 'missed'}: correct one of them first`);
        return;
      }
      if (recorded) return;
      this.attempt(base, {}, () => setHistory(this.db, { sla: h.sla, ...subject, month: h.month, met: h.met, note: this.source }, this.now));
    });
  }
}

/** Reads, checks and (unless a dry run, and only when clean) writes a case file. */
export function importCaseFile(db: Db, req: CaseImportRequest, now: string): CaseImportResult {
  const contractor = listContractors(db).find((c) => c.id === req.contractorId);
  if (!contractor) throw notFound('The contractor', '/contractorId');
  const name = req.fileName ?? 'pasted case file';
  const read = readCaseText(req.text, name);
  const rows = rowsOf(read.json);
  const base = { fileName: name, contractorId: contractor.id, contractorName: contractor.name, rows };
  const refused = (problems: Problem[], c: CaseFile | null, matched: number): CaseImportResult => {
    const list = problems.map(toProblem);
    attach(rows, list);
    if (!req.dryRun) {
      throw new AppError('invalid', `The case file was not imported (${plural(list.length, 'problem')}): ${list[0]!.line}`, '/text', problems);
    }
    return { ...base, month: c?.month ?? null, catalogId: c ? (c.catalog ?? DEFAULT_CATALOG) : null, problems: list, counts: countsOf(c, matched), imported: false };
  };
  if (!read.ok) return refused(read.problems, null, 0);

  const c = read.value;
  const writer = new Writer(db, c, contractor.id, now, name);
  let matched = 0;
  let imported = false;
  try {
    db.transaction(() => {
      matched = writer.checkAgainstAgency(servicesByCircuitIds(db, c.services.map((s) => s.id)));
      writer.services();
      writer.tickets();
      writer.orders();
      writer.usage();
      writer.history();
      if (writer.problems.length > 0 || req.dryRun) throw new Rollback();
    })();
    imported = true;
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  for (const r of rows) if (writer.matched.has(r.path)) r.action = 'match';
  if (writer.problems.length > 0) return refused(writer.problems, c, matched);
  return { ...base, month: c.month, catalogId: c.catalog ?? DEFAULT_CATALOG, problems: [], counts: countsOf(c, matched), imported };
}
