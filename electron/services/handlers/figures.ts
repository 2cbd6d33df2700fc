// A service-level contract's inputs besides its incidents (shared/ipc/figures.ts): the center's
// figures per period, by hand or from its CSV report, and the billing check's rates and bills.
import type { figureChannels } from '../../../shared/ipc/figures';
import { commitFigures, previewFiguresCsv } from '../import/figuresCsv';
import { deleteBilled, getBilling, setBilled, setRates } from '../repositories/billing';
import { deleteFigures, listFigures, setFigures } from '../repositories/figures';
import type { HandlerMap } from './types';

const deleted = { deleted: true } as const;

export const figureHandlers: HandlerMap<keyof typeof figureChannels> = {
  'figures:list': (q, { db }) => listFigures(db, q),
  'figures:set': (d, ctx) => setFigures(ctx.db, d, ctx.nowIso()),
  'figures:delete': (k, ctx) => {
    deleteFigures(ctx.db, k, ctx.nowIso());
    return deleted;
  },
  'figures:importPreview': ({ csv, ...k }, ctx) => previewFiguresCsv(ctx.db, k, csv, ctx.nowIso()),
  'figures:importCommit': (d, ctx) => ({ saved: commitFigures(ctx.db, d, ctx.nowIso()) }),
  'billing:list': (q, { db }) => getBilling(db, q),
  'billing:setRates': (d, ctx) => setRates(ctx.db, d, ctx.nowIso()),
  'billing:setBilled': (d, ctx) => setBilled(ctx.db, d, ctx.nowIso()),
  'billing:deleteBilled': (k, ctx) => {
    deleteBilled(ctx.db, k, ctx.nowIso());
    return deleted;
  },
};
