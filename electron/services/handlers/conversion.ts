// The conversion channels (shared/ipc/conversion.ts) over electron/services/conversion.ts, as of
// the clock's now. Each write answers the record as it now stands (the rules applied again).
import type { conversionChannels } from '../../../shared/ipc/conversion';
import {
  bulk, createItem, createItems, createProject, itemDetail, listProjects, listTemplates, projectDetail, recordForm20, schedule, setAto,
  setMilestones, setRoles, takeStep, updateItem, updateProject,
} from '../conversion';
import { exportItemCsv, previewItemCsv } from '../import/conversionCsv';
import * as repo from '../repositories/conversion';
import type { HandlerMap } from './types';

export const conversionHandlers: HandlerMap<keyof typeof conversionChannels> = {
  'conversion:templates': () => listTemplates(),
  'conversion:projects': (_q, { db }) => listProjects(db),
  'conversion:project': ({ projectId }, ctx) => projectDetail(ctx.db, projectId, ctx.clock.now()),
  'conversion:createProject': (req, ctx) => projectDetail(ctx.db, createProject(ctx.db, req, ctx.clock.now()), ctx.clock.now()),
  'conversion:updateProject': ({ id, project }, ctx) => {
    updateProject(ctx.db, id, project, ctx.clock.now());
    return projectDetail(ctx.db, id, ctx.clock.now(), '/id');
  },
  'conversion:setMilestones': ({ projectId, milestones }, ctx) => {
    setMilestones(ctx.db, projectId, milestones, ctx.clock.now());
    return projectDetail(ctx.db, projectId, ctx.clock.now());
  },
  'conversion:setRoles': ({ projectId, managerContactId, coordinatorContactId }, ctx) => {
    setRoles(ctx.db, projectId, managerContactId, coordinatorContactId, ctx.clock.now());
    return projectDetail(ctx.db, projectId, ctx.clock.now());
  },
  'conversion:item': ({ id }, ctx) => itemDetail(ctx.db, id, ctx.clock.now()),
  'conversion:createItem': ({ projectId, ...d }, ctx) => itemDetail(ctx.db, createItem(ctx.db, projectId, d, ctx.clock.now()), ctx.clock.now()),
  'conversion:updateItem': ({ id, ...d }, ctx) => {
    updateItem(ctx.db, id, d, ctx.clock.now());
    return itemDetail(ctx.db, id, ctx.clock.now());
  },
  'conversion:recordForm20': ({ itemId, status, on, note }, ctx) => {
    recordForm20(ctx.db, itemId, status, on, note, ctx.clock.now());
    return itemDetail(ctx.db, itemId, ctx.clock.now(), '/itemId');
  },
  'conversion:step': (req, ctx) => {
    takeStep(ctx.db, req, ctx.clock.now());
    return itemDetail(ctx.db, req.itemId, ctx.clock.now(), '/itemId');
  },
  'conversion:bulk': ({ projectId, itemIds, action }, ctx) => {
    const outcomes = bulk(ctx.db, projectId, itemIds, action, ctx.clock.now());
    const doneCount = outcomes.filter((o) => o.done).length;
    return { outcomes, doneCount, blockedCount: outcomes.length - doneCount };
  },
  'conversion:atos': (_q, { db }) => repo.atos(db),
  'conversion:setAto': ({ contractorId, ...v }, ctx) => setAto(ctx.db, contractorId, v, ctx.clock.now()),
  'conversion:importPreview': ({ projectId, csv }, { db }) => previewItemCsv(db, projectId, csv),
  'conversion:importCommit': ({ projectId, rows }, ctx) => ({ inserted: createItems(ctx.db, projectId, rows, ctx.clock.now()) }),
  'conversion:exportCsv': ({ projectId }, ctx) => exportItemCsv(ctx.db, projectId, ctx.clock.now()),
  'conversion:schedule': ({ projectId }, ctx) => schedule(ctx.db, projectId, ctx.clock.now()),
};
