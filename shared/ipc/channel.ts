import type { z } from 'zod';

export interface ChannelDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  /** Tables a successful call changes; main pushes `data:changed` with them. */
  writes?: readonly string[];
}

export function channel<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  writes?: readonly string[],
): ChannelDef<Req, Res> {
  return writes ? { request, response, writes } : { request, response };
}
