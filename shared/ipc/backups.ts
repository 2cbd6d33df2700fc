// The data file's daily backup copies: what each holds, and putting one back (issue 10,
// "backups that can be trusted"). A restore keeps a copy of the current file first.
import { z } from 'zod';
import { channel } from './channel';

export const backupInfoSchema = z.object({
  /** File name in the backups folder, e.g. "agency-2026-11-23.sqlite". */
  name: z.string(),
  path: z.string(),
  /** The day it was taken (the agency's local date). */
  day: z.string(),
  sizeBytes: z.number().int(),
  /** Passes SQLite's quick_check; a copy that does not cannot be restored. */
  intact: z.boolean(),
  schemaVersion: z.number().int().nullable(),
  tickets: z.number().int().nullable(),
  services: z.number().int().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** Every table a restore replaces (data:changed after it). */
export const RESTORED_TABLES = [
  'agency',
  'audit_log',
  'claim_disputes',
  'claim_events',
  'claim_lines',
  'claims',
  'contacts',
  'contractor_reports',
  'contractors',
  'conversion_atos',
  'conversion_item_events',
  'conversion_items',
  'conversion_milestones',
  'conversion_projects',
  'conversion_roles',
  'incidents',
  'invoice_allocations',
  'invoice_lines',
  'invoices',
  'ladder_contacts',
  'notices_sent',
  'orders',
  'reconcile_mappings',
  'report_opened_tickets',
  'report_tickets',
  'services',
  'sla_history',
  'stop_clocks',
  'survivability_events',
  'ticket_events',
  'ticket_notices',
  'tickets',
] as const;

export const backupChannels = {
  'backups:list': channel(z.object({}).strict(), z.array(backupInfoSchema)),
  'backups:restore': channel(
    z.object({ name: z.string().min(1).max(255) }).strict(),
    z.object({ restored: z.string(), keptCopy: z.string() }),
    RESTORED_TABLES,
  ),
};
