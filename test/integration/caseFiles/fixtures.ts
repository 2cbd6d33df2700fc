// A small case file written by hand: the README's worked example (CKT-1001 there, CKT-9001 here)
// with an order and a site's survivability usage, figures checked by hand in the tests.
export function smallCase(): Record<string, unknown> {
  return {
    month: '2026-10',
    services: [
      { id: 'CKT-9001', type: 'converged-voip', tier: 'premier', tmrc: 1200, aduc: 35.5, installFee: 250, site: 'SAC-HQ' },
      { id: 'SSNF-9002', type: 'site-survivability', tier: 'premier', tmrc: 95, site: 'SAC-HQ' },
    ],
    tickets: [
      {
        id: 'T-1',
        serviceId: 'CKT-9001',
        kind: 'repair',
        // 08:55, 09:00, 18:00 and 19:00 PDT on October 6.
        alarmAt: '2026-10-06T15:55:00Z',
        openedAt: '2026-10-06T16:00:00Z',
        restoredAt: '2026-10-07T01:00:00Z',
        closedAt: '2026-10-07T02:00:00Z',
        stopClocks: [
          { code: 'END_USER_REQUEST', start: '2026-10-06T17:00:00Z', end: '2026-10-06T17:30:00Z', note: 'Site manager asked the tech to wait' },
          { code: 'WIRING', start: '2026-10-06T17:15:00Z', end: '2026-10-06T18:00:00Z', voided: true },
        ],
      },
    ],
    orders: [{ id: 'SR-9', serviceId: 'CKT-9001', orderedAt: '2026-09-01T17:00:00Z', dueAt: '2026-10-16', completedAt: '2026-10-16T23:00:00Z' }],
    survivability: [{ site: 'SAC-HQ', start: '2026-10-03T15:00:00Z', end: '2026-10-07T03:00:00Z' }],
    history: [{ sla: 'availability', serviceId: 'CKT-9001', month: '2026-09', met: false }],
  };
}
