// The money channels (shared/ipc/sla.ts): verdicts and credits through the one evaluation path.
import type { slaChannels } from '../../../shared/ipc/sla';
import { AppError } from '../errors';
import type { HandlerMap } from './types';

const todo = (): never => {
  throw new AppError('not_implemented', 'Not available yet');
};

type SlaChannel = Extract<keyof typeof slaChannels, `sla:${string}`>;

export const slaHandlers: HandlerMap<SlaChannel> = {
  'sla:month': todo,
  'sla:result': todo,
  'sla:ticket': todo,
  'sla:order': todo,
  'sla:service': todo,
};
