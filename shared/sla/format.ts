// Cheap text for explain lines: durations, percents, money. (Plain string building: a report of
// an agency-year has hundreds of thousands of lines.)

function group(n: number): string {
  const s = String(n);
  if (s.length <= 3) return s;
  let out = '';
  let i = s.length % 3;
  if (i > 0) out = s.slice(0, i);
  for (; i < s.length; i += 3) out += (out ? ',' : '') + s.slice(i, i + 3);
  return out;
}

/**
 * The lines, each made one flat string. A template literal builds a tree of string pieces;
 * reading a character makes V8 copy it into one flat string, so a report holds one object per
 * line instead of a tree (a large report is then much cheaper to keep and to collect).
 */
export function flatLines(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) lines[i]!.charCodeAt(0);
  return lines;
}

/** "$1,200.00" from cents (fractions of a cent, as in 25% of 33.33, shown to the tenth of a cent). */
export function formatMoney(cents: number): string {
  const neg = cents < 0;
  const a = Math.abs(cents);
  const whole = Math.floor(a / 100);
  const rest = a - whole * 100;
  let frac: string;
  if (Number.isInteger(rest)) frac = String(rest).padStart(2, '0');
  else {
    // 833.25 cents → "8.3325": the cents' digits, then the fraction's, after one point.
    const t = Math.round(rest * 1000) / 1000;
    frac = (t < 10 ? '0' : '') + String(t).replace('.', '');
  }
  return `${neg ? '-' : ''}$${group(whole)}.${frac}`;
}

/** Minutes as printed in the report: seconds / 60 (may be fractional). */
export function minutesOf(ms: number): number {
  return Math.floor(ms / 1000) / 60;
}

/** "241 min", "90.5 min" (minutes to 2 decimals; whole seconds). */
export function formatDuration(ms: number): string {
  if (ms === Infinity) return 'unbounded';
  const totalSec = Math.floor(ms / 1000);
  if (totalSec % 60 === 0) return `${totalSec / 60} min`;
  return `${Math.round((totalSec / 60) * 100) / 100} min`;
}

/** "241 min (4 h 01 min)", "90.5 min (1 h 30 min 30 s)", "12 min" (objectives; cached by callers). */
export function formatDurationLong(ms: number): string {
  if (ms === Infinity) return 'unbounded';
  const totalSec = Math.floor(ms / 1000);
  const minutes = totalSec / 60;
  const minText = Number.isInteger(minutes) ? String(minutes) : String(Math.round(minutes * 100) / 100);
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor((totalSec % 3600) / 60);
  const s = totalSec % 60;
  if (h === 0 && s === 0) return `${minText} min`;
  const hms = (h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min`) + (s > 0 ? ` ${s} s` : '');
  return `${minText} min (${hms})`;
}

/** "80 h" / "72.5 h" */
export function formatHours(ms: number): string {
  const h = Math.floor(ms / 1000) / 3600;
  return `${Number.isInteger(h) ? h : Math.round(h * 10000) / 10000} h`;
}

/** A percent rounded to 4 decimals for printing (comparisons use the unrounded value). */
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function formatPercent4(x: number): string {
  return `${round4(x).toFixed(4)}%`;
}
