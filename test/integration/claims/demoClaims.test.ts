// The demo's claims (electron/services/demo/claims.ts): three claims of the months before the
// demo month, made and followed through the claims channels, at clocks early, in the middle and
// late in a month (those of test/integration/tickets/demoMonth.test.ts), so the demo never fails
// to make them whatever day it is generated. The figures at Monday 2026-11-23 10:00 PST are
// checked by hand in claims.test.ts ("the lifecycle, dated step by step").
import { describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import type { Claim, ClaimEvent, ClaimPacket } from '../../../shared/ipc/claims';
import { call, manualClock, tempDataFile } from '../support/tempData';

const CLOCKS = [
  { now: '2026-11-23T18:00:00Z', months: ['2026-09', '2026-08'] },
  { now: '2026-12-02T17:00:00Z', months: ['2026-10', '2026-09'] },
  { now: '2026-04-01T08:30:00Z', months: ['2026-02', '2026-01'] },
  { now: '2027-03-31T06:30:00Z', months: ['2027-01', '2026-12'] },
];

describe('the demo agency’s claims', () => {
  it.each(CLOCKS)('at $now: partly credited, disputed and awaiting an answer, in the two months before the demo month', async ({ now, months: [two, three] }) => {
    const app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock(now), scheduler: false, log: () => {} });
    try {
      const { claims } = await call<{ claims: Claim[] }>(app, 'claims:list', {});
      const shape = claims.map((c) => ({ contractor: c.contractorName, month: c.month, status: c.statusLabel, hashed: c.caseSha256 !== null }));
      expect(shape).toEqual([
        { contractor: 'AT&T', month: two, status: 'Partly credited', hashed: true },
        { contractor: 'Verizon', month: two, status: 'Submitted', hashed: true },
        { contractor: 'AT&T', month: three, status: 'Disputed', hashed: true },
      ]);
      const [partly, waiting, disputed] = claims;
      // The contractor credited $1,555.00 of the partly credited claim; its own outages alone are $2,155.00.
      expect(partly!.credited).toBe(1555);
      expect(partly!.claimed).toBeGreaterThanOrEqual(2155);
      expect(waiting!.claimed).toBeGreaterThanOrEqual(1855);
      expect(disputed).toMatchObject({ needsLadder: true, credited: 0 });
      expect(disputed!.owed).toBeGreaterThanOrEqual(1855);
      // Each claim's packet can be made, and its timeline reads as an ATR's would: drafted before it was sent.
      for (const c of claims) {
        const { events } = await call<{ events: ClaimEvent[] }>(app, 'claims:get', { id: c.id });
        expect(events.map((e) => e.kind).slice(0, 2)).toEqual(['created', 'submitted']);
        expect(events[0]!.on < events[1]!.on).toBe(true);
        const p = await call<ClaimPacket>(app, 'claims:packet', { id: c.id });
        expect(p.caseFile?.sha256).toBe(c.caseSha256);
      }
    } finally {
      app.close();
    }
  }, 60_000);
});
