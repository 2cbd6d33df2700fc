// Fast, exactly-equivalent front ends to shared/calendar/instant.ts for the engine's hot paths:
// parse each ISO instant once without luxon when the text is plain, find the month of an
// instant by binary search over month bounds, and print instants in the agency zone from a
// per-day offset cache. Every answer is the one instant.ts gives (a property test checks it);
// anything unusual falls back to instant.ts itself. No zone rules live here: offsets and month
// bounds come from instant.ts.
import { DateTime } from 'luxon';
import { formatInZone, monthBounds, monthOf, parseInstant, shiftMonth } from '../calendar/instant';

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/**
 * Epoch ms of an ISO-8601 instant with an offset or `Z`, null otherwise: the same answer as
 * `parseInstant`, computed without luxon for in-range fields (milliseconds truncated from the
 * fraction the way luxon does).
 */
export function parseInstantFast(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const hour = +m[4]!;
  const minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  const oh = m[9] === undefined ? 0 : +m[9];
  const om = m[10] === undefined ? 0 : +m[10];
  if (
    year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) ||
    hour > 23 || minute > 59 || second > 59 || oh > 23 || om > 59
  ) {
    return parseInstant(text); // unusual but maybe valid (24:00, +99:00): let luxon decide
  }
  const millis = m[7] === undefined ? 0 : Math.floor(parseFloat('0.' + m[7]) * 1000);
  const offsetMin = m[8] === '-' ? -(oh * 60 + om) : oh * 60 + om;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMin * 60_000;
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

/** Calendar helpers bound to one zone, caching what they learn from instant.ts. */
export class ZoneClock {
  readonly zone: string;
  private readonly days = new Map<number, DayOffsets>();
  private starts: number[] = [];
  private months: string[] = [];
  private readonly bounds = new Map<string, { start: number; end: number; days: number }>();

  constructor(zone: string) {
    this.zone = zone;
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
    const iso = new Date(ms + s.offsetMs).toISOString();
    const frac = ms % 1000 === 0 ? '' : iso.slice(19, 23);
    return iso.slice(0, 19) + frac + s.text;
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

  /** "2026-10-05 09:00" in the zone: the short form explain lines use. */
  short(ms: number): string {
    const iso = this.format(ms);
    return iso.slice(0, 10) + ' ' + iso.slice(11, 16);
  }

  /** The same wall-clock time `days` calendar days later in the zone (luxon does the zone rules). */
  plusCalendarDays(ms: number, days: number): number {
    return DateTime.fromMillis(ms, { zone: this.zone }).plus({ days }).toMillis();
  }
}
