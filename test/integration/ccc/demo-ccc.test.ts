// The demo agency's second contract (issue 14 "Done when": tried as a new user would on the demo):
// the Customer Care Center's incidents, three months of figures, rates and a billed amount. Now is
// Monday 2026-11-23 10:00 PST (18:00Z); the figures are August, September and October 2026.
import { describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import { DEMO_CCC_NAME } from '../../../electron/services/demo/ccc';
import type { BillingCheckView, Scorecard, TicketResults } from '../../../shared/ipc/sla';
import type { BoardEntry } from '../../../shared/ipc/tickets';
import { call, manualClock, tempDataFile } from '../support/tempData';

describe('the demo agency\'s Customer Care Center', () => {
  it('has a Severity 1 with a late initial notification, an open Severity 2 counting down, three months of figures and a bill to check', async () => {
    const app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock('2026-11-23T18:00:00Z'), scheduler: false, log: () => {} });
    try {
      const contractorId = (app.db.prepare('SELECT id FROM contractors WHERE name = ?').get(DEMO_CCC_NAME) as { id: number }).id;
      const sev1 = (app.db.prepare("SELECT t.id FROM tickets t JOIN services s ON s.id = t.service_id WHERE s.contractor_id = ? AND t.kind = 'sev1'").get(contractorId) as { id: number }).id;
      const r = await call<TicketResults>(app, 'sla:ticket', { id: sev1 });
      // Created 05:00, initial notification 05:35: 35 min after the creation, 20 min late; the rest on time.
      expect(r.results.map((x) => [x.sla, x.status])).toEqual([
        ['severity-assignment', 'met'], ['initial-notification', 'missed'], ['resolver-acknowledgement', 'met'], ['update-notifications', 'met'], ['restored-notification', 'met'],
      ]);
      expect(r.results[1]!.explain).toContain('The initial notification was recorded 2026-11-23T05:35:00-08:00, 35 min after the creation: 20 min late.');

      // The open Severity 2 (created 09:10) counts down to its 1-hour update at 10:10; its resolver's acknowledgement is overdue.
      const board = await call<{ entries: BoardEntry[] }>(app, 'tickets:board', {});
      const sev2 = board.entries.find((e) => e.ticket.kind === 'sev2')!;
      expect(sev2.countdowns.map((c) => [c.label, c.remainingMs / 60_000])).toEqual([['Resolver acknowledged', -25], ['Update notifications: 1-hour update', 10]]);
      const sev3 = board.entries.find((e) => e.ticket.kind === 'sev3')!;
      expect(sev3.countdowns.map((c) => [c.label, c.remainingMs < 0])).toEqual([['Supervisor escalation', true]]);

      // September's figures: 65 of 1,000 callers abandoned (6.5%), on the scorecard as missed.
      const s = await call<Scorecard>(app, 'sla:scorecard', { contractorId, month: '2026-09' });
      expect(s.targets.map((t) => [t.sla, t.status])).toEqual([
        ['speed-of-answer', 'met'], ['abandon-rate', 'missed'], ['first-contact-resolution', 'met'], ['customer-satisfaction', 'met'],
      ]);
      expect(s.trend.slice(-3).map((m) => [m.month, m.points.find((p) => p.sla === 'abandon-rate')!.value])).toEqual([
        ['2026-07', null], ['2026-08', 4.5283], ['2026-09', 6.5],
      ]); // August: 48 / (1,012 + 48) = 4.528301…%
      const nov = await call<Scorecard>(app, 'sla:scorecard', { contractorId, month: '2026-11' });
      // November: the Severity 1's late notification, the Severity 2's unacknowledged referral, the Severity 3's missing escalation.
      expect(nov.incidents.missed.map((m) => [m.kindTitle, m.results.filter((x) => x.status === 'missed').map((x) => x.sla)])).toEqual([
        ['Severity 1', ['initial-notification']], ['Severity 2', ['resolver-acknowledgement']], ['Severity 3', ['supervisor-escalation']],
      ]);

      // October's bill: 2 × $18.50 + $22.00 + $42.00 = $101.00 expected, $143.00 billed: $42.00 more.
      const b = await call<BillingCheckView>(app, 'sla:billingCheck', { contractorId, month: '2026-10' });
      expect([b.expectedCents, b.billedCents, b.differenceCents]).toEqual([10100, 14300, 4200]);
    } finally {
      app.close();
    }
  });
});
