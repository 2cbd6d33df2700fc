// Reading an import's CSV (papaparse, RFC 4180 quoting): the header row mapped to the import's
// columns by name or alias (letter case, spaces and punctuation aside), the file's own problems
// (a required column missing, unreadable text) and each row's parse errors by row index.
import Papa from 'papaparse';

export interface CsvTable<C extends string> {
  /** The header row as read (normalized). */
  headers: string[];
  /** Problems with the file as a whole; when any, there are no rows to read. */
  fileProblems: string[];
  rows: Array<Record<string, string>>;
  /** The parser's problems with a row, by its index in `rows`. */
  rowErrors: Map<number, string[]>;
  /** A row's value of a column, trimmed ('' when the file has no such column). */
  get(row: Record<string, string>, column: C): string;
}

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export function readCsvTable<C extends string>(csv: string, columns: readonly C[], aliases: Record<string, C>, required: readonly C[]): CsvTable<C> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: normalizeHeader });
  const headers = (parsed.meta.fields ?? []).filter((f) => f !== '');
  const mapped = new Map<C, string>();
  for (const h of headers) {
    const col = aliases[h];
    if (col && !mapped.has(col)) mapped.set(col, h);
  }
  const fileProblems: string[] = [];
  const missing = required.filter((c) => !mapped.has(c));
  if (missing.length) fileProblems.push(`Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Expected a header row with ${columns.join(', ')}.`);
  for (const e of parsed.errors.filter((e) => e.row === undefined)) fileProblems.push(e.message);
  const rowErrors = new Map<number, string[]>();
  for (const e of parsed.errors) if (e.row !== undefined) rowErrors.set(e.row, [...(rowErrors.get(e.row) ?? []), e.message]);
  return {
    headers,
    fileProblems,
    rows: fileProblems.length ? [] : parsed.data,
    rowErrors,
    get: (row, column) => (mapped.has(column) ? (row[mapped.get(column)!] ?? '').trim() : ''),
  };
}

/** What an import's preview answers: each row with its draft or its problems; nothing is written. */
export interface CsvPreview<Row> {
  columns: string[];
  rows: Row[];
  validCount: number;
  invalidCount: number;
  fileProblems: string[];
}

/** The preview of a table: its file problems alone, or its rows counted (a row is valid when it has a draft). */
export function csvPreview<C extends string, Row extends { draft: unknown }>(table: CsvTable<C>, readRow: (row: Record<string, string>, index: number) => Row): CsvPreview<Row> {
  if (table.fileProblems.length) return { columns: table.headers, rows: [], validCount: 0, invalidCount: 0, fileProblems: table.fileProblems };
  const rows = table.rows.map(readRow);
  const validCount = rows.filter((r) => r.draft !== null).length;
  return { columns: table.headers, rows, validCount, invalidCount: rows.length - validCount, fileProblems: [] };
}
