// Channels of the Services (circuits) screen.
import { z } from 'zod';
import type { Tier } from '../sla/catalog';
import { catalogIds, DEFAULT_CATALOG_ID, hasCatalog, loadAnyCatalog } from '../sla/catalog';
import { ids, orList, titles, VOCABULARY } from '../sla/vocabulary';
import { channel } from './channel';
import { dateText, dollars, id, requiredText, text, wholeNumber } from './fields';

// The catalog is the vocabulary: service types and tiers, with their titles, come from the SLA
// catalogs (resources/catalogs, shared/sla/vocabulary.ts); a second catalog adds its own.
export const SERVICE_TYPES: readonly string[] = ids(VOCABULARY.serviceTypes);
export type ServiceType = string;
export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = titles(VOCABULARY.serviceTypes);

export const TIERS: readonly Tier[] = ids(VOCABULARY.tiers);
export type { Tier };
export const TIER_LABELS: Record<Tier, string> = titles(VOCABULARY.tiers);

const serviceTypeEnum = (message?: string) => z.enum(ids(VOCABULARY.serviceTypes), message === undefined ? undefined : { message });
const tierEnum = (message?: string) => z.enum(ids(VOCABULARY.tiers), message === undefined ? undefined : { message });
/** A service's tier: one of the tiers, or '' for a service of a catalog with none (the help desk commits to no tier). */
const serviceTier = (message?: string) => z.enum([...ids(VOCABULARY.tiers), ''], message === undefined ? undefined : { message });

/** The SLA catalogs a service can be under (resources/catalogs). */
export const CATALOG_IDS = catalogIds() as [string, ...string[]];

export const serviceDraftSchema = z.object({
  circuitId: requiredText('Circuit ID', 64),
  contractorId: z.number({ message: 'Contractor is required' }).int().positive('Contractor is required'),
  serviceType: serviceTypeEnum(`Service type must be ${orList(VOCABULARY.serviceTypes)}`),
  /** Checked against the catalog: required under a credit catalog (CALNET), '' under one without tiers. */
  tier: serviceTier(`Tier must be ${orList(VOCABULARY.tiers)}`),
  /** The contract the service is under; its type (and tier) must be that catalog's. */
  catalogId: z.enum(CATALOG_IDS, { message: `Catalog must be ${CATALOG_IDS.join(' or ')}` }).default(DEFAULT_CATALOG_ID),
  tmrc: dollars('TMRC'),
  aduc: dollars('ADUC').default(0),
  installFee: dollars('Installation fee').default(0),
  /** End-User VoIP seats on this service; 50 or more at one address makes an outage CAT 1 (29.4.8.2). */
  seats: wholeNumber('Seats', 1_000_000).default(1),
  site: text('Site', 64).default(''),
  address: text('Address', 200).default(''),
});
export type ServiceDraftInput = z.input<typeof serviceDraftSchema>;

/**
 * The tier the draft's catalog asks for, checked with the other fields (so one request lists every
 * problem): one of a credit catalog's tiers; none ('') under a catalog without tiers (the help desk).
 */
export function checkServiceTier(d: { tier: string; catalogId: string }, ctx: z.RefinementCtx): void {
  if (!hasCatalog(d.catalogId)) return;
  const c = loadAnyCatalog(d.catalogId);
  if (c.kind === 'credits' && d.tier === '') ctx.addIssue({ code: 'custom', path: ['tier'], message: `Tier must be ${orList(c.tiers)}` });
  if (c.kind !== 'credits' && d.tier !== '') ctx.addIssue({ code: 'custom', path: ['tier'], message: `A ${c.title} service has no tier: leave Tier empty` });
}
export type ServiceDraft = z.output<typeof serviceDraftSchema>;

