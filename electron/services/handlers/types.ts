import type { ChannelName, ParsedRequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { Clock } from '../clock';
import type { Db } from '../db/open';

export interface HandlerContext {
  db: Db;
  clock: Clock;
  dataFile: string;
  mode: 'desktop' | 'browser';
  /** The data file is open read-only (app:info reports it; writing channels are refused). */
  readOnly: boolean;
  /** Why (app:info says it); absent where a test builds a context by hand: then 'not-writable'. */
  readOnlyReason?: 'not-writable' | 'asked' | null;
  /** The current instant as stored text (UTC ISO-8601). */
  nowIso(): string;
}

export type Handler<C extends ChannelName> = (req: ParsedRequestOf<C>, ctx: HandlerContext) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type HandlerMap<K extends ChannelName = ChannelName> = { [C in K]: Handler<C> };
