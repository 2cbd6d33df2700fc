// The Customer Care Center's incident notification schedule (seed 002, Notifications and
// Escalations; DOMAIN.md "Help-desk service levels"), step by step. Every expected instant is
// worked by hand in the comments; the agency zone is America/Los_Angeles (PDT = UTC-7 until
// 2026-11-01 02:00, PST = UTC-8 after).
import { describe, expect, it } from 'vitest';
import { instant } from '../../../shared/calendar/instant';
import { evaluateLevelsMonth, incidentTimeline, levelCountdowns, loadServiceLevelCatalog, prepareLevels, type SlaResult, type TicketInput } from '../../../shared/sla';

const ccc = loadServiceLevelCatalog('ccc-help-desk');
const SERVICE = { id: 'CCC-SEC', type: 'security-support', tier: 'basic' as const, tmrcCents: 0 };
const at = (iso: string) => instant(iso);

interface Incident {
  kind: 'sev1' | 'sev2' | 'sev3';
  created: string;
  severityAssigned?: string;
  referred?: string;
  acknowledged?: string;
  restored?: string;
  notifications?: Array<[string, string]>;
}

function ticket(i: Incident): TicketInput {
  return {
    id: '7',
    serviceId: SERVICE.id,
    kind: i.kind,
    openedAtMs: at(i.created),
    restoredAtMs: i.restored ? at(i.restored) : null,
    times: {
      severityAssigned: i.severityAssigned ? at(i.severityAssigned) : null,
      referred: i.referred ? at(i.referred) : null,
      acknowledged: i.acknowledged ? at(i.acknowledged) : null,
    },
    notifications: (i.notifications ?? []).map(([kind, when]) => ({ kind, atMs: at(when) })),
  };
}

/** The incident's step results, evaluated in its creation month as of `asOf`. */
function steps(i: Incident, asOf: string): Map<string, SlaResult> {
  const p = prepareLevels({ zone: 'America/Los_Angeles', month: i.created.slice(0, 7), services: [SERVICE], tickets: [ticket(i)] }, ccc);
  const report = evaluateLevelsMonth(p, i.created.slice(0, 7), at(asOf));
  return new Map(report.results.filter((r) => r.ticketId === '7').map((r) => [r.sla, r]));
}

const status = (r: SlaResult | undefined) => (r === undefined ? 'absent' : !r.applicable ? 'not-applicable' : r.met === true ? 'met' : r.met === false ? 'missed' : 'pending');

// A Severity 1 incident created Monday 2026-10-05 09:00 PDT (16:00Z).
const CREATED = '2026-10-05T09:00:00-07:00';

