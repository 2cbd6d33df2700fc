// Credit claims (DOMAIN.md "Credit claims"): for a contractor and a billing month, the month
// report's results that carry money, each line explained; frozen on submission with the case file
// of its inputs and that file's SHA-256; followed step by step until the invoice shows the credit.
import { z } from 'zod';
import { AGEING_BUCKETS, CLAIM_STATUSES, CLAIM_STEPS } from '../claims/lifecycle';
import { channel } from './channel';
import { dateText, dollars, id, isoInstant, monthText, requiredText, text } from './fields';
import { countdownSchema, nextContactSchema, stopClockSchema, ticketEventSchema, ticketSchema } from './tickets';
import { noticeSchema, slaResultSchema, usageSchema } from './sla';
import { disputeSectionSchema } from './reconcile';

export { CLAIM_STATUSES, CLAIM_STEPS };

/** A result as it stands now, beside the line as claimed ("changed since submitted"). */
export const lineNowSchema = z.object({
  /** missed / met / pending / not applicable, or 'gone' when the result no longer exists (ticket moved, deleted). */
  status: z.string(),
  amount: z.number(),
  measure: slaResultSchema.shape.measure,
});

export const claimLineSchema = z.object({
  id,
  claimId: id,
  key: z.string(),
  /** The result as claimed: measure, objective, credit terms and dollars, explain lines. */
  result: slaResultSchema,
  /** The contractor's ticket number or the order's reference, for the ATR and the contractor. */
  reference: z.string(),
  excluded: z.boolean(),
  excludedReason: z.string(),
  note: z.string(),
  /** Set when the figures behind the line changed since it was claimed (old in `result`, new here). */
  now: lineNowSchema.nullable(),
});
export type ClaimLine = z.infer<typeof claimLineSchema>;

export const claimEventSchema = z.object({
  id,
  claimId: id,
  kind: z.string(),
  /** The agency date the step happened. */
  on: z.string(),
  /** For a call logged up the ladder: the instant. */
  at: z.string().nullable(),
  who: z.string(),
  method: z.string(),
  to: z.string(),
  reference: z.string(),
  amount: z.number().nullable(),
  invoice: z.string(),
  reason: z.string(),
  level: z.number().nullable(),
  answer: z.string(),
  createdAt: z.string(),
  /** A call retracted (a click too many): kept on the timeline, struck through, no longer counted. */
  retractedAt: z.string().nullable(),
  retractedReason: z.string(),
  retractedBy: z.string(),
});
export type ClaimEvent = z.infer<typeof claimEventSchema>;

