// Channels of the conversion tracker (DOMAIN.md "CALNET 2 to CALNET 3 conversion", ATR Bulletin
// 13-06): projects with their dates and milestones, the two roles, one item per existing service
// with its decision, Form 20 and steps, ATOs per contractor, the board, the printable schedule and
// the CSV import/export of the old inventory. The rules behind every answer are in
// shared/conversion/ (rules.ts, parallelBilling.ts, board.ts); screens show what these return.
import { z } from 'zod';
import {
  CONVERSION_DECISIONS,
  CONVERSION_ROLES,
  CONVERSION_STATUSES,
  CONVERSION_STEPS,
  FORM20_STATUSES,
} from '../conversion/types';
import { channel } from './channel';
import { dollars, id, labelledDate, requiredText, text } from './fields';
import { csvPreviewSchema, importRowSchema as serviceImportRowSchema, MAX_CSV_BYTES, serviceDraftSchema } from './services';

export { CONVERSION_DECISIONS, CONVERSION_ROLES, CONVERSION_STATUSES, CONVERSION_STEPS, FORM20_STATUSES };

// ---------------------------------------------------------------------------------------------
// Projects, milestones, roles, templates

export const milestoneDraftSchema = z
  .object({
    label: requiredText('Milestone', 120),
    /** Share of the project's items done (converted or disconnected) by the date, 1–100. */
    percent: z
      .number({ message: 'Percent must be a whole number from 1 to 100' })
      .int('Percent must be a whole number from 1 to 100')
      .min(1, 'Percent must be at least 1')
      .max(100, 'Percent must be at most 100'),
    dueOn: labelledDate('Milestone date'),
  })
  .strict();
export type MilestoneDraft = z.output<typeof milestoneDraftSchema>;

export const milestoneSchema = z.object({ id, projectId: id, label: z.string(), percent: z.number().int(), dueOn: z.string() });
export type Milestone = z.infer<typeof milestoneSchema>;

export const projectDraftSchema = z
  .object({
    name: requiredText('Project name', 120),
    /** "CALNET 2" */
    oldProgram: requiredText('Old program', 60),
    /** "CALNET 3" */
    newProgram: requiredText('New program', 60),
    /** The day the old contract ends (CALNET 2: 2014-01-29). */
    oldContractEnd: labelledDate('Old contract end'),
    /** The day the new contract (its first category) was awarded (CALNET 3: 2013-11-15). */
    newContractAward: labelledDate('New contract award').nullable().default(null),
    /** The day the program's conversion survey is due (CALNET 3: 2013-12-27). */
    surveyDue: labelledDate('Survey due').nullable().default(null),
    note: text('Note', 4000).default(''),
  })
  .strict();
export type ProjectDraft = z.output<typeof projectDraftSchema>;

/** A program change's name and dates, as a project and a template both carry them. */
const programDates = {
  name: z.string(),
  oldProgram: z.string(),
  newProgram: z.string(),
  oldContractEnd: z.string(),
  newContractAward: z.string().nullable(),
  surveyDue: z.string().nullable(),
};

