// charts:ticketsPerContractor on a real data file: the hand-built agency's tickets counted by the
// month their outage started, agency time (America/Los_Angeles).
import { describe, expect, it } from 'vitest';
import type { TicketsPerContractorAnswer } from '../../../shared/ipc/charts';
import type { TicketDetail } from '../../../shared/ipc/tickets';
import { call, manualClock, openTestApp } from '../support/tempData';
import { handAgency } from '../evaluation/agency';

describe('charts:ticketsPerContractor', () => {
  it('counts each contractor\'s tickets by the month the outage started, in the agency\'s zone', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-10T20:00:00Z') });
    const a = await handAgency(app);
    // Verizon: Sep 30 00:30 PDT (07:30 UTC) and Oct 31 23:30 PDT (06:30 UTC on Nov 1): September and October.
    await call<TicketDetail>(app, 'tickets:create', { serviceId: a.s3.id, kind: 'repair', openedAt: '2026-09-30T07:30:00Z' });
    await call<TicketDetail>(app, 'tickets:create', { serviceId: a.s3.id, kind: 'repair', openedAt: '2026-11-01T06:30:00Z' });

    const answer = await call<TicketsPerContractorAnswer>(app, 'charts:ticketsPerContractor', { month: '2026-10', months: 3 });
    expect(answer).toEqual({
      months: ['2026-08', '2026-09', '2026-10'],
      series: [
        // AT&T (contractor 1): the hand agency's four October tickets (Oct 6, 10, 15, 20).
        { contractorId: 1, name: 'AT&T', counts: [0, 0, 4] },
        { contractorId: 2, name: 'Verizon', counts: [0, 1, 1] },
      ],
    });
    // November alone: the Oct 31 23:30 ticket is October's, so nothing started in November yet.
    expect(await call(app, 'charts:ticketsPerContractor', { month: '2026-11', months: 1 })).toEqual({ months: ['2026-11'], series: [] });
    // Twelve months by default.
    expect((await call<TicketsPerContractorAnswer>(app, 'charts:ticketsPerContractor', { month: '2026-10' })).months).toHaveLength(12);
  });

  it('refuses a month that is not one and a run of no months', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-10T20:00:00Z') });
    expect(await app.dispatch('charts:ticketsPerContractor', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'invalid', path: '/month' } });
    expect(await app.dispatch('charts:ticketsPerContractor', { month: '2026-10', months: 0 })).toMatchObject({ ok: false, error: { code: 'invalid', path: '/months' } });
  });
});
