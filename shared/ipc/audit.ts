// The audit trail: every mutation's before and after, for disputes.
import { z } from 'zod';
import { channel } from './channel';
import { id } from './fields';

export const auditEntrySchema = z.object({
  id,
  at: z.string(),
  tableName: z.string(),
  rowId: z.string(),
  action: z.enum(['insert', 'update', 'delete']),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditChannels = {
  'audit:list': channel(
    z.object({ tableName: z.string().max(64).optional(), rowId: z.string().max(64).optional(), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    z.array(auditEntrySchema),
  ),
};
