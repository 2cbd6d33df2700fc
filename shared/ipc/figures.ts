// Channels of a service-level contract's inputs besides its incidents (the help desk, issue 14):
// the center's figures per period (entered by hand or imported from its CSV report) and the
// billing check's inputs (the year's flat rates, the amount billed each month). What they score
// is served by the sla:* channels (sla:scorecard, sla:billingCheck). Every value is checked
// against the contractor's service-level catalog (its figures, its lines of support).
import { z } from 'zod';
import { catalogIdsOf } from '../sla/catalog';
import { channel } from './channel';
import { dollars, id, monthText, text } from './fields';

const SERVICE_LEVEL_CATALOGS = catalogIdsOf('service-levels') as [string, ...string[]];

/** The contract: a contractor and a service-level catalog (the first shipped one when left out). */
const contract = {
  contractorId: id,
  catalogId: z.enum(SERVICE_LEVEL_CATALOGS, { message: `Catalog must be a service-level catalog: ${SERVICE_LEVEL_CATALOGS.join(', ')}` }).default(SERVICE_LEVEL_CATALOGS[0]),
};

/** A month '2026-10' (monthly figures) or a year '2026' (yearly ones). */
export const periodText = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'Period must be a month like 2026-10 or a year like 2026');
export const yearText = z.string().regex(/^\d{4}$/, 'Year must be a year like 2026');

/** A figure as typed ("935", "28.5") or as a number; its catalog says how many decimals it may have. */
const figureValue = z.union([z.number(), z.string().max(40)], { message: 'must be a number' });

export const figuresDraftSchema = z
  .object({
    ...contract,
    period: periodText,
    /** The period's figures by id; they replace what the period held (a figure left out is cleared). */
    values: z.record(z.string().max(60), figureValue),
    note: text('Note', 2000).default(''),
  })
  .strict();
export type FiguresDraft = z.output<typeof figuresDraftSchema>;

export const figuresSchema = z.object({
  contractorId: id,
  catalogId: z.string(),
  period: z.string(),
  /** Values in the catalog's unit (calls, seconds, points of 5). */
  values: z.record(z.string(), z.number()),
  source: z.string(),
  note: z.string(),
  updatedAt: z.string(),
});
export type PeriodFigures = z.infer<typeof figuresSchema>;

/** One CSV line as the preview shows it: what was read, the period and values if valid, the problems if not. */
export const figuresImportRowSchema = z.object({
  line: z.number().int(),
  fields: z.record(z.string(), z.string()),
  period: z.string().nullable(),
  values: z.record(z.string(), z.number()).nullable(),
  /** The period already has figures: committing replaces them. */
  replaces: z.boolean(),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type FiguresImportRow = z.infer<typeof figuresImportRowSchema>;

export const MAX_FIGURES_CSV_BYTES = 1_000_000;

export const billingRatesSchema = z.object({
  contractorId: id,
  catalogId: z.string(),
  year: z.string(),
  /** The year's flat rate per line of support (service type), cents; a line without one is absent. */
  rates: z.array(z.object({ serviceType: z.string(), rateCents: z.number().int() })),
  billed: z.array(z.object({ month: z.string(), amountCents: z.number().int(), invoice: z.string(), note: z.string() })),
});
export type BillingInputs = z.infer<typeof billingRatesSchema>;

const deleted = z.object({ deleted: z.literal(true) });

export const figureChannels = {
  'figures:list': channel(
    z.object({ ...contract, from: periodText.optional(), to: periodText.optional() }).strict(),
    z.array(figuresSchema),
  ),
  'figures:set': channel(figuresDraftSchema, figuresSchema, ['contract_figures']),
  'figures:delete': channel(z.object({ ...contract, period: periodText }).strict(), deleted, ['contract_figures']),
  'figures:importPreview': channel(
    z.object({ ...contract, csv: z.string().max(MAX_FIGURES_CSV_BYTES, 'The CSV file is larger than 1 MB') }).strict(),
    z.object({
      columns: z.array(z.string()),
      /** CSV column → figure id (or 'period'), as recognised from the header. */
      mapping: z.record(z.string(), z.string()),
      rows: z.array(figuresImportRowSchema),
      validCount: z.number().int(),
      invalidCount: z.number().int(),
      fileProblems: z.array(z.string()),
    }),
  ),
  'figures:importCommit': channel(
    z
      .object({
        ...contract,
        rows: z.array(z.object({ period: periodText, values: z.record(z.string().max(60), figureValue) }).strict()).min(1, 'Nothing to import').max(600),
        fileName: text('File name', 200).default(''),
      })
      .strict(),
    z.object({ saved: z.number().int() }),
    ['contract_figures'],
  ),
  'billing:list': channel(z.object({ ...contract, year: yearText }).strict(), billingRatesSchema),
  'billing:setRates': channel(
    z
      .object({
        ...contract,
        year: yearText,
        rates: z.array(z.object({ serviceType: z.string().max(60), rate: dollars('Rate') }).strict()).max(50),
      })
      .strict(),
    billingRatesSchema,
    ['billing_rates'],
  ),
  'billing:setBilled': channel(
    z
      .object({ ...contract, month: monthText, amount: dollars('Billed amount'), invoice: text('Invoice', 64).default(''), note: text('Note', 2000).default('') })
      .strict(),
    billingRatesSchema,
    ['billed_amounts'],
  ),
  'billing:deleteBilled': channel(z.object({ ...contract, month: monthText }).strict(), deleted, ['billed_amounts']),
};
