// Issue 11 item 4: a submitted claim the contractor has not answered for the agency's reminder
// days (default 30) is notified once by the scheduler, and never again after a restart. Demo
// agency, October 2026 claim for AT&T, submitted on Monday 2026-11-02 (agency dates,
// America/Los_Angeles): 30 days later is Wednesday 2026-12-02, which starts at 08:00 UTC (PST).
import { afterEach, describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import { createScheduler, type Notice } from '../../../electron/services/scheduler';
import type { ClaimDetail } from '../../../shared/ipc/claims';
import { call, manualClock, tempDataFile } from '../support/tempData';

type App = Awaited<ReturnType<typeof openDemoApp>>;
const open: App[] = [];
afterEach(() => {
  for (const a of open.splice(0)) a.close();
});

async function demo(file: string, clock: ReturnType<typeof manualClock>): Promise<App> {
  const a = await openDemoApp({ dataFile: file, mode: 'browser', clock, scheduler: false, log: () => {} });
  open.push(a);
  return a;
}

const claimNotices = (n: Notice[]) => n.filter((x) => x.id.startsWith('claim:'));

describe('the reminder for a claim with no answer', () => {
  it('notifies once when the reminder days have passed since submission, and not again after a restart', async () => {
    const file = tempDataFile();
    const clock = manualClock('2026-11-23T18:00:00Z');
    const a = await demo(file, clock);
    const d = await call<ClaimDetail>(a, 'claims:create', { contractorId: 1, month: '2026-10' });
    await call(a, 'claims:submit', { id: d.claim.id, on: '2026-11-02', method: 'E-mail', to: 'AT&T CALNET billing' });
    const seen: Notice[] = [];
    const scheduler = createScheduler({ db: a.db, clock, emit: (n) => seen.push(n) });

    // 21 days after Nov 2: nothing.
    expect(claimNotices(scheduler.tick())).toEqual([]);
    // Tuesday Dec 1, 23:59:59 PST: 29 days, still nothing.
    clock.set('2026-12-02T07:59:59Z');
    expect(claimNotices(scheduler.tick())).toEqual([]);
    // Wednesday Dec 2, 00:00 PST: 30 days without an answer.
    clock.set('2026-12-02T08:00:00Z');
    expect(claimNotices(scheduler.tick())).toEqual([
      {
        id: `claim:${d.claim.id}:no-answer`,
        level: 'warning',
        title: `Claim ${d.claim.id} to AT&T for 2026-10: no answer in 30 days`,
        body: `Submitted 2026-11-02 and not acknowledged, credited or denied since. Follow it up on the contractor's bill-or-contract ladder (Claims → claim ${d.claim.id}).`,
      },
    ]);
    expect(claimNotices(scheduler.tick())).toEqual([]);
    // The claim's page now points at the bill-or-contract ladder.
    expect((await call<ClaimDetail>(a, 'claims:get', { id: d.claim.id })).nextContact).toMatchObject({ ladderId: 'att-calnet3-bill-contract', level: 1 });

    // Closed and reopened on the same file, a week later: not repeated.
    a.close();
    open.splice(0);
    clock.set('2026-12-09T18:00:00Z');
    const { openApp } = await import('../../../electron/services/app');
    const again = openApp({ dataFile: file, mode: 'browser', clock, log: () => {}, scheduler: false, backup: false });
    try {
      expect(claimNotices(createScheduler({ db: again.db, clock, emit: (n) => seen.push(n) }).tick())).toEqual([]);
    } finally {
      again.close();
    }
    expect(claimNotices(seen)).toHaveLength(1);
  });

  it('follows the agency’s reminder days, and stays silent for an answered claim', async () => {
    const clock = manualClock('2026-11-23T18:00:00Z');
    const a = await demo(tempDataFile(), clock);
    const agency = await call<{ name: string; kind: string; timeZone: string }>(a, 'agency:get', {});
    await call(a, 'agency:update', { name: agency.name, kind: agency.kind, timeZone: agency.timeZone, claimReminderDays: 10 });
    const verizon = (a.db.prepare("SELECT id FROM contractors WHERE name = 'Verizon'").get() as { id: number }).id;
    // AT&T's October: submitted Nov 10, 13 days ago (≥ 10), never answered.
    const att = await call<ClaimDetail>(a, 'claims:create', { contractorId: 1, month: '2026-10' });
    await call(a, 'claims:submit', { id: att.claim.id, on: '2026-11-10', method: 'E-mail', to: 'AT&T' });
    // Verizon's October (LA-05-VOIP-1025): submitted Nov 2 and acknowledged the next day.
    const vz = await call<ClaimDetail>(a, 'claims:create', { contractorId: verizon, month: '2026-10' });
    await call(a, 'claims:submit', { id: vz.claim.id, on: '2026-11-02', method: 'E-mail', to: 'Verizon' });
    await call(a, 'claims:acknowledge', { id: vz.claim.id, on: '2026-11-03', reference: 'VZ-1' });
    const seen = createScheduler({ db: a.db, clock, emit: () => {} }).tick();
    expect(claimNotices(seen).map((n) => n.title)).toEqual([`Claim ${att.claim.id} to AT&T for 2026-10: no answer in 10 days`]);
  });

  it('never reminds about a draft', async () => {
    const clock = manualClock('2026-11-23T18:00:00Z');
    const a = await demo(tempDataFile(), clock);
    const draft = await call<ClaimDetail>(a, 'claims:create', { contractorId: 1, month: '2026-10' });
    clock.set('2027-03-01T18:00:00Z');
    // By then the demo's own submitted claim (Verizon, electron/services/demo/claims.ts) has waited
    // more than 30 days and is reminded about; the draft never is.
    const notices = claimNotices(createScheduler({ db: a.db, clock, emit: () => {} }).tick());
    expect(notices.map((n) => n.title)).toEqual(['Claim 3 to Verizon for 2026-09: no answer in 30 days']);
    expect(notices.filter((n) => n.id.startsWith(`claim:${draft.claim.id}:`))).toEqual([]);
  });
});
