// Fast, exactly-equivalent front ends to shared/calendar/instant.ts for the engine's hot paths:
// parse each ISO instant once without luxon when the text is plain, find the month of an
// instant by binary search over month bounds, and print instants in the agency zone from a
// per-day offset cache. Every answer is the one instant.ts gives (a property test checks it);
// anything unusual falls back to instant.ts (or luxon, for adding calendar days near an offset
// change). No zone rules live here: offsets and month bounds come from instant.ts.
import { DateTime } from 'luxon';
import { civilFromDays, daysFromCivil, daysInMonth, isoWall } from './civil';
import { formatIsoDate, parseIsoDate } from './holidays';
import { formatInZone, monthBounds, monthOf, parseInstant, scheduledUptimeMinutes, shiftMonth } from './instant';


function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) v = v * 10 + (text.charCodeAt(i) - 48);
  return v;
}

/**
 * Epoch ms of an ISO-8601 instant with an offset or `Z`, null otherwise: the same answer as
 * `parseInstant`, computed without luxon (and without allocating) for in-range fields;
 * milliseconds are truncated from the fraction the way luxon does.
 */
export function parseInstantFast(text: string): number | null {
  // A hand-written match of instant.ts's pattern
  // ^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$ that reads the fields
  // as it goes (no allocation); a property test checks it against the pattern and parseInstant.
  const len = text.length;
  if (len === 24) {
    const ms = canonicalUtc(text);
    if (ms === ms) return ms; // not NaN
  }
  if (len < 17) return null;
  const century = d2(text, 0);
  const yy = d2(text, 2);
  const year = century < 0 || yy < 0 ? -1 : century * 100 + yy;
  const month = d2(text, 5);
  const day = d2(text, 8);
  const hour = d2(text, 11);
  const minute = d2(text, 14);
  if (
    year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 ||
    text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58
  ) {
    return null;
  }
  let i = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(i) === 58 /* : */) {
    second = d2(text, i + 1);
    if (second < 0) return null;
    i += 3;
    if (text.charCodeAt(i) === 46 /* . */) {
      let j = i + 1;
      while (j < len && isDigit(text.charCodeAt(j))) j++;
      const n = j - i - 1;
      if (n < 1 || n > 9) return null;
      // luxon: Math.floor(parseFloat("0." + fraction) * 1000); exact for up to 3 digits.
      millis = n <= 3 ? digits(text, i + 1, n) * (n === 1 ? 100 : n === 2 ? 10 : 1) : Math.floor(parseFloat('0.' + text.slice(i + 1, j)) * 1000);
      i = j;
    }
  }
  let offsetMin = 0;
  let oh = 0;
  let om = 0;
  const c = text.charCodeAt(i);
  if (c === 90 /* Z */) {
    if (i + 1 !== len) return null;
  } else if (c === 43 || c === 45 /* + - */) {
    oh = d2(text, i + 1);
    const colon = text.charCodeAt(i + 3) === 58 ? 1 : 0;
    om = d2(text, i + 3 + colon);
    if (oh < 0 || om < 0 || i + 5 + colon !== len) return null;
    offsetMin = (c === 45 ? -1 : 1) * (oh * 60 + om);
  } else return null;
  if (
    year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59 || oh > 23 || om > 59
  ) {
    return parseInstant(text); // unusual but maybe valid (24:00, +99:00): let luxon decide
  }
  return daysFromCivil(year, month, day) * DAY + hour * 3_600_000 + (minute - offsetMin) * 60_000 + second * 1000 + millis;
}

/**
 * Epoch ms of `YYYY-MM-DDTHH:MM:SS.sssZ` (what Date#toISOString writes, so what the app stores),
 * NaN for anything else or any field out of range (the general reader then decides).
 */
