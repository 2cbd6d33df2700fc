// Handlers of the conversion tracker (shared/ipc/conversion.ts). Step 1 of issue 12: the contract
// is in place and every channel answers 'not_ready' until the repository lands.
import type { conversionChannels } from '../../../shared/ipc/conversion';
import { AppError } from '../errors';
import type { HandlerMap } from './types';

const notReady = (): never => {
  throw new AppError('not_ready', 'Conversions are not available in this build yet');
};

export const conversionHandlers: HandlerMap<keyof typeof conversionChannels> = {
  'conversion:templates': notReady,
  'conversion:projects': notReady,
  'conversion:project': notReady,
  'conversion:createProject': notReady,
  'conversion:updateProject': notReady,
  'conversion:setMilestones': notReady,
  'conversion:setRoles': notReady,
  'conversion:item': notReady,
  'conversion:createItem': notReady,
  'conversion:updateItem': notReady,
  'conversion:recordForm20': notReady,
  'conversion:step': notReady,
  'conversion:bulk': notReady,
  'conversion:atos': notReady,
  'conversion:setAto': notReady,
  'conversion:importPreview': notReady,
  'conversion:importCommit': notReady,
  'conversion:exportCsv': notReady,
  'conversion:schedule': notReady,
};
