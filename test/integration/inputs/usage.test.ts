// Site-survivability usage events per site (29.4.8.7: activation → back to standby), on a real data file.
import { describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../../shared/ipc/sla';
import { premierService } from '../support/fixtures';
import { call, count, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;

const survivability = (app: App, site: string, overrides: Record<string, unknown> = {}) =>
  premierService(app, { circuitId: `SS-${site}`, serviceType: 'site-survivability', site, tmrc: '300', ...overrides });

const auditOf = (app: App) =>
  app.db.prepare("SELECT action, row_id AS rowId, before_json AS before, after_json AS after FROM audit_log WHERE table_name = 'survivability_events' ORDER BY id").all() as Array<{
    action: string; rowId: string; before: string | null; after: string | null;
  }>;

function expectRefused(r: Awaited<ReturnType<App['dispatch']>>, path: string, message: RegExp) {
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.path).toBe(path);
    expect(r.error.message).toMatch(message);
  }
}

describe('site-survivability usage events', () => {
  it('adds, lists by site, updates and deletes events, each write audited with before and after', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    await survivability(app, 'OAK');
    await survivability(app, 'FRESNO');
    const a = await call<UsageEvent>(app, 'usage:add', { site: 'OAK', startAt: '2026-10-03T08:00:00-07:00', endAt: '2026-10-03T20:30:00-07:00', note: 'Fiber cut' });
    const open = await call<UsageEvent>(app, 'usage:add', { site: 'OAK', startAt: '2026-10-19T09:00:00Z' });
    const f = await call<UsageEvent>(app, 'usage:add', { site: 'FRESNO', startAt: '2026-10-01T00:00:00Z', endAt: '2026-10-01T02:00:00Z' });
    expect(a).toMatchObject({ site: 'OAK', startAt: '2026-10-03T15:00:00.000Z', endAt: '2026-10-04T03:30:00.000Z', note: 'Fiber cut', updatedAt: '2026-10-20T16:00:00.000Z' });
    expect(open).toMatchObject({ endAt: null, note: '' });

    expect((await call<UsageEvent[]>(app, 'usage:list', { site: 'OAK' })).map((e) => e.id)).toEqual([a.id, open.id]);
    expect((await call<UsageEvent[]>(app, 'usage:list', {})).map((e) => e.id)).toEqual([f.id, a.id, open.id]);

    // Back to standby: the open event gets its end.
    const closed = await call<UsageEvent>(app, 'usage:update', { id: open.id, site: 'OAK', startAt: '2026-10-19T09:00:00Z', endAt: '2026-10-19T15:00:00Z' });
    expect(closed).toMatchObject({ id: open.id, endAt: '2026-10-19T15:00:00.000Z' });
    await call(app, 'usage:delete', { id: f.id });
    expect(await call<UsageEvent[]>(app, 'usage:list', { site: 'FRESNO' })).toEqual([]);

    const audit = auditOf(app);
    expect(audit.map((x) => `${x.action}:${x.rowId}`)).toEqual([`insert:${a.id}`, `insert:${open.id}`, `insert:${f.id}`, `update:${open.id}`, `delete:${f.id}`]);
    expect(JSON.parse(audit[3]!.before!)).toMatchObject({ endAt: null });
    expect(JSON.parse(audit[3]!.after!)).toMatchObject({ endAt: '2026-10-19T15:00:00.000Z' });
    expect(JSON.parse(audit[4]!.before!)).toMatchObject({ site: 'FRESNO' });
  });

  it('refuses bad events naming the field, and changes nothing', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    await survivability(app, 'OAK');
    // A VoIP service at SAC-HQ: a site, but not one with a survivability service.
    await premierService(app, { site: 'SAC-HQ' });
    const open = await call<UsageEvent>(app, 'usage:add', { site: 'OAK', startAt: '2026-10-19T09:00:00Z' });
    const rows = count(app, 'survivability_events');
    const auditRows = count(app, 'audit_log');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ site: 'SAC-HQ', startAt: '2026-10-02T09:00:00Z', endAt: '2026-10-02T10:00:00Z' }, '/site', /Site must be the site of one of the agency's Site Survivability services \(OAK\)/],
      [{ site: 'oak', startAt: '2026-10-02T09:00:00Z', endAt: '2026-10-02T10:00:00Z' }, '/site', /Site must be the site of one/],
      [{ site: '  ', startAt: '2026-10-02T09:00:00Z' }, '/site', /Site is required/],
      [{ site: 'OAK', startAt: '2026-10-02T09:00:00Z', endAt: '2026-10-02T09:00:00Z' }, '/endAt', /must be after the activation/],
      [{ site: 'OAK', startAt: '2026-10-02T09:00:00Z', endAt: '2026-10-02T08:00:00Z' }, '/endAt', /must be after the activation/],
      // A second open event at a site already on its survivability circuit.
      [{ site: 'OAK', startAt: '2026-10-20T10:00:00Z' }, '/endAt', /already has a usage event without a return to standby \(activated 2026-10-19T02:00:00-07:00\)/],
      [{ site: 'OAK', startAt: '2026-10-20T16:02:00Z' }, '/startAt', /activation cannot be in the future/],
      [{ site: 'OAK', startAt: '2026-10-20T15:00:00Z', endAt: '2026-10-20T17:00:00Z' }, '/endAt', /return to standby cannot be in the future/],
      [{ site: 'OAK', startAt: 'yesterday' }, '/startAt', /date and time with a time zone offset/],
    ];
    for (const [req, path, message] of cases) expectRefused(await app.dispatch('usage:add', req), path, message);
    // An update may not open a second event either, nor move the event to a site without survivability.
    const other = await call<UsageEvent>(app, 'usage:add', { site: 'OAK', startAt: '2026-10-02T09:00:00Z', endAt: '2026-10-02T10:00:00Z' });
    const afterAdd = count(app, 'audit_log');
    expectRefused(await app.dispatch('usage:update', { id: other.id, site: 'OAK', startAt: '2026-10-02T09:00:00Z', endAt: null }), '/endAt', /already has a usage event without/);
    expectRefused(await app.dispatch('usage:update', { id: other.id, site: 'SAC-HQ', startAt: '2026-10-02T09:00:00Z', endAt: '2026-10-02T10:00:00Z' }), '/site', /Site must be/);
    expectRefused(await app.dispatch('usage:update', { id: 999, site: 'OAK', startAt: '2026-10-02T09:00:00Z' }), '/id', /was not found/);
    expectRefused(await app.dispatch('usage:delete', { id: 999 }), '/id', /was not found/);

    expect(count(app, 'survivability_events')).toBe(rows + 1);
    expect(count(app, 'audit_log')).toBe(auditRows + 1);
    expect(count(app, 'audit_log')).toBe(afterAdd);
    expect(await call<UsageEvent[]>(app, 'usage:list', { site: 'OAK' })).toEqual([open, other].sort((x, y) => x.startAt.localeCompare(y.startAt)));
  });

  it('keeps the open event editable: updating it without an end is not a second open event', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    await survivability(app, 'OAK');
    const open = await call<UsageEvent>(app, 'usage:add', { site: 'OAK', startAt: '2026-10-19T09:00:00Z' });
    const moved = await call<UsageEvent>(app, 'usage:update', { id: open.id, site: 'OAK', startAt: '2026-10-19T08:30:00Z', note: 'Generator test ran long' });
    expect(moved).toMatchObject({ startAt: '2026-10-19T08:30:00.000Z', endAt: null, note: 'Generator test ran long' });
  });

  it('counts a retired survivability service for events before its retirement, not after', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-20T16:00:00Z') });
    const s = await survivability(app, 'OAK');
    await call(app, 'services:retire', { id: s.id, retiredOn: '2026-10-10' });
    // 2026-10-10 20:00 PDT is still the retirement day in Los Angeles (03:00Z the next day).
    await call(app, 'usage:add', { site: 'OAK', startAt: '2026-10-11T03:00:00Z', endAt: '2026-10-11T04:00:00Z' });
    expectRefused(await app.dispatch('usage:add', { site: 'OAK', startAt: '2026-10-11T07:00:00Z', endAt: '2026-10-11T08:00:00Z' }), '/startAt', /retired on 2026-10-10/);
    expect(count(app, 'survivability_events')).toBe(1);
  });
});