export const projectSchema = z.object({
  id,
  ...programDates,
  note: z.string(),
  /** The shipped template it was made from (resources/conversion), or null for a blank project. */
  templateId: z.string().nullable(),
  /** Where the dates come from ("ATR Bulletin 13-06, December 20, 2013"), '' for a blank project. */
  source: z.string(),
  itemCount: z.number().int(),
  /** Items converted or disconnected. */
  doneCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConversionProject = z.infer<typeof projectSchema>;

export const templateSchema = z.object({
  id: z.string(),
  ...programDates,
  source: z.string(),
  milestones: z.array(z.object({ label: z.string(), percent: z.number().int(), dueOn: z.string() })),
  /** Where the default milestones come from (the bulletin sets only the contract dates). */
  milestoneNote: z.string(),
});
export type ConversionTemplate = z.infer<typeof templateSchema>;

export const roleSchema = z.object({
  role: z.enum(CONVERSION_ROLES),
  /** "Customer Conversion Manager" */
  title: z.string(),
  /** What the role does, in the bulletin's words. */
  duties: z.array(z.string()),
  /** The steps this role may take in the app. */
  steps: z.array(z.enum(CONVERSION_STEPS)),
  contactId: id.nullable(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
});
export type RoleAssignment = z.infer<typeof roleSchema>;

export const atoSchema = z.object({
  contractorId: id,
  contractorName: z.string(),
  /** The date the ATO for this contractor went on file; null when none is on file. */
  onFileOn: z.string().nullable(),
  reference: z.string(),
  note: z.string(),
  updatedAt: z.string().nullable(),
});
export type AtoRecord = z.infer<typeof atoSchema>;

// ---------------------------------------------------------------------------------------------
// Items

/** What the coordinator types for an item (the form, the CSV row, the bulk change). */
export const itemDraftSchema = z
  .object({
    /** The old Circuit ID / Service ID (CALNET 2). */
    oldCircuitId: requiredText('Old Circuit ID', 64),
    /** The service row it is, when the old service is already in the app (its tickets then carry over). */
    serviceId: id.nullable().default(null),
    incumbentContractorId: z.number({ message: 'Incumbent contractor is required' }).int().positive('Incumbent contractor is required'),
    /** The old service as the incumbent bills it ("Centrex line", "Converged VoIP"). */
    incumbentService: requiredText('Incumbent service', 200),
    site: text('Site', 64).default(''),
    /** The old service's TMRC (for parallel billing); null takes the linked service's TMRC, else 0. */
    oldTmrc: dollars('Old TMRC').nullable().default(null),
    /** Where it goes. Left empty: a non-exempt State agency's service transitions (same contractor, same service). */
    targetContractorId: id.nullable().default(null),
    targetService: text('Target service', 200).default(''),
    newCircuitId: text('New Circuit ID', 64).default(''),
    preferredTimeframe: text('Preferred timeframe', 120).default(''),
    scheduledOn: labelledDate('Scheduled date').nullable().default(null),
    /** The day the agency sent the incumbent a disconnect notice: the item's decision is then Disconnect. */
    disconnectNoticeOn: labelledDate('Disconnect notice date').nullable().default(null),
    notes: text('Notes', 4000).default(''),
  })
  .strict();
export type ItemDraftInput = z.input<typeof itemDraftSchema>;
export type ItemDraft = z.output<typeof itemDraftSchema>;

export const stepStateSchema = z.object({
  step: z.enum(CONVERSION_STEPS),
  /** The step may be taken now (by the right role). */
  allowed: z.boolean(),
  /** Why not, in words an ATR understands, citing the rule; null when allowed. */
  reason: z.string().nullable(),
  /** Who may take it: the role titles. */
  roles: z.array(z.enum(CONVERSION_ROLES)),
});
export type StepState = z.infer<typeof stepStateSchema>;

export const parallelBillingSchema = z.object({
  /** The replacement was accepted (converted) on this date. */
  acceptedOn: z.string(),
  /** The old service was disconnected on this date, or null while it is still active. */
  oldDisconnectedOn: z.string().nullable(),
  /** Still active today: the ATR should ask the incumbent for the disconnect. */
  active: z.boolean(),
  /** Days both services were billed: from the acceptance date up to (not including) the disconnect date, or today. */
  overlapDays: z.number().int(),
  /** The old service's TMRC for those days, prorated by the days in each month, cents. */
  doubleTmrcCents: z.number().int(),
  /** One line that says it ("Old service still active 12 days after its replacement was accepted: $480.00 paid twice"). */
  message: z.string(),
});
export type ParallelBilling = z.infer<typeof parallelBillingSchema>;

export const atRiskSchema = z.object({
  /** "Undecided" or "Not ordered" (or "Not disconnected" for a disconnect notice not yet carried out). */
  what: z.string(),
  /** The deadline it is at risk for and its date. */
  deadline: z.string(),
  deadlineOn: z.string(),
  /** Days from today to the deadline (negative when passed). */
  daysLeft: z.number().int(),
  reason: z.string(),
});
export type AtRisk = z.infer<typeof atRiskSchema>;

export const itemSchema = z.object({
  id,
  projectId: id,
  oldCircuitId: z.string(),
  serviceId: id.nullable(),
  /** The linked service's Circuit ID and retirement date (null when not linked). */
  serviceCircuitId: z.string().nullable(),
  serviceRetiredOn: z.string().nullable(),
  incumbentContractorId: id,
  incumbentContractorName: z.string(),
  incumbentService: z.string(),
  site: z.string(),
  oldTmrcCents: z.number().int(),
  targetContractorId: id.nullable(),
  targetContractorName: z.string().nullable(),
  targetService: z.string(),
  /** The decision the rules derive (null: undecided, the agency must opt in). */
  decision: z.enum(CONVERSION_DECISIONS).nullable(),
  decisionLabel: z.string(),
  /** Why that decision, citing the bulletin. */
  decisionReason: z.string(),
  status: z.enum(CONVERSION_STATUSES),
  statusLabel: z.string(),
  form20Status: z.enum(FORM20_STATUSES),
  form20On: z.string().nullable(),
  /** A Form 20 is required (a Migration). */
  form20Required: z.boolean(),
  newCircuitId: z.string(),
  newServiceId: id.nullable(),
  preferredTimeframe: z.string(),
  scheduledOn: z.string().nullable(),
  authorizedOn: z.string().nullable(),
  orderedOn: z.string().nullable(),
  orderReference: z.string(),
  /** The day it was converted (the replacement accepted) or disconnected: the actual date. */
  actualOn: z.string().nullable(),
  /** The day the old service was disconnected (a converted item's old service, or a disconnected item). */
  oldDisconnectedOn: z.string().nullable(),
  disconnectNoticeOn: z.string().nullable(),
  notes: z.string(),
  /** Each step and whether it may be taken now, with the rule that blocks it. */
  steps: z.array(stepStateSchema),
  parallelBilling: parallelBillingSchema.nullable(),
  atRisk: atRiskSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConversionItem = z.infer<typeof itemSchema>;

export const ITEM_EVENT_KINDS = ['created', 'updated', 'form20', 'authorized', 'ordered', 'converted', 'disconnected', 'imported'] as const;
export const itemEventSchema = z.object({
  id,
  itemId: id,
  kind: z.enum(ITEM_EVENT_KINDS),
  /** The agency date it happened. */
  on: z.string(),
  byContactId: id.nullable(),
  /** Who acted, as named then, and in which role(s). */
  byName: z.string(),
  byRoles: z.array(z.enum(CONVERSION_ROLES)),
  detail: z.string(),
  createdAt: z.string(),
});
export type ItemEvent = z.infer<typeof itemEventSchema>;

export const itemDetailSchema = z.object({ item: itemSchema, events: z.array(itemEventSchema) });
export type ItemDetail = z.infer<typeof itemDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Board

const countsSchema = z.object({
  total: z.number().int(),
  byDecision: z.object({ transition: z.number().int(), migration: z.number().int(), disconnect: z.number().int(), undecided: z.number().int() }),
  byStatus: z.object({ planned: z.number().int(), authorized: z.number().int(), ordered: z.number().int(), converted: z.number().int(), disconnected: z.number().int() }),
  done: z.number().int(),
});

export const milestoneProgressSchema = z.object({
  milestoneId: id.nullable(),
  label: z.string(),
  percent: z.number().int(),
  dueOn: z.string(),
  /** Items that must be done by the date (percent of the total, rounded up). */
  needed: z.number().int(),
  /** Items done on or before the date. */
  doneByDue: z.number().int(),
  /** Items done today. */
  doneNow: z.number().int(),
  /** 'met' reached by the date; 'missed' date passed short of it; 'open' date still ahead. */
  state: z.enum(['met', 'missed', 'open']),
  daysLeft: z.number().int(),
});
export type MilestoneProgress = z.infer<typeof milestoneProgressSchema>;

export const timelinePointSchema = z.object({
  /** The last day of the week or month. */
  periodEnd: z.string(),
  label: z.string(),
  /** Items scheduled (or done) by the period's end, cumulative. */
  planned: z.number().int(),
  /** Items done by the period's end, cumulative; null for periods after today. */
  done: z.number().int().nullable(),
  /** The milestone target in force at the period's end (items), or null before the first milestone. */
  target: z.number().int().nullable(),
});

export const boardSchema = z.object({
  today: z.string(),
  counts: countsSchema,
  milestones: z.array(milestoneProgressSchema),
  atRisk: z.array(z.object({ itemId: id, oldCircuitId: z.string(), risk: atRiskSchema })),
  parallelBilling: z.object({ count: z.number().int(), active: z.number().int(), doubleTmrcCents: z.number().int() }),
  timeline: z.object({
    granularity: z.enum(['week', 'month']),
    points: z.array(timelinePointSchema),
    /** Reference lines: each milestone's date and item count, the old contract's end. */
    markers: z.array(z.object({ on: z.string(), label: z.string(), items: z.number().int().nullable() })),
  }),
});
export type ConversionBoard = z.infer<typeof boardSchema>;

export const projectDetailSchema = z.object({
  project: projectSchema,
  milestones: z.array(milestoneSchema),
  roles: z.array(roleSchema),
  items: z.array(itemSchema),
  board: boardSchema,
  /** The agency's kind (its services transition automatically or opt in) and ATOs (Non-State Entities). */
  agencyKind: z.string(),
  atoRequired: z.boolean(),
  atos: z.array(atoSchema),
  computedAt: z.string(),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export const scheduleRowSchema = z.object({
  itemId: id,
  oldCircuitId: z.string(),
  site: z.string(),
  incumbent: z.string(),
  target: z.string(),
  decision: z.string(),
  status: z.string(),
  form20: z.string(),
  preferredTimeframe: z.string(),
  scheduledOn: z.string().nullable(),
  actualOn: z.string().nullable(),
  newCircuitId: z.string(),
  flags: z.array(z.string()),
  notes: z.string(),
});
export type ScheduleRow = z.infer<typeof scheduleRowSchema>;

export const scheduleSchema = z.object({
  agencyName: z.string(),
  project: projectSchema,
  roles: z.array(roleSchema),
  milestones: z.array(milestoneProgressSchema),
  /** Scheduled items by date, then the unscheduled ones. */
  rows: z.array(scheduleRowSchema),
  generatedAt: z.string(),
  today: z.string(),
});
export type ConversionSchedule = z.infer<typeof scheduleSchema>;

// ---------------------------------------------------------------------------------------------
// Steps and bulk

const actor = {
  /** Who acts, chosen from the contacts: they must hold the role the step needs. */
  byContactId: z.number({ message: 'Choose who acts (the Conversion Manager or Coordinator)' }).int().positive('Choose who acts (the Conversion Manager or Coordinator)'),
  on: labelledDate('Date'),
  note: text('Note', 2000).default(''),
};

/** How converting names the new service: one already in the app, a new one, or (a Transition keeping its circuit) the same row. */
export const newServiceSchema = z.discriminatedUnion(
  'use',
  [
    z.object({ use: z.literal('existing'), serviceId: id }).strict(),
    z.object({ use: z.literal('new'), service: serviceDraftSchema.strict() }).strict(),
    z.object({ use: z.literal('same') }).strict(),
  ],
  { message: "New service must be 'existing' (with serviceId), 'new' (with service) or 'same'" },
);
export type NewServiceChoice = z.output<typeof newServiceSchema>;

export const stepRequestSchema = z.discriminatedUnion(
  'step',
  [
    z.object({ itemId: id, step: z.literal('authorize'), ...actor }).strict(),
    z.object({ itemId: id, step: z.literal('order'), ...actor, orderReference: text('Order reference', 64).default('') }).strict(),
    z
      .object({
        itemId: id,
        step: z.literal('convert'),
        ...actor,
        newService: newServiceSchema,
        /** The day the old service was disconnected; null while it stays active (parallel billing is then flagged). */
        oldDisconnectedOn: labelledDate('Old service disconnected on').nullable().default(null),
      })
      .strict(),
    /** A Disconnect item: the service was disconnected on `on`. A converted item: its old service was disconnected on `on`. */
    z.object({ itemId: id, step: z.literal('disconnect'), ...actor }).strict(),
  ],
  { message: 'Step must be authorize, order, convert or disconnect' },
);
export type StepRequest = z.output<typeof stepRequestSchema>;

/** One change for many items: a step (convert only as 'same' circuit), or fields to set. */
export const bulkActionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('step'), step: z.enum(['authorize', 'order', 'disconnect'], { message: 'Step must be authorize, order or disconnect' }), ...actor }).strict(),
    z
      .object({
        kind: z.literal('set'),
        /** Only the fields given change. */
        targetContractorId: id.nullable().optional(),
        targetService: text('Target service', 200).optional(),
        preferredTimeframe: text('Preferred timeframe', 120).optional(),
        scheduledOn: labelledDate('Scheduled date').nullable().optional(),
        disconnectNoticeOn: labelledDate('Disconnect notice date').nullable().optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('form20'),
        status: z.enum(FORM20_STATUSES, { message: 'Form 20 status must be none, in-progress or completed' }),
        on: labelledDate('Form 20 date').nullable().default(null),
      })
      .strict(),
  ],
  { message: "Action kind must be 'step', 'set' or 'form20'" },
);
export type BulkAction = z.output<typeof bulkActionSchema>;

export const bulkOutcomeSchema = z.object({
  itemId: id,
  oldCircuitId: z.string(),
  done: z.boolean(),
  /** What was done, or the rule that blocked it. */
  message: z.string(),
});

// ---------------------------------------------------------------------------------------------
// Import / export

export const itemImportRowSchema = z.object({
  line: z.number().int(),
  fields: z.record(z.string(), z.string()),
  /** The item as it would be created (contractors resolved, a matching service linked), or null when the row has problems. */
  draft: z
    .object({
      oldCircuitId: z.string(),
      serviceId: id.nullable(),
      incumbentContractorId: id,
      incumbentService: z.string(),
      site: z.string(),
      oldTmrc: z.string().nullable(),
      targetContractorId: id.nullable(),
      targetService: z.string(),
      newCircuitId: z.string(),
      preferredTimeframe: z.string(),
      scheduledOn: z.string().nullable(),
      disconnectNoticeOn: z.string().nullable(),
      notes: z.string(),
    })
    .nullable(),
  /** Each problem names the CSV column (field) it is about. */
  problems: serviceImportRowSchema.shape.problems,
});
export type ItemImportRow = z.infer<typeof itemImportRowSchema>;

const projectRef = z.object({ projectId: id }).strict();

export const conversionChannels = {
  'conversion:templates': channel(z.object({}).strict(), z.array(templateSchema)),
  'conversion:projects': channel(z.object({}).strict(), z.array(projectSchema)),
  /** One project with everything its screens show: milestones, roles, items (with their rules applied), board, ATOs. */
  'conversion:project': channel(projectRef, projectDetailSchema),
  /** From a shipped template (its dates and default milestones) or blank (dates typed in). */
  'conversion:createProject': channel(
    z.discriminatedUnion(
      'from',
      [
        z.object({ from: z.literal('template'), templateId: requiredText('Template', 64), name: text('Project name', 120).optional() }).strict(),
        z.object({ from: z.literal('blank'), project: projectDraftSchema, milestones: z.array(milestoneDraftSchema).max(20).default([]) }).strict(),
      ],
      { message: "From must be 'template' (with templateId) or 'blank' (with project)" },
    ),
    projectDetailSchema,
    ['conversion_projects', 'conversion_milestones'],
  ),
  'conversion:updateProject': channel(z.object({ id, project: projectDraftSchema }).strict(), projectDetailSchema, ['conversion_projects']),
  /** Replaces the project's milestones (the list as the form shows it). */
  'conversion:setMilestones': channel(
    z.object({ projectId: id, milestones: z.array(milestoneDraftSchema).max(20, 'At most 20 milestones') }).strict(),
    projectDetailSchema,
    ['conversion_milestones'],
  ),
  /** The Customer Conversion Manager and Coordinator, chosen from the contacts (one person may hold both; null leaves a role open). */
  'conversion:setRoles': channel(
    z.object({ projectId: id, managerContactId: id.nullable(), coordinatorContactId: id.nullable() }).strict(),
    projectDetailSchema,
    ['conversion_roles'],
  ),
  'conversion:item': channel(z.object({ id }).strict(), itemDetailSchema),
  'conversion:createItem': channel(itemDraftSchema.extend({ projectId: id }).strict(), itemDetailSchema, ['conversion_items', 'conversion_item_events']),
  'conversion:updateItem': channel(itemDraftSchema.extend({ id }).strict(), itemDetailSchema, ['conversion_items', 'conversion_item_events']),
  'conversion:recordForm20': channel(
    z
      .object({
        itemId: id,
        status: z.enum(FORM20_STATUSES, { message: 'Form 20 status must be none, in-progress or completed' }),
        on: labelledDate('Form 20 date').nullable().default(null),
        note: text('Note', 2000).default(''),
      })
      .strict(),
    itemDetailSchema,
    ['conversion_items', 'conversion_item_events'],
  ),
  /** Authorize / order / convert / disconnect one item; refused with the rule's reason when blocked. */
  'conversion:step': channel(stepRequestSchema, itemDetailSchema, ['conversion_items', 'conversion_item_events', 'services']),
  /** One change or step for many items: each item answers what was done or the rule that blocked it. */
  'conversion:bulk': channel(
    z.object({ projectId: id, itemIds: z.array(id).min(1, 'Choose at least one item').max(5000), action: bulkActionSchema }).strict(),
    z.object({ outcomes: z.array(bulkOutcomeSchema), doneCount: z.number().int(), blockedCount: z.number().int() }),
    ['conversion_items', 'conversion_item_events', 'services'],
  ),
  'conversion:atos': channel(z.object({}).strict(), z.array(atoSchema)),
  /** The ATO on file for a contractor (Non-State Entities order only from contractors with one); null date: none on file. */
  'conversion:setAto': channel(
    z
      .object({
        contractorId: id,
        onFileOn: labelledDate('ATO date').nullable(),
        reference: text('ATO reference', 120).default(''),
        note: text('Note', 2000).default(''),
      })
      .strict(),
    atoSchema,
    ['conversion_atos'],
  ),
  /** Reads a CSV of the old inventory and answers what each row would become; nothing is written. */
  'conversion:importPreview': channel(
    z.object({ projectId: id, csv: z.string().max(MAX_CSV_BYTES, 'The CSV file is larger than 5 MB') }).strict(),
    csvPreviewSchema(itemImportRowSchema),
  ),
  /** Creates the confirmed rows, all or none. */
  'conversion:importCommit': channel(
    z.object({ projectId: id, rows: z.array(itemDraftSchema).min(1, 'Nothing to import').max(20_000) }).strict(),
    z.object({ inserted: z.number().int() }),
    ['conversion_items', 'conversion_item_events'],
  ),
  /** The project's items as CSV (the import's columns, so an export reads back in). */
  'conversion:exportCsv': channel(projectRef, z.object({ fileName: z.string(), text: z.string(), rowCount: z.number().int() })),
  /** Everything the printable schedule shows. */
  'conversion:schedule': channel(projectRef, scheduleSchema),
};
