// What every CSV import preview shares (services, a conversion's old inventory): which rows are
// valid, what to say, which rows to draw, and the commit's problems named by the file's line.
// Pure; tested in test/unit/renderer/importModel.test.ts.
import type { IpcError } from '../../shared/ipc/contract';
import { MAX_CSV_BYTES } from '../../shared/ipc/services';
import { errorIssues, pointerSegments } from './fieldErrors';

/** A previewed row: what was read, the draft when valid, the problems (each naming its column). */
export interface PreviewRow<D> {
  line: number;
  fields: Record<string, string>;
  draft: D | null;
  problems: Array<{ field: string; message: string }>;
}

export function isValidRow(row: PreviewRow<unknown>): boolean {
  return row.draft !== null && row.problems.length === 0;
}

/** The valid rows' drafts in file order, with their lines (to name a commit's problem by line). */
export function validDraftsOf<D>(rows: readonly PreviewRow<D>[]): { drafts: D[]; lines: number[] } {
  const drafts: D[] = [];
  const lines: number[] = [];
  for (const row of rows) {
    if (row.draft === null || row.problems.length > 0) continue;
    drafts.push(row.draft);
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
export function previewRows<R extends PreviewRow<unknown>>(rows: readonly R[], onlyProblems: boolean): { shown: R[]; hidden: number } {
  const pool = onlyProblems ? rows.filter((r) => !isValidRow(r)) : rows;
  return { shown: pool.slice(0, PREVIEW_LIMIT), hidden: Math.max(0, pool.length - PREVIEW_LIMIT) };
}
