// The worked example of README.md "How credits are computed", number for number.
import { describe, expect, it } from 'vitest';
import { caseFile, evaluate, find, oct, ticket, voip } from './helpers';

describe('README worked example', () => {
  it('T-1: start 08:55, 545 min elapsed - 30 min stop clock = 515 min; TTR $300.00 + EO $1,555.00 = $1,855.00', () => {
    const report = evaluate(
      caseFile({
        services: [voip({ id: 'CKT-1001' })],
        tickets: [
          ticket({
            id: 'T-1',
            serviceId: 'CKT-1001',
            alarmAt: oct('05T08:55:00'),
            openedAt: oct('05T09:00:00'),
            restoredAt: oct('05T18:00:00'),
            closedAt: oct('05T19:00:00'),
            stopClocks: [
              { code: 'END_USER_REQUEST', start: oct('05T10:00:00'), end: oct('05T10:30:00'), note: 'End-User asked to wait; called back 10:25' },
              { code: 'WIRING', start: oct('05T10:15:00'), end: oct('05T11:00:00'), voided: true },
            ],
          }),
        ],
      }),
    );
    const ttr = find(report, 'time-to-repair');
    expect(ttr).toMatchObject({ met: false, measure: { minutes: 515 }, credit: { amount: 300 } });
    expect(ttr.explain.join('\n')).toContain('Unavailable Time = elapsed 545 min - stop clocks 30 min = 515 min.');
    expect(ttr.explain[0]).toBe('29.4.8.11 Time to Repair (TTR): ticket T-1 on CKT-1001 (premier tier): Unavailable Time 515 min exceeds the objective at most 240 min (4 h 00 min) by 275 min: missed.');
    expect(find(report, 'excessive-outage')).toMatchObject({ met: false, measure: { minutes: 515 }, credit: { amount: 1555 } });
    expect(find(report, 'availability')).toMatchObject({ met: true, measure: { percent: 100, minutes: 0 } });
    expect(report.totalCredit).toBe(1855);
  });

  it('a 217-minute outage closed in November: 99.4977%, $180.00 + $71.00 = $251.00', () => {
    const report = evaluate(
      caseFile({
        month: '2026-11',
        tickets: [ticket({ openedAt: '2026-11-10T09:00:00-08:00', restoredAt: '2026-11-10T12:37:00-08:00', closedAt: '2026-11-10T13:00:00-08:00' })],
      }),
    );
    expect(find(report, 'time-to-repair').met).toBe(true);
    expect(find(report, 'availability')).toMatchObject({ met: false, measure: { percent: 99.4977 }, credit: { amount: 251 } });
    expect(report.totalCredit).toBe(251);
  });
});
