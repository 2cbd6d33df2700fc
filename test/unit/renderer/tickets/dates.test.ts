import { describe, expect, it } from 'vitest';
import { formatDue, formatListTime, formatShort, formatWhen, inputToIso, isoToInput, nowInput } from '../../../../renderer/tickets/dates';

const LA = 'America/Los_Angeles';

describe('datetime-local ↔ ISO in the agency zone', () => {
  it('reads a typed wall-clock time as agency time, with the offset of that date', () => {
    expect(inputToIso('2026-10-06T10:00', LA)).toBe('2026-10-06T10:00:00-07:00');
    expect(inputToIso('2026-12-01T08:30', LA)).toBe('2026-12-01T08:30:00-08:00');
    expect(inputToIso('2026-10-06T10:00', 'America/New_York')).toBe('2026-10-06T10:00:00-04:00');
    expect(Date.parse(inputToIso('2026-10-06T10:00', LA)!)).toBe(Date.parse('2026-10-06T17:00:00Z'));
  });

  it('empty is null; anything else is passed on as typed for the seam to name', () => {
    expect(inputToIso('', LA)).toBeNull();
    expect(inputToIso('   ', LA)).toBeNull();
    expect(inputToIso('yesterday', LA)).toBe('yesterday');
  });

  it('across DST: the fall-back hour is read once (the first); a time in the spring-forward gap is refused', () => {
    // 1 November 2026, 01:30 happens twice in Los Angeles: the first (PDT) is taken.
    expect(inputToIso('2026-11-01T01:30', LA)).toBe('2026-11-01T01:30:00-07:00');
    // 8 March 2026, 02:30 does not exist on the wall clock: sent as typed, so the seam names the field.
    expect(inputToIso('2026-03-08T02:30', LA)).toBe('2026-03-08T02:30');
  });

  it('shows an instant as the input value in agency time, whatever the offset it came with', () => {
    expect(isoToInput('2026-10-06T17:00:00.000Z', LA)).toBe('2026-10-06T10:00');
    expect(isoToInput('2026-10-06T13:00:00-04:00', LA)).toBe('2026-10-06T10:00');
    expect(isoToInput(null, LA)).toBe('');
    expect(isoToInput('garbage', LA)).toBe('');
    expect(nowInput(Date.parse('2026-12-31T23:30:00Z'), LA)).toBe('2026-12-31T15:30');
  });

  it('round-trips every quarter hour of a DST week', () => {
    const start = Date.parse('2026-10-29T00:00:00Z');
    for (let ms = start; ms < start + 7 * 86_400_000; ms += 15 * 60_000) {
      const input = isoToInput(new Date(ms).toISOString(), LA);
      const back = Date.parse(inputToIso(input, LA)!);
      // The repeated hour maps to its first occurrence; everything else comes back exactly.
      expect(back === ms || back === ms - 3_600_000).toBe(true);
    }
  });

  it('formats instants for people, in agency time', () => {
    expect(formatWhen('2026-10-06T17:00:00Z', LA)).toBe('Tue, Oct 6 2026, 10:00 AM PDT');
    expect(formatShort('2026-12-01T16:30:00Z', LA)).toBe('Dec 1, 8:30 AM');
    expect(formatListTime('2026-12-01T16:30:00Z', LA)).toBe('12/1/26, 8:30 AM');
    expect(formatWhen(null, LA)).toBe('—');
  });

  it('says when something is due as briefly as the day allows, by the agency calendar day', () => {
    const now = Date.parse('2026-10-06T17:00:00Z'); // Tue 10:00 PDT
    expect(formatDue('2026-10-06T21:00:00Z', now, LA)).toBe('2:00 PM');
    // 23:30 PDT is still Tuesday in Sacramento although Wednesday in UTC.
    expect(formatDue('2026-10-07T06:30:00Z', now, LA)).toBe('11:30 PM');
    expect(formatDue('2026-10-07T17:00:00Z', now, LA)).toBe('Wed 10:00 AM');
    expect(formatDue('2026-10-05T17:00:00Z', now, LA)).toBe('Mon 10:00 AM');
    expect(formatDue('2026-10-20T17:00:00Z', now, LA)).toBe('Oct 20, 10:00 AM');
  });
});
