// Case files in the app (shared/ipc/caseFiles.ts): export through the one evaluation path, import
// through the repositories (electron/services/import/caseFile.ts).
import type { caseFileChannels } from '../../../shared/ipc/caseFiles';
import { exportCaseFiles } from '../evaluation/caseExport';
import { importCaseFile } from '../import/caseFile';
import { AppError } from '../errors';
import type { HandlerMap } from './types';

export const caseFileHandlers: HandlerMap<keyof typeof caseFileChannels> = {
  'caseFiles:export': (q, ctx) => exportCaseFiles(ctx.db, q, ctx.clock.now()),
  'caseFiles:preview': (req, ctx) => {
    // The preview runs the import and rolls it back: a read-only file cannot even begin it.
    if (ctx.readOnly) throw new AppError('read_only', `The data file ${ctx.dataFile} is open read-only: a case file cannot be imported into it`, '');
    return importCaseFile(ctx.db, { ...req, dryRun: true }, ctx.nowIso());
  },
  'caseFiles:import': (req, ctx) => importCaseFile(ctx.db, req, ctx.nowIso()),
};
