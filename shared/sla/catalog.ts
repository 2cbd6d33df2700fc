// An SLA catalog is data (resources/catalogs/*.json): every objective, percent and clause the
// engine uses comes from here, validated with zod when it is loaded (DOMAIN.md "SLAs of the
// Converged VoIP catalog"). No SLA number lives in TypeScript.
import { z } from 'zod';
import calnet3ConvergedVoip from '../../resources/catalogs/calnet3-converged-voip.json';

export const TIERS = ['basic', 'standard', 'premier'] as const;
export type Tier = (typeof TIERS)[number];

export const TICKET_KINDS = ['repair', 'cat1', 'cat2', 'cat3', 'delay', 'jitter'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

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
  ticketKinds: z.array(z.enum(TICKET_KINDS)),
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
    title: z.string().min(1),
    source: z.string().min(1),
    section: z.string().min(1),
    stopClockSection: z.string().min(1),
    tiers: z.array(z.enum(TIERS)),
    serviceTypes: z.array(z.object({ id: z.string().min(1), title: z.string().min(1) })).min(1),
    slas: z.array(slaSchema).min(1),
    stopClockConditions: z.array(conditionSchema).min(1),
    refusedConditions: z.array(refusedSchema),
  })
  .superRefine((c, ctx) => {
    const types = new Set(c.serviceTypes.map((t) => t.id));
    const ids = new Set<string>();
    c.slas.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'id'], message: `SLA "${s.id}" appears twice` });
      ids.add(s.id);
      for (const t of s.serviceTypes) {
        if (!types.has(t)) ctx.addIssue({ code: 'custom', path: ['slas', i, 'serviceTypes'], message: `unknown service type "${t}"` });
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
  condition(code: string): StopClockCondition | undefined;
  /** A refused pseudo-condition matching the code or one of its spellings. */
  refused(code: string): RefusedCondition | undefined;
}

const SOURCES: Record<string, unknown> = {
  'calnet3-converged-voip': calnet3ConvergedVoip,
};

const loaded = new Map<string, Catalog>();

export function catalogIds(): string[] {
  return Object.keys(SOURCES);
}

export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

/** Validates raw catalog data (throws with every problem listed when it is not a catalog). */
export function buildCatalog(data: unknown): Catalog {
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`);
    throw new Error(`invalid SLA catalog: ${lines.join('; ')}`);
  }
  const c = parsed.data;
  const byId = new Map(c.slas.map((s) => [s.id, s]));
  const byCode = new Map(c.stopClockConditions.map((s) => [s.code, s]));
  const refusedBy = new Map<string, RefusedCondition>();
  for (const r of c.refusedConditions) {
    refusedBy.set(normalizeCode(r.code), r);
    for (const a of r.aliases) refusedBy.set(normalizeCode(a), r);
  }
  return {
    ...c,
    sla: (id) => byId.get(id),
    condition: (code) => byCode.get(code),
    refused: (code) => refusedBy.get(normalizeCode(code)),
  };
}

/** The catalog with that id, validated once and cached; throws for an unknown id. */
export function loadCatalog(id = 'calnet3-converged-voip'): Catalog {
  const cached = loaded.get(id);
  if (cached) return cached;
  const source = SOURCES[id];
  if (source === undefined) throw new Error(`unknown SLA catalog "${id}" (known: ${catalogIds().join(', ')})`);
  const catalog = buildCatalog(source);
  loaded.set(id, catalog);
  return catalog;
}

export function hasCatalog(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(SOURCES, id);
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
