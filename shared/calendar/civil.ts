// Civil (proleptic Gregorian) dates as day numbers, days since 1970-01-01, in exact integer
// arithmetic without a Date (H. Hinnant's days_from_civil / civil_from_days). One home for the
// date math the holiday rules, the business calendar and the instant reader share.

/** Day number of a date. Month 1–12. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The date of a day number (inverse of daysFromCivil). */
export function civilFromDays(n: number): CivilDate {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday index of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (February 29 in leap years: every 4th, not every 100th, every 400th). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Day number of a "YYYY-MM-DD" date (no validation: callers pass dates the schema checked). */
export function dayOfIsoDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

/** Calendar days from one "YYYY-MM-DD" date to another (negative when `to` is earlier). */
export function daysBetweenDates(from: string, to: string): number {
  return dayOfIsoDate(to) - dayOfIsoDate(from);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A report's period as people write it, as 'YYYY-MM' (a month) or 'YYYY' (a year): "2026-10",
 * "2026/10", "10/2026", "Oct 2026", "October 2026", "2026". Null for anything else (a day, a
 * thirteenth month, text).
 */
export function parsePeriodLabel(text: string): string | null {
  const t = text.trim().toLowerCase();
  const pad = (m: number) => String(m).padStart(2, '0');
  let m = /^(\d{4})$/.exec(t);
  if (m) return m[1]!;
  m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(Number(m[1]))}`;
  m = /^([a-z]+)\.?[\s,-]+(\d{4})$/.exec(t);
  if (m) {
    const i = MONTH_NAMES.findIndex((n) => m![1]!.startsWith(n) && (m![1]!.length === 3 || 'january february march april may june july august september october november december'.includes(m![1]!)));
    if (i >= 0) return `${m[2]}-${pad(i + 1)}`;
  }
  return null;
}

const DAY = 86_400_000;

/**
 * "YYYY-MM-DDTHH:MM:SS[.mmm]" of a wall-clock epoch (UTC fields of `wall`), years 1900-9999,
 * built in one String.fromCharCode call without a Date (civil-from-days, H. Hinnant).
 */
export function isoWall(wall: number, withMillis: boolean): string {
  const days = Math.floor(wall / DAY);
  let rest = wall - days * DAY;
  const { year: y, month: m, day: d } = civilFromDays(days);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const sec = Math.floor(rest / 1000);
  const msPart = rest - sec * 1000;
  const Z = 48;
  const out = String.fromCharCode(
    Z + Math.floor(y / 1000), Z + (Math.floor(y / 100) % 10), Z + (Math.floor(y / 10) % 10), Z + (y % 10), 45,
    Z + Math.floor(m / 10), Z + (m % 10), 45, Z + Math.floor(d / 10), Z + (d % 10), 84,
    Z + Math.floor(h / 10), Z + (h % 10), 58, Z + Math.floor(mi / 10), Z + (mi % 10), 58, Z + Math.floor(sec / 10), Z + (sec % 10),
  );
  if (!withMillis) return out;
  return out + String.fromCharCode(46, Z + Math.floor(msPart / 100), Z + (Math.floor(msPart / 10) % 10), Z + (msPart % 10));
}
