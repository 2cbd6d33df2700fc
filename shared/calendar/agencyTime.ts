// An instant as a person at the agency reads it: the agency zone's wall clock with the zone's
// abbreviation, "Oct 6, 2026, 10:00 AM PDT" (DOMAIN.md "Time": everything shown is agency time).
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatAgencyTime(ms: number, zone: string): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
    formatters.set(zone, f);
  }
  // Newer ICU puts a narrow no-break space before AM/PM; messages and tests use a plain one.
  return f.format(ms).replace(/\u202f/g, ' ');
}
