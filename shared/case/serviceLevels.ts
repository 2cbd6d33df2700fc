// A case file under a service-level catalog (the help desk, `"catalog": "ccc-help-desk"`):
// the catalog's own inputs beside CASE_FORMAT.md's common fields (docs/case-format.md
// "Help-desk case files"). Services name only an id and a line of support; tickets are the
// incidents, with the instants the catalog's `incidentTimes` name (`<time>At`: severityAssignedAt,
// referredAt, acknowledgedAt) and the notifications received; figures are the center's report per
// period ('2026-10' for a month, '2026' for a year). The same validation rules as a CALNET case:
// every field of the wrong type, every instant out of order and every reference to nothing is
// refused with its JSON pointer, and nothing is evaluated.
import { z } from 'zod';
import { isMonth, isValidZone } from '../calendar/instant';
import { DEFAULT_ZONE } from '../calendar/instant';
import { parseInstantFast as parseInstant } from '../calendar/zoneClock';
import type { ServiceLevelCatalog } from '../sla/catalog';
import type { FigureInput, ModelInput, TicketInput } from '../sla/model';
import { describeValue, jsonPointer, type Problem } from '../validation/problem';
import { isoInstant, month, opt, text } from './schema';

export interface ServiceLevelCaseService {
  id: string;
  type: string;
}

export interface ServiceLevelCaseTicket {
  id: string;
  serviceId: string;
  /** The severity: a ticket kind of the catalog (sev1, sev2, sev3). */
  kind: string;
  openedAt: string;
  restoredAt?: string | undefined;
  closedAt?: string | undefined;
  notifications?: Array<{ kind: string; at: string }> | undefined;
  /** The catalog's incident times as `<time>At` (severityAssignedAt, referredAt, acknowledgedAt). */
  [time: `${string}At`]: string | undefined;
}

export interface ServiceLevelCaseFile {
  timeZone?: string | undefined;
  catalog: string;
  month: string;
  asOf?: string | undefined;
  services: ServiceLevelCaseService[];
  tickets?: ServiceLevelCaseTicket[] | undefined;
  figures?: Array<{ period: string; values: Record<string, number> }> | undefined;
}

const ms = (s: string): number => parseInstant(s) ?? NaN;

/** The case field of an incident time: severityAssigned → severityAssignedAt. */
export function timeField(id: string): string {
  return `${id}At`;
}

/** Decimals a number is written with (0.1 + 0.2 style noise aside: the JSON's own digits). */
function decimalsOf(n: number): number {
  const s = String(n);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function buildServiceLevelCaseSchema(catalog: ServiceLevelCatalog) {
  const types = catalog.serviceTypes.map((t) => t.id) as [string, ...string[]];
  const kinds = catalog.ticketKinds.map((k) => k.id) as [string, ...string[]];
  const noticeKinds = catalog.notificationKinds.map((k) => k.id) as [string, ...string[]];
  const service = z.object({ id: text, type: z.enum(types) });
  const notification = z.object({ kind: z.enum(noticeKinds), at: isoInstant });
  const timeShape = Object.fromEntries(catalog.incidentTimes.map((t) => [timeField(t.id), opt(isoInstant)]));

  const ticket = z
    .object({
      id: text,
      serviceId: text,
      kind: z.enum(kinds),
      openedAt: isoInstant,
      restoredAt: opt(isoInstant),
      closedAt: opt(isoInstant),
      notifications: opt(z.array(notification)),
      ...timeShape,
    })
    .superRefine((t, ctx) => {
      const rec = t as unknown as Record<string, string | undefined>;
      const opened = ms(t.openedAt);
      const before = (field: string, what: string) => {
        const v = rec[field];
        if (v !== undefined && ms(v) < opened) ctx.addIssue({ code: 'custom', path: [field], message: `${what} (${v}) is before the incident's creation (${t.openedAt})` });
      };
      for (const time of catalog.incidentTimes) before(timeField(time.id), `${time.title}`);
      before('restoredAt', 'restoration');
      before('closedAt', 'the closing');
      for (const time of catalog.incidentTimes) {
        const v = rec[timeField(time.id)];
        if (v === undefined || time.after === undefined) continue;
        const first = catalog.incidentTimes.find((x) => x.id === time.after)!;
        const w = rec[timeField(first.id)];
        if (w === undefined) ctx.addIssue({ code: 'custom', path: [timeField(time.id)], message: `${time.title} needs ${first.title.toLowerCase()} first (${timeField(first.id)})` });
        else if (ms(v) < ms(w)) ctx.addIssue({ code: 'custom', path: [timeField(time.id)], message: `${time.title} (${v}) is before ${first.title.toLowerCase()} (${w})` });
      }
      if (t.closedAt !== undefined && t.restoredAt === undefined) ctx.addIssue({ code: 'custom', path: ['restoredAt'], message: 'is required on a closed incident' });
      if (t.closedAt !== undefined && t.restoredAt !== undefined && ms(t.closedAt) < ms(t.restoredAt)) {
        ctx.addIssue({ code: 'custom', path: ['closedAt'], message: `the incident is closed (${t.closedAt}) before it was restored (${t.restoredAt})` });
      }
      (t.notifications ?? []).forEach((n, i) => {
        if (ms(n.at) < opened) ctx.addIssue({ code: 'custom', path: ['notifications', i, 'at'], message: `a notification (${n.at}) before the incident's creation (${t.openedAt})` });
      });
    });

  const period = z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a month written YYYY-MM or a year written YYYY, not ${describeValue(iss.input)}`) })
    .refine((s) => isMonth(s) || /^\d{4}$/.test(s), { error: (iss) => `must be a month written YYYY-MM or a year written YYYY, not ${describeValue(iss.input)}` });
  const figureSet = z
    .object({ period, values: z.record(z.string(), z.unknown()) })
    .superRefine((f, ctx) => {
      const kind = /^\d{4}$/.test(f.period) ? 'year' : 'month';
      const ok = new Map<string, number>();
      for (const [id, v] of Object.entries(f.values)) {
        const def = catalog.figure(id);
        const at = ['values', id];
        if (!def) {
          const known = catalog.figures.filter((x) => x.period === kind).map((x) => x.id);
          ctx.addIssue({ code: 'custom', path: at, message: `unknown figure ${JSON.stringify(id)} (a ${kind}'s figures are ${known.join(', ')})` });
        } else if (def.period !== kind) {
          ctx.addIssue({ code: 'custom', path: at, message: `${def.title} is a ${def.period}'s figure: give it for a ${def.period === 'year' ? 'year written YYYY' : 'month written YYYY-MM'}` });
        } else if (typeof v !== 'number' || !Number.isFinite(v)) {
          ctx.addIssue({ code: 'custom', path: at, message: `must be a number (${def.unit}), not ${describeValue(v)}` });
        } else if (v < 0) {
          ctx.addIssue({ code: 'custom', path: at, message: `cannot be negative (found ${v})` });
        } else if (decimalsOf(v) > def.decimals) {
          ctx.addIssue({ code: 'custom', path: at, message: def.decimals === 0 ? `must be a whole number of ${def.unit}, not ${v}` : `has at most ${def.decimals} decimal${def.decimals === 1 ? '' : 's'} (found ${v})` });
        } else if (def.max !== undefined && v > def.max) {
          ctx.addIssue({ code: 'custom', path: at, message: `is at most ${def.max} (${def.unit}), not ${v}` });
        } else ok.set(id, v);
      }
      for (const [id, v] of ok) {
        const def = catalog.figure(id)!;
        if (def.atMost === undefined) continue;
        const limit = ok.get(def.atMost);
        if (limit !== undefined && v > limit) {
          ctx.addIssue({ code: 'custom', path: ['values', id], message: `${def.title} (${v}) cannot be more than ${catalog.figure(def.atMost)!.title.toLowerCase()} (${limit})` });
        }
      }
    });

  return z.object({
    timeZone: opt(z.string().refine(isValidZone, { error: (iss) => `must be an IANA time zone such as America/Los_Angeles, not ${describeValue(iss.input)}` })),
    catalog: z.string(),
    month,
    asOf: opt(isoInstant),
    services: z.array(service),
    tickets: opt(z.array(ticket)),
    figures: opt(z.array(figureSet)),
  });
}

