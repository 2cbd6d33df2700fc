// All handlers, one per contract channel. A channel without a handler (or a handler without
// a channel) is a type error here.
import type { appChannels } from '../../../shared/ipc/contract';
import { listAudit } from '../repositories/audit';
import { schemaVersion } from '../db/open';
import { agencyHandlers } from './agency';
import { backupHandlers } from './backups';
import { claimHandlers } from './claims';
import { caseFileHandlers } from './caseFiles';
import { chartHandlers } from './charts';
import { conversionHandlers } from './conversion';
import { figureHandlers } from './figures';
import { serviceHandlers } from './services';
import { inputHandlers } from './inputs';
import { reconcileHandlers } from './reconcile';
import { slaHandlers } from './sla';
import { ticketHandlers } from './tickets';
import type { HandlerMap } from './types';

const APP_VERSION = '0.1.0';

const appHandlers: HandlerMap<keyof typeof appChannels | 'audit:list'> = {
  'app:info': (_req, ctx) => ({
    version: APP_VERSION,
    dataFile: ctx.dataFile,
    schemaVersion: schemaVersion(ctx.db),
    mode: ctx.mode,
    readOnly: ctx.readOnly,
    readOnlyReason: ctx.readOnly ? (ctx.readOnlyReason ?? 'not-writable') : null,
    now: ctx.nowIso(),
  }),
  'audit:list': (q, { db }) => listAudit(db, q),
};

export const handlers: HandlerMap = { ...appHandlers, ...serviceHandlers, ...agencyHandlers, ...ticketHandlers, ...slaHandlers, ...inputHandlers, ...backupHandlers, ...claimHandlers, ...caseFileHandlers, ...chartHandlers, ...conversionHandlers, ...reconcileHandlers, ...figureHandlers };
