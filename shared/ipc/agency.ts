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

export const agencySchema = z.object({
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  timeZone: z.string(),
  updatedAt: z.string(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyDraftSchema = z
  .object({
    name: requiredText('Agency name', 120),
    kind: z.enum(AGENCY_KINDS, { message: 'Kind must be non-exempt State, exempt State or Non-State Entity' }),
    timeZone,
  })
  .strict();

export const contractorSchema = z.object({ id, name: z.string(), serviceCount: z.number().int() });
export type Contractor = z.infer<typeof contractorSchema>;

export const contactDraftSchema = z.object({
  contractorId: id.nullable().default(null),
  name: requiredText('Name', 120),
  role: text('Role', 120).default(''),
  phone: text('Phone', 40).default(''),
  email: text('E-mail', 200)
    .default('')
    .refine((e) => e === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e), 'E-mail must look like name@example.gov'),
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
