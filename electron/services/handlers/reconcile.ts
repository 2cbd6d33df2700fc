// The reconcile channels (shared/ipc/reconcile.ts). Contract first (issue 13 step 1): each
// channel answers that it is not built yet until electron/services/reconcile/ lands.
import type { reconcileChannels } from '../../../shared/ipc/reconcile';
import { AppError } from '../errors';
import type { HandlerMap } from './types';

const notYet = (): never => {
  throw new AppError('refused', 'Reconciliation with the contractor is not built yet in this version');
};

export const reconcileHandlers: HandlerMap<keyof typeof reconcileChannels> = {
  'reconcile:mappings': notYet,
  'reconcile:saveTicketMapping': notYet,
  'reconcile:saveInvoiceMapping': notYet,
  'reconcile:previewReport': notYet,
  'reconcile:importReport': notYet,
  'reconcile:reports': notYet,
  'reconcile:deleteReport': notYet,
  'reconcile:run': notYet,
  'reconcile:openTicket': notYet,
  'reconcile:previewInvoice': notYet,
  'reconcile:importInvoice': notYet,
  'reconcile:invoices': notYet,
  'reconcile:invoice': notYet,
  'reconcile:dispute': notYet,
};
