import type { serviceChannels } from '../../../shared/ipc/services';
import { previewServiceCsv } from '../import/serviceCsv';
import { agencyDates } from '../repositories/agencyDates';
import { createService, createServices, deleteService, getService, listServices, retireService, updateService } from '../repositories/services';
import type { HandlerMap } from './types';

export const serviceHandlers: HandlerMap<keyof typeof serviceChannels> = {
  'services:list': (q, { db, clock }) => listServices(db, q, agencyDates(db).dateOf(clock.now())),
  'services:get': ({ id }, { db }) => getService(db, id),
  'services:create': (d, ctx) => createService(ctx.db, d, ctx.nowIso()),
  'services:update': ({ id, ...d }, ctx) => updateService(ctx.db, id, d, ctx.nowIso()),
  'services:delete': ({ id }, ctx) => {
    deleteService(ctx.db, id, ctx.nowIso());
    return { deleted: true };
  },
  'services:retire': ({ id, retiredOn }, ctx) => retireService(ctx.db, id, retiredOn, ctx.nowIso()),
  'services:importPreview': ({ csv }, { db }) => previewServiceCsv(db, csv),
  'services:importCommit': ({ rows }, ctx) => ({ inserted: createServices(ctx.db, rows, ctx.nowIso()) }),
};
