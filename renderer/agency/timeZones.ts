// The time zones offered in the agency form: California's first, then the rest of the US,
// then every other IANA zone the runtime knows. The current value is always offered.
const FIRST = ['America/Los_Angeles'];
const US = [
  'America/Phoenix', 'America/Denver', 'America/Chicago', 'America/New_York',
  'America/Anchorage', 'Pacific/Honolulu',
];

export function timeZoneOptions(current: string, all: readonly string[] = supported()): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const z of [...FIRST, ...US, current, ...all]) {
    if (!z || seen.has(z)) continue;
    seen.add(z);
    out.push(z);
  }
  return out;
}

function supported(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
