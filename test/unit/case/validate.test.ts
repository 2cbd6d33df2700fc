/* eslint-disable @typescript-eslint/no-explicit-any -- JSON fixtures are edited freely to make them wrong */
// validateCase: every problem with the JSON pointer of its field and a sentence a person reads.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateCase } from '../../../shared/case/validate';
import { zodProblems, parseProblems, formatProblem, jsonPointer } from '../../../shared/validation/problem';

const ISO = (hhmm: string) => `2026-10-05T${hhmm}:00-07:00`;

function base(): Record<string, unknown> {
  return {
    month: '2026-10',
    services: [{ id: 'CKT-1', type: 'converged-voip', tier: 'premier', tmrc: 1200, aduc: 35.5, installFee: 250, site: 'SAC-HQ' }],
    tickets: [{ id: 'T-1', serviceId: 'CKT-1', kind: 'repair', openedAt: ISO('09:00'), restoredAt: ISO('10:00'), stopClocks: [] }],
  };
}

/** The problems of `base()` changed by `edit`. */
function problems(edit: (c: any) => void): Array<{ path: string; message: string }> {
  const c = base();
  edit(c);
  const v = validateCase(c);
  if (v.ok) throw new Error('expected problems');
  return v.problems;
}

describe('validateCase', () => {
  it('accepts a well-formed case (and reads null optional fields as absent)', () => {
    const c = base();
    (c.tickets as any[])[0].alarmAt = null;
    c.asOf = null;
    const v = validateCase(c);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.value.tickets![0]!.alarmAt).toBeUndefined();
      expect(v.value.asOf).toBeUndefined();
    }
  });

  it('refuses something that is not an object', () => {
    for (const x of [null, [], 'case', 42]) {
      const v = validateCase(x);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.problems).toEqual([{ path: '', message: expect.stringMatching(/must be a JSON object/) }]);
    }
  });

  it('says "is required" for a missing field and "must be a number" for a wrong type', () => {
    expect(problems((c) => delete c.month)).toEqual([{ path: '/month', message: 'is required' }]);
    expect(problems((c) => delete c.services[0].tmrc)).toEqual([{ path: '/services/0/tmrc', message: 'is required' }]);
    expect(problems((c) => (c.services[0].tmrc = '1200'))).toEqual([{ path: '/services/0/tmrc', message: 'must be a dollar amount (a number), not text "1200"' }]);
    expect(problems((c) => (c.services = {}))).toEqual([{ path: '/services', message: 'must be a list, not an object' }]);
    expect(problems((c) => (c.tickets[0].stopClocks[0] = { code: 'POWER', start: ISO('09:00') }))).toEqual([{ path: '/tickets/0/stopClocks/0/end', message: 'is required' }]);
  });

  it('names the allowed values of an enumeration', () => {
    expect(problems((c) => (c.tickets[0].kind = 'outage'))).toEqual([
      { path: '/tickets/0/kind', message: 'must be one of repair, cat1, cat2, cat3, delay, jitter, not text "outage"' },
    ]);
    expect(problems((c) => (c.services[0].tier = 'gold'))[0]!.message).toMatch(/^must be one of basic, standard, premier/);
  });

  it('refuses negative money', () => {
    expect(problems((c) => (c.services[0].tmrc = -1))).toEqual([{ path: '/services/0/tmrc', message: 'cannot be negative (found -1)' }]);
    expect(problems((c) => (c.services[0].aduc = -0.01))[0]!.path).toBe('/services/0/aduc');
    expect(problems((c) => (c.services[0].installFee = -250))[0]!.path).toBe('/services/0/installFee');
  });

  it('refuses an instant without an offset, or not a date at all', () => {
    expect(problems((c) => (c.tickets[0].openedAt = '2026-10-05T09:00:00'))).toEqual([
      { path: '/tickets/0/openedAt', message: 'must be an ISO-8601 date and time with an offset or Z, e.g. 2026-10-05T09:00:00-07:00, not text "2026-10-05T09:00:00"' },
    ]);
    expect(problems((c) => (c.tickets[0].restoredAt = '2026-02-30T09:00:00Z'))[0]!.path).toBe('/tickets/0/restoredAt');
    expect(problems((c) => (c.asOf = 'yesterday'))[0]!.path).toBe('/asOf');
  });

  it('refuses a month that is not YYYY-MM', () => {
    for (const m of ['2026-13', '2026-1', 'October', '2026-10-01']) {
      expect(problems((c) => (c.month = m))).toEqual([{ path: '/month', message: `must be a month written YYYY-MM, e.g. 2026-10, not text "${m}"` }]);
    }
    expect(problems((c) => (c.history = [{ sla: 'availability', serviceId: 'CKT-1', month: '2026/09', met: false }]))[0]!.path).toBe('/history/0/month');
  });

  it('refuses a restoration before the outage start (the earlier of alarm and opening)', () => {
    expect(problems((c) => (c.tickets[0].restoredAt = ISO('08:59')))).toEqual([
      { path: '/tickets/0/restoredAt', message: `restoration (${ISO('08:59')}) is before the outage start (the opening at ${ISO('09:00')})` },
    ]);
    // with an alarm at 08:30, 08:45 is after the start
    expect(validateCase({ ...base(), tickets: [{ ...(base().tickets as any[])[0], alarmAt: ISO('08:30'), restoredAt: ISO('08:45') }] }).ok).toBe(true);
    expect(problems((c) => (c.tickets[0].actualRestoredAt = ISO('09:30')))[0]).toMatchObject({ path: '/tickets/0/actualRestoredAt', message: expect.stringMatching(/before the contractor's restoration/) });
    expect(problems((c) => (c.tickets[0].closedAt = ISO('08:00')))[0]!.path).toBe('/tickets/0/closedAt');
  });

  it('asks for the restoration of a closed ticket and the measure of a delay / jitter ticket', () => {
    expect(problems((c) => { delete c.tickets[0].restoredAt; c.tickets[0].closedAt = ISO('12:00'); })).toEqual([
      { path: '/tickets/0/restoredAt', message: 'is required on a closed ticket: its Unavailable Time runs until restoration' },
    ]);
    expect(problems((c) => (c.tickets[0].kind = 'jitter'))).toEqual([{ path: '/tickets/0/measuredMs', message: 'is required on a jitter ticket: the measured jitter in milliseconds' }]);
    expect(problems((c) => { c.tickets[0].kind = 'delay'; c.tickets[0].measuredMs = -3; })[0]!.path).toBe('/tickets/0/measuredMs');
  });

  it('refuses a stop clock that ends before it starts, and a maintenance window the wrong way round', () => {
    expect(problems((c) => (c.tickets[0].stopClocks = [{ code: 'POWER', start: ISO('09:30'), end: ISO('09:20') }]))).toEqual([
      { path: '/tickets/0/stopClocks/0/end', message: `the stop clock ends (${ISO('09:20')}) before it starts (${ISO('09:30')})` },
    ]);
    expect(
      problems((c) => (c.tickets[0].stopClocks = [{ code: 'MAINTENANCE', start: ISO('09:10'), end: ISO('09:20'), window: { start: ISO('09:30'), end: ISO('09:00') } }])),
    ).toEqual([{ path: '/tickets/0/stopClocks/0/window/end', message: `the maintenance window ends (${ISO('09:00')}) before it starts (${ISO('09:30')})` }]);
  });

  it('refuses "no trouble found" and "cleared while testing": the contract never allows them', () => {
    const p = problems((c) => (c.tickets[0].stopClocks = [{ code: 'NO_TROUBLE_FOUND', start: ISO('09:10'), end: ISO('09:20') }]));
    expect(p).toHaveLength(1);
    expect(p[0]!.path).toBe('/tickets/0/stopClocks/0/code');
    expect(p[0]!.message).toMatch(/^"NO_TROUBLE_FOUND" is not a stop clock condition: the contract \(29\.4\.7\) never allows "no trouble found" as a stop clock/);
    const q = problems((c) => (c.tickets[0].stopClocks = [{ code: 'CLEARED_WHILE_TESTING', start: ISO('09:10'), end: ISO('09:20') }]));
    expect(q[0]!.message).toMatch(/^"CLEARED_WHILE_TESTING" is not a stop clock condition: the contract \(29\.4\.7\) never allows "cleared while testing"/);
  });

  it('refuses an unknown code, suggesting the right spelling when close', () => {
    expect(problems((c) => (c.tickets[0].stopClocks = [{ code: 'LUNCH', start: ISO('09:10'), end: ISO('09:20') }]))[0]!.message).toMatch(
      /^"LUNCH" is not a stop clock condition \(the contract allows END_USER_REQUEST, OBSERVATION, .*CUSTOMER_ENVIRONMENTAL\)$/,
    );
    expect(problems((c) => (c.tickets[0].stopClocks = [{ code: 'third party', start: ISO('09:10'), end: ISO('09:20') }]))[0]!.message).toBe(
      '"third party" is not a stop clock condition (did you mean THIRD_PARTY?)',
    );
  });

  it('refuses CUSTOMER_PROVISIONING_DELAY on a ticket, and any other code on an order', () => {
    expect(problems((c) => (c.tickets[0].stopClocks = [{ code: 'CUSTOMER_PROVISIONING_DELAY', start: ISO('09:10'), end: ISO('09:20') }]))).toEqual([
      { path: '/tickets/0/stopClocks/0/code', message: 'CUSTOMER_PROVISIONING_DELAY is not allowed on a trouble ticket: the contract restricts it to provisioning (orders) only' },
    ]);
    const order = { id: 'O', serviceId: 'CKT-1', orderedAt: ISO('09:00'), stopClocks: [{ code: 'POWER', start: ISO('09:10'), end: ISO('09:20') }] };
    expect(problems((c) => (c.orders = [order]))).toEqual([
      { path: '/orders/0/stopClocks/0/code', message: 'POWER is not allowed on an order: only CUSTOMER_PROVISIONING_DELAY stops the provisioning clock' },
    ]);
    const ok = { ...order, stopClocks: [{ code: 'CUSTOMER_PROVISIONING_DELAY', start: ISO('09:10'), end: ISO('09:20') }] };
    expect(validateCase({ ...base(), orders: [ok] }).ok).toBe(true);
  });

  it('asks for the note of stop clocks that must be documented', () => {
    expect(problems((c) => (c.tickets[0].stopClocks = [{ code: 'ACCESS', start: ISO('09:10'), end: ISO('09:20'), note: '  ' }]))).toEqual([
      { path: '/tickets/0/stopClocks/0/note', message: expect.stringMatching(/^this ACCESS stop clock must be documented: add a note/) },
    ]);
  });

  it('refuses an unknown serviceId, duplicate ids, and unknown sites', () => {
    expect(problems((c) => (c.tickets[0].serviceId = 'CKT-9'))).toEqual([{ path: '/tickets/0/serviceId', message: 'unknown serviceId "CKT-9": no service in /services has that id' }]);
    expect(problems((c) => c.services.push({ ...c.services[0] }))).toEqual([{ path: '/services/1/id', message: 'duplicate service id "CKT-1": each Circuit ID or Service ID appears once' }]);
    expect(problems((c) => c.tickets.push({ ...c.tickets[0] }))).toEqual([{ path: '/tickets/1/id', message: 'duplicate ticket id "T-1"' }]);
    const o = { id: 'O', serviceId: 'CKT-1', orderedAt: ISO('09:00') };
    expect(problems((c) => (c.orders = [o, o]))).toEqual([{ path: '/orders/1/id', message: 'duplicate order id "O"' }]);
    expect(problems((c) => (c.survivability = [{ site: 'SAC-HQ', start: ISO('09:00'), end: ISO('10:00') }]))[0]).toMatchObject({ path: '/survivability/0/site' });
  });

  it('reads an order\'s dueAt as a date or an instant, and refuses a due date before the order\'s date (agency time)', () => {
    const o = (dueAt: unknown) => ({ id: 'O', serviceId: 'CKT-1', orderedAt: '2026-10-05T23:00:00-07:00', dueAt });
    for (const dueAt of ['2026-11-01', '2026-10-05', '2026-10-06T05:00:00Z' /* 22:00 PDT on the 5th */]) {
      expect(validateCase({ ...base(), orders: [o(dueAt)] }).ok).toBe(true);
    }
    expect(problems((c) => (c.orders = [o('2026-10-04')]))).toEqual([
      { path: '/orders/0/dueAt', message: "the due date (2026-10-04) is before the order's date (2026-10-05, agency time)" },
    ]);
    // 2026-10-05T06:00Z is 23:00 PDT on the 4th: the day before the order's date
    expect(problems((c) => (c.orders = [o('2026-10-05T06:00:00Z')]))[0]).toMatchObject({ path: '/orders/0/dueAt', message: expect.stringMatching(/^the due date \(2026-10-04\)/) });
    expect(problems((c) => (c.orders = [o('2026-02-30')]))).toEqual([
      { path: '/orders/0/dueAt', message: expect.stringMatching(/^must be a date written YYYY-MM-DD \(e\.g\. 2026-10-16\) or an ISO-8601 date and time/) },
    ]);
  });

  it('reports type problems and reference problems together', () => {
    const p = problems((c) => {
      c.services[0].tmrc = -5;
      c.tickets[0].serviceId = 'NOPE';
    });
    expect(p.map((x) => x.path)).toEqual(['/services/0/tmrc', '/tickets/0/serviceId']);
  });

  it('checks history keys', () => {
    expect(problems((c) => (c.history = [{ sla: 'availability', month: '2026-09', met: false }]))).toEqual([
      { path: '/history/0/serviceId', message: 'is required for availability history: the SLA is counted per service' },
    ]);
    expect(problems((c) => (c.history = [{ sla: 'time-to-repair', serviceId: 'CKT-1', month: '2026-09', met: false }]))[0]!.message).toMatch(/^must be one of availability, delay, jitter, site-survivability/);
    const h = { sla: 'delay', serviceId: 'CKT-1', month: '2026-09', met: false };
    expect(problems((c) => (c.history = [h, h]))[0]!.path).toBe('/history/1/month');
  });

  it('checks the time zone and the catalog', () => {
    expect(problems((c) => (c.timeZone = 'Mars/Olympus'))[0]).toEqual({ path: '/timeZone', message: 'must be an IANA time zone such as America/Los_Angeles, not text "Mars/Olympus"' });
    expect(problems((c) => (c.catalog = 'calnet2'))[0]).toEqual({ path: '/catalog', message: 'unknown SLA catalog "calnet2" (known: calnet3-converged-voip, ccc-help-desk)' });
  });
});

describe('problem helpers', () => {
  it('escapes JSON pointers and prints PATH: message', () => {
    expect(jsonPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
    expect(formatProblem({ path: '', message: 'x' })).toBe('/: x');
    expect(formatProblem({ path: '/month', message: 'is required' })).toBe('/month: is required');
  });

  it('zodProblems tells "is required" from a wrong type even without reportInput', () => {
    const s = z.object({ a: z.number(), b: z.number() });
    const r = s.safeParse({ b: 'x' });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodProblems(r.error)).toEqual([{ path: '/a', message: 'is required' }, { path: '/b', message: 'must be a number' }]);
    const p = parseProblems(s, { b: 'x' });
    expect(p).toEqual({ ok: false, problems: [{ path: '/a', message: 'is required' }, { path: '/b', message: 'must be a number, not text "x"' }] });
  });
});
