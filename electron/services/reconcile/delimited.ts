// A contractor's file as cells: delimited text with a header row (CSV, tab-, semicolon- or
// pipe-separated), split by papaparse (RFC 4180 quoting) with the delimiter detected from the
// file. What the cells mean is read by shared/reconcile/read.ts through the saved mapping.
import Papa from 'papaparse';
import type { Table } from '../../../shared/reconcile/read';
import type { RowProblem } from '../../../shared/reconcile/types';

export interface DelimitedFile {
  table: Table;
  delimiter: string;
  /** Quoting problems papaparse found, by line. */
  problems: RowProblem[];
  fileProblems: string[];
}

const DELIMITERS = [',', '\t', ';', '|'];

/** Line numbers as a spreadsheet shows them: the header is line 1; a quoted line break moves the lines after it. */
export function readDelimited(text: string): DelimitedFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { table: { headers: [], rows: [] }, delimiter: ',', problems: [], fileProblems: ['The file is empty'] };
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, delimitersToGuess: DELIMITERS });
  const data = parsed.data;
  const lineOf: number[] = [];
  let line = 1;
  for (const row of data) {
    lineOf.push(line);
    // A quoted cell that holds line breaks takes that many lines of the file.
    for (const cell of row) for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) line++;
    line++;
  }
  const headers = (data[0] ?? []).map((h) => h.trim());
  const problems: RowProblem[] = [];
  for (const e of parsed.errors) {
    // "UndetectableDelimiter" means one column: the header check below says what that means here.
    if (e.code === 'UndetectableDelimiter') continue;
    problems.push({ line: e.row === undefined ? 0 : (lineOf[e.row] ?? 0), column: '', field: '', message: e.message });
  }
  const rows = data
    .map((cells, i) => ({ line: lineOf[i]!, cells }))
    .slice(1)
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const fileProblems: string[] = [];
  if (headers.filter((h) => h !== '').length < 2) {
    fileProblems.push('The file has a single column: it must be delimited text (commas, tabs, semicolons or |) whose first line names the columns');
  }
  return { table: { headers, rows }, delimiter: parsed.meta.delimiter, problems, fileProblems };
}
