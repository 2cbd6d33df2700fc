// Import of a service-level contract's report from CSV (the help desk's monthly figures): parse
// (papaparse, RFC 4180 quoting), map the columns to the catalog's figures by their ids, titles and
// the aliases the catalog lists, check each line as the form would (shared/sla/figures.ts), and
// report per-line problems. Nothing is written here: the ATR confirms the valid lines, which then go
// through figures:importCommit in one transaction.
import Papa from 'papaparse';
import { instant } from '../../../shared/calendar/instant';
import { parsePeriodLabel } from '../../../shared/calendar/civil';
import type { FiguresImportRow } from '../../../shared/ipc/figures';
import type { ServiceLevelCatalog } from '../../../shared/sla/catalog';
import { checkFigures } from '../../../shared/sla/figures';
import { AppError } from '../errors';
import type { Db } from '../db/open';
import { agencyDates } from '../repositories/agencyDates';
import { checkedPeriod, contractCatalog, getPeriod, writePeriod, type ContractKey } from '../repositories/figures';

function normalize(h: string): string {
  return h.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

const PERIOD_ALIASES = ['period', 'month', 'year', 'report_month', 'reporting_period'];

/** Column header → 'period' or a figure id, from the catalog's figures (id, title, aliases). */
function headerMap(catalog: ServiceLevelCatalog): Map<string, string> {
  const out = new Map<string, string>(PERIOD_ALIASES.map((a) => [a, 'period']));
  for (const f of catalog.figures) for (const name of [f.id, f.title, ...f.aliases]) out.set(normalize(name), f.id);
  return out;
}

export interface FiguresPreview {
  columns: string[];
  mapping: Record<string, string>;
  rows: FiguresImportRow[];
  validCount: number;
  invalidCount: number;
  fileProblems: string[];
}

export function previewFiguresCsv(db: Db, k: ContractKey, csv: string, now: string): FiguresPreview {
  const catalog = contractCatalog(db, k);
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const headers = (parsed.meta.fields ?? []).filter((f) => f.trim() !== '');
  const known = headerMap(catalog);
  const mapping: Record<string, string> = {};
  const taken = new Set<string>();
  for (const h of headers) {
    const target = known.get(normalize(h));
    if (target !== undefined && !taken.has(target)) {
      mapping[h] = target;
      taken.add(target);
    }
  }
  const fileProblems: string[] = [];
  if (!taken.has('period')) fileProblems.push(`Missing column: period (a month like 2026-10, or a year). Expected a header row with period and figures such as ${catalog.figures.map((f) => f.title.toLowerCase()).join(', ')}.`);
  else if (taken.size === 1) fileProblems.push(`No column names a figure of ${catalog.title}: expected ${catalog.figures.map((f) => f.title.toLowerCase()).join(', ')}.`);
  for (const e of parsed.errors.filter((e) => e.row === undefined)) fileProblems.push(e.message);
  if (fileProblems.length) return { columns: headers, mapping, rows: [], validCount: 0, invalidCount: 0, fileProblems };

  const currentMonth = agencyDates(db).monthOf(instant(now));
  const columnOf = new Map(Object.entries(mapping).map(([col, target]) => [target, col]));
  const periodColumn = columnOf.get('period')!;
  const rowErrors = new Map<number, string[]>();
  for (const e of parsed.errors) if (e.row !== undefined) rowErrors.set(e.row, [...(rowErrors.get(e.row) ?? []), e.message]);
  const seen = new Map<string, number>();
  const rows: FiguresImportRow[] = parsed.data.map((raw, index) => {
    // Line numbers as a spreadsheet shows them: the header is line 1.
    const line = index + 2;
    const fields = Object.fromEntries(headers.map((h) => [h, (raw[h] ?? '').trim()]));
    const problems: FiguresImportRow['problems'] = (rowErrors.get(index) ?? []).map((message) => ({ field: '', message }));
    const label = fields[periodColumn] ?? '';
    const period = parsePeriodLabel(label);
    if (period === null) problems.push({ field: periodColumn, message: label === '' ? 'Period is required' : `"${label}" is not a month (2026-10, 10/2026, Oct 2026) or a year` });
    const values: Record<string, string> = {};
    for (const [target, col] of columnOf) if (target !== 'period' && (fields[col] ?? '') !== '') values[target] = fields[col]!;
    let scaled: Map<string, number> | null = null;
    if (period !== null) {
      const checked = checkFigures(catalog, period, values, currentMonth);
      for (const p of checked.problems) problems.push({ field: p.field === '' ? periodColumn : (columnOf.get(p.field) ?? p.field), message: p.message });
      scaled = checked.scaled;
      const first = seen.get(period);
      if (first !== undefined) problems.push({ field: periodColumn, message: `${period} is repeated (first on line ${first})` });
      else seen.set(period, line);
    }
    const valid = problems.length === 0 && period !== null && scaled !== null;
    return {
      line,
      fields,
      period,
      values: valid ? Object.fromEntries([...scaled!].map(([id, v]) => [id, v / 10 ** catalog.figure(id)!.decimals])) : null,
      replaces: period !== null && getPeriod(db, k, period) !== null,
      problems,
    };
  });
  const validCount = rows.filter((r) => r.values !== null).length;
  return { columns: headers, mapping, rows, validCount, invalidCount: rows.length - validCount, fileProblems };
}

/** Saves the confirmed lines, every one or none (a line refused rolls the batch back), each audited. */
export function commitFigures(db: Db, k: ContractKey & { rows: Array<{ period: string; values: Record<string, number | string> }>; fileName: string }, now: string): number {
  return db.transaction(() => {
    const catalog = contractCatalog(db, k);
    const periods = new Set<string>();
    k.rows.forEach((r, i) => {
      const scaled = checkedPeriod(db, catalog, r.period, r.values, now, `/rows/${i}`);
      if (periods.has(r.period)) throw new AppError('invalid', `${r.period} is given twice: import each period once`, `/rows/${i}/period`);
      periods.add(r.period);
      writePeriod(db, k, catalog, r.period, scaled, `import${k.fileName ? ` ${k.fileName}` : ''}`, '', now);
    });
    return k.rows.length;
  })();
}