function canonicalUtc(t: string): number {
  if (t.charCodeAt(23) !== 90 || t.charCodeAt(19) !== 46 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 84 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) {
    return NaN;
  }
  const y0 = t.charCodeAt(0) - 48, y1 = t.charCodeAt(1) - 48, y2 = t.charCodeAt(2) - 48, y3 = t.charCodeAt(3) - 48;
  const mo0 = t.charCodeAt(5) - 48, mo1 = t.charCodeAt(6) - 48, d0 = t.charCodeAt(8) - 48, d1 = t.charCodeAt(9) - 48;
  const h0 = t.charCodeAt(11) - 48, h1 = t.charCodeAt(12) - 48, mi0 = t.charCodeAt(14) - 48, mi1 = t.charCodeAt(15) - 48;
  const s0 = t.charCodeAt(17) - 48, s1 = t.charCodeAt(18) - 48, f0 = t.charCodeAt(20) - 48, f1 = t.charCodeAt(21) - 48, f2 = t.charCodeAt(22) - 48;
  // Every value a digit: none negative, none above 9 (9 - d negative).
  const any = y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | f0 | f1 | f2;
  const over = (9 - y0) | (9 - y1) | (9 - y2) | (9 - y3) | (9 - mo0) | (9 - mo1) | (9 - d0) | (9 - d1) | (9 - h0) | (9 - h1) | (9 - mi0) | (9 - mi1) | (9 - s0) | (9 - s1) | (9 - f0) | (9 - f1) | (9 - f2);
  if ((any | over) < 0) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = mo0 * 10 + mo1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = mi0 * 10 + mi1;
  const second = s0 * 10 + s1;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  return (monthStartDays(year, month) + day - 1) * DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + f0 * 100 + f1 * 10 + f2;
}

/** Days since the epoch of the first of each month, 1970–2099, filled as asked. */
const MONTH_STARTS = new Float64Array(130 * 12).fill(NaN);

function monthStartDays(year: number, month: number): number {
  const i = (year - 1970) * 12 + month - 1;
  if (i < 0 || i >= MONTH_STARTS.length) return daysFromCivil(year, month, 1);
  let d = MONTH_STARTS[i]!;
  if (d !== d) d = MONTH_STARTS[i] = daysFromCivil(year, month, 1);
  return d;
}


function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Two ASCII digits at `at` as a number, -1 when either is not a digit (or out of range). */
function d2(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return isDigit(a) && isDigit(b) ? (a - 48) * 10 + (b - 48) : -1;
}

const DAY = 86_400_000;

const FAST_MIN = Date.UTC(1900, 0, 1);
const FAST_MAX = Date.UTC(9999, 0, 1);

interface DayOffsets {
  /** Instant the offset changes inside this UTC day (Infinity: no change). */
  change: number;
  before: Suffix;
  after: Suffix;
}
interface Suffix {
  offsetMs: number;
  text: string;
  /** false when luxon's text cannot be rebuilt from a whole-minute offset (old LMT offsets). */
  ok: boolean;
}

const clocks = new Map<string, ZoneClock>();

/** Calendar helpers bound to one zone, caching what they learn from instant.ts. */
export class ZoneClock {
  /**
   * The shared clock of a zone: what a clock learns (offsets per day, month bounds) depends on the
   * zone only, so every evaluation in the zone reuses it instead of asking luxon again.
   */
  static of(zone: string): ZoneClock {
    let c = clocks.get(zone);
    if (!c) {
      c = new ZoneClock(zone);
      clocks.set(zone, c);
    }
    return c;
  }

  readonly zone: string;
  private readonly days = new Map<number, DayOffsets>();
  private starts: number[] = [];
  private months: string[] = [];
  private readonly bounds = new Map<string, { start: number; end: number; days: number }>();

  constructor(zone: string) {
    this.zone = zone;
  }

  private readonly uptime = new Map<string, number>();

  /** Scheduled Uptime of the month in minutes (instant.ts: 24 h × days in the month), cached. */
  scheduledUptimeMinutes(month: string): number {
    let u = this.uptime.get(month);
    if (u === undefined) {
      u = scheduledUptimeMinutes(month, this.zone);
      this.uptime.set(month, u);
    }
    return u;
  }

  monthBounds(month: string): { start: number; end: number; days: number } {
    let b = this.bounds.get(month);
    if (!b) {
      b = monthBounds(month, this.zone);
      this.bounds.set(month, b);
    }
    return b;
  }

