// The seam between the renderer and the main process (ARCHITECTURE.md "The contract is the
// seam"). Every call the renderer can make is listed here with a zod schema for its request
// and its response; the preload, ipcMain, the loopback host and the api client are derived
// from this one map.
import { z } from 'zod';
import { channel, type ChannelDef } from './channel';
import { serviceChannels } from './services';
import { agencyChannels } from './agency';
import { backupChannels } from './backups';
import { auditChannels } from './audit';
import { slaChannels } from './sla';
import { chartChannels } from './charts';
import { ticketChannels } from './tickets';
import { claimChannels } from './claims';
import { caseFileChannels } from './caseFiles';
import { conversionChannels } from './conversion';
import { reconcileChannels } from './reconcile';
import { figureChannels } from './figures';

export const ipcErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** JSON pointer of the request field at fault; "" when the whole request. */
  path: z.string(),
  /** Every field problem when there are several (the first is repeated above). */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type { ChannelDef };
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

function merge<A extends Record<string, ChannelDef>, B extends Record<string, ChannelDef>>(a: A, b: B): A & B {
  for (const name of Object.keys(b)) {
    if (name in a) throw new Error(`channel registered twice: ${name}`);
  }
  return { ...a, ...b };
}

export const appChannels = {
  'app:info': channel(
    z.object({}).strict(),
    z.object({
      version: z.string(),
      dataFile: z.string(),
      schemaVersion: z.number().int(),
      mode: z.enum(['desktop', 'browser']),
      /** The data file is open read-only (not writable here): the app shows a banner and saves nothing. */
      readOnly: z.boolean(),
      /**
       * Why it is read-only (null when it is not): 'not-writable' = this user account may not
       * write the file (a read-only file or share); 'asked' = it was opened read-only on purpose.
       */
      readOnlyReason: z.enum(['not-writable', 'asked']).nullable(),
      now: z.string(),
    }),
  ),
};

export const contract = [serviceChannels, agencyChannels, auditChannels, ticketChannels, slaChannels, backupChannels, claimChannels, caseFileChannels, chartChannels, conversionChannels, reconcileChannels, figureChannels].reduce<Record<string, ChannelDef>>(
  (all, group) => merge(all, group),
  { ...appChannels },
) as typeof appChannels &
  typeof serviceChannels &
  typeof agencyChannels &
  typeof auditChannels &
  typeof ticketChannels &
  typeof slaChannels &
  typeof backupChannels &
  typeof claimChannels &
  typeof caseFileChannels &
  typeof chartChannels &
  typeof conversionChannels &
  typeof reconcileChannels &
  typeof figureChannels;

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;

export function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events main pushes to the renderer. */
export const eventSchemas = {
  'data:changed': z.object({ tables: z.array(z.string()) }),
  notice: z.object({ id: z.string(), title: z.string(), body: z.string(), level: z.enum(['info', 'warning', 'overdue']) }),
};
export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
