import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../../../shared/ipc/sla';
import { draftFromUsage, emptyUsageDraft, usageRequest, usageRows } from '../../../../renderer/survivability/model';

const LA = 'America/Los_Angeles';

describe('usageRequest', () => {
  it('reads the times in the agency zone (PDT in October, PST in December)', () => {
    const r = usageRequest({ startAt: '2026-10-05T08:30', endAt: '2026-10-05T14:00', ongoing: false, note: 'Fiber cut' }, 'HQ', LA);
    expect(r).toEqual({ ok: true, request: { site: 'HQ', startAt: '2026-10-05T08:30:00-07:00', endAt: '2026-10-05T14:00:00-07:00', note: 'Fiber cut' } });
    const winter = usageRequest({ startAt: '2026-12-01T09:00', endAt: '', ongoing: true, note: '' }, 'HQ', LA);
    expect(winter).toEqual({ ok: true, request: { site: 'HQ', startAt: '2026-12-01T09:00:00-08:00', endAt: null, note: '' } });
  });

  it('"still on survivability" sends no end, whatever the end field holds', () => {
    const r = usageRequest({ startAt: '2026-10-05T08:30', endAt: '2026-10-05T09:00', ongoing: true, note: '' }, 'HQ', LA);
    expect(r.ok && r.request.endAt).toBeNull();
  });

  it('names each field it cannot read, and an end neither typed nor marked ongoing', () => {
    const r = usageRequest(emptyUsageDraft(), 'HQ', LA);
    expect(r).toEqual({
      ok: false,
      errors: { fields: { startAt: 'Activated is required', endAt: 'Back to standby is required, or tick “Still on survivability”' }, form: [] },
    });
    // 2026-03-08 02:30 does not exist in Los Angeles (clocks jump from 02:00 to 03:00).
    const skipped = usageRequest({ startAt: '2026-03-08T02:30', endAt: '', ongoing: true, note: '' }, 'HQ', LA);
    expect(skipped.ok).toBe(false);
    expect(!skipped.ok && skipped.errors.fields.startAt).toMatch(/^Activated falls in the hour skipped/);
  });
});

const event = (id: number, startAt: string, endAt: string | null, note = ''): UsageEvent => ({ id, site: 'HQ', startAt, endAt, note, updatedAt: startAt });

describe('usageRows and drafts', () => {
  it('lists newest first with durations; an ongoing event counts up to now', () => {
    const rows = usageRows(
      [event(1, '2026-09-02T15:00:00.000Z', '2026-09-02T18:20:00.000Z', 'Storm'), event(2, '2026-10-05T15:30:00.000Z', null)],
      LA,
      Date.parse('2026-10-05T20:30:00.000Z'),
    );
    expect(rows.map((r) => r.id)).toEqual([2, 1]);
    // 15:30Z → now 20:30Z = 5 h.
    expect(rows[0]).toMatchObject({ ongoing: true, end: '', duration: '5 h so far' });
    // 15:00Z → 18:20Z = 3 h 20 min = 3.33 h (hours, the objective's unit); 15:00Z is 8:00 AM PDT.
    expect(rows[1]).toMatchObject({ ongoing: false, duration: '3.33 h', start: 'Sep 2, 2026, 8:00 AM', note: 'Storm' });
  });

  it('durations in hours across a change of clocks: Nov 1 2026 00:00 to 03:00 PDT→PST is 4 h', () => {
    // Clocks fall back at 02:00 PDT (09:00Z) on 2026-11-01: 07:00Z → 11:00Z is 4 real hours.
    expect(usageRows([event(1, '2026-11-01T07:00:00.000Z', '2026-11-01T11:00:00.000Z')], LA, 0)[0]!.duration).toBe('4 h');
    expect(usageRows([event(1, '2026-10-05T16:00:00.000Z', '2026-10-07T08:00:00.000Z')], LA, 0)[0]!.duration).toBe('40 h');
  });

  it('an event opened for editing shows agency time and its ongoing state', () => {
    expect(draftFromUsage(event(2, '2026-10-05T15:30:00.000Z', null, 'x'), LA)).toEqual({ startAt: '2026-10-05T08:30', endAt: '', ongoing: true, note: 'x' });
  });
});
