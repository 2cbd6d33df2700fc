// Channels of the money: the engine's verdicts and credits over the agency's data (one
// evaluation path, electron/services/evaluation), and the SLA inputs an ATR records besides
// tickets and orders: contractor notices (29.4.8.9), site-survivability usage (29.4.8.7) and
// the SLA history of months before the app was used (consecutive-miss steps).
import { z } from 'zod';
import { channel } from './channel';
import { MONTHLY_SLA_IDS } from '../sla/vocabulary';
import { catalogIdsOf } from '../sla/catalog';
import { dateText, id, isoInstant, monthText, text } from './fields';

export const measureSchema = z.object({
  minutes: z.number().optional(),
  percent: z.number().optional(),
  ms: z.number().optional(),
  hours: z.number().optional(),
  /** Service-level catalogs (the help desk): seconds (speed of answer), a score (satisfaction, of 5). */
  seconds: z.number().optional(),
  score: z.number().optional(),
});

export const SLA_STATUSES = ['met', 'missed', 'pending', 'not-applicable'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

/** One result of the engine (CASE_FORMAT's report result) with the app's names and links. */
export const slaResultSchema = z.object({
  /** Stable within a report: sla + subject (ticket, order, service or site). */
  key: z.string(),
  sla: z.string(),
  /** The SLA's title and clause from the service's catalog ("Time to Repair (TTR)", "29.4.8.11"). */
  title: z.string(),
  clause: z.string(),
  catalogId: z.string(),
  month: monthText,
  serviceId: id.nullable(),
  circuitId: z.string().nullable(),
  contractorId: id.nullable(),
  site: z.string().nullable(),
  ticketId: id.nullable(),
  orderId: id.nullable(),
  /** The contractor's ticket number or the order's reference, as the ATR and the contractor name it; null when none was recorded. */
  reference: z.string().nullable(),
  applicable: z.boolean(),
  met: z.boolean().nullable(),
  status: z.enum(SLA_STATUSES),
  measure: measureSchema.nullable(),
  objective: measureSchema.nullable(),
  consecutiveMisses: z.number().int().nullable(),
  credit: z.object({ tmrcPercent: z.number(), aducDays: z.number(), installFeePercent: z.number(), amount: z.number() }),
  /** "senior-management-escalation" for a missed notification (no money). */
  remedy: z.string().nullable(),
  /** For a pending result: what it waits for ("the restoration: 1 h 20 min left before the objective is missed"). */
  awaiting: z.string().nullable(),
  /** The arithmetic, first line citing the clause; empty in a month report (ask sla:result for them). */
  explain: z.array(z.string()),
});
export type SlaResultRow = z.infer<typeof slaResultSchema>;

export const monthReportQuerySchema = z
  .object({
    month: monthText,
    contractorId: id.optional(),
    sla: z.string().max(64).optional(),
    serviceId: id.optional(),
    missedOnly: z.boolean().default(false),
  })
  .strict();
export type MonthReportQuery = z.input<typeof monthReportQuerySchema>;

export const monthReportSchema = z.object({
  month: monthText,
  /** The instant the open tickets and orders were measured up to (now, or the month's end if earlier... never later than now). */
  asOf: z.string(),
  timeZone: z.string(),
  /** Results with a verdict (met, missed, not applicable), filtered as asked. */
  results: z.array(slaResultSchema),
  /** Results still pending (a ticket of the month not yet restored, an order not yet due): listed apart. */
  pending: z.array(slaResultSchema),
  /** Sum of the credits of `results`, dollars. */
  totalCredit: z.number(),
  counts: z.object({ met: z.number().int(), missed: z.number().int(), pending: z.number().int(), notApplicable: z.number().int() }),
});
export type MonthReport = z.infer<typeof monthReportSchema>;

/** One result with its explain lines (a row of the Month screen, opened). */
export const resultQuerySchema = z.object({ month: monthText, key: z.string().min(1).max(200) }).strict();

export const ticketResultsSchema = z.object({
  ticketId: id,
  month: monthText,
  asOf: z.string(),
  results: z.array(slaResultSchema),
  totalCredit: z.number(),
});
export type TicketResults = z.infer<typeof ticketResultsSchema>;

export const ORDER_STATUSES = ['on-time', 'late', 'pending', 'no-due'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** What the engine says of an order's due date (DOMAIN.md "Provisioning"). */
export const orderDueSchema = z.object({
  /** The due date (agency calendar date): negotiated, else ordered + committed interval; null when neither exists. */
  dueDate: dateText.nullable(),
  negotiated: z.boolean(),
  /** Committed interval in calendar days used when not negotiated; null when negotiated or none for the type. */
  intervalDays: z.number().int().nullable(),
  /** Counted Customer Provisioning Delay time, ms (clipped to order → completion). */
  delayMs: z.number(),
  /** A delay stop clock still runs: the end of the due date moves until it ends. */
  delayRunning: z.boolean(),
  /** The end of the due date (midnight after it, agency time) extended by the delay; null while unknown. */
  dueEndsAt: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  /** The month whose Provisioning results hold this order (the month of the extended due date). */
  month: monthText.nullable(),
});
export type OrderDue = z.infer<typeof orderDueSchema>;

export const orderResultsSchema = z.object({
  orderId: id,
  due: orderDueSchema,
  asOf: z.string(),
  results: z.array(slaResultSchema),
  totalCredit: z.number(),
});
export type OrderResults = z.infer<typeof orderResultsSchema>;

/** A service's monthly results (availability, delay, jitter, site survivability) and credits, month by month. */
export const serviceMonthsSchema = z.object({
  serviceId: id,
  months: z.array(
    z.object({
      month: monthText,
      /** The service's monthly results that month (availability first). */
      results: z.array(slaResultSchema),
      /** Credits the service earned that month, every SLA (per-ticket, monthly, provisioning). */
      credit: z.number(),
    }),
  ),
});
export type ServiceMonths = z.infer<typeof serviceMonthsSchema>;

export const NOTICE_METHODS = ['phone', 'email', 'portal', 'other'] as const;
export const noticeDraftSchema = z
  .object({
    ticketId: id,
    at: isoInstant,
    method: z.enum(NOTICE_METHODS, { message: 'Method must be phone, e-mail, portal or other' }).default('phone'),
    note: text('Note', 2000).default(''),
    /** A help-desk notification's kind (its catalog's: initial, update, restored, escalation); '' for a CALNET notice. */
    kind: z.string({ message: 'Kind must be text' }).trim().max(40, 'Kind is at most 40 characters').default(''),
  })
  .strict();
export const noticeSchema = z.object({ id, ticketId: id, at: z.string(), method: z.string(), note: z.string(), kind: z.string(), createdAt: z.string() });
export type ContractorNotice = z.infer<typeof noticeSchema>;

export const usageDraftSchema = z
  .object({
    site: z.string({ message: 'Site is required' }).trim().min(1, 'Site is required').max(64, 'Site is at most 64 characters'),
    startAt: isoInstant,
    /** null: the site is still on its survivability circuit. */
    endAt: isoInstant.nullable().default(null),
    note: text('Note', 2000).default(''),
  })
  .strict();
export const usageSchema = z.object({ id, site: z.string(), startAt: z.string(), endAt: z.string().nullable(), note: z.string(), updatedAt: z.string() });
export type UsageEvent = z.infer<typeof usageSchema>;

/** The monthly SLAs whose earlier months can be recorded (consecutive-miss steps). */
export const HISTORY_SLAS = MONTHLY_SLA_IDS as [string, ...string[]];
export const historyDraftSchema = z
  .object({
    sla: z.enum(HISTORY_SLAS, { message: `SLA must be one of the monthly SLAs: ${HISTORY_SLAS.join(', ')}` }),
    serviceId: id.nullable().default(null),
    site: z.string().trim().max(64, 'Site is at most 64 characters').nullable().default(null),
    month: monthText,
    met: z.boolean({ message: 'Say whether the month met or missed the SLA' }),
    note: text('Note', 2000).default(''),
  })
  .strict();
export const historySchema = z.object({
  id,
  sla: z.string(),
  serviceId: id.nullable(),
  circuitId: z.string().nullable(),
  site: z.string().nullable(),
  month: z.string(),
  met: z.boolean(),
  note: z.string(),
  createdAt: z.string(),
});
export type HistoryEntry = z.infer<typeof historySchema>;

const SERVICE_LEVEL_CATALOGS = catalogIdsOf('service-levels') as [string, ...string[]];

/** A service-level contract's month (the help desk): a contractor, its catalog, a month. */
export const scorecardQuerySchema = z
  .object({
    contractorId: id,
    catalogId: z.enum(SERVICE_LEVEL_CATALOGS, { message: `Catalog must be a service-level catalog: ${SERVICE_LEVEL_CATALOGS.join(', ')}` }).default(SERVICE_LEVEL_CATALOGS[0]),
    month: monthText,
    /** Months of the trend, ending with `month`. */
    months: z.number().int().min(1).max(36).default(12),
  })
  .strict();

const timelineEntrySchema = z.object({
  at: z.string(),
  what: z.string(),
  kind: z.enum(['event', 'notification', 'due']),
  status: z.enum(['met', 'missed', 'pending']).nullable(),
});

/** The scorecard of a service-level contract's month (issue 14 item 4). */
export const scorecardSchema = z.object({
  contractorId: id,
  contractorName: z.string(),
  catalogId: z.string(),
  catalogTitle: z.string(),
  month: monthText,
  asOf: z.string(),
  timeZone: z.string(),
  /** The catalog's word that no money is owed. */
  remedy: z.string(),
  /** The month's targets, then the year's, each with its explain lines. */
  targets: z.array(slaResultSchema),
  /** The targets' figures month by month (oldest first), ready to plot. */
  trend: z.array(z.object({ month: monthText, points: z.array(z.object({ sla: z.string(), value: z.number().nullable(), met: z.boolean().nullable() })) })),
  trendTargets: z.array(z.object({ sla: z.string(), title: z.string(), report: z.enum(['seconds', 'percent', 'score']), comparison: z.enum(['<=', '>=']), objective: z.number(), period: z.enum(['month', 'year']) })),
  /** Per step of the schedule, how the month's incidents did. */
  steps: z.array(z.object({ sla: z.string(), title: z.string(), met: z.number().int(), missed: z.number().int(), pending: z.number().int(), notApplicable: z.number().int() })),
  incidents: z.object({
    total: z.number().int(),
    /** Incidents with a missed step, each with every step's result and its timeline. */
    missed: z.array(
      z.object({
        ticketId: id,
        reference: z.string(),
        kind: z.string(),
        kindTitle: z.string(),
        circuitId: z.string(),
        createdAt: z.string(),
        results: z.array(slaResultSchema),
        timeline: z.array(timelineEntrySchema),
      }),
    ),
  }),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

/** The billing check of a month (issue 14 item 5): expected bill from the incidents and the year's rates, beside the billed amount. */
export const billingCheckSchema = z.object({
  contractorId: id,
  catalogId: z.string(),
  month: monthText,
  year: z.string(),
  lines: z.array(z.object({ serviceType: z.string(), title: z.string(), billedPer: z.enum(['incident', 'call']), count: z.number().int(), rateCents: z.number().int().nullable(), expectedCents: z.number().int().nullable() })),
  expectedCents: z.number().int().nullable(),
  billedCents: z.number().int().nullable(),
  invoice: z.string(),
  differenceCents: z.number().int().nullable(),
  missingRates: z.array(z.string()),
  explain: z.array(z.string()),
});
export type BillingCheckView = z.infer<typeof billingCheckSchema>;

export const slaChannels = {
  'sla:scorecard': channel(scorecardQuerySchema, scorecardSchema),
  'sla:billingCheck': channel(scorecardQuerySchema.omit({ months: true }), billingCheckSchema),
  'sla:month': channel(monthReportQuerySchema, monthReportSchema),
  'sla:result': channel(resultQuerySchema, slaResultSchema),
  'sla:ticket': channel(z.object({ id }).strict(), ticketResultsSchema),
  'sla:order': channel(z.object({ id }).strict(), orderResultsSchema),
  'sla:service': channel(z.object({ id, months: z.number().int().min(1).max(36).default(12) }).strict(), serviceMonthsSchema),
  'notices:list': channel(z.object({ ticketId: id }).strict(), z.array(noticeSchema)),
  'notices:add': channel(noticeDraftSchema, noticeSchema, ['ticket_notices']),
  'notices:delete': channel(z.object({ id }).strict(), z.object({ deleted: z.literal(true) }), ['ticket_notices']),
  'usage:list': channel(z.object({ site: z.string().max(64).optional() }).strict(), z.array(usageSchema)),
  'usage:add': channel(usageDraftSchema, usageSchema, ['survivability_events']),
  'usage:update': channel(usageDraftSchema.extend({ id }).strict(), usageSchema, ['survivability_events']),
  'usage:delete': channel(z.object({ id }).strict(), z.object({ deleted: z.literal(true) }), ['survivability_events']),
  'history:list': channel(z.object({ serviceId: id.optional(), site: z.string().max(64).optional() }).strict(), z.array(historySchema)),
  'history:set': channel(historyDraftSchema, historySchema, ['sla_history']),
  'history:delete': channel(z.object({ id }).strict(), z.object({ deleted: z.literal(true) }), ['sla_history']),
};
