// Channels for the agency profile, contractors and contacts.
import { z } from 'zod';
import { channel } from './channel';
import { id, requiredText, text } from './fields';

export const AGENCY_KINDS = ['non-exempt-state', 'exempt-state', 'non-state-entity'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  'non-exempt-state': 'Non-exempt State agency',
  'exempt-state': 'Exempt State agency',
  'non-state-entity': 'Non-State Entity',
};

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'Time zone must be an IANA zone such as America/Los_Angeles');

/** An e-mail address as people type it: something@something.tld, or empty. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const email = (label: string) => text(label, 200).refine((e) => e === '' || EMAIL.test(e), `${label} must look like name@example.gov`);

/** Days a submitted claim may wait for the contractor's answer before the ATR is reminded. */
export const DEFAULT_CLAIM_REMINDER_DAYS = 30;
const reminderDays = z
  .number({ message: 'Reminder days must be a whole number of days from 1 to 365' })
  .int('Reminder days must be a whole number of days from 1 to 365')
  .min(1, 'Reminder days must be at least 1')
  .max(365, 'Reminder days must be at most 365');

export const agencySchema = z.object({
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  timeZone: z.string(),
  /** The ATR's signature block on a claim packet's cover letter. */
  atrName: z.string(),
  atrTitle: z.string(),
  atrPhone: z.string(),
  atrEmail: z.string(),
  /** The agency's postal address, on the cover letter. */
  address: z.string(),
  /** A submitted claim with no answer this many days is flagged and notified once. */
  claimReminderDays: z.number().int(),
  updatedAt: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyDraftSchema = z
  .object({
    name: requiredText('Agency name', 120),
    kind: z.enum(AGENCY_KINDS, { message: 'Kind must be non-exempt State, exempt State or Non-State Entity' }),
    timeZone,
    // Optional, so callers that send only the profile keep working: a field left out keeps its value.
    atrName: text('Name', 120).optional(),
    atrTitle: text('Title', 120).optional(),
    atrPhone: text('Phone', 40).optional(),
    atrEmail: email('E-mail').optional(),
    address: text('Address', 400).optional(),
    claimReminderDays: reminderDays.optional(),
  })
  .strict();
export type AgencyDraft = z.input<typeof agencyDraftSchema>;

export const contractorSchema = z.object({ id, name: z.string(), serviceCount: z.number().int() });
export type Contractor = z.infer<typeof contractorSchema>;

export const contactDraftSchema = z.object({
  contractorId: id.nullable().default(null),
  name: requiredText('Name', 120),
  role: text('Role', 120).default(''),
  phone: text('Phone', 40).default(''),
  email: email('E-mail').default(''),
  notes: text('Notes', 2000).default(''),
});
export const contactSchema = z.object({
  id,
  contractorId: id.nullable(),
  name: z.string(),
  role: z.string(),
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

export const agencyChannels = {
  'agency:get': channel(z.object({}).strict(), agencySchema),
  'agency:update': channel(agencyDraftSchema, agencySchema, ['agency']),
  'contractors:list': channel(z.object({}).strict(), z.array(contractorSchema)),
  'contractors:create': channel(z.object({ name: requiredText('Contractor name', 120) }).strict(), contractorSchema, ['contractors']),
  'contacts:list': channel(z.object({ contractorId: id.optional() }).strict(), z.array(contactSchema)),
  'contacts:create': channel(contactDraftSchema.strict(), contactSchema, ['contacts']),
  'contacts:update': channel(contactDraftSchema.extend({ id }).strict(), contactSchema, ['contacts']),
  'contacts:delete': channel(z.object({ id }).strict(), z.object({ deleted: z.literal(true) }), ['contacts']),
};
