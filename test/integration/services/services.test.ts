import { describe, expect, it } from 'vitest';
import type { Service } from '../../../shared/ipc/services';
import { call, count, manualClock, openTestApp, tempDataFile } from '../support/tempData';

const draft = {
  circuitId: 'CKT-1001',
  contractorId: 1,
  serviceType: 'converged-voip',
  tier: 'premier',
  tmrc: '1,200.50',
  aduc: '35.5',
  installFee: '250',
  site: 'SAC-HQ',
  address: '1325 J St, Sacramento',
};

describe('services on a real data file', () => {
  it('creates a service with money in cents and an audit row in the same transaction', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-05T16:00:00Z') });
    const s = await call<Service>(app, 'services:create', draft);
    expect(s).toMatchObject({ circuitId: 'CKT-1001', contractorName: 'AT&T', tmrcCents: 120050, aducCents: 3550, installFeeCents: 25000 });
    expect(s.createdAt).toBe('2026-10-05T16:00:00.000Z');
    const rows = app.db.prepare("SELECT * FROM audit_log WHERE table_name = 'services'").all() as Array<{ action: string; row_id: string; after_json: string; at: string }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'insert', row_id: String(s.id), at: '2026-10-05T16:00:00.000Z' });
    expect(JSON.parse(rows[0]!.after_json)).toMatchObject({ circuitId: 'CKT-1001', tmrcCents: 120050 });
  });

  it('keeps what was saved across a reopen of the file', async () => {
    const file = tempDataFile();
    const first = openTestApp({ dataFile: file });
    await call(first, 'services:create', draft);
    first.close();
    const second = openTestApp({ dataFile: file });
    const list = await call<{ rows: Service[] }>(second, 'services:list', {});
    expect(list.rows.map((r) => r.circuitId)).toEqual(['CKT-1001']);
  });

  it('refuses a second Circuit ID for the same contractor (any case) but allows it for another contractor', async () => {
    const app = openTestApp();
    await call(app, 'services:create', draft);
    const clash = await app.dispatch('services:create', { ...draft, circuitId: 'ckt-1001' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'duplicate', path: '/circuitId' } });
    await call(app, 'services:create', { ...draft, contractorId: 2 });
    expect(count(app, 'services')).toBe(2);
  });

  it('names the field for bad money and tier, and writes nothing', async () => {
    const app = openTestApp();
    for (const [field, value, message] of [
      ['tmrc', '12.345', /TMRC must be a dollar amount/],
      ['tmrc', '-5', /TMRC cannot be negative/],
      ['aduc', 'ten', /ADUC must be a dollar amount/],
      ['tier', 'gold', /Tier must be Basic, Standard or Premier/],
      ['circuitId', '  ', /Circuit ID is required/],
    ] as const) {
      const r = await app.dispatch('services:create', { ...draft, [field]: value });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.path).toBe(`/${field}`);
        expect(r.error.message).toMatch(message);
      }
    }
    expect(count(app, 'services')).toBe(0);
    expect(count(app, 'audit_log')).toBe(0);
  });

  it('lists every problem of a form at once, the missing tier among them', async () => {
    const app = openTestApp();
    const r = await app.dispatch('services:create', { ...draft, contractorId: undefined, tier: '', tmrc: 'lots' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const byPath = Object.fromEntries((r.error.issues ?? []).map((i) => [i.path, i.message]));
      expect(byPath['/contractorId']).toMatch(/Contractor is required/);
      expect(byPath['/tier']).toMatch(/Tier must be Basic, Standard or Premier/);
      expect(byPath['/tmrc']).toMatch(/TMRC must be a dollar amount/);
    }
    expect(count(app, 'services')).toBe(0);
  });

  it('updates and deletes with before/after in the audit log', async () => {
    const app = openTestApp();
    const s = await call<Service>(app, 'services:create', draft);
    const u = await call<Service>(app, 'services:update', { ...draft, id: s.id, tier: 'basic', tmrc: '99.99' });
    expect(u).toMatchObject({ tier: 'basic', tmrcCents: 9999 });
    await call(app, 'services:delete', { id: s.id });
    expect(count(app, 'services')).toBe(0);
    const audit = await call<Array<{ action: string; before: string | null; after: string | null }>>(app, 'audit:list', { tableName: 'services' });
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'insert']);
    expect(JSON.parse(audit[1]!.before!)).toMatchObject({ tier: 'premier', tmrcCents: 120050 });
    expect(JSON.parse(audit[1]!.after!)).toMatchObject({ tier: 'basic', tmrcCents: 9999 });
    expect(JSON.parse(audit[0]!.before!)).toMatchObject({ tier: 'basic' });
    expect(audit[0]!.after).toBeNull();
  });

  it('filters and sorts in SQL', async () => {
    const app = openTestApp();
    await call(app, 'services:create', { ...draft, circuitId: 'B-2', tmrc: '10', site: 'OAK' });
    await call(app, 'services:create', { ...draft, circuitId: 'A-1', tmrc: '30', tier: 'basic' });
    await call(app, 'services:create', { ...draft, circuitId: 'C-3', tmrc: '20', contractorId: 2 });
    const byTmrc = await call<{ rows: Service[]; total: number }>(app, 'services:list', { sort: { key: 'tmrc', dir: 'desc' } });
    expect(byTmrc.rows.map((r) => r.circuitId)).toEqual(['A-1', 'C-3', 'B-2']);
    const verizon = await call<{ rows: Service[] }>(app, 'services:list', { contractorId: 2 });
    expect(verizon.rows.map((r) => r.circuitId)).toEqual(['C-3']);
    const text = await call<{ rows: Service[]; total: number }>(app, 'services:list', { text: 'oak' });
    expect(text.rows.map((r) => r.circuitId)).toEqual(['B-2']);
    const basic = await call<{ rows: Service[] }>(app, 'services:list', { tier: 'basic' });
    expect(basic.rows.map((r) => r.circuitId)).toEqual(['A-1']);
    // A LIKE wildcard typed by the user is a literal character, not "match anything".
    const percent = await call<{ total: number }>(app, 'services:list', { text: '%' });
    expect(percent.total).toBe(0);
  });

  it('contacts and the agency profile are audited too', async () => {
    const app = openTestApp();
    const c = await call<{ id: number }>(app, 'contacts:create', { contractorId: 1, name: 'Account Manager', role: 'L1', phone: '800-321-0500' });
    await call(app, 'contacts:update', { id: c.id, contractorId: 1, name: 'Account Manager', role: 'Level 1' });
    await call(app, 'agency:update', { name: 'Dept. of Examples', kind: 'non-state-entity', timeZone: 'America/Los_Angeles' });
    const bad = await app.dispatch('agency:update', { name: 'X', kind: 'non-state-entity', timeZone: 'Mars/Olympus' });
    expect(bad).toMatchObject({ ok: false, error: { path: '/timeZone' } });
    const kinds = (app.db.prepare('SELECT table_name, action FROM audit_log ORDER BY id').all() as Array<{ table_name: string; action: string }>).map(
      (r) => `${r.table_name}:${r.action}`,
    );
    expect(kinds).toEqual(['contacts:insert', 'contacts:update', 'agency:update']);
  });
});
