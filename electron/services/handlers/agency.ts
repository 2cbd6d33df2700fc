import type { agencyChannels } from '../../../shared/ipc/agency';
import { createContractor, getAgency, listContractors, updateAgency } from '../repositories/agency';
import { createContact, deleteContact, listContacts, updateContact } from '../repositories/contacts';
import type { HandlerMap } from './types';

export const agencyHandlers: HandlerMap<keyof typeof agencyChannels> = {
  'agency:get': (_req, { db }) => getAgency(db),
  'agency:update': (d, ctx) => updateAgency(ctx.db, d, ctx.nowIso()),
  'contractors:list': (_req, { db }) => listContractors(db),
  'contractors:create': ({ name }, ctx) => createContractor(ctx.db, name, ctx.nowIso()),
  'contacts:list': ({ contractorId }, { db }) => listContacts(db, contractorId),
  'contacts:create': (d, ctx) => createContact(ctx.db, d, ctx.nowIso()),
  'contacts:update': ({ id, ...d }, ctx) => updateContact(ctx.db, id, d, ctx.nowIso()),
  'contacts:delete': ({ id }, ctx) => {
    deleteContact(ctx.db, id, ctx.nowIso());
    return { deleted: true };
  },
};