describe('Severity assigned: within 15 minutes of the incident\'s creation (Primary Triage of Incident)', () => {
  it('met exactly at 15 minutes, missed at 16, met earlier; the result cites the clause and owes no money', () => {
    // 09:00 + 15 min = 09:15.
    const exact = steps({ kind: 'sev1', created: CREATED, severityAssigned: '2026-10-05T09:15:00-07:00' }, '2026-10-31T00:00:00-07:00').get('severity-assignment')!;
    expect(status(exact)).toBe('met');
    expect(exact.measure).toEqual({ minutes: 15 });
    expect(exact.objective).toEqual({ minutes: 15 });
    expect(exact.explain[0]).toMatch(/^Severity assigned \(Notifications: Primary Triage of Incident\): "CCC performs initial incident diagnosis and assigns a Severity Level within 15 minutes/);
    const late = steps({ kind: 'sev1', created: CREATED, severityAssigned: '2026-10-05T09:16:00-07:00' }, '2026-10-31T00:00:00-07:00').get('severity-assignment')!;
    expect(status(late)).toBe('missed');
    expect(late.explain).toContain('The severity assigned was recorded 2026-10-05T09:16:00-07:00, 16 min after the creation: 1 min late.');
    expect(late.explain.at(-1)).toMatch(/^Missed\. The Customer Care Center SLA names no remedy/);
    expect(late.credit.amount).toBe(0);
    expect(status(steps({ kind: 'sev3', created: CREATED, severityAssigned: '2026-10-05T09:04:00-07:00' }, '2026-10-31T00:00:00-07:00').get('severity-assignment'))).toBe('met');
  });

  it('is pending while it may still come, missed once the 15 minutes are over with none recorded', () => {
    expect(status(steps({ kind: 'sev2', created: CREATED }, '2026-10-05T09:15:00-07:00').get('severity-assignment'))).toBe('pending');
    expect(status(steps({ kind: 'sev2', created: CREATED }, '2026-10-05T09:15:01-07:00').get('severity-assignment'))).toBe('missed');
  });
});

describe('Initial notification: Severity 1 and 2 within 15 minutes of creation', () => {
  it('met at 09:15, missed at 09:16 (1 min late), absent for Severity 3', () => {
    const ok = steps({ kind: 'sev1', created: CREATED, notifications: [['initial', '2026-10-05T09:15:00-07:00']] }, '2026-10-31T00:00:00-07:00');
    expect(status(ok.get('initial-notification'))).toBe('met');
    const late = steps({ kind: 'sev2', created: CREATED, notifications: [['initial', '2026-10-05T09:16:00-07:00']] }, '2026-10-31T00:00:00-07:00').get('initial-notification')!;
    expect(status(late)).toBe('missed');
    expect(late.measure).toEqual({ minutes: 16 });
    expect(late.explain).toContain('The initial notification was recorded 2026-10-05T09:16:00-07:00, 16 min after the creation: 1 min late.');
    // "CCC does not perform IM notification services for Severity 3 incidents."
    expect(steps({ kind: 'sev3', created: CREATED }, '2026-10-31T00:00:00-07:00').has('initial-notification')).toBe(false);
  });

  it('an update does not stand in for the initial notification', () => {
    const r = steps({ kind: 'sev1', created: CREATED, notifications: [['update', '2026-10-05T09:10:00-07:00']] }, '2026-10-05T10:00:00-07:00').get('initial-notification')!;
    expect(status(r)).toBe('missed');
    expect(r.explain).toContain('No initial notification recorded by 2026-10-05T09:15:00-07:00 (none as of 2026-10-05T10:00:00-07:00).');
  });
});

describe('Resolver acknowledged: within 15 minutes of the referral (Escalations, Referred 15 minutes)', () => {
  it('counts from the referral, not the creation: referred 09:05, acknowledged 09:20 met, 09:21 missed', () => {
    const base = { kind: 'sev1' as const, created: CREATED, referred: '2026-10-05T09:05:00-07:00' };
    expect(status(steps({ ...base, acknowledged: '2026-10-05T09:20:00-07:00' }, '2026-10-31T00:00:00-07:00').get('resolver-acknowledgement'))).toBe('met');
    const late = steps({ ...base, acknowledged: '2026-10-05T09:21:00-07:00' }, '2026-10-31T00:00:00-07:00').get('resolver-acknowledgement')!;
    expect(status(late)).toBe('missed');
    expect(late.measure).toEqual({ minutes: 16 });
  });

  it('is not applicable to an incident restored without a referral, pending while not yet referred', () => {
    expect(status(steps({ kind: 'sev2', created: CREATED, restored: '2026-10-05T09:30:00-07:00' }, '2026-10-31T00:00:00-07:00').get('resolver-acknowledgement'))).toBe('not-applicable');
    expect(status(steps({ kind: 'sev2', created: CREATED }, '2026-10-05T11:00:00-07:00').get('resolver-acknowledgement'))).toBe('pending');
    expect(steps({ kind: 'sev3', created: CREATED }, '2026-10-31T00:00:00-07:00').has('resolver-acknowledgement')).toBe(false);
  });
});

describe('Update notifications: Severity 1 every hour until restored', () => {
  // Created 09:00, restored 12:30: updates due 10:00, 11:00 and 12:00 (13:00 is after the restoration).
  const base = { kind: 'sev1' as const, created: CREATED, restored: '2026-10-05T12:30:00-07:00' };

  it('met when each hour has its update, the last exactly at 12:00', () => {
    const r = steps({ ...base, notifications: [['update', '2026-10-05T09:58:00-07:00'], ['update', '2026-10-05T11:00:00-07:00'], ['update', '2026-10-05T12:00:00-07:00']] }, '2026-10-31T00:00:00-07:00').get('update-notifications')!;
    expect(status(r)).toBe('met');
    expect(r.explain).toContain('1-hour update due 2026-10-05T10:00:00-07:00: update received 2026-10-05T09:58:00-07:00.');
    expect(r.explain).toContain('3-hour update due 2026-10-05T12:00:00-07:00: update received 2026-10-05T12:00:00-07:00.');
  });

  it('missed when the 2-hour update comes one minute late (11:01); that update still answers the 3-hour one', () => {
    const r = steps({ ...base, notifications: [['update', '2026-10-05T10:00:00-07:00'], ['update', '2026-10-05T11:01:00-07:00']] }, '2026-10-31T00:00:00-07:00').get('update-notifications')!;
    expect(status(r)).toBe('missed');
    expect(r.explain).toContain('2-hour update due 2026-10-05T11:00:00-07:00: no update between 2026-10-05T10:00:00-07:00 and then; the next came 2026-10-05T11:01:00-07:00, 1 min late.');
    expect(r.explain).toContain('3-hour update due 2026-10-05T12:00:00-07:00: update received 2026-10-05T11:01:00-07:00.');
    expect(r.explain).toContain('1 of 3 updates due was not received on time.');
  });

  it('is not applicable when restored before the first update was due', () => {
    expect(status(steps({ kind: 'sev1', created: CREATED, restored: '2026-10-05T09:45:00-07:00' }, '2026-10-31T00:00:00-07:00').get('update-notifications'))).toBe('not-applicable');
  });
});

describe('Update notifications: Severity 2 at 1, 4 and 8 hours until restored', () => {
  // Created 09:00: updates due 10:00, 13:00 and 17:00.
  it('met with updates at 10:00, 13:00 and 17:00 (each exactly at its time), restored 18:30', () => {
    const r = steps(
      { kind: 'sev2', created: CREATED, restored: '2026-10-05T18:30:00-07:00', notifications: [['update', '2026-10-05T10:00:00-07:00'], ['update', '2026-10-05T13:00:00-07:00'], ['update', '2026-10-05T17:00:00-07:00']] },
      '2026-10-31T00:00:00-07:00',
    ).get('update-notifications')!;
    expect(status(r)).toBe('met');
    expect(r.explain.filter((l) => / update due /.test(l))).toEqual([
      '1-hour update due 2026-10-05T10:00:00-07:00: update received 2026-10-05T10:00:00-07:00.',
      '4-hour update due 2026-10-05T13:00:00-07:00: update received 2026-10-05T13:00:00-07:00.',
      '8-hour update due 2026-10-05T17:00:00-07:00: update received 2026-10-05T17:00:00-07:00.',
    ]);
  });

  it('missed when the 8-hour update comes at 17:01', () => {
    const r = steps(
      { kind: 'sev2', created: CREATED, restored: '2026-10-05T18:30:00-07:00', notifications: [['update', '2026-10-05T10:00:00-07:00'], ['update', '2026-10-05T13:00:00-07:00'], ['update', '2026-10-05T17:01:00-07:00']] },
      '2026-10-31T00:00:00-07:00',
    ).get('update-notifications')!;
    expect(status(r)).toBe('missed');
    expect(r.explain).toContain('8-hour update due 2026-10-05T17:00:00-07:00: no update between 2026-10-05T13:00:00-07:00 and then; the next came 2026-10-05T17:01:00-07:00, 1 min late.');
  });

  it('asks only for the updates due before the restoration: restored exactly at 13:00 needs the 1-hour one only', () => {
    const r = steps({ kind: 'sev2', created: CREATED, restored: '2026-10-05T13:00:00-07:00', notifications: [['update', '2026-10-05T09:40:00-07:00']] }, '2026-10-31T00:00:00-07:00').get('update-notifications')!;
    expect(status(r)).toBe('met');
    expect(r.explain.filter((l) => / update due /.test(l))).toEqual(['1-hour update due 2026-10-05T10:00:00-07:00: update received 2026-10-05T09:40:00-07:00.']);
  });

  it('while open, the next update is pending and an overdue one is missed', () => {
    // As of 14:00: the 1-hour update came, the 4-hour one (13:00) did not, the 8-hour one is ahead.
    const r = steps({ kind: 'sev2', created: CREATED, notifications: [['update', '2026-10-05T09:50:00-07:00']] }, '2026-10-05T14:00:00-07:00').get('update-notifications')!;
    expect(status(r)).toBe('missed');
    expect(r.explain).toContain('8-hour update due 2026-10-05T17:00:00-07:00: not yet due as of 2026-10-05T14:00:00-07:00.');
  });
});

describe('Restored notification: within 15 minutes of the restoration (project\'s reading)', () => {
  it('met at 12:45 after a 12:30 restoration, missed at 12:46, pending while not restored', () => {
    const base = { kind: 'sev1' as const, created: CREATED, restored: '2026-10-05T12:30:00-07:00' };
    expect(status(steps({ ...base, notifications: [['restored', '2026-10-05T12:45:00-07:00']] }, '2026-10-31T00:00:00-07:00').get('restored-notification'))).toBe('met');
    const late = steps({ ...base, notifications: [['restored', '2026-10-05T12:46:00-07:00']] }, '2026-10-31T00:00:00-07:00').get('restored-notification')!;
    expect(status(late)).toBe('missed');
    expect(late.explain.some((l) => l.startsWith('Reading: The clause names no time for the restored notification'))).toBe(true);
    expect(status(steps({ kind: 'sev1', created: CREATED }, '2026-10-05T13:00:00-07:00').get('restored-notification'))).toBe('pending');
  });
});

describe('Severity 3: no notifications; escalated to the CCC Supervisor 2 days after referral on the 24x7 calendar', () => {
  // Referred Saturday 2026-10-31 10:00 PDT (17:00Z). 48 wall-clock hours later is 2026-11-02T17:00Z,
  // which is 09:00 PST on Monday: the 24x7 calendar counts Sunday 2026-11-01 (the fall-back day) as
  // 25 hours, so the local clock shows an hour less than "same time two days later".
  const base = { kind: 'sev3' as const, created: '2026-10-31T09:30:00-07:00', severityAssigned: '2026-10-31T09:40:00-07:00', referred: '2026-10-31T10:00:00-07:00' };

  it('met by an escalation exactly at Monday 09:00 PST, missed at 09:01', () => {
    const ok = steps({ ...base, notifications: [['escalation', '2026-11-02T09:00:00-08:00']] }, '2026-11-30T00:00:00-08:00').get('supervisor-escalation')!;
    expect(status(ok)).toBe('met');
    expect(ok.objective).toEqual({ minutes: 2880 });
    expect(ok.explain).toContain('Due 48 h after the referral to a resolver (2026-10-31T10:00:00-07:00): by 2026-11-02T09:00:00-08:00.');
    const late = steps({ ...base, notifications: [['escalation', '2026-11-02T09:01:00-08:00']] }, '2026-11-30T00:00:00-08:00').get('supervisor-escalation')!;
    expect(status(late)).toBe('missed');
    expect(late.measure).toEqual({ minutes: 2881 });
  });

  it('not due when restored within the 2 days; missed when still open with no escalation after them', () => {
    expect(status(steps({ ...base, restored: '2026-11-02T08:59:00-08:00' }, '2026-11-30T00:00:00-08:00').get('supervisor-escalation'))).toBe('not-applicable');
    expect(status(steps(base, '2026-11-02T09:00:00-08:00').get('supervisor-escalation'))).toBe('pending');
    expect(status(steps(base, '2026-11-02T09:01:00-08:00').get('supervisor-escalation'))).toBe('missed');
    // Severity 3 has no notification steps at all.
    expect([...steps(base, '2026-11-30T00:00:00-08:00').keys()]).toEqual(['severity-assignment', 'supervisor-escalation']);
  });
});

describe('countdowns of an open incident: the next notification due, per step', () => {
  it('a Severity 1 incident 10 minutes old, referred at 09:05: initial and severity in 5 min, acknowledgement in 10, first update in 50', () => {
    const now = at('2026-10-05T09:10:00-07:00');
    const c = levelCountdowns(ticket({ kind: 'sev1', created: CREATED, referred: '2026-10-05T09:05:00-07:00' }), SERVICE, ccc, now);
    expect(c.map((x) => [x.label, x.remainingMs / 60_000, x.dueAtMs === null ? null : new Date(x.dueAtMs).toISOString()])).toEqual([
      ['Severity assigned', 5, '2026-10-05T16:15:00.000Z'],
      ['Initial notification', 5, '2026-10-05T16:15:00.000Z'],
      ['Resolver acknowledged', 10, '2026-10-05T16:20:00.000Z'],
      ['Update notifications: 1-hour update', 50, '2026-10-05T17:00:00.000Z'],
    ]);
    expect(c.every((x) => !x.paused && x.met === null)).toBe(true);
  });

  it('an overdue initial notification stays on the board, red, until it is recorded; an answered step leaves it', () => {
    const now = at('2026-10-05T09:30:00-07:00');
    const c = levelCountdowns(ticket({ kind: 'sev1', created: CREATED, severityAssigned: '2026-10-05T09:05:00-07:00' }), SERVICE, ccc, now);
    const initial = c.find((x) => x.sla === 'initial-notification')!;
    expect(initial.remainingMs).toBe(-15 * 60_000);
    expect(initial.met).toBe(false);
    expect(c.some((x) => x.sla === 'severity-assignment')).toBe(false);
  });

  it('a Severity 2 incident after its 1-hour update counts down to the 4-hour one', () => {
    const now = at('2026-10-05T10:30:00-07:00');
    const c = levelCountdowns(ticket({ kind: 'sev2', created: CREATED, notifications: [['initial', '2026-10-05T09:10:00-07:00'], ['update', '2026-10-05T09:55:00-07:00']] }), SERVICE, ccc, now);
    const next = c.find((x) => x.sla === 'update-notifications')!;
    // Due 13:00; its window opened at the 1-hour update's due time, 10:00: 3 h interval, 2 h 30 min left.
    expect([next.label, next.objectiveMs / 60_000, next.remainingMs / 60_000]).toEqual(['Update notifications: 4-hour update', 180, 150]);
  });

  it('a restored incident counts down to its restored notification only', () => {
    const now = at('2026-10-05T12:35:00-07:00');
    const c = levelCountdowns(
      ticket({ kind: 'sev2', created: CREATED, severityAssigned: '2026-10-05T09:05:00-07:00', restored: '2026-10-05T12:30:00-07:00', notifications: [['initial', '2026-10-05T09:10:00-07:00'], ['update', '2026-10-05T10:00:00-07:00']] }),
      SERVICE,
      ccc,
      now,
    );
    expect(c.map((x) => [x.sla, x.remainingMs / 60_000])).toEqual([['restored-notification', 10]]);
  });
});

describe('the incident\'s timeline', () => {
  it('lists what happened and what was due, in time order, with how each due time went', () => {
    const inc = ticket({
      kind: 'sev1', created: CREATED, severityAssigned: '2026-10-05T09:05:00-07:00', restored: '2026-10-05T10:30:00-07:00',
      notifications: [['initial', '2026-10-05T09:40:00-07:00'], ['update', '2026-10-05T10:00:00-07:00'], ['restored', '2026-10-05T10:40:00-07:00']],
    });
    const p = prepareLevels({ zone: 'America/Los_Angeles', month: '2026-10', services: [SERVICE], tickets: [inc] }, ccc);
    const t = incidentTimeline(p.incidents[0]!, ccc, at('2026-10-31T00:00:00-07:00'), p.clock);
    expect(t.map((e) => [new Date(e.atMs).toISOString().slice(11, 16), e.what, e.status])).toEqual([
      ['16:00', 'Created', null],
      ['16:05', 'Severity assigned', null],
      ['16:15', 'Severity assigned due', 'met'],
      ['16:15', 'Initial notification due', 'missed'],
      ['16:40', 'Initial notification received', null],
      ['17:00', 'Update notification received', null],
      ['17:00', 'Update notifications: 1-hour update due', 'met'],
      ['17:30', 'Restored', null],
      ['17:40', 'Restored notification received', null],
      ['17:45', 'Restored notification due', 'met'],
    ]);
  });
});