export const claimSchema = z.object({
  id,
  contractorId: id,
  contractorName: z.string(),
  catalogId: z.string(),
  month: monthText,
  /** The claim a supplementary claim follows (results pending when it was made), or null. */
  supplementsId: id.nullable(),
  status: z.enum(CLAIM_STATUSES),
  statusLabel: z.string(),
  note: z.string(),
  /** When the figures were measured: at creation for a draft, at submission once submitted. */
  asOf: z.string(),
  submittedOn: z.string().nullable(),
  /** Days since submission (agency dates), null for a draft. */
  ageDays: z.number().int().nullable(),
  ageing: z.enum(AGEING_BUCKETS).nullable(),
  claimed: z.number(),
  credited: z.number(),
  owed: z.number(),
  lineCount: z.number().int(),
  /** Lines whose figures changed since they were claimed; null in the list (the claim's page checks). */
  changedCount: z.number().int().nullable(),
  /** SHA-256 (hex) of the case file frozen at submission, or null for a draft. */
  caseSha256: z.string().nullable(),
  /** The contractor's reference once acknowledged. */
  contractorReference: z.string(),
  /** No answer for the ATR's reminder days, or denied / disputed: the bill-or-contract ladder applies. */
  needsLadder: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Claim = z.infer<typeof claimSchema>;

export const claimDetailSchema = z.object({
  claim: claimSchema,
  lines: z.array(claimLineSchema),
  events: z.array(claimEventSchema),
  /** The steps the claim can take now (the screen offers only these). */
  nextSteps: z.array(z.enum(CLAIM_STEPS)),
  /** The bill-or-contract ladder's next level and the agency's contact for it, when the claim needs it. */
  nextContact: nextContactSchema.nullable(),
  reachedLevel: z.number().int(),
  /** When the next level falls due (level 2 one business day after the first call, level 3 after two), or "call level 1 now". */
  ladderCountdown: countdownSchema.nullable(),
  computedAt: z.string(),
});
export type ClaimDetail = z.infer<typeof claimDetailSchema>;

export const ageingRowSchema = z.object({
  contractorId: id,
  contractorName: z.string(),
  claimed: z.number(),
  credited: z.number(),
  owed: z.number(),
  /** Still owed by days since submission: 0–30, 31–60, 61–90, 90+. */
  buckets: z.array(z.object({ bucket: z.enum(AGEING_BUCKETS), owed: z.number(), count: z.number().int() })),
});

/** Results with money of a month not in any claim of it (pending then, missed now): a supplementary claim. */
export const claimOffersSchema = z.object({
  contractorId: id,
  month: monthText,
  /** The month already has a claim (then these go on a supplementary one). */
  claimed: z.boolean(),
  count: z.number().int(),
  amount: z.number(),
  keys: z.array(z.string()),
});
export type ClaimOffers = z.infer<typeof claimOffersSchema>;

/** A ticket behind a claim's line, as the packet prints it: the whole record, corrections and retractions included. */
export const packetTicketSchema = z.object({
  ticket: ticketSchema,
  /** Every line of its timeline, retracted and corrected ones too (with who, when and why). */
  events: z.array(ticketEventSchema),
  /** Its stop clocks, voided and retracted ones too (with their reasons). */
  stopClocks: z.array(stopClockSchema),
  /** The contractor's notices to CALNET (CAT 2 / CAT 3, 29.4.8.9). */
  notices: z.array(noticeSchema),
  incident: z.object({ reference: z.string(), category: z.string(), description: z.string() }).nullable(),
});
export type PacketTicket = z.infer<typeof packetTicketSchema>;

export const packetOrderSchema = z.object({
  id,
  serviceId: id,
  circuitId: z.string(),
  reference: z.string(),
  description: z.string(),
  orderedAt: z.string(),
  /** The negotiated due date (agency date), or null (then ordered + committed interval: the line's explain lines say it). */
  dueDate: z.string().nullable(),
  completedAt: z.string().nullable(),
  stopClocks: z.array(stopClockSchema),
});
export type PacketOrder = z.infer<typeof packetOrderSchema>;

export const packetServiceSchema = z.object({
  id,
  circuitId: z.string(),
  serviceType: z.string(),
  serviceTypeTitle: z.string(),
  tier: z.string(),
  site: z.string(),
  address: z.string(),
  tmrc: z.number(),
  aduc: z.number(),
  installFee: z.number(),
});

/**
 * What one section of the packet is about: a ticket, an order, or (for a monthly SLA) a service
 * or a site, with the records behind its lines.
 */
export const packetSubjectSchema = z.object({
  /** 't12' (ticket), 'o5' (order), 's7' (service: availability, delay, jitter, site survivability). */
  key: z.string(),
  kind: z.enum(['ticket', 'order', 'service']),
  /** The contractor's ticket number, the order's reference, or the circuit. */
  reference: z.string(),
  service: packetServiceSchema,
  /** The claim's lines about it, in the claim's order. */
  lineIds: z.array(id),
  /**
   * A ticket subject: that ticket. A service subject: the service's tickets that started or closed
   * in the claim's month (those its monthly figure reads), oldest first.
   */
  tickets: z.array(packetTicketSchema),
  order: packetOrderSchema.nullable(),
  /** A site-survivability service: its site's usage events that touch the month. */
  usage: z.array(usageSchema),
});
export type PacketSubject = z.infer<typeof packetSubjectSchema>;

/** Everything the claim packet (the print view) shows, in one answer. */
export const claimPacketSchema = z.object({
  /** When this packet was put together (the clock's now). */
  generatedAt: z.string(),
  timeZone: z.string(),
  agency: z.object({
    name: z.string(),
    address: z.string(),
    /** The ATR's signature block for the cover letter. */
    atrName: z.string(),
    atrTitle: z.string(),
    atrPhone: z.string(),
    atrEmail: z.string(),
  }),
  contractor: z.object({ id, name: z.string() }),
  /** The contract: the SLA catalog's title, source and sections. */
  contract: z.object({ catalogId: z.string(), title: z.string(), source: z.string(), section: z.string(), stopClockSection: z.string() }),
  /** The category claimed under: the service types of the claim's lines ("Converged VoIP, Converged VoIP Voice Mail"). */
  category: z.string(),
  claim: claimSchema,
  /** The lines as claimed (frozen once submitted), each with today's figure when it changed. */
  lines: z.array(claimLineSchema),
  events: z.array(claimEventSchema),
  subjects: z.array(packetSubjectSchema),
  /** The text of each clause the lines cite, in clause order. */
  clauses: z.array(z.object({ clause: z.string(), title: z.string(), text: z.string() })),
  /** The stop-clock conditions the packet's stop clocks name (29.4.7), with their definitions. */
  conditions: z.array(z.object({ code: z.string(), line: z.number().int(), title: z.string(), definition: z.string() })),
  /**
   * Dispute sections made from a reconciliation with the contractor's own ticket report
   * (reconcile:dispute): ours vs theirs per ticket, the clause, the money; oldest first.
   */
  disputes: z.array(disputeSectionSchema),
  /** The case file frozen at submission: its name and SHA-256; null for a draft. */
  caseFile: z.object({ fileName: z.string(), sha256: z.string() }).nullable(),
  charts: z.object({
    /** The contractor's claims (drafts left out), for the credits chart: billing month, claimed, credited. */
    credits: z.array(z.object({ month: monthText, claimed: z.number(), credited: z.number() })),
    /** Each service with an availability line: its monthly results for the 12 months ending with the claim's month (as of now). */
    availability: z.array(
      z.object({
        serviceId: id,
        circuitId: z.string(),
        months: z.array(z.object({ month: monthText, results: z.array(slaResultSchema) })),
        /** Verdicts recorded in the SLA history before ATR Desk (they win over the data's on the chart). */
        recorded: z.array(z.object({ month: monthText, met: z.boolean() })),
      }),
    ),
  }),
});
export type ClaimPacket = z.infer<typeof claimPacketSchema>;

const stepDate = dateText;
const who = text('Who', 120).default('');

export const claimChannels = {
  'claims:list': channel(
    z.object({ contractorId: id.optional(), status: z.enum(CLAIM_STATUSES).optional() }).strict(),
    z.object({ today: z.string(), claims: z.array(claimSchema), ageing: z.array(ageingRowSchema) }),
  ),
  'claims:get': channel(z.object({ id }).strict(), claimDetailSchema),
  'claims:offers': channel(z.object({ contractorId: id, month: monthText }).strict(), claimOffersSchema),
  /** A draft from the month's results with money (or, when the month has a claim, those not yet claimed). */
  'claims:create': channel(z.object({ contractorId: id, month: monthText, note: text('Note', 4000).default('') }).strict(), claimDetailSchema, ['claims']),
  'claims:setLine': channel(
    z
      .object({ id, excluded: z.boolean(), excludedReason: text('Reason', 2000).default(''), note: text('Note', 4000).default('') })
      .strict()
      .superRefine((l, ctx) => {
        if (l.excluded && l.excludedReason === '') ctx.addIssue({ code: 'custom', path: ['excludedReason'], message: 'Reason is required to exclude a line' });
      }),
    claimDetailSchema,
    ['claim_lines'],
  ),
  'claims:setNote': channel(z.object({ id, note: text('Note', 4000) }).strict(), claimDetailSchema, ['claims']),
  /** Draft only: takes the month's results again (exclusions and notes kept by result). */
  'claims:refresh': channel(z.object({ id }).strict(), claimDetailSchema, ['claims', 'claim_lines']),
  'claims:delete': channel(z.object({ id }).strict(), z.object({ deleted: z.literal(true) }), ['claims', 'claim_lines']),
  'claims:submit': channel(
    z.object({ id, on: stepDate, method: requiredText('Method', 60), to: requiredText('Sent to', 200), who }).strict(),
    claimDetailSchema,
    ['claims', 'claim_lines', 'claim_events'],
  ),
  'claims:acknowledge': channel(
    z.object({ id, on: stepDate, reference: text("Contractor's reference", 120).default(''), who }).strict(),
    claimDetailSchema,
    ['claims', 'claim_events'],
  ),
  'claims:credit': channel(
    z.object({ id, on: stepDate, amount: dollars('Amount credited'), invoice: requiredText('Invoice number', 64), who }).strict(),
    claimDetailSchema,
    ['claims', 'claim_events'],
  ),
  'claims:deny': channel(z.object({ id, on: stepDate, reason: requiredText('Reason', 2000), who }).strict(), claimDetailSchema, ['claims', 'claim_events']),
  'claims:dispute': channel(z.object({ id, on: stepDate, reason: requiredText('Reason', 2000), who }).strict(), claimDetailSchema, ['claims', 'claim_events']),
  /** A call up the contractor's bill-or-contract ladder, logged like a ticket's. */
  'claims:logCall': channel(
    z
      .object({
        id,
        at: isoInstant,
        level: z.number().int().min(1, 'Level must be 1 or more').max(10),
        whom: text('Whom', 200).default(''),
        how: text('How', 60).default('phone'),
        answer: text('Answer', 2000).default(''),
        who,
      })
      .strict(),
    claimDetailSchema,
    ['claim_events'],
  ),
  /** A call logged up the ladder, retracted (`id` is the call's): kept on the timeline, struck through, no longer counted. */
  'claims:retractCall': channel(z.object({ id, reason: requiredText('Reason', 2000), who }).strict(), claimDetailSchema, ['claims', 'claim_events']),
  /** Everything the claim packet (print view, PDF) shows: the claim, its lines and the records, clauses and hash behind them. */
  'claims:packet': channel(z.object({ id }).strict(), claimPacketSchema),
  /** The case file frozen at submission, exactly as hashed. */
  'claims:caseFile': channel(z.object({ id }).strict(), z.object({ fileName: z.string(), text: z.string(), sha256: z.string() })),
};
