// Calendar periods of civil dates ("YYYY-MM-DD", no time zone): the days of a date range split by
// calendar month (prorating a monthly charge by the days in each month) and the week or month
// ends that bucket a timeline. Date ranges are half-open: [from, to).
import { civilFromDays, daysInMonth, weekdayOfDay } from './civil';
import { formatIsoDate, parseIsoDate } from './holidays';

function day(date: string): number {
  const n = parseIsoDate(date);
  if (n === null) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return n;
}

export interface MonthSpan {
  /** "2014-01" */
  month: string;
  /** Days of [from, to) in this month. */
  days: number;
  /** Days in the whole calendar month (28–31). */
  daysInMonth: number;
}

/** The days of [from, to) per calendar month, in order; empty when `to` is not after `from`. */
export function monthSpans(from: string, to: string): MonthSpan[] {
  const out: MonthSpan[] = [];
  let a = day(from);
  const b = day(to);
  while (a < b) {
    const { year, month, day: d } = civilFromDays(a);
    const dim = daysInMonth(year, month);
    const monthEnd = a + (dim - d) + 1; // first day of the next month
    const end = Math.min(monthEnd, b);
    out.push({ month: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`, days: end - a, daysInMonth: dim });
    a = end;
  }
  return out;
}

export type PeriodKind = 'week' | 'month';

/** The last day of the week (Monday to Sunday) or calendar month holding `date`. */
export function periodEnd(date: string, kind: PeriodKind): string {
  const n = day(date);
  if (kind === 'week') return formatIsoDate(n + (6 - weekdayOfDay(n)));
  const { year, month } = civilFromDays(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** The period ends from the period holding `from` through the one holding `to`, in order. */
export function periodEnds(from: string, to: string, kind: PeriodKind): string[] {
  const out: string[] = [];
  const last = periodEnd(to, kind);
  let end = periodEnd(from, kind);
  while (end <= last) {
    out.push(end);
    end = periodEnd(formatIsoDate(day(end) + 1), kind);
  }
  return out;
}
