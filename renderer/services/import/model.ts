// Pure helpers of the CSV import: what columns we expect, which rows go in, what to say.
import type { ImportRow, ServiceDraftInput } from '../../../shared/ipc/services';
import { validDraftsOf } from '../../ui/csvImport';
export { commitProblems, fileProblem, importButtonLabel, isValidRow, PREVIEW_LIMIT, previewRows, summary } from '../../ui/csvImport';

/** The header row the import reads (case-insensitive), in the order the help text lists them. */
export const CSV_COLUMNS = [
  'circuit_id', 'contractor', 'service_type', 'tier', 'tmrc', 'aduc', 'install_fee', 'seats', 'site', 'address',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns every file must have; the others may be left out (amounts default to 0, seats to 1). */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['circuit_id', 'contractor', 'service_type', 'tier', 'tmrc'];

export const OPTIONAL_CSV_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter((c) => !REQUIRED_CSV_COLUMNS.includes(c));

/** The preview's columns: the required ones, and any optional one with a value in some row. */
export function previewColumns(rows: readonly ImportRow[]): CsvColumn[] {
  return CSV_COLUMNS.filter(
    (c) => REQUIRED_CSV_COLUMNS.includes(c) || rows.some((r) => (r.fields[c] ?? '').trim() !== ''),
  );
}

/** The drafts `services:importCommit` receives: the valid rows only, in file order. */
export function validDrafts(rows: readonly ImportRow[]): { drafts: ServiceDraftInput[]; lines: number[] } {
  return validDraftsOf(rows);
}
