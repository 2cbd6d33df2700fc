import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, instant } from '../../../shared/calendar';
import type { Countdown } from '../../../shared/ipc/tickets';
import { businessHoursState, formatRemaining, liveCountdown } from '../../../shared/tickets/tick';

const H = 3_600_000;
const base: Countdown = {
  key: 'time-to-repair', label: 'Time to Repair', clause: '29.4.8.11', kind: 'sla', dueAt: '2026-10-06T21:00:00.000Z',
  remainingMs: 3 * H, intervalMs: 4 * H, paused: false, businessTime: false, level: null, contact: null,
};

describe('live countdown tick', () => {
  it('counts wall-clock time to the due instant, amber at a quarter left, red once past', () => {
    expect(liveCountdown(base, instant('2026-10-06T18:00:00Z'), DEFAULT_CALENDAR)).toEqual({ remainingMs: 3 * H, overdue: false, urgency: 'ok', text: '3h 00m 00s' });
    expect(liveCountdown(base, instant('2026-10-06T20:00:00Z'), DEFAULT_CALENDAR)).toMatchObject({ urgency: 'amber', text: '1h 00m 00s' });
    expect(liveCountdown(base, instant('2026-10-06T21:00:00Z'), DEFAULT_CALENDAR)).toMatchObject({ urgency: 'amber', overdue: false, text: '0s' });
    expect(liveCountdown(base, instant('2026-10-06T21:12:03Z'), DEFAULT_CALENDAR)).toMatchObject({ urgency: 'red', overdue: true, text: 'overdue 12m 03s' });
  });

  it('stands still while paused', () => {
    const paused = { ...base, paused: true, dueAt: null, remainingMs: 90 * 60_000 };
    for (const t of ['2026-10-06T18:00:00Z', '2026-10-07T18:00:00Z']) {
      expect(liveCountdown(paused, instant(t), DEFAULT_CALENDAR)).toMatchObject({ remainingMs: 90 * 60_000, text: '1h 30m 00s (paused)', urgency: 'ok' });
    }
  });

  it('counts business time toward a business-day escalation level, and not overnight', () => {
    // Level 3 due Wednesday 2026-10-07 10:00 PDT (17:00Z).
    const esc = { ...base, kind: 'escalation' as const, businessTime: true, dueAt: '2026-10-07T17:00:00.000Z', intervalMs: 9 * H };
    const tue16 = liveCountdown(esc, instant('2026-10-06T16:00:00-07:00'), DEFAULT_CALENDAR);
    const tue23 = liveCountdown(esc, instant('2026-10-06T23:00:00-07:00'), DEFAULT_CALENDAR);
    expect(tue16.remainingMs).toBe(3 * H);
    expect(tue23.remainingMs).toBe(2 * H);
    expect(liveCountdown(esc, instant('2026-10-07T18:00:00-07:00'), DEFAULT_CALENDAR)).toMatchObject({ overdue: true, urgency: 'red', text: 'overdue 7h 00m 00s' });
  });

  it('formats days, hours, minutes and seconds', () => {
    expect(formatRemaining(2 * 86_400_000 + 4 * H + 10 * 60_000)).toBe('2d 4h 10m');
    expect(formatRemaining(45_999)).toBe('45s');
    expect(formatRemaining(-61_000)).toBe('overdue 1m 01s');
  });

  describe('business hours of a business-time countdown', () => {
    // Level 3 due Monday 2026-11-16 17:00 PST (Tuesday 01:00Z); the default calendar runs Mon–Fri 08:00–17:00.
    const esc = { ...base, kind: 'escalation' as const, businessTime: true, dueAt: '2026-11-17T01:00:00.000Z', intervalMs: 9 * H, remainingMs: 9 * H };

    it('is waiting on a Sunday, frozen, and resumes at Monday 08:00 agency time', () => {
      const sunNoon = instant('2026-11-15T12:00:00-08:00');
      const sunEvening = instant('2026-11-15T20:00:00-08:00');
      expect(businessHoursState(esc, sunNoon, DEFAULT_CALENDAR)).toEqual({ counting: false, resumesAtMs: instant('2026-11-16T08:00:00-08:00') });
      // The figure stands still all Sunday: the 9 business hours of Monday.
      expect(liveCountdown(esc, sunNoon, DEFAULT_CALENDAR).text).toBe('9h 00m 00s');
      expect(liveCountdown(esc, sunEvening, DEFAULT_CALENDAR).text).toBe('9h 00m 00s');
    });

    it('counts inside hours; the closing instant itself is outside and waits for the next opening', () => {
      expect(businessHoursState(esc, instant('2026-11-16T08:00:00-08:00'), DEFAULT_CALENDAR)).toEqual({ counting: true });
      expect(businessHoursState(esc, instant('2026-11-16T16:59:59-08:00'), DEFAULT_CALENDAR)).toEqual({ counting: true });
      expect(businessHoursState(esc, instant('2026-11-16T17:00:00-08:00'), DEFAULT_CALENDAR)).toEqual({ counting: false, resumesAtMs: instant('2026-11-17T08:00:00-08:00') });
    });

    it('skips a holiday: Thanksgiving evening resumes the Monday after (Friday is a State holiday too)', () => {
      const state = businessHoursState(esc, instant('2026-11-26T18:00:00-08:00'), DEFAULT_CALENDAR);
      expect(state).toEqual({ counting: false, resumesAtMs: instant('2026-11-30T08:00:00-08:00') });
    });

    it('says nothing of wall-clock countdowns or of one paused by a stop clock', () => {
      expect(businessHoursState(base, instant('2026-11-15T12:00:00-08:00'), DEFAULT_CALENDAR)).toBeNull();
      expect(businessHoursState({ ...esc, paused: true, dueAt: null }, instant('2026-11-15T12:00:00-08:00'), DEFAULT_CALENDAR)).toBeNull();
    });
  });
});
