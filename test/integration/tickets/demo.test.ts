import { describe, expect, it } from 'vitest';
import { openDemoApp } from '../../../electron/services/demo';
import { premierService } from '../support/fixtures';
import type { BoardEntry } from '../../../shared/ipc/tickets';
import { call, count, manualClock, openTestApp, tempDataFile } from '../support/tempData';

describe('demo agency', () => {
  it('opens with services, open and closed tickets, stop clocks, escalations and a living board', async () => {
    const app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock('2026-11-23T18:00:00Z'), scheduler: false, log: () => {} });
    try {
      expect(count(app, 'services')).toBeGreaterThanOrEqual(30);
      expect((app.db.prepare('SELECT count(*) AS n FROM tickets WHERE closed_at IS NOT NULL').get() as { n: number }).n).toBeGreaterThanOrEqual(15);
      expect(count(app, 'stop_clocks')).toBeGreaterThanOrEqual(5);
      const board = await call<{ entries: BoardEntry[] }>(app, 'tickets:board', {});
      expect(board.entries.length).toBeGreaterThanOrEqual(6);
      const all = board.entries.flatMap((e) => e.countdowns);
      expect(all.some((c) => c.paused)).toBe(true);
      expect(all.some((c) => c.remainingMs < 0)).toBe(true);
      expect(board.entries.some((e) => e.nextContact?.name.includes('demo'))).toBe(true);
      // Every row the demo wrote went through the audited channels.
      expect(count(app, 'audit_log')).toBeGreaterThan(count(app, 'services') + count(app, 'tickets'));
    } finally {
      app.close();
    }
  });

  it('gives each contractor\'s tickets numbers in that contractor\'s own format: no Verizon ticket carries an AT&T number', async () => {
    const app = await openDemoApp({ dataFile: tempDataFile(), mode: 'browser', clock: manualClock('2026-11-23T18:00:00Z'), scheduler: false, log: () => {} });
    try {
      const rows = app.db
        .prepare('SELECT c.name AS contractor, t.contractor_ticket AS number FROM tickets t JOIN services s ON s.id = t.service_id JOIN contractors c ON c.id = s.contractor_id')
        .all() as Array<{ contractor: string; number: string }>;
      const of = (name: string) => rows.filter((r) => r.contractor === name).map((r) => r.number);
      expect(of('Verizon').length).toBeGreaterThan(0);
      expect(of('AT&T').length).toBeGreaterThan(0);
      for (const n of of('AT&T')) expect(n).toMatch(/^ATT-\d{6}$/);
      for (const n of of('Verizon')) expect(n).toMatch(/^VZ\d{9}$/);
      // Every ticket has a number, and no two share one.
      expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    } finally {
      app.close();
    }
  });

  it('refuses to replace a file that holds an agency\'s own data, and leaves it as it was', async () => {
    const file = tempDataFile();
    const real = openTestApp({ dataFile: file });
    await premierService(real);
    real.close();
    await expect(openDemoApp({ dataFile: file, mode: 'browser', scheduler: false, log: () => {} })).rejects.toThrow(/holds an agency's own data/);
    const again = openTestApp({ dataFile: file });
    expect(count(again, 'services')).toBe(1);
  });
});
