// A period's figures of a service-level contract's report, checked against its catalog (the
// help desk's calls answered, speed of answer, abandoned, resolved on first contact; its yearly
// satisfaction score). The form, the CSV import and the data file all go through this one check;
// a value is kept as an integer scaled by 10^decimals (28.5 seconds with 1 decimal is 285), so
// the figures are exact and compare exactly.
import type { FigureDefinition, ServiceLevelCatalog } from './serviceLevels';

export interface FigureProblem {
  /** The figure id ('' for the period itself). */
  field: string;
  message: string;
}

export interface CheckedFigures {
  /** figure id → value scaled by 10^decimals of the figure. */
  scaled: Map<string, number>;
  problems: FigureProblem[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/** 'month' for '2026-10', 'year' for '2026', null for anything else. */
export function periodKind(period: string): 'month' | 'year' | null {
  return MONTH.test(period) ? 'month' : YEAR.test(period) ? 'year' : null;
}

/** A value as typed ("1,000", "28.5", 28.5) scaled by 10^decimals, or why it is not one. */
export function scaleFigure(def: FigureDefinition, raw: number | string): { ok: true; scaled: number } | { ok: false; message: string } {
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : 'x') : raw.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (text === '') return { ok: false, message: `${def.title} is required` };
  if (/^-/.test(text)) return { ok: false, message: `${def.title} cannot be negative` };
  const m = /^(\d{1,12})(?:\.(\d+))?$/.exec(text);
  if (!m) return { ok: false, message: `${def.title} must be a number of ${def.unit}${def.decimals === 0 ? ' (a whole number)' : ''}` };
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > def.decimals) {
    return { ok: false, message: def.decimals === 0 ? `${def.title} must be a whole number of ${def.unit}` : `${def.title} has at most ${def.decimals} decimal${def.decimals === 1 ? '' : 's'}` };
  }
  const scaled = Number(m[1]) * 10 ** def.decimals + (frac === '' ? 0 : Number(frac.padEnd(def.decimals, '0')));
  if (def.max !== undefined && scaled > def.max * 10 ** def.decimals) return { ok: false, message: `${def.title} is at most ${def.max} (${def.unit})` };
  return { ok: true, scaled };
}

/**
 * The period's values checked: known figures of the period's kind (a month's, a year's), numbers
 * with the figure's decimals, within its maximum, a figure no larger than the one it is bounded by
 * (resolved on first contact ≤ calls answered), a period not after `currentMonth`.
 */
export function checkFigures(catalog: ServiceLevelCatalog, period: string, values: Record<string, number | string>, currentMonth: string): CheckedFigures {
  const problems: FigureProblem[] = [];
  const scaled = new Map<string, number>();
  const kind = periodKind(period);
  if (kind === null) return { scaled, problems: [{ field: '', message: 'Period must be a month like 2026-10 or a year like 2026' }] };
  if ((kind === 'month' && period > currentMonth) || (kind === 'year' && period > currentMonth.slice(0, 4))) {
    problems.push({ field: '', message: `Period cannot be in the future (this month is ${currentMonth})` });
  }
  const own = catalog.figures.filter((f) => f.period === kind);
  for (const [id, raw] of Object.entries(values)) {
    const def = catalog.figure(id);
    if (!def) problems.push({ field: id, message: `"${id}" is not a figure of ${catalog.title} (a ${kind}'s are ${own.map((f) => f.id).join(', ')})` });
    else if (def.period !== kind) problems.push({ field: id, message: `${def.title} is a ${def.period}'s figure, not a ${kind}'s` });
    else {
      const v = scaleFigure(def, raw);
      if (v.ok) scaled.set(id, v.scaled);
      else problems.push({ field: id, message: v.message });
    }
  }
  for (const [id, v] of scaled) {
    const def = catalog.figure(id)!;
    if (def.atMost === undefined) continue;
    const bound = catalog.figure(def.atMost)!;
    const w = scaled.get(bound.id);
    if (w !== undefined && v / 10 ** def.decimals > w / 10 ** bound.decimals) {
      problems.push({ field: id, message: `${def.title} (${v / 10 ** def.decimals}) cannot be more than ${bound.title.toLowerCase()} (${w / 10 ** bound.decimals})` });
    }
  }
  if (scaled.size === 0 && problems.length === 0) problems.push({ field: '', message: `Enter at least one of the ${kind}'s figures (${own.map((f) => f.title.toLowerCase()).join(', ')})` });
  return { scaled, problems };
}
