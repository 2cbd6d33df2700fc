import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, localProblemMessage, parseLocal, toLocalInput } from '../../../../renderer/ui/datetime';

const LA = 'America/Los_Angeles';

describe('datetime-local in the agency time zone', () => {
  it('reads a wall-clock time in the agency zone, with the offset of that date', () => {
    expect(parseLocal('2026-09-01T09:00', LA)).toEqual({ ok: true, iso: '2026-09-01T09:00:00-07:00' });
    expect(parseLocal('2026-12-01T09:00', LA)).toEqual({ ok: true, iso: '2026-12-01T09:00:00-08:00' });
    expect(parseLocal('2026-09-01T09:00', 'America/New_York')).toEqual({ ok: true, iso: '2026-09-01T09:00:00-04:00' });
    expect(parseLocal('2026-09-01T09:00:30', LA)).toEqual({ ok: true, iso: '2026-09-01T09:00:30-07:00' });
  });

  it('refuses empty, malformed and skipped times instead of guessing', () => {
    expect(parseLocal('  ', LA)).toEqual({ ok: false, problem: 'empty' });
    expect(parseLocal('09/01/2026 9:00', LA)).toEqual({ ok: false, problem: 'invalid' });
    expect(parseLocal('2026-02-30T09:00', LA)).toEqual({ ok: false, problem: 'invalid' });
    // 2026-03-08 02:30 does not exist in Los Angeles (clocks go from 02:00 to 03:00).
    expect(parseLocal('2026-03-08T02:30', LA)).toEqual({ ok: false, problem: 'skipped' });
    // The repeated hour at fall-back is a real time: the first (daylight) one is taken.
    expect(parseLocal('2026-11-01T01:30', LA)).toEqual({ ok: true, iso: '2026-11-01T01:30:00-07:00' });
  });

  it('names the field in its messages', () => {
    expect(localProblemMessage('Ordered', 'empty', LA)).toBe('Ordered is required');
    expect(localProblemMessage('Completed', 'invalid', LA)).toMatch(/^Completed must be a date and time/);
    expect(localProblemMessage('Start', 'skipped', LA)).toMatch(/^Start falls in the hour skipped .* America\/Los_Angeles/);
  });

  it('shows a stored instant back in the zone, whatever zone it was written in', () => {
    expect(toLocalInput('2026-09-01T16:00:00.000Z', LA)).toBe('2026-09-01T09:00');
    expect(toLocalInput('2026-09-01T09:00:00-07:00', LA)).toBe('2026-09-01T09:00');
    expect(toLocalInput(null, LA)).toBe('');
    expect(toLocalInput('nonsense', LA)).toBe('');
    // Round trip.
    const p = parseLocal('2026-10-18T17:45', LA);
    expect(p.ok && toLocalInput(p.iso, LA)).toBe('2026-10-18T17:45');
  });

  it('formats dates for lists in the zone', () => {
    expect(formatDate('2026-10-18T16:00:00.000Z', LA)).toBe('Oct 18, 2026');
    // 02:00 UTC on the 19th is still the 18th in Los Angeles.
    expect(formatDate('2026-10-19T02:00:00.000Z', LA)).toBe('Oct 18, 2026');
    expect(formatDateTime('2026-10-18T16:00:00.000Z', LA)).toMatch(/^Oct 18, 2026, 9:00\sAM$/);
    expect(formatDate(null, LA)).toBe('');
    expect(formatDateTime('', LA)).toBe('');
  });

  it('says how long in words', () => {
    const H = 3_600_000;
    expect(formatDuration(2 * 24 * H)).toBe('2 days');
    expect(formatDuration(28 * H)).toBe('1 day 4 h');
    expect(formatDuration(3 * H + 15 * 60_000)).toBe('3 h 15 min');
    expect(formatDuration(45 * 60_000)).toBe('45 min');
    expect(formatDuration(0)).toBe('0 min');
  });
});
