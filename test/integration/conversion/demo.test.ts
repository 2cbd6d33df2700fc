// The demo agency's conversion project (issue 12 "Done when"): in progress at any clock, with a
// Migration blocked for its Form 20, a parallel-billing flag, roles from the demo's contacts, and
// no change to the demo's services.
import { describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import type { ItemDetail, ProjectDetail } from '../../../shared/ipc/conversion';
import { call, count, manualClock, tempDataFile } from '../support/tempData';

describe('the demo conversion', () => {
  it('is a CALNET 2 → CALNET 3 project in progress across decisions and statuses', async () => {
    // 2026-11-23 10:00 in Sacramento: today 2026-11-23.
    const app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock('2026-11-23T18:00:00Z'), scheduler: false, log: () => {} });
    try {
      const [p] = await call<Array<{ id: number; name: string }>>(app, 'conversion:projects', {});
      const d = await call<ProjectDetail>(app, 'conversion:project', { projectId: p!.id });
      expect(d.project).toMatchObject({ name: 'CALNET 2 to CALNET 3 (demo)', oldContractEnd: '2026-12-12', newContractAward: '2026-09-28', surveyDue: '2026-11-09', templateId: 'calnet2-to-calnet3' });
      expect(d.roles.map((r) => r.name)).toEqual(['Alex Rivera (Conversion Manager, demo)', 'Sam Chen (Conversion Coordinator, demo)']);
      // Transitions: C2-SAC-0101/0102/0103/0105, C2-FRE-0401/0402; Migrations: C2-OAK-0201/0202, C2-LA-0301/0302; Disconnects: C2-SAC-0104, C2-FRE-0403.
      expect(d.board.counts).toEqual({
        total: 12,
        byDecision: { transition: 6, migration: 4, disconnect: 2, undecided: 0 },
        byStatus: { planned: 3, authorized: 2, ordered: 2, converted: 4, disconnected: 1 },
        done: 5,
      });
      // 50% of 12 = 6 by 2026-11-13: 4 done by then (converted 10-24, 11-03, 11-08; disconnected 11-11): missed.
      expect(d.board.milestones.map((m) => [m.label, m.dueOn, m.needed, m.doneByDue, m.state])).toEqual([
        ['50% converted', '2026-11-13', 6, 4, 'missed'],
        ['90% converted', '2026-11-28', 11, 5, 'open'],
        ['100% converted', '2026-12-12', 12, 5, 'open'],
      ]);
      const byCircuit = new Map(d.items.map((i) => [i.oldCircuitId, i]));
      // The Migration to Verizon without a Form 20: its order is blocked, with the reason.
      expect(byCircuit.get('C2-LA-0301')!.steps.find((s) => s.step === 'order')!.reason).toBe(
        'A Migration is an order for new service: its Form 20 must be completed before it is ordered (ATR 13-06). The Form 20 is not started.',
      );
      // Converted on 2026-11-17, old Centrex still active: 6 days of $1,200 in a 30-day November = $240.00.
      expect(byCircuit.get('C2-OAK-0201')!.parallelBilling).toMatchObject({ active: true, overlapDays: 6, doubleTmrcCents: 24_000 });
      expect(d.board.parallelBilling).toEqual({ count: 1, active: 1, doubleTmrcCents: 24_000 });
      // Not ordered within 30 days of the 90% milestone (5 days away): planned and authorized items, and the notice not yet carried out.
      expect(d.board.atRisk.map((a) => a.oldCircuitId).sort()).toEqual(['C2-FRE-0401', 'C2-FRE-0402', 'C2-FRE-0403', 'C2-LA-0301', 'C2-LA-0302']);
      // Each item was logged before its first step, as a coordinator logs them from the survey.
      for (const it of d.items) {
        const { events } = await call<ItemDetail>(app, 'conversion:item', { id: it.id });
        const logged = events.filter((e) => e.kind === 'created').map((e) => e.on);
        expect(logged).toHaveLength(1);
        for (const e of events) expect([it.oldCircuitId, e.kind, e.on >= logged[0]!]).toEqual([it.oldCircuitId, e.kind, true]);
      }
      // No service row was added for the conversion: the demo's 32 CALNET services and the help desk's 4 lines of support.
      expect(count(app, 'services')).toBe(36);
    } finally {
      app.close();
    }
  });
});