export const serviceSchema = z.object({
  id,
  circuitId: z.string(),
  contractorId: id,
  contractorName: z.string(),
  serviceType: serviceTypeEnum(),
  /** '' for a service of a catalog without tiers (the help desk). */
  tier: serviceTier(),
  tmrcCents: z.number().int(),
  aducCents: z.number().int(),
  installFeeCents: z.number().int(),
  seats: z.number().int(),
  site: z.string(),
  address: z.string(),
  /** The SLA catalog the service is under (resources/catalogs). */
  catalogId: z.string(),
  /** Disconnected on this date (agency calendar); null while in service. A retired service stays on record, out of the pickers. */
  retiredOn: z.string().nullable(),
  /** The service that replaced this one in a conversion (CALNET 2 → CALNET 3), or null. */
  replacedById: id.nullable(),
  replacedByCircuitId: z.string().nullable(),
  /** The services this one replaced (their history is this one's history before it). */
  predecessors: z.array(z.object({ id, circuitId: z.string(), retiredOn: z.string().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Service = z.infer<typeof serviceSchema>;

export const SERVICE_SORT_KEYS = ['circuitId', 'contractor', 'serviceType', 'tier', 'tmrc', 'aduc', 'site'] as const;
export type ServiceSortKey = (typeof SERVICE_SORT_KEYS)[number];

export const serviceQuerySchema = z
  .object({
    text: z.string().max(200).optional(),
    contractorId: id.optional(),
    tier: tierEnum().optional(),
    serviceType: serviceTypeEnum().optional(),
    /** Retired services are left out unless asked for. */
    includeRetired: z.boolean().optional(),
    sort: z.object({ key: z.enum(SERVICE_SORT_KEYS), dir: z.enum(['asc', 'desc']) }).strict().optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();
export type ServiceQuery = z.infer<typeof serviceQuerySchema>;

/** One CSV row as the preview shows it: what was read, the draft if valid, the problems if not. */
export const importRowSchema = z.object({
  line: z.number().int(),
  fields: z.record(z.string(), z.string()),
  draft: z
    .object({
      circuitId: z.string(), contractorId: id, serviceType: serviceTypeEnum(), tier: serviceTier(),
      tmrc: z.string(), aduc: z.string(), installFee: z.string(), seats: z.number().int(), site: z.string(), address: z.string(),
    })
    .nullable(),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const MAX_CSV_BYTES = 5_000_000;

/** A CSV import's preview: every row with its draft or its problems (each naming its column); nothing is written. */
export function csvPreviewSchema<R extends z.ZodType>(row: R) {
  return z.object({
    columns: z.array(z.string()),
    rows: z.array(row),
    validCount: z.number().int(),
    invalidCount: z.number().int(),
    /** Problems with the file as a whole (missing columns, unreadable). */
    fileProblems: z.array(z.string()),
  });
}

export const serviceChannels = {
  'services:list': channel(serviceQuerySchema, z.object({ rows: z.array(serviceSchema), total: z.number().int() })),
  'services:get': channel(z.object({ id }).strict(), serviceSchema),
  'services:create': channel(serviceDraftSchema.strict().superRefine(checkServiceTier), serviceSchema, ['services']),
  'services:update': channel(serviceDraftSchema.extend({ id }).strict().superRefine(checkServiceTier), serviceSchema, ['services']),
  'services:delete': channel(z.object({ id }).strict(), z.object({ deleted: z.literal(true) }), ['services']),
  /** Disconnected on a date (null: back in service); a service with tickets or orders is retired, not deleted. */
  'services:retire': channel(z.object({ id, retiredOn: dateText.nullable() }).strict(), serviceSchema, ['services']),
  'services:importPreview': channel(
    z.object({ csv: z.string().max(MAX_CSV_BYTES, 'The CSV file is larger than 5 MB') }).strict(),
    csvPreviewSchema(importRowSchema),
  ),
  'services:importCommit': channel(
    z.object({ rows: z.array(serviceDraftSchema.strict().superRefine(checkServiceTier)).min(1, 'Nothing to import').max(20_000) }).strict(),
    z.object({ inserted: z.number().int() }),
    ['services'],
  ),
};
