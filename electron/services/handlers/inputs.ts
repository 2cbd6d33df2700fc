// The SLA inputs recorded besides tickets and orders (shared/ipc/sla.ts): contractor notices
// (29.4.8.9), site-survivability usage (29.4.8.7) and SLA history of earlier months.
import type { slaChannels } from '../../../shared/ipc/sla';
import { AppError } from '../errors';
import type { HandlerMap } from './types';

const todo = (): never => {
  throw new AppError('not_implemented', 'Not available yet');
};

type InputChannel = Exclude<keyof typeof slaChannels, `sla:${string}`>;

export const inputHandlers: HandlerMap<InputChannel> = {
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