/** Checks across elements: ids unique, references known, one set of figures per period. */
export function serviceLevelCrossChecks(c: ServiceLevelCaseFile): Problem[] {
  const out: Problem[] = [];
  const problem = (path: PropertyKey[], message: string) => out.push({ path: jsonPointer(path), message });
  const services = new Set<string>();
  c.services.forEach((s, i) => {
    if (services.has(s.id)) problem(['services', i, 'id'], `duplicate service id ${JSON.stringify(s.id)}: each service appears once`);
    services.add(s.id);
  });
  const ids = new Set<string>();
  (c.tickets ?? []).forEach((t, i) => {
    if (ids.has(t.id)) problem(['tickets', i, 'id'], `duplicate ticket id ${JSON.stringify(t.id)}`);
    ids.add(t.id);
    if (!services.has(t.serviceId)) problem(['tickets', i, 'serviceId'], `unknown serviceId ${JSON.stringify(t.serviceId)}: no service in /services has that id`);
  });
  const periods = new Set<string>();
  (c.figures ?? []).forEach((f, i) => {
    if (periods.has(f.period)) problem(['figures', i, 'period'], `duplicate figures for ${f.period}: give each period's figures once`);
    periods.add(f.period);
  });
  return out;
}

const need = (s: string) => parseInstant(s) as number;
const inst = (s: string | undefined) => (s === undefined ? null : need(s));

/** The engine's model of a (validated) service-level case file. */
export function serviceLevelCaseModel(c: ServiceLevelCaseFile, catalog: ServiceLevelCatalog): ModelInput {
  const tickets: TicketInput[] = (c.tickets ?? []).map((t) => ({
    id: t.id,
    serviceId: t.serviceId,
    kind: t.kind,
    openedAtMs: need(t.openedAt),
    restoredAtMs: inst(t.restoredAt),
    closedAtMs: inst(t.closedAt),
    times: Object.fromEntries(catalog.incidentTimes.map((x) => [x.id, inst(t[timeField(x.id) as `${string}At`])])),
    notifications: (t.notifications ?? []).map((n) => ({ kind: n.kind, atMs: need(n.at) })),
  }));
  const figures: FigureInput[] = (c.figures ?? []).flatMap((f) => Object.entries(f.values).map(([figure, value]) => ({ period: f.period, figure, value })));
  return {
    zone: c.timeZone ?? DEFAULT_ZONE,
    month: c.month,
    asOfMs: inst(c.asOf),
    // A help-desk service has no tier, TMRC or site: the contract owes no money.
    services: c.services.map((s) => ({ id: s.id, type: s.type, tier: null, tmrcCents: 0 })),
    tickets,
    figures,
  };
}
