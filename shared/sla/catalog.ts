// An SLA catalog is data (resources/catalogs/*.json): every objective, percent and clause the
// engine uses comes from here, validated with zod when it is loaded (DOMAIN.md "SLAs of the
// Converged VoIP catalog"). No SLA number lives in TypeScript, and no term either: the catalog is
// the vocabulary of tiers, ticket kinds and service types (with their titles), which the app's
// forms and contract derive from (vocabulary.ts).
import { z } from 'zod';
import calnet3ConvergedVoip from '../../resources/catalogs/calnet3-converged-voip.json';
import cccHelpDesk from '../../resources/catalogs/ccc-help-desk.json';
import { buildServiceLevelCatalog, serviceLevelCatalogSchema, type ServiceLevelCatalog } from './serviceLevels';
import { uniqueIds } from './catalogChecks';

/**
 * The tiers an objective can name (29.4.8: Basic, Standard, Premier): the shape of every
 * objective's `tiers`. A catalog lists the ones it offers, with their titles.
 */
export const TIERS = ['basic', 'standard', 'premier'] as const;
export type Tier = (typeof TIERS)[number];

/** A ticket kind id of some catalog ("repair", "cat1", "delay", ...): the catalogs list them. */
export type TicketKind = string;

const credit = z.object({
  tmrcPercent: z.number().min(0),
  aducDays: z.number().min(0),
  installFeePercent: z.number().min(0),
});
export type CreditTerms = z.infer<typeof credit>;

const objective = z.object({
  /** Unit of the numbers below, as the contract states them. */
  unit: z.enum(['hours', 'minutes', 'ms', 'percent']),
  /** Key of the report's `measure` / `objective` the value is printed under. */
  report: z.enum(['minutes', 'hours', 'ms', 'percent']),
  comparison: z.enum(['<=', '>=']),
  /** null: the tier offers no objective (N/A). */
  tiers: z.object({ basic: z.number().nullable(), standard: z.number().nullable(), premier: z.number().nullable() }),
});
export type Objective = z.infer<typeof objective>;

const remedy = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('per-occurrence'), credit }),
  /** steps[0] first month missed, steps[1] second consecutive, the last one every further month. */
  z.object({ kind: z.literal('consecutive-months'), steps: z.array(credit).min(1) }),
  z.object({ kind: z.literal('provisioning'), perOccurrence: credit, belowMonthlyObjective: credit }),
  z.object({ kind: z.literal('escalation'), remedy: z.string().min(1) }),
]);
export type Remedy = z.infer<typeof remedy>;

const slaCommon = {
  id: z.string().min(1),
  clause: z.string().regex(/^\d+(\.\d+)+$/),
  title: z.string().min(1),
  /** Ticket kinds of the catalog's `ticketKinds` the SLA covers. */
  ticketKinds: z.array(z.string().min(1)),
  serviceTypes: z.array(z.string().min(1)).min(1),
  stopClocks: z.boolean(),
  objective,
  clauseText: z.string().min(1),
};

const slaSchema = z.discriminatedUnion('basis', [
  z.object({
    ...slaCommon,
    basis: z.literal('ticket-duration'),
    /** When the app suggests this classification for an incident's linked tickets (CAT 1). */
    suggestWhen: z.object({ sameSite: z.boolean(), minServiceTypes: z.number().int().positive(), minSeats: z.number().int().positive() }).optional(),
    remedy,
  }),
  z.object({ ...slaCommon, basis: z.literal('availability'), excludeRemediedBy: z.array(z.string()), remedy }),
  z.object({ ...slaCommon, basis: z.literal('measured'), remedy }),
  z.object({ ...slaCommon, basis: z.literal('site-usage'), remedy }),
  z.object({ ...slaCommon, basis: z.literal('provisioning'), committedIntervalDays: z.record(z.string(), z.number().positive()), remedy }),
  z.object({
    ...slaCommon,
    basis: z.literal('notification'),
    firstNoticeMinutes: z.number().positive(),
    updateIntervalMinutes: z.number().positive(),
    remedy,
  }),
]);
export type SlaDefinition = z.infer<typeof slaSchema>;
export type SlaBasis = SlaDefinition['basis'];

const conditionSchema = z.object({
  code: z.string().regex(/^[A-Z_]+$/),
  line: z.number().int().positive(),
  title: z.string().min(1),
  definition: z.string().min(1),
  requiresNote: z.boolean(),
  voidable: z.boolean(),
  ordersOnly: z.boolean(),
  windowLimited: z.boolean(),
  afterRestoration: z.boolean(),
  rule: z.string().min(1),
});
export type StopClockCondition = z.infer<typeof conditionSchema>;

const refusedSchema = z.object({
  code: z.string().regex(/^[A-Z_]+$/),
  aliases: z.array(z.string()),
  title: z.string().min(1),
  reason: z.string().min(1),
});
export type RefusedCondition = z.infer<typeof refusedSchema>;

