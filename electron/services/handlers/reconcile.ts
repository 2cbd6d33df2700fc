// The reconcile channels (shared/ipc/reconcile.ts) over electron/services/reconcile, as of the clock's now.
import type { reconcileChannels } from '../../../shared/ipc/reconcile';
import { makeDispute } from '../reconcile/dispute';
import { importInvoice, invoiceMatch, listInvoices, previewInvoice } from '../reconcile/invoices';
import { openTheirTicket } from '../reconcile/openTicket';
import { deleteReport, importReport, listReports, previewReport, saveMapping, savedMappings } from '../reconcile/reports';
import { reconcileReport } from '../reconcile/run';
import type { HandlerMap } from './types';

export const reconcileHandlers: HandlerMap<keyof typeof reconcileChannels> = {
  'reconcile:mappings': ({ contractorId }, { db }) => savedMappings(db, contractorId),
  'reconcile:saveTicketMapping': ({ contractorId, mapping }, ctx) => saveMapping(ctx.db, contractorId, 'tickets', mapping, ctx.clock.now()),
  'reconcile:saveInvoiceMapping': ({ contractorId, mapping }, ctx) => saveMapping(ctx.db, contractorId, 'invoice', mapping, ctx.clock.now()),
  'reconcile:previewReport': ({ contractorId, text, mapping }, { db }) => previewReport(db, contractorId, text, mapping),
  'reconcile:importReport': (req, ctx) => importReport(ctx.db, req, ctx.clock.now()),
  'reconcile:reports': ({ contractorId }, { db }) => listReports(db, contractorId),
  'reconcile:deleteReport': ({ id }, ctx) => {
    deleteReport(ctx.db, id, ctx.clock.now());
    return { deleted: true as const };
  },
  'reconcile:run': ({ reportId, month }, ctx) => reconcileReport(ctx.db, reportId, month, ctx.clock.now()),
  'reconcile:openTicket': (req, ctx) => openTheirTicket(ctx.db, req, ctx.clock.now()),
  'reconcile:previewInvoice': ({ contractorId, fileName, text, mapping }, { db }) => previewInvoice(db, contractorId, fileName, text, mapping),
  'reconcile:importInvoice': (req, ctx) => importInvoice(ctx.db, req, ctx.clock.now()),
  'reconcile:invoices': ({ contractorId }, { db }) => listInvoices(db, contractorId),
  'reconcile:invoice': ({ id }, { db }) => invoiceMatch(db, id),
  'reconcile:dispute': (req, ctx) => makeDispute(ctx.db, req, ctx.clock.now()),
};
