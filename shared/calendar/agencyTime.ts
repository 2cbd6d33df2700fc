// An instant as a person at the agency reads it: the agency zone's wall clock with the zone's
// abbreviation, "Oct 6, 2026, 10:00 AM PDT" (DOMAIN.md "Time": everything shown is agency time).
//
// Intl writes it; but a reconciliation writes tens of thousands of these, and Intl costs several
// microseconds each. The wall time comes from the zone's clock (zoneClock.ts, offsets cached per
// day) and only the abbreviation from Intl, once per zone, offset and year: the text is the same.
import { ZoneClock } from './zoneClock';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
    formatters.set(zone, f);
  }
  return f;
}

/** Intl's own text (newer ICU puts a narrow no-break space before AM/PM; messages and tests use a plain one). */
export function formatAgencyTimeIntl(ms: number, zone: string): string {
  return formatter(zone).format(ms).replace(/\u202f/g, ' ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):\d{2}(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const abbreviations = new Map<string, string>();

// The texts last written, by zone: a reconciliation writes each instant several times (a stop
// clock in both records, in a difference's values and in its sentence). Emptied when it fills.
const written = new Map<string, Map<number, string>>();
const WRITTEN_MAX = 50_000;

export function formatAgencyTime(ms: number, zone: string): string {
  let texts = written.get(zone);
  if (!texts) written.set(zone, (texts = new Map()));
  let text = texts.get(ms);
  if (text === undefined) {
    if (texts.size >= WRITTEN_MAX) texts.clear();
    text = writeAgencyTime(ms, zone);
    texts.set(ms, text);
  }
  return text;
}

function writeAgencyTime(ms: number, zone: string): string {
  const m = WALL.exec(ZoneClock.of(zone).format(ms));
  if (!m) return formatAgencyTimeIntl(ms, zone);
  const key = `${zone}|${m[6]}|${m[1]}`;
  let abbreviation = abbreviations.get(key);
  if (abbreviation === undefined) {
    abbreviation = formatter(zone).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
    abbreviations.set(key, abbreviation);
  }
  const hour = Number(m[4]);
  return `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}, ${hour % 12 === 0 ? 12 : hour % 12}:${m[5]} ${hour < 12 ? 'AM' : 'PM'} ${abbreviation}`;
}
