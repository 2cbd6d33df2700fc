// The engine inputs' version (migration 0110): triggers on every table the evaluation reads move
// it, so a month kept between calls (evaluation/month.ts) is forgotten when its inputs change and
// kept when only a claim changes (excluding a line of a draft claim no longer reads the month again).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import { monthData } from '../../../electron/services/evaluation/month';
import type { ClaimDetail } from '../../../shared/ipc/claims';
import { call, manualClock, openTestApp, tempDataFile } from '../support/tempData';

const ROOT = path.resolve(__dirname, '../../..');

/** The tables the evaluation's SQL names, and the agency's (its zone, read through repositories/agency). */
function tablesTheEvaluationReads(): string[] {
  const dir = path.join(ROOT, 'electron/services/evaluation');
  const names = new Set<string>(['agency']);
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)\b/g)) if (m[1] !== 'json_each' && m[1] !== 'engine_inputs') names.add(m[1]!);
  }
  return [...names].sort();
}

describe('the engine inputs’ version', () => {
  it('has insert, update and delete triggers on every table the evaluation reads', () => {
    const app = openTestApp();
    try {
      const tables = tablesTheEvaluationReads();
      // The list is read from the source: it holds at least the tables of tickets and stop clocks.
      expect(tables).toEqual(expect.arrayContaining(['agency', 'services', 'stop_clocks', 'tickets']));
      for (const t of tables) {
        const ops = (app.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%engine_inputs%'").all(t) as Array<{ sql: string }>).map(
          (r) => /AFTER (INSERT|UPDATE|DELETE)/.exec(r.sql)?.[1],
        );
        expect([t, ops.sort()]).toEqual([t, ['DELETE', 'INSERT', 'UPDATE']]);
      }
    } finally {
      app.close();
    }
  });

  it('keeps the month across a claim’s writes and forgets it when a ticket changes', async () => {
    const app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock('2026-11-23T18:00:00Z'), scheduler: false, log: () => {} });
    try {
      const now = app.clock.now();
      const version = () => (app.db.prepare('SELECT version FROM engine_inputs').get() as { version: number }).version;
      const claim = await call<ClaimDetail>(app, 'claims:create', { contractorId: 1, month: '2026-10' });
      const kept = monthData(app.db, '2026-10', 1, now);
      const before = version();
      const excluded = await call<ClaimDetail>(app, 'claims:setLine', { id: claim.lines[0]!.id, excluded: true, excludedReason: 'Measured by our own tool' });
      expect(excluded.claim.claimed).toBeLessThan(claim.claim.claimed);
      expect(version()).toBe(before);
      expect(monthData(app.db, '2026-10', 1, now)).toBe(kept);

      const ticketId = claim.lines.find((l) => l.result.ticketId !== null)!.result.ticketId!;
      await call(app, 'tickets:addEvent', { ticketId, kind: 'note', at: '2026-11-23T17:00:00Z', detail: 'Called the site' });
      expect(version()).toBeGreaterThan(before);
      expect(monthData(app.db, '2026-10', 1, now)).not.toBe(kept);
    } finally {
      app.close();
    }
  }, 60_000);
});