  /** The month (YYYY-MM, agency time) of an instant; same answer as `monthOf`. */
  monthOf(ms: number): string {
    const starts = this.starts;
    const n = starts.length;
    if (n > 0 && ms >= starts[0]! && ms < this.monthBounds(this.months[n - 1]!).end) {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= ms) lo = mid;
        else hi = mid - 1;
      }
      return this.months[lo]!;
    }
    const month = monthOf(ms, this.zone);
    this.cover(month);
    return month;
  }

  /** Extends the month index to include `month` (and every month between). */
  private cover(month: string): void {
    if (this.months.length === 0) {
      this.months = [month];
      this.starts = [this.monthBounds(month).start];
      return;
    }
    const first = this.months[0]!;
    const last = this.months[this.months.length - 1]!;
    if (month < first) {
      const add: string[] = [];
      for (let m = month; m < first; m = shiftMonth(m, -1)) add.push(m);
      this.months = [...add, ...this.months];
    } else if (month > last) {
      for (let m = shiftMonth(last, -1); m <= month; m = shiftMonth(m, -1)) this.months.push(m);
    } else return;
    this.starts = this.months.map((m) => this.monthBounds(m).start);
  }

  private suffixAt(ms: number): Suffix {
    const text = formatInZone(ms, this.zone);
    const m = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(text);
    if (!m) return { offsetMs: 0, text: '', ok: false };
    const offsetMs = m[1] === 'Z' ? 0 : (m[2] === '-' ? -1 : 1) * (+m[3]! * 60 + +m[4]!) * 60_000;
    const suffix: Suffix = { offsetMs, text: m[1]!, ok: true };
    suffix.ok = this.build(ms, suffix) === text;
    return suffix;
  }

  private build(ms: number, s: Suffix): string {
    return isoWall(ms + s.offsetMs, ms % 1000 !== 0) + s.text;
  }

  private dayOffsets(ms: number): DayOffsets {
    const key = Math.floor(ms / DAY);
    let d = this.days.get(key);
    if (d) return d;
    const start = key * DAY;
    const before = this.suffixAt(start);
    const after = this.suffixAt(start + DAY);
    if (before.offsetMs === after.offsetMs && before.text === after.text) {
      d = { change: Infinity, before, after: before };
    } else {
      // The offset changes inside this day: find the first instant with the new offset.
      let lo = start;
      let hi = start + DAY;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        const s = this.suffixAt(mid);
        if (s.offsetMs === before.offsetMs && s.text === before.text) lo = mid;
        else hi = mid;
      }
      d = { change: hi, before, after };
    }
    this.days.set(key, d);
    return d;
  }

  /** ISO-8601 in the zone with its offset, to the second: same text as `formatInZone`. */
  format(ms: number): string {
    if (!(ms >= FAST_MIN && ms < FAST_MAX)) return formatInZone(ms, this.zone);
    const d = this.dayOffsets(ms);
    const s = ms < d.change ? d.before : d.after;
    return s.ok ? this.build(ms, s) : formatInZone(ms, this.zone);
  }

  /** The agency date ('YYYY-MM-DD' in the zone) of an instant: luxon's `toISODate()`. */
  dateOf(ms: number): string {
    if (ms >= FAST_MIN && ms < FAST_MAX) {
      const d = this.dayOffsets(ms);
      const s = ms < d.change ? d.before : d.after;
      if (s.ok) return formatIsoDate(Math.floor((ms + s.offsetMs) / DAY));
    }
    return DateTime.fromMillis(ms, { zone: this.zone }).toISODate() ?? formatIsoDate(Math.floor(ms / DAY));
  }

  private readonly dayEnds = new Map<string, number>();

  /**
   * The end of a date in the zone: the first instant of the day after it (midnight, agency time),
   * so the date is [start, end). A difference of instants: the fall-back day is 25 h long and
   * the spring-forward day 23 h (a midnight the zone skips is the first instant after the gap).
   * Throws for text that is not a real 'YYYY-MM-DD' date.
   */
  endOfDate(date: string): number {
    let end = this.dayEnds.get(date);
    if (end === undefined) {
      const day = parseIsoDate(date);
      if (day === null) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
      const next = civilFromDays(day + 1);
      end = DateTime.fromObject({ year: next.year, month: next.month, day: next.day }, { zone: this.zone }).toMillis();
      this.dayEnds.set(date, end);
    }
    return end;
  }

  /**
   * The same wall-clock time `days` calendar days later in the zone: luxon's answer. Fast path:
   * when no offset change is near the answer, it is the plain shift corrected by the offset
   * difference (the wall time then exists exactly once); otherwise luxon decides.
   */
  plusCalendarDays(ms: number, days: number): number {
    const cand = ms + days * DAY;
    if (Number.isInteger(days) && ms >= FAST_MIN + DAY && cand < FAST_MAX - DAY && cand >= FAST_MIN + DAY) {
      const d0 = this.dayOffsets(ms);
      const s0 = ms < d0.change ? d0.before : d0.after;
      const d1 = this.dayOffsets(cand);
      if (s0.ok && d1.before.ok && d1.change === Infinity && this.dayOffsets(cand - DAY).change === Infinity && this.dayOffsets(cand + DAY).change === Infinity) {
        return cand + s0.offsetMs - d1.before.offsetMs;
      }
    }
    return DateTime.fromMillis(ms, { zone: this.zone }).plus({ days }).toMillis();
  }
}