export const catalogSchema = z
  .object({
    id: z.string().min(1),
    /** A credit catalog: missed SLAs owe money (CALNET). A "service-levels" catalog is serviceLevels.ts. */
    kind: z.literal('credits'),
    title: z.string().min(1),
    source: z.string().min(1),
    section: z.string().min(1),
    stopClockSection: z.string().min(1),
    tiers: z.array(z.object({ id: z.enum(TIERS), title: z.string().min(1) })).min(1),
    /** `measured`: a kind that records a measured value (delay, jitter) instead of an outage. */
    ticketKinds: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1), measured: z.boolean() })).min(1),
    serviceTypes: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1) })).min(1),
    slas: z.array(slaSchema).min(1),
    stopClockConditions: z.array(conditionSchema).min(1),
    refusedConditions: z.array(refusedSchema),
  })
  .superRefine((c, ctx) => {
    const unique = uniqueIds(ctx);
    unique(c.tiers, 'tiers', 'tier');
    const types = unique(c.serviceTypes, 'serviceTypes', 'service type');
    unique(c.ticketKinds, 'ticketKinds', 'ticket kind');
    const kinds = new Map(c.ticketKinds.map((k) => [k.id, k]));
    const ids = new Set<string>();
    c.slas.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'id'], message: `SLA "${s.id}" appears twice` });
      ids.add(s.id);
      for (const t of s.serviceTypes) {
        if (!types.has(t)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'serviceTypes'], message: `unknown service type "${t}"` });
      }
      for (const k of s.ticketKinds) {
        const kind = kinds.get(k);
        if (!kind) ctx.addIssue({ code: 'custom', path: ['slas', i, 'ticketKinds'], message: `unknown ticket kind "${k}"` });
        // A measured SLA reads the value of measured kinds; every other SLA reads outages.
        else if (kind.measured !== (s.basis === 'measured')) {
          ctx.addIssue({
            code: 'custom',
            path: ['slas', i, 'ticketKinds'],
            message: kind.measured ? `"${k}" is a measured kind: only a measured SLA covers it` : `"${k}" is not a measured kind: a measured SLA cannot cover it`,
          });
        }
      }
    });
    c.slas.forEach((s, i) => {
      if (s.basis === 'availability') {
        for (const x of s.excludeRemediedBy) {
          if (!ids.has(x)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'excludeRemediedBy'], message: `unknown SLA "${x}"` });
        }
      }
    });
    const codes = new Set<string>();
    c.stopClockConditions.forEach((s, i) => {
      if (codes.has(s.code)) ctx.addIssue({ code: 'custom', path: ['stopClockConditions', i, 'code'], message: `"${s.code}" appears twice` });
      codes.add(s.code);
    });
    c.refusedConditions.forEach((s, i) => {
      if (codes.has(s.code)) ctx.addIssue({ code: 'custom', path: ['refusedConditions', i, 'code'], message: `"${s.code}" is both allowed and refused` });
    });
  });

type CatalogData = z.infer<typeof catalogSchema>;

/** A validated catalog with lookups the engine needs. */
export interface Catalog extends CatalogData {
  sla(id: string): SlaDefinition | undefined;
  ticketKind(id: string): CatalogData['ticketKinds'][number] | undefined;
  condition(code: string): StopClockCondition | undefined;
  /** A refused pseudo-condition matching the code or one of its spellings. */
  refused(code: string): RefusedCondition | undefined;
}

/**
 * The shipped catalogs, by id: a second contract is a JSON file in resources/catalogs and one
 * line here (the bundlers of the renderer, the main process and the CLI read it the same way).
 * A catalog is of one of two kinds: "credits" (CALNET: tiers, stop clocks, credits; this file)
 * or "service-levels" (met or missed, no money: the Customer Care Center, serviceLevels.ts).
 */
const SOURCES: Record<string, unknown> = {
  'calnet3-converged-voip': calnet3ConvergedVoip,
  'ccc-help-desk': cccHelpDesk,
};

/** A catalog of either kind. */
export type AnyCatalog = Catalog | ServiceLevelCatalog;
export type { ServiceLevelCatalog };

const loaded = new Map<string, AnyCatalog>();

export function catalogIds(): string[] {
  return Object.keys(SOURCES);
}

const normalized = new Map<string, string>();

/** A stop-clock code as the catalog files it, whatever its spelling: "No Trouble Found" → "NO_TROUBLE_FOUND". */
export function normalizeCode(code: string): string {
  // A report spells a handful of codes over 75,000 stop clocks, each asked several times by a
  // reconciliation: each spelling normalised once (bounded, for a file of many odd spellings).
  let c = normalized.get(code);
  if (c === undefined) {
    c = code.trim().toUpperCase().replace(/[\s-]+/g, '_');
    if (normalized.size < 1000) normalized.set(code, c);
  }
  return c;
}

