// One evaluation path: the month's report the app serves equals, result for result (verdict,
// measure, credit, explain lines), what the `sla` command reports on the same rows written as a
// case file (electron/services/evaluation/caseFile.ts), on the demo agency and on the hand-built one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { monthCaseFiles } from '../../../electron/services/evaluation/caseFile';
import { seedDemo } from '../../../electron/services/demo/seed';
import { formatInZone } from '../../../shared/calendar';
import type { MonthReport, SlaResultRow } from '../../../shared/ipc/sla';
import type { Report, SlaResult } from '../../../shared/sla';
import { call, manualClock, openTestApp, tempDir } from '../support/tempData';
import { handAgency } from './agency';

const ROOT = path.resolve(__dirname, '../../..');

/** `npm run --silent sla -- evaluate FILE`, as a child process. */
function cli(file: string): Report {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/sla.ts', 'evaluate', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

/**
 * The app's key of a CLI result: its ticket, order, or service (by Circuit ID within the
 * contractor); a help-desk target's subject is the contract, its contractor.
 */
function keyOf(r: SlaResult, serviceIds: Map<string, number>, contractorId: number): string {
  if (r.ticketId !== undefined) return `${r.sla}|t${r.ticketId}`;
  if (r.orderId !== undefined) return `${r.sla}|o${r.orderId}`;
  if (r.serviceId === undefined && r.site === undefined) return `${r.sla}|c${contractorId}`;
  const id = serviceIds.get(r.serviceId ?? '');
  return id !== undefined ? `${r.sla}|s${id}` : `${r.sla}|site:${r.site ?? ''}`;
}

/** The app's explain lines as a case file has them (see below). */
const HORIZON_NOTE = "Consecutive months: this evaluation reads the agency's data from";

async function expectSameAsCli(app: AppServices, month: string): Promise<{ results: number; total: number }> {
  const asOfMs = app.clock.now();
  const report = await call<MonthReport>(app, 'sla:month', { month });
  const appRows = new Map<string, SlaResultRow>([...report.results, ...report.pending].map((r) => [r.key, r]));
  const dir = tempDir();
  let total = 0;
  let seen = 0;
  for (const g of monthCaseFiles(app.db, month, asOfMs)) {
    const file = path.join(dir, `case-${month}-${g.contractorId}.json`);
    fs.writeFileSync(file, JSON.stringify(g.caseFile));
    const out = cli(file);
    total += out.totalCredit;
    const ids = new Map((app.db.prepare('SELECT id, circuit_id AS c FROM services WHERE contractor_id = ?').all(g.contractorId) as Array<{ id: number; c: string }>).map((s) => [s.c, s.id]));
    // A case file is a snapshot: a stop clock still running ends at as-of there, where the app's
    // line says it runs on, and so is clipped "inside the outage" (the time counted is the same).
    // Both are written alike for those stop clocks alone: "to <as of> counts <time>".
    const asOf = formatInZone(asOfMs, g.caseFile.timeZone);
    const atAsOf = new RegExp(`to ${asOf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} counts (\\S+ min) inside the outage`, 'g');
    const snapshot = (line: string) => line.replace(/to now \(running\) counts (\S+ min)/g, `to ${asOf} counts $1`).replace(atAsOf, `to ${asOf} counts $1`);
    for (const r of out.results) {
      const key = keyOf(r, ids, g.contractorId);
      const mine = appRows.get(key);
      expect(mine, `the app has no result ${key}`).toBeDefined();
      expect({ met: mine!.met, applicable: mine!.applicable, measure: mine!.measure, objective: mine!.objective, consecutiveMisses: mine!.consecutiveMisses, credit: mine!.credit, remedy: mine!.remedy }, key).toEqual({
        met: r.met, applicable: r.applicable, measure: r.measure ?? null, objective: r.objective ?? null, consecutiveMisses: r.consecutiveMisses ?? null, credit: r.credit, remedy: r.remedy ?? null,
      });
      const explained = await call<SlaResultRow>(app, 'sla:result', { month, key });
      const lines = explained.explain.filter((l) => !l.startsWith(HORIZON_NOTE)).map(snapshot);
      expect(lines, key).toEqual(r.explain.map(snapshot));
      seen++;
    }
  }
  // Every result of the app is one of the CLI's, and the totals agree.
  expect(seen).toBe(appRows.size);
  expect(Math.round(total * 100) / 100).toBe(report.totalCredit);
  return { results: seen, total: report.totalCredit };
}

describe('the month report and the sla command on the same rows', () => {
  it('agree on the hand-built agency, both contractors', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-10T20:00:00Z') });
    await handAgency(app);
    // AT&T's site-survivability service at SAC-HQ, on it 84 h in October (objective 72 h on
    // Premier): a first missed month, 15% x $95.00 = $14.25. The usage is AT&T's site's alone: the
    // Verizon case file, which has no survivability service there, does not carry it.
    await call(app, 'services:create', { circuitId: 'SSNF-1001', contractorId: 1, serviceType: 'site-survivability', tier: 'premier', tmrc: '95', site: 'SAC-HQ' });
    // The usage channel is another branch's; this row is what it writes.
    app.db.prepare("INSERT INTO survivability_events (site, start_at, end_at, created_at, updated_at) VALUES ('SAC-HQ', '2026-10-03T15:00:00.000Z', '2026-10-07T03:00:00.000Z', '', '')").run();
    // See month-report.test.ts for the other figures by hand: $300.00 + $1,555.00 + $160.00.
    expect(await expectSameAsCli(app, '2026-10')).toEqual({ results: 21, total: 2029.25 });
    const [att, vz] = monthCaseFiles(app.db, '2026-10', app.clock.now());
    const survivability = (c: typeof att) => (c && 'survivability' in c.caseFile ? c.caseFile.survivability : undefined);
    expect([survivability(att), survivability(vz)]).toEqual([[{ site: 'SAC-HQ', start: '2026-10-03T15:00:00.000Z', end: '2026-10-07T03:00:00.000Z' }], []]);
  });

  it('agree on the demo agency, the month in progress and the month before', async () => {
    const clock = manualClock('2026-11-23T18:00:00Z');
    const app = openTestApp({ clock });
    await seedDemo(app, clock.now());
    const now = await expectSameAsCli(app, '2026-11');
    const before = await expectSameAsCli(app, '2026-10');
    // The demo's month in progress has open tickets (pending), and both months have credits owed.
    const nov = await call<MonthReport>(app, 'sla:month', { month: '2026-11' });
    expect(nov.pending.some((r) => r.ticketId !== null)).toBe(true);
    expect(now.total).toBeGreaterThan(0);
    expect(before.total).toBeGreaterThan(0);
  }, 120_000);
});
