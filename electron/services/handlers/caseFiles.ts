// Case files in the app (shared/ipc/caseFiles.ts): export through the one evaluation path, import
// through the repositories (electron/services/import/caseFile.ts).
import type { caseFileChannels } from '../../../shared/ipc/caseFiles';
import { exportCaseFiles } from '../evaluation/caseExport';
import { importCaseFile } from '../import/caseFile';
import type { HandlerMap } from './types';

export const caseFileHandlers: HandlerMap<keyof typeof caseFileChannels> = {
  'caseFiles:export': (q, ctx) => exportCaseFiles(ctx.db, q, ctx.clock.now()),
  'caseFiles:import': (req, ctx) => importCaseFile(ctx.db, req, ctx.nowIso()),
};