function invalid(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Error {
  const lines = issues.map((i) => `${i.path.map(String).join('/')}: ${i.message}`);
  return new Error(`invalid SLA catalog: ${lines.join('; ')}`);
}

/** Validates raw catalog data (throws with every problem listed when it is not a catalog). */
export function buildCatalog(data: unknown): Catalog {
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const c = parsed.data;
  const byId = new Map(c.slas.map((s) => [s.id, s]));
  const kindById = new Map(c.ticketKinds.map((k) => [k.id, k]));
  const byCode = new Map(c.stopClockConditions.map((s) => [s.code, s]));
  const refusedBy = new Map<string, RefusedCondition>();
  for (const r of c.refusedConditions) {
    refusedBy.set(normalizeCode(r.code), r);
    for (const a of r.aliases) refusedBy.set(normalizeCode(a), r);
  }
  return {
    ...c,
    sla: (id) => byId.get(id),
    ticketKind: (id) => kindById.get(id),
    condition: (code) => byCode.get(code),
    refused: (code) => refusedBy.get(normalizeCode(code)),
  };
}

/** Validates raw catalog data of either kind, by its `kind` (throws with every problem listed). */
export function buildAnyCatalog(data: unknown): AnyCatalog {
  const kind = data !== null && typeof data === 'object' ? (data as { kind?: unknown }).kind : undefined;
  if (kind !== 'service-levels') return buildCatalog(data);
  const parsed = serviceLevelCatalogSchema.safeParse(data);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return buildServiceLevelCatalog(parsed.data);
}

export const DEFAULT_CATALOG_ID = 'calnet3-converged-voip';

/** The catalog with that id, of either kind, validated once and cached; throws for an unknown id. */
export function loadAnyCatalog(id = DEFAULT_CATALOG_ID): AnyCatalog {
  const cached = loaded.get(id);
  if (cached) return cached;
  const source = SOURCES[id];
  if (source === undefined) throw new Error(`unknown SLA catalog "${id}" (known: ${catalogIds().join(', ')})`);
  const catalog = buildAnyCatalog(source);
  loaded.set(id, catalog);
  return catalog;
}

/** The credit catalog with that id (CALNET); throws for an unknown id or a service-level catalog. */
export function loadCatalog(id = DEFAULT_CATALOG_ID): Catalog {
  const c = loadAnyCatalog(id);
  if (c.kind !== 'credits') throw new Error(`"${id}" is a service-level catalog (met or missed, no credits), not a credit catalog`);
  return c;
}

/** The service-level catalog with that id; throws for an unknown id or a credit catalog. */
export function loadServiceLevelCatalog(id: string): ServiceLevelCatalog {
  const c = loadAnyCatalog(id);
  if (c.kind !== 'service-levels') throw new Error(`"${id}" is a credit catalog, not a service-level catalog`);
  return c;
}

/** The catalog a service (or a case file) names: loadAnyCatalog by another name, for readers of the vocabulary. */
export function catalogFor(id: string): AnyCatalog {
  return loadAnyCatalog(id);
}

export function hasCatalog(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(SOURCES, id);
}

/** Is this a shipped credit catalog (CALNET)? Services under another kind have no tier, TMRC or stop clocks. */
export function isCreditCatalog(id: string): boolean {
  return hasCatalog(id) && loadAnyCatalog(id).kind === 'credits';
}

/** Is this a shipped service-level catalog (met or missed, no money)? */
export function isServiceLevelCatalog(id: string): boolean {
  return hasCatalog(id) && loadAnyCatalog(id).kind === 'service-levels';
}

/** The ids of the shipped catalogs of one kind, in catalogIds() order. */
export function catalogIdsOf(kind: AnyCatalog['kind']): string[] {
  return catalogIds().filter((id) => loadAnyCatalog(id).kind === kind);
}

/** The catalog's title, or the id itself for one this version does not ship. */
export function catalogTitle(id: string): string {
  return hasCatalog(id) ? loadAnyCatalog(id).title : id;
}

/** The objective of the tier in the objective's own unit; null when the tier has none (N/A). */
export function tierObjective(sla: SlaDefinition, tier: Tier): number | null {
  return sla.objective.tiers[tier];
}

const UNIT_MS = { hours: 3_600_000, minutes: 60_000, ms: 1 } as const;

/** A duration objective in milliseconds (hours / minutes / ms units). */
export function objectiveMs(sla: SlaDefinition, tier: Tier): number | null {
  const v = sla.objective.tiers[tier];
  if (v === null) return null;
  const unit = sla.objective.unit;
  if (unit === 'percent') throw new Error(`${sla.id} has a percent objective, not a duration`);
  return v * UNIT_MS[unit];
}
