// Pure helpers of the CSV import: what columns we expect, which rows go in, what to say.
import type { IpcError } from '../../../shared/ipc/contract';
import type { ImportRow, ServiceDraftInput } from '../../../shared/ipc/services';
import { MAX_CSV_BYTES } from '../../../shared/ipc/services';
import { errorIssues, pointerSegments } from '../../ui/fieldErrors';

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

export function isValidRow(row: ImportRow): row is ImportRow & { draft: NonNullable<ImportRow['draft']> } {
  return row.draft !== null && row.problems.length === 0;
}

/** The drafts `services:importCommit` receives: the valid rows only, in file order. */
export function validDrafts(rows: readonly ImportRow[]): { drafts: ServiceDraftInput[]; lines: number[] } {
  const drafts: ServiceDraftInput[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    if (!isValidRow(row)) continue;
    drafts.push({ ...row.draft });
    lines.push(row.line);
  }
  return { drafts, lines };
}

/** "12 valid, 1 with problems" */
export function summary(valid: number, invalid: number): string {
  return `${valid.toLocaleString('en-US')} valid, ${invalid.toLocaleString('en-US')} with problems`;
}

export function importButtonLabel(valid: number): string {
  return valid === 1 ? 'Import 1 valid row' : `Import ${valid.toLocaleString('en-US')} valid rows`;
}

/** The commit names rows by their index in the request (`/rows/3/circuitId`); people know the file's line. */
export function commitProblems(error: IpcError, lines: readonly number[]): string[] {
  return errorIssues(error).map((issue) => {
    const seg = pointerSegments(issue.path);
    if (seg[0] === 'rows' && seg[1] !== undefined && /^\d+$/.test(seg[1])) {
      const line = lines[Number(seg[1])];
      const field = seg[2] ? ` (${seg[2]})` : '';
      if (line !== undefined) return `Line ${line}${field}: ${issue.message}`;
    }
    return issue.message;
  });
}

/** A problem with the picked file before anything is sent, or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_CSV_BYTES) return `${file.name} is larger than 5 MB. Split it into smaller files.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}

/** Rows to draw in the preview: problems first if asked, capped so a huge file stays responsive. */
export const PREVIEW_LIMIT = 500;
export function previewRows(rows: readonly ImportRow[], onlyProblems: boolean): { shown: ImportRow[]; hidden: number } {
  const pool = onlyProblems ? rows.filter((r) => !isValidRow(r)) : rows;
  return { shown: pool.slice(0, PREVIEW_LIMIT), hidden: Math.max(0, pool.length - PREVIEW_LIMIT) };
}
