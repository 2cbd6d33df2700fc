// The one place a request crosses into the back end: look up the channel, parse the request
// with its schema, run the handler, and answer with a result envelope. Never throws.
import { z } from 'zod';
import { contract, isChannel, type ChannelName, type IpcResult } from '../../shared/ipc/contract';
import { zodProblems } from '../../shared/validation/problem';
import { AppError } from './errors';
import type { HandlerContext, HandlerMap } from './handlers/types';
import { refusedByStore } from './storeErrors';
import { illFormedTextPath } from './wellFormedText';

export interface DispatchOutcome {
  result: IpcResult<unknown>;
  /** Tables written, when the call succeeded and writes. */
  wrote: readonly string[];
}

export async function dispatch(
  handlers: HandlerMap,
  ctx: HandlerContext,
  channelName: string,
  request: unknown,
  log: (message: string) => void = () => {},
): Promise<DispatchOutcome> {
  if (!isChannel(channelName)) {
    return { result: { ok: false, error: { code: 'unknown_channel', message: `There is no channel named ${channelName}`, path: '' } }, wrote: [] };
  }
  const def = contract[channelName as ChannelName];
  const parsed = def.request.safeParse(request ?? {});
  if (!parsed.success) {
    const issues = zodProblems(parsed.error as z.ZodError);
    const first = issues[0] ?? { path: '', message: 'The request is not valid' };
    return { result: { ok: false, error: { code: 'invalid', message: first.message, path: first.path, issues } }, wrote: [] };
  }
  // After the schema (whose text fields name themselves in their own words): any text the schema
  // let through that is not well-formed Unicode is refused here, whatever the channel.
  const illFormed = illFormedTextPath(request);
  if (illFormed !== null) {
    const where = illFormed === '' ? 'The request' : `The text at ${illFormed}`;
    const message = `${where} holds a lone surrogate (half of a character), so it cannot be kept as typed; retype it`;
    return { result: { ok: false, error: { code: 'invalid', message, path: illFormed, issues: [{ path: illFormed, message }] } }, wrote: [] };
  }
  try {
    const handler = handlers[channelName as ChannelName] as (req: unknown, c: HandlerContext) => unknown;
    const value = await handler(parsed.data, ctx);
    return { result: { ok: true, value }, wrote: def.writes ?? [] };
  } catch (e) {
    if (e instanceof AppError) return { result: { ok: false, error: e.toIpc() }, wrote: [] };
    const refused = refusedByStore(e);
    if (refused !== null) return { result: { ok: false, error: { code: 'invalid', message: refused, path: '' } }, wrote: [] };
    const message = e instanceof Error ? e.message : String(e);
    log(`handler ${channelName} failed: ${e instanceof Error && e.stack ? e.stack : message}`);
    const busy = /SQLITE_BUSY|database is locked/i.test(message);
    return {
      result: {
        ok: false,
        error: busy
          ? { code: 'busy', message: 'The data file is busy; try again in a moment. Nothing was saved.', path: '' }
          : { code: 'internal', message: `Something went wrong and nothing was saved: ${message}`, path: '' },
      },
      wrote: [],
    };
  }
}
