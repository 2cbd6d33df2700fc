// tickets:list pages: every sort and filter, page by page, gives the same rows as one long
// page, and a deep page of the default sort walks the start index instead of the joins.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../shared/ipc/tickets';
import { call, openTestApp } from '../support/tempData';

const SORT_KEYS = ['startAt', 'circuitId', 'kind', 'status', 'contractor', 'updatedAt', 'contractorTicket'] as const;
const N = 240;

function seed(app: ReturnType<typeof openTestApp>): void {
  const db = app.db;
  const now = '2026-10-06T17:00:00.000Z';
  const svc = db.prepare(`INSERT INTO services (circuit_id, contractor_id, service_type, tier, tmrc_cents, aduc_cents, install_fee_cents, site, address, created_at, updated_at)
    VALUES (?, ?, 'converged-voip', 'premier', 100000, 0, 0, ?, '', ?, ?)`);
  const t = db.prepare(`INSERT INTO tickets (service_id, contractor_ticket, kind, severity, description, opened_at, start_at, restored_at, closed_at, created_at, updated_at)
    VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 1; i <= 7; i++) svc.run(`CKT-${String(8 - i)}`, 1 + (i % 2), `Site ${i}`, now, now);
    for (let i = 1; i <= N; i++) {
      // Duplicate start times and ticket numbers on purpose: ties are broken by id, so pages never overlap.
      const start = new Date(Date.parse('2026-01-01T00:00:00Z') + Math.floor(i / 3) * 3_600_000).toISOString();
      const restored = i % 4 === 0 ? null : new Date(Date.parse(start) + 1_800_000).toISOString();
      const closed = i % 4 === 1 && restored ? restored : null;
      t.run(1 + (i % 7), `ATT-${i % 50}`, ['repair', 'cat1', 'delay'][i % 3], i % 10 === 0 ? 'dial tone' : 'static', start, start, restored, closed, now, now);
    }
  })();
}

describe('tickets:list pages', () => {
  it('page by page equals one long page, for every sort, direction and filter', async () => {
    const app = openTestApp();
    seed(app);
    for (const key of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        for (const filter of [{ status: 'all' }, { status: 'active' }, { status: 'closed', kind: 'repair' }, { status: 'all', text: 'dial' }, { status: 'all', text: 'CKT-3' }] as const) {
          const base = { ...filter, sort: { key, dir } };
          const whole = await call<{ rows: Ticket[]; total: number }>(app, 'tickets:list', { ...base, limit: 1000 });
          const paged: Ticket[] = [];
          for (let offset = 0; offset < whole.total; offset += 37) {
            const page = await call<{ rows: Ticket[]; total: number }>(app, 'tickets:list', { ...base, limit: 37, offset });
            expect(page.total).toBe(whole.total);
            paged.push(...page.rows);
          }
          expect(paged.map((r) => r.id), `${key} ${dir} ${JSON.stringify(filter)}`).toEqual(whole.rows.map((r) => r.id));
          expect(new Set(paged.map((r) => r.id)).size).toBe(whole.total);
        }
      }
    }
  });

  it('counts and filters as before: status, kind, text over circuit, ticket number, description and site', async () => {
    const app = openTestApp();
    seed(app);
    const total = async (q: Record<string, unknown>) => (await call<{ total: number }>(app, 'tickets:list', q)).total;
    expect(await total({ status: 'all' })).toBe(N);
    expect(await total({ status: 'open' })).toBe(N / 4);
    expect(await total({ status: 'closed' })).toBe(N / 4);
    expect(await total({ status: 'active' })).toBe((3 * N) / 4);
    expect(await total({ status: 'all', kind: 'cat1' })).toBe(N / 3);
    expect(await total({ status: 'all', text: 'dial tone' })).toBe(N / 10);
    expect(await total({ status: 'all', text: 'Site 3' })).toBe(await total({ status: 'all', text: 'CKT-5' }));
    const rows = (await call<{ rows: Ticket[] }>(app, 'tickets:list', { status: 'all', sort: { key: 'circuitId', dir: 'asc' }, limit: 1 })).rows;
    expect(rows[0]).toMatchObject({ circuitId: 'CKT-1', contractorName: expect.any(String), status: expect.any(String) });
  });

  it('a page of the default sort is found on the start index, without sorting or joining the whole table', () => {
    const app = openTestApp();
    seed(app);
    const plan = (app.db.prepare(`EXPLAIN QUERY PLAN SELECT t.id FROM tickets t ORDER BY t.start_at DESC, t.id DESC LIMIT 100 OFFSET 200`).all() as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX tickets_start/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
