// The head of a contractor's file, read in the renderer before any mapping exists: its header
// row (the choices of the mapping form) and a few rows (a sample value beside each column, so the
// ATR can match the date format by eye). papaparse splits it as the back end will (RFC 4180
// quoting, the delimiter guessed among the same four); what the cells mean is read only by the
// back end, through the mapping (reconcile:previewReport / previewInvoice).
import Papa from 'papaparse';

export interface FileHead {
  /** The header row, trimmed, blank headers left out. */
  headers: string[];
  /** The first data rows, keyed by header. */
  rows: Array<Record<string, string>>;
}

const SAMPLE_ROWS = 5;

export function readHead(text: string): FileHead {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { preview: SAMPLE_ROWS + 1, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] });
  const [head = [], ...data] = parsed.data;
  const cells = head.map((h) => h.trim());
  const headers = [...new Set(cells.filter((h) => h !== ''))];
  const rows = data.map((r) => Object.fromEntries(cells.map((h, i) => [h, (r[i] ?? '').trim()] as const).filter(([h]) => h !== '')));
  return { headers, rows };
}

/** The first value a column holds in the head's rows ('' when none). */
export function sampleValue(head: FileHead, header: string): string {
  if (header === '') return '';
  for (const r of head.rows) {
    const v = r[header];
    if (v) return v;
  }
  return '';
}
