// Channels of the ATR's day: tickets and their timeline, stop clocks, incidents, orders,
// escalation ladders and the "needs me now" board with its countdowns.
import { z } from 'zod';
import { ids, isMeasuredKind, MEASURED_TICKET_KINDS, orList, TICKET_KINDS, titles, VOCABULARY } from '../sla/vocabulary';
import { LADDERS } from '../escalation/ladders';
import { channel } from './channel';
import { dateText, id, isoInstant, requiredText, text } from './fields';
import { orderDueSchema } from './sla';

// The catalog is the vocabulary: ticket kinds, their titles and which record a measured value
// (delay, jitter) come from the SLA catalogs (shared/sla/vocabulary.ts).
export { TICKET_KINDS, MEASURED_TICKET_KINDS, isMeasuredKind };
export type TicketKind = string;
export const TICKET_KIND_LABELS: Record<TicketKind, string> = titles(VOCABULARY.ticketKinds);
const kindEnum = (message?: string) => z.enum(ids(VOCABULARY.ticketKinds), message === undefined ? undefined : { message });
export const SEVERITIES = ['1', '2', '3', '4'] as const;
export const TICKET_STATUSES = ['open', 'restored', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const ticketDraftSchema = z
  .object({
    serviceId: z.number({ message: 'Service is required' }).int().positive('Service is required'),
    contractorTicket: text('Contractor ticket number', 64).default(''),
    kind: kindEnum(`Kind must be ${orList(VOCABULARY.ticketKinds)}`),
    severity: z.enum([...SEVERITIES, ''], { message: 'Severity must be 1, 2, 3 or 4' }).default(''),
    description: text('Description', 4000).default(''),
    alarmAt: isoInstant.nullable().default(null),
    openedAt: isoInstant,
    /** Delay and jitter tickets: the measured one-way delay or jitter, ms (29.4.8.5, 29.4.8.8). */
    measuredMs: z.number({ message: 'Measured value must be a number of milliseconds' }).int('Measured value must be whole milliseconds').min(0, 'Measured value cannot be negative').max(100_000).nullable().default(null),
    incidentId: id.nullable().default(null),
    /**
     * A help-desk incident's instants besides opening and restoration, by the time ids its catalog
     * names (severityAssigned, referred, acknowledged); checked against the service's catalog.
     */
    times: z.record(z.string().max(40), isoInstant.nullable(), { message: 'Times must be an object of instants by name' }).default({}),
    /** One of the shipped escalation ladders (shared/escalation), or null for the contractor's default. */
    ladderId: z.enum(LADDERS.map((l) => l.id) as [string, ...string[]], { message: `Ladder must be ${LADDERS.map((l) => l.id).join(', ')} or none` }).nullable().default(null),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (isMeasuredKind(t.kind) && t.measuredMs === null) {
      ctx.addIssue({ code: 'custom', path: ['measuredMs'], message: `A ${t.kind} ticket needs the measured value in milliseconds` });
    }
  });
export type TicketDraftInput = z.input<typeof ticketDraftSchema>;

export const ticketSchema = z.object({
  id,
  serviceId: id,
  circuitId: z.string(),
  contractorId: id,
  contractorName: z.string(),
  serviceType: z.enum(ids(VOCABULARY.serviceTypes)),
  /** '' for a service of a catalog without tiers (the help desk). */
  tier: z.enum([...ids(VOCABULARY.tiers), '']),
  /** The contract the ticket is under: its service's catalog. */
  catalogId: z.string(),
  site: z.string(),
  incidentId: id.nullable(),
  contractorTicket: z.string(),
  kind: kindEnum(),
  severity: z.string(),
  description: z.string(),
  alarmAt: z.string().nullable(),
  openedAt: z.string(),
  startAt: z.string(),
  restoredAt: z.string().nullable(),
  notRestoredAt: z.string().nullable(),
  actualRestoredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  measuredMs: z.number().nullable(),
  ladderId: z.string().nullable(),
  /** A help-desk incident's recorded instants by time id (UTC ISO); {} for a CALNET ticket. */
  times: z.record(z.string(), z.string()),
  status: z.enum(TICKET_STATUSES),
  updatedAt: z.string(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const EVENT_KINDS = ['note', 'contact', 'escalated', 'restored', 'not_restored', 'actual_restored', 'closed', 'reopened'] as const;
export type TicketEventKind = (typeof EVENT_KINDS)[number];
export const EVENT_LABELS: Record<string, string> = {
  opened: 'Opened', note: 'Note', contact: 'Contact made', escalated: 'Escalated', restored: 'Restored (contractor)',
  not_restored: 'End-User reports not restored', actual_restored: 'Actual restoration', closed: 'Closed', reopened: 'Reopened',
  edited: 'Edited', stop_clock: 'Stop clock started', stop_clock_ended: 'Stop clock ended', stop_clock_voided: 'Stop clock voided',
  stop_clock_retracted: 'Stop clock retracted',
};

/** What a timeline line says, as recorded or as corrected. */
const eventFields = {
  at: isoInstant,
  who: text('Who', 120).default(''),
  level: z.number().int().min(1, 'Level must be 1 or more').max(10).nullable().default(null),
  whom: text('Whom', 200).default(''),
  how: text('How', 60).default(''),
  answer: text('Answer', 2000).default(''),
  detail: text('Detail', 4000).default(''),
};

export const ticketEventDraftSchema = z
  .object({ ticketId: id, kind: z.enum(EVENT_KINDS, { message: 'Choose what happened' }), ...eventFields })
  .strict()
  .superRefine((e, ctx) => {
    if (e.kind === 'escalated' && e.level === null) ctx.addIssue({ code: 'custom', path: ['level'], message: 'Escalation needs the level reached' });
    if (e.kind === 'note' && e.detail.trim() === '') ctx.addIssue({ code: 'custom', path: ['detail'], message: 'A note needs some text' });
  });

export const ticketEventSchema = z.object({
  id,
  ticketId: id,
  kind: z.string(),
  at: z.string(),
  who: z.string(),
  level: z.number().nullable(),
  whom: z.string(),
  how: z.string(),
  answer: z.string(),
  detail: z.string(),
  createdAt: z.string(),
  /** Set when the line was entered in error (retracted) or replaced by a correction: it no longer counts. */
  retractedAt: z.string().nullable(),
  retractedReason: z.string(),
  retractedBy: z.string(),
  /** The line this one corrects. */
  correctsId: id.nullable(),
  /** The stop clock a line the app wrote is about. */
  stopClockId: id.nullable(),
});
export type TicketEvent = z.infer<typeof ticketEventSchema>;

/** Why a line or a stop clock is corrected or retracted: required, it is what a dispute reads. */
const correctionReason = requiredText('Reason', 2000);

/** A corrected timeline line: the same kind, its fields as they should have been. */
export const eventCorrectionSchema = z.object({ id, reason: correctionReason, ...eventFields }).strict();

export const stopClockDraftSchema = z
  .object({
    ticketId: id.nullable().default(null),
    orderId: id.nullable().default(null),
    code: z.string({ message: 'Choose a stop clock condition' }).trim().min(1, 'Choose a stop clock condition').max(64),
    startAt: isoInstant,
    endAt: isoInstant.nullable().default(null),
    windowStart: isoInstant.nullable().default(null),
    windowEnd: isoInstant.nullable().default(null),
    note: text('Note', 4000).default(''),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.ticketId === null) === (s.orderId === null)) ctx.addIssue({ code: 'custom', path: ['ticketId'], message: 'A stop clock belongs to one ticket or one order' });
  });
export type StopClockDraftInput = z.input<typeof stopClockDraftSchema>;

export const stopClockSchema = z.object({
  id,
  ticketId: id.nullable(),
  orderId: id.nullable(),
  code: z.string(),
  title: z.string(),
  startAt: z.string(),
  endAt: z.string().nullable(),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  note: z.string(),
  voidedAt: z.string().nullable(),
  voidedReason: z.string(),
  voidedBy: z.string(),
  /** Entered in error (a wrong time or code): kept on record, never counted. */
  retractedAt: z.string().nullable(),
  retractedReason: z.string(),
  retractedBy: z.string(),
  /** The stop clock this one corrects. */
  correctsId: id.nullable(),
});
export type StopClock = z.infer<typeof stopClockSchema>;

export const countdownSchema = z.object({
  key: z.string(),
  label: z.string(),
  clause: z.string(),
  kind: z.enum(['sla', 'escalation']),
  /** When it falls due if nothing pauses it; null while paused (a stop clock is running). */
  dueAt: z.string().nullable(),
  /** Time left when computed (`computedAt`); negative when missed or overdue. */
  remainingMs: z.number(),
  intervalMs: z.number(),
  paused: z.boolean(),
  /** Counts business time on the agency calendar (escalation levels in business days). */
  businessTime: z.boolean(),
  /** For escalation: the level due and whom to call. */
  level: z.number().nullable(),
  contact: z.string().nullable(),
});
export type Countdown = z.infer<typeof countdownSchema>;

export const nextContactSchema = z.object({
  ladderId: z.string(),
  ladderTitle: z.string(),
  level: z.number(),
  role: z.string(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  fallback: z.string(),
});
export type NextContact = z.infer<typeof nextContactSchema>;

export const ticketDetailSchema = z.object({
  ticket: ticketSchema,
  events: z.array(ticketEventSchema),
  stopClocks: z.array(stopClockSchema),
  countdowns: z.array(countdownSchema),
  nextContact: nextContactSchema.nullable(),
  reachedLevel: z.number(),
  computedAt: z.string(),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

export const TICKET_SORT_KEYS = ['startAt', 'circuitId', 'kind', 'status', 'contractor', 'updatedAt', 'contractorTicket'] as const;

export const ticketQuerySchema = z
  .object({
    status: z.enum(['open', 'restored', 'closed', 'active', 'all']).default('all'),
    text: z.string().max(200).optional(),
    kind: kindEnum().optional(),
    serviceId: id.optional(),
    /** With serviceId: also the tickets of the services it replaced in a conversion (its history before it). */
    includePredecessors: z.boolean().optional(),
    sort: z.object({ key: z.enum(TICKET_SORT_KEYS), dir: z.enum(['asc', 'desc']) }).strict().default({ key: 'startAt', dir: 'desc' }),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export const boardEntrySchema = z.object({
  ticket: ticketSchema,
  countdowns: z.array(countdownSchema),
  nextContact: nextContactSchema.nullable(),
  reachedLevel: z.number(),
});
export type BoardEntry = z.infer<typeof boardEntrySchema>;

export const incidentSchema = z.object({
  id,
  reference: z.string(),
  category: z.enum(['none', 'cat1', 'cat2', 'cat3']),
  description: z.string(),
  ticketIds: z.array(id),
  /** The app's suggestion from the linked tickets (29.4.8.2 CAT 1): why, or null. */
  suggestion: z.object({ category: z.literal('cat1'), reason: z.string() }).nullable(),
});
export type Incident = z.infer<typeof incidentSchema>;

export const orderDraftSchema = z.object({
  serviceId: z.number({ message: 'Service is required' }).int().positive('Service is required'),
  reference: text('Order reference', 64).default(''),
  description: text('Description', 2000).default(''),
  orderedAt: isoInstant,
  /** The negotiated due date, a date of the agency's zone (29.4.8.10 "on or before the due date"). */
  dueDate: dateText.nullable().default(null),
  completedAt: isoInstant.nullable().default(null),
});
export const orderSchema = z.object({
  id,
  serviceId: id,
  circuitId: z.string(),
  reference: z.string(),
  description: z.string(),
  orderedAt: z.string(),
  /** The negotiated due date as recorded (an agency date), or null. */
  dueDate: z.string().nullable(),
  /** The engine's due date, delay and status (negotiated, else ordered + committed interval, extended by delay stop clocks). */
  due: orderDueSchema,
  completedAt: z.string().nullable(),
  stopClocks: z.array(stopClockSchema),
});
export type Order = z.infer<typeof orderSchema>;

export const ladderInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  issueKind: z.string(),
  calendar: z.string(),
  source: z.string(),
  levels: z.array(z.object({ level: z.number(), role: z.string(), contactedBy: z.string(), rule: z.string(), due: z.string(), fallback: z.string() })),
  /** The notification schedule while the issue lasts (Customer Care Center Sev 1 / 2), or ''. */
  updates: z.string(),
});
export const ladderContactSchema = z.object({ contractorId: id, ladderId: z.string(), level: z.number().int(), name: z.string(), phone: z.string(), email: z.string() });
export type LadderContact = z.infer<typeof ladderContactSchema>;

export const conditionInfoSchema = z.object({
  code: z.string(), title: z.string(), definition: z.string(), rule: z.string(),
  requiresNote: z.boolean(), voidable: z.boolean(), ordersOnly: z.boolean(), windowLimited: z.boolean(),
});

const ok = z.object({ ok: z.literal(true) });

export const ticketChannels = {
  'tickets:list': channel(ticketQuerySchema, z.object({ rows: z.array(ticketSchema), total: z.number().int() })),
  'tickets:get': channel(z.object({ id }).strict(), ticketDetailSchema),
  'tickets:create': channel(ticketDraftSchema, ticketDetailSchema, ['tickets']),
  'tickets:update': channel(z.object({ id, ticket: ticketDraftSchema }).strict(), ticketDetailSchema, ['tickets']),
  'tickets:addEvent': channel(ticketEventDraftSchema, ticketDetailSchema, ['tickets', 'ticket_events']),
  'tickets:retractEvent': channel(z.object({ id, reason: correctionReason, who: text('Who', 120).default('') }).strict(), ticketDetailSchema, ['tickets', 'ticket_events']),
  'tickets:correctEvent': channel(eventCorrectionSchema, ticketDetailSchema, ['tickets', 'ticket_events']),
  'tickets:board': channel(z.object({}).strict(), z.object({ computedAt: z.string(), timeZone: z.string(), entries: z.array(boardEntrySchema) })),
  'stopClocks:conditions': channel(z.object({}).strict(), z.object({ conditions: z.array(conditionInfoSchema), refused: z.array(z.object({ code: z.string(), title: z.string(), reason: z.string() })) })),
  'stopClocks:start': channel(stopClockDraftSchema, stopClockSchema, ['stop_clocks']),
  'stopClocks:end': channel(z.object({ id, endAt: isoInstant }).strict(), stopClockSchema, ['stop_clocks']),
  'stopClocks:void': channel(z.object({ id, reason: requiredText('Reason', 2000), who: text('Who', 120).default('') }).strict(), stopClockSchema, ['stop_clocks']),
  'stopClocks:retract': channel(z.object({ id, reason: correctionReason, who: text('Who', 120).default('') }).strict(), stopClockSchema, ['stop_clocks', 'ticket_events']),
  'stopClocks:correct': channel(
    z
      .object({
        id,
        reason: correctionReason,
        who: text('Who', 120).default(''),
        code: z.string({ message: 'Choose a stop clock condition' }).trim().min(1, 'Choose a stop clock condition').max(64),
        startAt: isoInstant,
        endAt: isoInstant.nullable().default(null),
        windowStart: isoInstant.nullable().default(null),
        windowEnd: isoInstant.nullable().default(null),
        note: text('Note', 4000).default(''),
      })
      .strict(),
    stopClockSchema,
    ['stop_clocks', 'ticket_events'],
  ),
  'incidents:list': channel(z.object({}).strict(), z.array(incidentSchema)),
  'incidents:create': channel(
    z.object({ reference: text('Reference', 64).default(''), category: z.enum(['none', 'cat1', 'cat2', 'cat3']).default('none'), description: text('Description', 2000).default(''), ticketIds: z.array(id).default([]) }).strict(),
    incidentSchema,
    ['incidents', 'tickets'],
  ),
  'incidents:update': channel(
    z.object({ id, reference: text('Reference', 64), category: z.enum(['none', 'cat1', 'cat2', 'cat3']), description: text('Description', 2000) }).strict(),
    incidentSchema,
    ['incidents'],
  ),
  'incidents:link': channel(z.object({ incidentId: id.nullable(), ticketId: id }).strict(), ok, ['incidents', 'tickets']),
  'orders:list': channel(z.object({ serviceId: id.optional() }).strict(), z.array(orderSchema)),
  'orders:create': channel(orderDraftSchema.strict(), orderSchema, ['orders']),
  'orders:update': channel(orderDraftSchema.extend({ id }).strict(), orderSchema, ['orders']),
  'ladders:list': channel(z.object({}).strict(), z.array(ladderInfoSchema)),
  'ladders:assign': channel(
    z.object({ contractorId: id, serviceLadderId: z.string().max(64).nullable(), billLadderId: z.string().max(64).nullable() }).strict(),
    z.object({ contractorId: id, serviceLadderId: z.string().nullable(), billLadderId: z.string().nullable() }),
    ['contractors'],
  ),
  'ladders:assignments': channel(z.object({}).strict(), z.array(z.object({ contractorId: id, serviceLadderId: z.string().nullable(), billLadderId: z.string().nullable() }))),
  'ladders:contacts': channel(z.object({ contractorId: id.optional() }).strict(), z.array(ladderContactSchema)),
  'ladders:setContact': channel(
    z
      .object({
        contractorId: id,
        ladderId: z.string().min(1).max(64),
        level: z.number().int().min(1).max(10),
        name: requiredText('Name', 120),
        phone: text('Phone', 40).default(''),
        email: text('E-mail', 200)
          .default('')
          .refine((e) => e === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e), 'E-mail must look like name@example.gov'),
      })
      .strict(),
    ladderContactSchema,
    ['ladder_contacts'],
  ),
};
