// 29.4.8.9 Notification for CAT 2 / CAT 3: first notice within 60 min of the outage start, then
// an update at least every 60 min until restoration. A miss: Senior Management Escalation.
import { describe, expect, it } from 'vitest';
import { all, caseFile, evaluate, find, oct, ticket } from './helpers';

const at = (hhmm: string) => oct(`05T${hhmm}:00`);
const cat2 = (notices: string[], restoredAt: string | null = at('11:30'), over = {}) =>
  ticket({ kind: 'cat2', openedAt: at('09:00'), ...(restoredAt !== null ? { restoredAt } : {}), notices, ...over });

describe('notification', () => {
  it('is met: first notice at 60 min exactly, updates 60 min apart, restoration 30 min after the last', () => {
    const r = find(evaluate(caseFile({ tickets: [cat2([at('10:00'), at('11:00')])] })), 'notification');
    expect(r).toMatchObject({ met: true, measure: { minutes: 60 }, objective: { minutes: 60 }, credit: { amount: 0 } });
    expect(r.remedy).toBeUndefined();
    expect(r.explain[0]).toMatch(/^29\.4\.8\.9 Notification/);
  });

  it('is missed when the first notice is late (61 min): senior-management-escalation, no money', () => {
    const r = find(evaluate(caseFile({ tickets: [cat2([at('10:01'), at('11:00')])] })), 'notification');
    expect(r).toMatchObject({ met: false, remedy: 'senior-management-escalation', credit: { amount: 0 }, measure: { minutes: 61 } });
  });

  it('is missed when an update gap exceeds 60 min (09:30 then 10:31)', () => {
    const r = find(evaluate(caseFile({ tickets: [cat2([at('09:30'), at('10:31'), at('11:20')])] })), 'notification');
    expect(r).toMatchObject({ met: false, remedy: 'senior-management-escalation', measure: { minutes: 61 } });
  });

  it('is missed when restoration comes more than 60 min after the last update (10:30 -> 11:31)', () => {
    const r = find(evaluate(caseFile({ tickets: [cat2([at('09:30'), at('10:30')], at('11:31'))] })), 'notification');
    expect(r.met).toBe(false);
    expect(r.explain.join('\n')).toMatch(/to restoration 2026-10-05T11:31:00-07:00 \(61 min\)/);
  });

  it('is missed with no notice at all', () => {
    expect(find(evaluate(caseFile({ tickets: [cat2([])] })), 'notification')).toMatchObject({ met: false, remedy: 'senior-management-escalation' });
  });

  it('is pending for an open ticket whose next update is not yet due', () => {
    const r = find(evaluate(caseFile({ asOf: at('10:00'), tickets: [cat2([at('09:30')], null)] })), 'notification');
    expect(r.met).toBeNull();
    // as of 10:31 the update due at 10:30 is missing
    expect(find(evaluate(caseFile({ asOf: at('10:31'), tickets: [cat2([at('09:30')], null)] })), 'notification').met).toBe(false);
  });

  it('applies to CAT 2 and CAT 3 only, and reads the notices of the whole incident', () => {
    const report = evaluate(
      caseFile({
        tickets: [
          ticket({ id: 'R', openedAt: at('09:00'), restoredAt: at('12:00') }),
          ticket({ id: 'C1', kind: 'cat1', openedAt: at('09:00'), restoredAt: at('12:00') }),
          cat2([at('09:40'), at('10:40')], at('11:30'), { id: 'A', incidentId: 'INC-1' }),
          cat2([], at('11:30'), { id: 'B', incidentId: 'INC-1' }),
        ],
      }),
    );
    expect(all(report, 'notification').map((r) => [r.ticketId, r.met])).toEqual([
      ['A', true],
      ['B', true],
    ]);
  });
});
