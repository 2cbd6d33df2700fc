// The claims channels (shared/ipc/claims.ts) over electron/services/claims.ts, as of the clock's now.
import type { claimChannels } from '../../../shared/ipc/claims';
import {
  claimCaseFile, claimDetail, claimOffers, createClaimDetail, deleteDraft, listClaims, logClaimCall, recordStep, retractClaimCall, refreshClaim, setClaimNote, setLine, submitClaim,
} from '../claims';
import { claimPacket } from '../claimPacket';
import type { HandlerContext, HandlerMap } from './types';

const detail = (ctx: HandlerContext, id: number) => claimDetail(ctx.db, id, ctx.clock.now());

export const claimHandlers: HandlerMap<keyof typeof claimChannels> = {
  'claims:list': (q, ctx) => listClaims(ctx.db, q, ctx.clock.now()),
  'claims:get': ({ id }, ctx) => detail(ctx, id),
  'claims:offers': ({ contractorId, month }, ctx) => claimOffers(ctx.db, contractorId, month, ctx.clock.now()),
  'claims:create': ({ contractorId, month, note }, ctx) => createClaimDetail(ctx.db, contractorId, month, note, ctx.clock.now()),
  'claims:setLine': ({ id, excluded, excludedReason, note }, ctx) => detail(ctx, setLine(ctx.db, id, excluded, excludedReason, note, ctx.clock.now())),
  'claims:setNote': ({ id, note }, ctx) => {
    setClaimNote(ctx.db, id, note, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:refresh': ({ id }, ctx) => {
    refreshClaim(ctx.db, id, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:delete': ({ id }, ctx) => {
    deleteDraft(ctx.db, id, ctx.clock.now());
    return { deleted: true as const };
  },
  'claims:submit': ({ id, ...s }, ctx) => {
    submitClaim(ctx.db, id, s, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:acknowledge': ({ id, on, reference, who }, ctx) => {
    recordStep(ctx.db, id, 'acknowledged', { on, reference, who }, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:credit': ({ id, on, amount, invoice, who }, ctx) => {
    recordStep(ctx.db, id, 'credited', { on, amountCents: amount, invoice, who }, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:deny': ({ id, on, reason, who }, ctx) => {
    recordStep(ctx.db, id, 'denied', { on, reason, who }, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:dispute': ({ id, on, reason, who }, ctx) => {
    recordStep(ctx.db, id, 'disputed', { on, reason, who }, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:logCall': ({ id, ...call }, ctx) => {
    logClaimCall(ctx.db, id, call, ctx.clock.now());
    return detail(ctx, id);
  },
  'claims:retractCall': ({ id, reason, who }, ctx) => detail(ctx, retractClaimCall(ctx.db, id, reason, who, ctx.clock.now())),
  'claims:packet': ({ id }, ctx) => claimPacket(ctx.db, id, ctx.clock.now()),
  'claims:caseFile': ({ id }, ctx) => claimCaseFile(ctx.db, id),
};
