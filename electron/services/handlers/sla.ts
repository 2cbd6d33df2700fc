// The money channels (shared/ipc/sla.ts): verdicts and credits through the one evaluation path,
// and the SLA inputs recorded besides tickets and orders.
import type { slaChannels } from '../../../shared/ipc/sla';
import { AppError } from '../errors';
import type { HandlerMap } from './types';

const todo = (): never => {
  throw new AppError('not_implemented', 'Not available yet');
};

export const slaHandlers: HandlerMap<keyof typeof slaChannels> = {
  'sla:month': todo,
  'sla:result': todo,
  'sla:ticket': todo,
  'sla:order': todo,
  'sla:service': todo,
  'notices:list': todo,
  'notices:add': todo,
  'notices:delete': todo,
  'usage:list': todo,
  'usage:add': todo,
  'usage:update': todo,
  'usage:delete': todo,
  'history:list': todo,
  'history:set': todo,
  'history:delete': todo,
};
