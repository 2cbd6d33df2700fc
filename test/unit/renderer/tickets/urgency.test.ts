import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../../../shared/calendar';
import type { Countdown } from '../../../../shared/ipc/tickets';
import { entryState, shownUrgency, tally } from '../../../../renderer/tickets/urgency';
import { businessHoursNote, countdownVisibleLabel } from '../../../../renderer/tickets/model';

const H = 3_600_000;
const NOW = Date.parse('2026-10-06T17:00:00Z');

function sla(key: string, dueInMs: number | null, intervalMs: number, paused = false): Countdown {
  return {
    key, label: key, clause: '29.4.8.11', kind: 'sla', dueAt: dueInMs === null ? null : new Date(NOW + dueInMs).toISOString(),
    remainingMs: dueInMs ?? 2 * H, intervalMs, paused, businessTime: false, level: null, contact: null,
  };
}

describe('a board entry\'s state', () => {
  it('is its most urgent running countdown', () => {
    expect(entryState([sla('ttr', 3 * H, 4 * H), sla('eo', 7 * H, 8 * H)], NOW, DEFAULT_CALENDAR)).toBe('ok');
    expect(entryState([sla('ttr', H, 4 * H), sla('eo', 7 * H, 8 * H)], NOW, DEFAULT_CALENDAR)).toBe('amber');
    expect(entryState([sla('ttr', -1000, 4 * H), sla('eo', H, 8 * H)], NOW, DEFAULT_CALENDAR)).toBe('red');
  });

  it('is paused when every SLA countdown is paused, and none without countdowns', () => {
    expect(entryState([sla('ttr', null, 4 * H, true), sla('eo', null, 8 * H, true)], NOW, DEFAULT_CALENDAR)).toBe('paused');
    expect(entryState([], NOW, DEFAULT_CALENDAR)).toBe('none');
  });

  it('is tallied for the summary', () => {
    const entries = [
      { countdowns: [sla('ttr', -1, 4 * H)] },
      { countdowns: [sla('ttr', H / 2, 4 * H)] },
      { countdowns: [sla('ttr', 3 * H, 4 * H)] },
      { countdowns: [sla('ttr', null, 4 * H, true)] },
      { countdowns: [] },
    ];
    expect(tally(entries, NOW, DEFAULT_CALENDAR)).toEqual({ overdue: 1, soon: 1, ok: 1, paused: 1, waiting: 1 });
  });

  it('shows "call now" (a ladder not started) amber, not red: nothing is missed yet', () => {
    const callNow: Countdown = { ...sla('escalation', 0, 0), kind: 'escalation', level: 1, label: 'Call level 1: Account Manager' };
    expect(shownUrgency(callNow, NOW, DEFAULT_CALENDAR)).toBe('amber');
    expect(shownUrgency(callNow, NOW + 60_000, DEFAULT_CALENDAR)).toBe('amber');
    expect(shownUrgency(sla('ttr', -1, 4 * H), NOW, DEFAULT_CALENDAR)).toBe('red');
    expect(entryState([callNow, sla('ttr', 3 * H, 4 * H)], NOW + 60_000, DEFAULT_CALENDAR)).toBe('amber');
  });

  it('labels countdowns briefly: a long name gives way to its abbreviation', () => {
    const label = (key: string, l: string, kind: 'sla' | 'escalation' = 'sla', level: number | null = null) => countdownVisibleLabel({ key, label: l, kind, level });
    expect(label('time-to-repair', 'Time to Repair (TTR)')).toBe('Time to Repair');
    expect(label('excessive-outage', 'Excessive Outage')).toBe('Excessive Outage');
    expect(label('cat1', 'Catastrophic Outage 1 (CAT 1)')).toBe('CAT 1');
    expect(label('escalation', 'Call level 1: Account Manager', 'escalation', 1)).toBe('Call level 1');
    expect(label('escalation-L3', 'Level 3 due: Contractor executive (3rd level)', 'escalation', 3)).toBe('Level 3 due');
  });

  it('says a business-time countdown counts business hours, and when it resumes outside them', () => {
    const zone = 'America/Los_Angeles';
    const sunNoon = Date.parse('2026-11-15T12:00:00-08:00');
    const monOpen = Date.parse('2026-11-16T08:00:00-08:00');
    expect(businessHoursNote({ counting: true }, monOpen, zone)).toBe('Counts business hours only');
    expect(businessHoursNote({ counting: false, resumesAtMs: monOpen }, sunNoon, zone)).toBe('Waiting for business hours: resumes Mon 8:00 AM');
    // Early on a weekday: it resumes today, so the day is not named.
    expect(businessHoursNote({ counting: false, resumesAtMs: monOpen }, Date.parse('2026-11-16T06:30:00-08:00'), zone)).toBe('Waiting for business hours: resumes 8:00 AM');
    expect(businessHoursNote({ counting: false, resumesAtMs: null }, sunNoon, zone)).toBe('Waiting for business hours: counting business hours only');
  });
});
