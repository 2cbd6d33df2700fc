import { describe, expect, it } from 'vitest';
import { instant } from '../../../shared/calendar';
import { LADDERS, escalationCountdown, findLadder, ladderSchedule, nextUpdateDue, parseLadder, urgency } from '../../../shared/escalation';

const H = 3_600_000;
const ladder = (id: string) => {
  const l = findLadder(id);
  if (!l) throw new Error(`no ladder ${id}`);
  return l;
};
const at = (iso: string) => instant(iso);

describe('shipped escalation ladders', () => {
  it('load and validate, with no personal names or e-mail addresses', () => {
    expect(LADDERS.map((l) => l.id)).toEqual([
      'att-calnet3-service-impacting', 'att-calnet3-bill-contract', 'ccc-severity-1', 'ccc-severity-2', 'ccc-severity-3',
    ]);
    const text = JSON.stringify(LADDERS);
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/Ken Todd|Mark Roese|Rollins|Mercado/);
  });

  it('refuse malformed ladder data with the field named', () => {
    expect(() => parseLadder({ ...ladder('ccc-severity-3'), levels: [] }, 'x.json')).toThrow(/x\.json.*\/levels/);
    const bad = { ...ladder('att-calnet3-bill-contract'), levels: ladder('att-calnet3-bill-contract').levels.map((l, i) => (i === 1 ? { ...l, due: null } : l)) };
    expect(() => parseLadder(bad, 'y.json')).toThrow(/\/levels\/1\/due: every level after the first needs a due time/);
  });
});

describe('when each level is due (from the ladder start, DOMAIN.md)', () => {
  it('service-impacting: L2 at start + 4 wall-clock hours, L3 at start + 1 business day', () => {
    // Tuesday 2026-10-06 10:00 PDT.
    const s = ladderSchedule(ladder('att-calnet3-service-impacting'), at('2026-10-06T10:00:00-07:00'));
    expect(s.map((l) => [l.level, new Date(l.dueAtMs).toISOString()])).toEqual([
      [2, '2026-10-06T21:00:00.000Z'], // 14:00 PDT the same day
      [3, '2026-10-07T17:00:00.000Z'], // Wednesday 10:00 PDT
    ]);
  });

  it('bill or contract: Friday 16:00 before Martin Luther King Jr. Day → L2 Tuesday 16:00, L3 Wednesday 16:00', () => {
    // Friday 2026-01-16 16:00 PST; Monday 2026-01-19 is a State holiday.
    const s = ladderSchedule(ladder('att-calnet3-bill-contract'), at('2026-01-16T16:00:00-08:00'));
    expect(s.map((l) => new Date(l.dueAtMs).toISOString())).toEqual(['2026-01-21T00:00:00.000Z', '2026-01-22T00:00:00.000Z']);
  });

  it('a ladder started on Saturday 11:00 has its 1-business-day level due Monday 17:00', () => {
    const s = ladderSchedule(ladder('att-calnet3-service-impacting'), at('2026-10-10T11:00:00-07:00'));
    expect(new Date(s[1]!.dueAtMs).toISOString()).toBe('2026-10-13T00:00:00.000Z'); // Monday 17:00 PDT
  });

  it('Customer Care Center severity 3: "2 days" are 48 wall-clock hours, across the fall-back night too', () => {
    // 2026-11-01 00:30 PDT = 07:30Z; 48 h later is 2026-11-03 07:30Z = 23:30 PST on Nov 2.
    const s = ladderSchedule(ladder('ccc-severity-3'), at('2026-11-01T00:30:00-07:00'));
    expect(new Date(s[0]!.dueAtMs).toISOString()).toBe('2026-11-03T07:30:00.000Z');
  });
});

describe('countdown urgency', () => {
  it('is amber at a quarter of the interval left and red only once overdue', () => {
    expect(urgency(1 * H + 1, 4 * H)).toBe('ok');
    expect(urgency(1 * H, 4 * H)).toBe('amber');
    expect(urgency(0, 4 * H)).toBe('amber');
    expect(urgency(-1, 4 * H)).toBe('red');
  });

  it('counts business time toward a business-day level', () => {
    const l = ladder('att-calnet3-service-impacting');
    const start = at('2026-10-06T10:00:00-07:00'); // Tuesday
    // Level 2 reached; level 3 due Wednesday 10:00. At Tuesday 16:00 the business time left
    // is 1 h (Tue 16–17) + 2 h (Wed 08–10) = 3 h of a 9 h interval: not yet amber (2 h 15 min).
    const tue16 = escalationCountdown(l, start, 2, at('2026-10-06T16:00:00-07:00'))!;
    expect(tue16).toMatchObject({ level: 3, remainingMs: 3 * H, intervalMs: 9 * H, urgency: 'ok', businessTime: true });
    // Overnight the countdown does not move: Tuesday 23:00 still has 2 h left.
    expect(escalationCountdown(l, start, 2, at('2026-10-06T23:00:00-07:00'))!.remainingMs).toBe(2 * H);
    expect(escalationCountdown(l, start, 2, at('2026-10-07T08:30:00-07:00'))!).toMatchObject({ remainingMs: 1.5 * H, urgency: 'amber' });
    expect(escalationCountdown(l, start, 2, at('2026-10-07T10:01:00-07:00'))!).toMatchObject({ overdue: true, urgency: 'red', remainingMs: -60_000 });
  });

  it('counts wall-clock time toward an hours level and stops at the top of the ladder', () => {
    const l = ladder('att-calnet3-service-impacting');
    const start = at('2026-10-06T10:00:00-07:00');
    expect(escalationCountdown(l, start, 1, at('2026-10-06T13:30:00-07:00'))!).toMatchObject({ level: 2, remainingMs: 0.5 * H, intervalMs: 4 * H, urgency: 'amber' });
    expect(escalationCountdown(l, start, 3, at('2026-10-06T13:30:00-07:00'))).toBeNull();
  });

  it('gives the next Customer Care Center update: hourly for severity 1, at 1, 4 and 8 hours for severity 2', () => {
    const start = at('2026-10-06T10:00:00-07:00');
    expect(nextUpdateDue(ladder('ccc-severity-1'), start, start + 90 * 60_000)).toBe(start + 2 * H);
    expect(nextUpdateDue(ladder('ccc-severity-2'), start, start + 90 * 60_000)).toBe(start + 4 * H);
    expect(nextUpdateDue(ladder('ccc-severity-2'), start, start + 9 * H)).toBeNull();
    expect(nextUpdateDue(ladder('att-calnet3-bill-contract'), start, start)).toBeNull();
  });
});
