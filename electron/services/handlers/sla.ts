// The money channels (shared/ipc/sla.ts): verdicts and credits through the one evaluation path
// (electron/services/evaluation), as of the injected clock's now.
import type { slaChannels } from '../../../shared/ipc/sla';
import { orderResults } from '../evaluation/orders';
import { monthReport, resultOf, serviceMonths, ticketResults } from '../evaluation/report';
import { billingCheckOf, scorecard } from '../evaluation/scorecard';
import type { HandlerMap } from './types';

type SlaChannel = Extract<keyof typeof slaChannels, `sla:${string}`>;

export const slaHandlers: HandlerMap<SlaChannel> = {
  'sla:month': (q, ctx) => monthReport(ctx.db, q, ctx.clock.now()),
  'sla:result': ({ month, key }, ctx) => resultOf(ctx.db, month, key, ctx.clock.now()),
  'sla:ticket': ({ id }, ctx) => ticketResults(ctx.db, id, ctx.clock.now()),
  'sla:order': ({ id }, ctx) => orderResults(ctx.db, id, ctx.clock.now()),
  'sla:service': ({ id, months }, ctx) => serviceMonths(ctx.db, id, months, ctx.clock.now()),
  // A service-level contract's month (the help desk): scorecard and billing check.
  'sla:scorecard': (q, ctx) => scorecard(ctx.db, q, ctx.clock.now()),
  'sla:billingCheck': (q, ctx) => billingCheckOf(ctx.db, q, ctx.clock.now()),
};
