// backups:* — the data file's daily copies (electron/services/db/restore.ts does the work).
import type { backupChannels } from '../../../shared/ipc/backups';
import { listBackups, restoreBackup } from '../db/restore';
import type { HandlerMap } from './types';

export const backupHandlers: HandlerMap<keyof typeof backupChannels> = {
  'backups:list': (_req, ctx) => listBackups(ctx.dataFile),
  'backups:restore': (req, ctx) => restoreBackup(ctx.db, ctx.dataFile, req.name, ctx.nowIso()),
};
