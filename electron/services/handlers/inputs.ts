// The SLA inputs recorded besides tickets and orders (shared/ipc/sla.ts): contractor notices
// (29.4.8.9), site-survivability usage (29.4.8.7) and SLA history of earlier months.
import type { slaChannels } from '../../../shared/ipc/sla';
import { deleteHistory, listHistory, setHistory } from '../repositories/history';
import { addNotice, deleteNotice, listNotices } from '../repositories/notices';
import { addUsage, deleteUsage, listUsage, updateUsage } from '../repositories/usage';
import type { HandlerMap } from './types';

type InputChannel = Exclude<keyof typeof slaChannels, `sla:${string}`>;

const deleted = { deleted: true } as const;

export const inputHandlers: HandlerMap<InputChannel> = {
  'notices:list': ({ ticketId }, { db }) => listNotices(db, ticketId),
  'notices:add': (d, ctx) => addNotice(ctx.db, d, ctx.nowIso()),
  'notices:delete': ({ id }, ctx) => {
    deleteNotice(ctx.db, id, ctx.nowIso());
    return deleted;
  },
  'usage:list': ({ site }, { db }) => listUsage(db, site),
  'usage:add': (d, ctx) => addUsage(ctx.db, d, ctx.nowIso()),
  'usage:update': ({ id, ...d }, ctx) => updateUsage(ctx.db, id, d, ctx.nowIso()),
  'usage:delete': ({ id }, ctx) => {
    deleteUsage(ctx.db, id, ctx.nowIso());
    return deleted;
  },
  'history:list': (q, { db }) => listHistory(db, q),
  'history:set': (d, ctx) => setHistory(ctx.db, d, ctx.nowIso()),
  'history:delete': ({ id }, ctx) => {
    deleteHistory(ctx.db, id, ctx.nowIso());
    return deleted;
  },
};
