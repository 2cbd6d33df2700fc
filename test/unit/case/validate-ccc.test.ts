// validateAnyCase on case files under the Customer Care Center catalog (docs/case-format.md
// "Help-desk case files"): each problem at its JSON pointer, in a sentence.
import { describe, expect, it } from 'vitest';
import { validateAnyCase, validateCase } from '../../../shared/sla';

const base = () => ({
  catalog: 'ccc-help-desk',
  month: '2026-10',
  services: [{ id: 'CCC-SEC', type: 'security-support' }],
  tickets: [
    {
      id: 'INC-1', serviceId: 'CCC-SEC', kind: 'sev2', openedAt: '2026-10-05T09:00:00-07:00',
      referredAt: '2026-10-05T09:10:00-07:00', acknowledgedAt: '2026-10-05T09:20:00-07:00',
      notifications: [{ kind: 'initial', at: '2026-10-05T09:05:00-07:00' }],
    } as Record<string, unknown>,
  ],
  figures: [{ period: '2026-10', values: { 'calls-answered': 100 } as Record<string, unknown> }],
});

function problems(edit: (c: ReturnType<typeof base>) => void): Array<{ path: string; message: string }> {
  const c = base();
  edit(c);
  const v = validateAnyCase(c);
  return v.ok ? [] : v.problems;
}

describe('validateAnyCase under ccc-help-desk', () => {
  it('accepts a good case with its incident times', () => {
    const v = validateAnyCase(base());
    expect(v.ok).toBe(true);
    expect(v.ok && 'tickets' in v.value && v.value.tickets?.[0]).toMatchObject({ id: 'INC-1', referredAt: '2026-10-05T09:10:00-07:00', acknowledgedAt: '2026-10-05T09:20:00-07:00' });
  });

  it('refuses an acknowledgement before the referral or without one, and a notification before the creation', () => {
    expect(problems((c) => (c.tickets[0]!.acknowledgedAt = '2026-10-05T09:09:00-07:00'))).toEqual([
      { path: '/tickets/0/acknowledgedAt', message: 'Resolver acknowledged (2026-10-05T09:09:00-07:00) is before referred to a resolver (2026-10-05T09:10:00-07:00)' },
    ]);
    expect(problems((c) => delete c.tickets[0]!.referredAt)).toEqual([
      { path: '/tickets/0/acknowledgedAt', message: 'Resolver acknowledged needs referred to a resolver first (referredAt)' },
    ]);
    expect(problems((c) => ((c.tickets[0]!.notifications as Array<{ at: string }>)[0]!.at = '2026-10-05T08:59:00-07:00'))).toEqual([
      { path: '/tickets/0/notifications/0/at', message: "a notification (2026-10-05T08:59:00-07:00) before the incident's creation (2026-10-05T09:00:00-07:00)" },
    ]);
  });

  it('refuses a closed incident without a restoration, an unknown service, a duplicate id, a yearly figure given for a month', () => {
    expect(problems((c) => (c.tickets[0]!.closedAt = '2026-10-05T12:00:00-07:00'))).toEqual([{ path: '/tickets/0/restoredAt', message: 'is required on a closed incident' }]);
    expect(problems((c) => c.tickets.push({ ...c.tickets[0]!, serviceId: 'NOPE' }))).toEqual([
      { path: '/tickets/1/id', message: 'duplicate ticket id "INC-1"' },
      { path: '/tickets/1/serviceId', message: 'unknown serviceId "NOPE": no service in /services has that id' },
    ]);
    expect(problems((c) => (c.figures[0]!.values['satisfaction-score'] = 4.2))).toEqual([
      { path: '/figures/0/values/satisfaction-score', message: 'Customer satisfaction score is a year\'s figure: give it for a year written YYYY' },
    ]);
    expect(problems((c) => (c.figures[0]!.values['speed-of-answer-seconds'] = 31.25))).toEqual([
      { path: '/figures/0/values/speed-of-answer-seconds', message: 'has at most 1 decimal (found 31.25)' },
    ]);
  });

  it('a CALNET-only reader refuses a help-desk case at /catalog, saying where it is read', () => {
    const v = validateCase(base());
    expect(v.ok).toBe(false);
    expect(!v.ok && v.problems).toEqual([
      { path: '/catalog', message: '"ccc-help-desk" is a service-level catalog (met or missed, no credits): evaluate its case files with npm run sla -- evaluate' },
    ]);
  });
});
