// Case files in the app (CASE_FORMAT.md): export a contractor's month (or months) as the case
// files `npm run sla -- evaluate` recomputes, and import one into the agency's records.
import { z } from 'zod';
import { channel } from './channel';
import { id, monthText, text } from './fields';

/** A case file is text; this is far above any agency's month (the demo's is about 20 KB). */
export const MAX_CASE_BYTES = 5_000_000;
/** At most this many months in one export. */
export const MAX_EXPORT_MONTHS = 24;

export const caseExportQuerySchema = z
  .object({
    month: monthText,
    contractorId: id.optional(),
    /** The last month of a range (one case file per month and group); the month alone when left out. */
    toMonth: monthText.optional(),
  })
  .strict();
export type CaseExportQuery = z.input<typeof caseExportQuerySchema>;

export const exportedCaseSchema = z.object({
  fileName: z.string(),
  catalogId: z.string(),
  contractorId: id,
  contractorName: z.string(),
  month: monthText,
  /** The case file, pretty-printed JSON with the keys in the format's order. */
  text: z.string(),
  /** SHA-256 of `text` (UTF-8), hex. */
  sha256: z.string(),
});
export type ExportedCase = z.infer<typeof exportedCaseSchema>;

export const caseProblemSchema = z.object({
  /** JSON pointer into the case file, as the `sla` command prints it ("" for the whole file). */
  path: z.string(),
  message: z.string(),
  /** `PATH: message`, exactly the `sla` command's line. */
  line: z.string(),
});
export type CaseProblem = z.infer<typeof caseProblemSchema>;

export const CASE_ROW_KINDS = ['service', 'ticket', 'order', 'usage', 'history'] as const;
export type CaseRowKind = (typeof CASE_ROW_KINDS)[number];

/** One record of the case as the preview shows it: what it becomes, and what is wrong with it. */
export const caseImportRowSchema = z.object({
  /** JSON pointer of the record in the case file ("/tickets/3"). */
  path: z.string(),
  kind: z.enum(CASE_ROW_KINDS),
  /** The case's id of it (a Circuit ID, "T-1", "SR-9", a site...). */
  label: z.string(),
  /** `new` is created; `match` is a service the contractor already has (nothing created). */
  action: z.enum(['new', 'match']),
  /** What is created with it, in words ("2 stop clocks, closed"). */
  detail: z.string(),
  problems: z.array(caseProblemSchema),
});
export type CaseImportRow = z.infer<typeof caseImportRowSchema>;

const countsSchema = z.object({
  servicesNew: z.number().int(),
  servicesMatched: z.number().int(),
  tickets: z.number().int(),
  stopClocks: z.number().int(),
  notices: z.number().int(),
  incidents: z.number().int(),
  orders: z.number().int(),
  usage: z.number().int(),
  history: z.number().int(),
});
export type CaseImportCounts = z.infer<typeof countsSchema>;

export const caseImportResultSchema = z.object({
  fileName: z.string(),
  contractorId: id,
  contractorName: z.string(),
  month: z.string().nullable(),
  catalogId: z.string().nullable(),
  rows: z.array(caseImportRowSchema),
  /** Every problem, in the order the `sla` command prints them, then the app's own refusals. */
  problems: z.array(caseProblemSchema),
  counts: countsSchema,
  /** True once the rows were written (a clean case, dryRun false). */
  imported: z.boolean(),
});
export type CaseImportResult = z.infer<typeof caseImportResultSchema>;

export const caseImportRequestSchema = z
  .object({
    text: z.string().max(MAX_CASE_BYTES, 'The case file is larger than 5 MB'),
    fileName: text('File name', 200).optional(),
    /** The contractor the case's services belong to (a case file names none). */
    contractorId: id,
    /** Only say what would be created; nothing is written. */
    dryRun: z.boolean(),
  })
  .strict();
export type CaseImportRequest = z.input<typeof caseImportRequestSchema>;

export const caseFileChannels = {
  'caseFiles:export': channel(caseExportQuerySchema, z.array(exportedCaseSchema)),
  'caseFiles:import': channel(caseImportRequestSchema, caseImportResultSchema, ['services', 'tickets', 'stop_clocks', 'ticket_notices', 'incidents', 'orders', 'survivability_events', 'sla_history']),
};
