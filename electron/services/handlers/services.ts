import type { serviceChannels } from '../../../shared/ipc/services';
import { previewServiceCsv } from '../import/serviceCsv';
import { createService, createServices, deleteService, getService, listServices, updateService } from '../repositories/services';
import { AppError } from '../errors';
import type { HandlerMap } from './types';

export const serviceHandlers: HandlerMap<keyof typeof serviceChannels> = {
  'services:list': (q, { db }) => listServices(db, q),
  'services:get': ({ id }, { db }) => getService(db, id),
  'services:create': (d, ctx) => createService(ctx.db, d, ctx.nowIso()),
  'services:update': ({ id, ...d }, ctx) => updateService(ctx.db, id, d, ctx.nowIso()),
  'services:delete': ({ id }, ctx) => {
    deleteService(ctx.db, id, ctx.nowIso());
    return { deleted: true };
  },
  'services:retire': () => {
    throw new AppError('not_implemented', 'Not available yet');
  },
  'services:importPreview': ({ csv }, { db }) => previewServiceCsv(db, csv),
  'services:importCommit': ({ rows }, ctx) => ({ inserted: createServices(ctx.db, rows, ctx.nowIso()) }),
};
