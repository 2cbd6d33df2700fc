// SLA history of months before the app was used (DOMAIN.md "Consecutive misses"), on a real data file.
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/ipc/sla';
import { premierService } from '../support/fixtures';
import { call, count, manualClock, openTestApp } from '../support/tempData';

type App = ReturnType<typeof openTestApp>;

const auditOf = (app: App) =>
  app.db.prepare("SELECT action, row_id AS rowId, before_json AS before, after_json AS after FROM audit_log WHERE table_name = 'sla_history' ORDER BY id").all() as Array<{
    action: string; rowId: string; before: string | null; after: string | null;
  }>;

async function agency(app: App) {
  const voip = await premierService(app, { circuitId: 'VOIP-1', site: 'SAC-HQ' });
  const voicemail = await premierService(app, { circuitId: 'VM-1', serviceType: 'converged-voip-voicemail', site: 'SAC-HQ' });
  const ss = await premierService(app, { circuitId: 'SS-1', serviceType: 'site-survivability', site: 'OAK' });
  return { voip, voicemail, ss };
}

describe('SLA history', () => {
  it('sets per service or site, lists, replaces a month (keeping the old verdict in the audit log) and deletes', async () => {
    // 2026-11-01T05:00Z is still October 31 in Los Angeles: October is the current month.
    const app = openTestApp({ clock: manualClock('2026-11-01T05:00:00Z') });
    const { voip, voicemail } = await agency(app);
    const a = await call<HistoryEntry>(app, 'history:set', { sla: 'availability', serviceId: voip.id, month: '2026-08', met: false, note: 'Contractor report' });
    expect(a).toMatchObject({ sla: 'availability', serviceId: voip.id, circuitId: 'VOIP-1', site: null, month: '2026-08', met: false, note: 'Contractor report', createdAt: '2026-11-01T05:00:00.000Z' });
    const j = await call<HistoryEntry>(app, 'history:set', { sla: 'jitter', serviceId: voip.id, month: '2026-09', met: true });
    const vm = await call<HistoryEntry>(app, 'history:set', { sla: 'availability', serviceId: voicemail.id, month: '2026-10', met: false });
    const ss = await call<HistoryEntry>(app, 'history:set', { sla: 'site-survivability', site: 'OAK', month: '2026-09', met: false });
    expect(ss).toMatchObject({ serviceId: null, circuitId: null, site: 'OAK' });

    // Upsert: the same SLA, service and month replace the verdict in place.
    const replaced = await call<HistoryEntry>(app, 'history:set', { sla: 'availability', serviceId: voip.id, month: '2026-08', met: true, note: 'Corrected' });
    expect(replaced).toMatchObject({ id: a.id, met: true, note: 'Corrected' });
    expect(count(app, 'sla_history')).toBe(4);

    expect((await call<HistoryEntry[]>(app, 'history:list', { serviceId: voip.id })).map((h) => h.id)).toEqual([j.id, a.id]);
    expect((await call<HistoryEntry[]>(app, 'history:list', { site: 'OAK' })).map((h) => h.id)).toEqual([ss.id]);
    expect((await call<HistoryEntry[]>(app, 'history:list', {})).map((h) => h.id)).toEqual([vm.id, j.id, ss.id, a.id]);

    await call(app, 'history:delete', { id: j.id });
    expect(count(app, 'sla_history')).toBe(3);

    const audit = auditOf(app);
    expect(audit.map((x) => `${x.action}:${x.rowId}`)).toEqual([`insert:${a.id}`, `insert:${j.id}`, `insert:${vm.id}`, `insert:${ss.id}`, `update:${a.id}`, `delete:${j.id}`]);
    expect(JSON.parse(audit[4]!.before!)).toMatchObject({ met: false, note: 'Contractor report' });
    expect(JSON.parse(audit[4]!.after!)).toMatchObject({ met: true, note: 'Corrected' });
    expect(JSON.parse(audit[5]!.before!)).toMatchObject({ sla: 'jitter', month: '2026-09' });
  });

  it('writes nothing when the same verdict is set again', async () => {
    const app = openTestApp({ clock: manualClock('2026-10-05T16:00:00Z') });
    const { voip } = await agency(app);
    const first = await call<HistoryEntry>(app, 'history:set', { sla: 'delay', serviceId: voip.id, month: '2026-06', met: false });
    const auditRows = count(app, 'audit_log');
    expect(await call<HistoryEntry>(app, 'history:set', { sla: 'delay', serviceId: voip.id, month: '2026-06', met: false })).toEqual(first);
    expect(count(app, 'audit_log')).toBe(auditRows);
  });

  it('refuses a subject the SLA does not cover, a missing service or site, and a future month, naming the field and changing nothing', async () => {
    const app = openTestApp({ clock: manualClock('2026-11-01T05:00:00Z') });
    const { voip, voicemail, ss } = await agency(app);
    const kept = await call<HistoryEntry>(app, 'history:set', { sla: 'availability', serviceId: voip.id, month: '2026-09', met: false });
    const rows = count(app, 'sla_history');
    const auditRows = count(app, 'audit_log');
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      // 29.4.8.5 Delay and 29.4.8.8 Jitter cover Converged VoIP only; Availability covers VoIP and voice mail.
      [{ sla: 'delay', serviceId: voicemail.id, month: '2026-09', met: false }, '/serviceId', /Delay .* does not apply to VM-1, a Converged VoIP Voice Mail service \(29\.4\.8\.5 covers Converged VoIP\)/],
      [{ sla: 'jitter', serviceId: ss.id, month: '2026-09', met: false }, '/serviceId', /Jitter does not apply to SS-1/],
      [{ sla: 'availability', serviceId: ss.id, month: '2026-09', met: false }, '/serviceId', /Availability does not apply to SS-1/],
      [{ sla: 'availability', month: '2026-09', met: false }, '/serviceId', /Service is required: Availability history is recorded per service/],
      [{ sla: 'availability', serviceId: 999, month: '2026-09', met: false }, '/serviceId', /Service is not in this agency's list/],
      [{ sla: 'availability', serviceId: voip.id, site: 'SAC-HQ', month: '2026-09', met: false }, '/site', /Site is only for site survivability history/],
      [{ sla: 'site-survivability', month: '2026-09', met: false }, '/site', /Site is required/],
      [{ sla: 'site-survivability', site: 'SAC-HQ', month: '2026-09', met: false }, '/site', /Site must be the site of one of the agency's Site Survivability services \(OAK\)/],
      [{ sla: 'site-survivability', serviceId: ss.id, site: 'OAK', month: '2026-09', met: false }, '/serviceId', /recorded per site, not per service/],
      // Now is October 31 in Los Angeles: November is still the future.
      [{ sla: 'availability', serviceId: voip.id, month: '2026-11', met: false }, '/month', /Month cannot be in the future \(this month is 2026-10\)/],
      [{ sla: 'availability', serviceId: voip.id, month: '2026-13', met: false }, '/month', /Month must be a month like 2026-10/],
      [{ sla: 'notification', serviceId: voip.id, month: '2026-09', met: false }, '/sla', /SLA must be one of the monthly SLAs: availability, delay, jitter, site-survivability/],
      [{ sla: 'availability', serviceId: voip.id, month: '2026-09' }, '/met', /Say whether the month met or missed the SLA/],
    ];
    for (const [req, path, message] of cases) {
      const r = await app.dispatch('history:set', req);
      expect(r.ok, JSON.stringify(req)).toBe(false);
      if (!r.ok) {
        expect(r.error.path, JSON.stringify(req)).toBe(path);
        expect(r.error.message).toMatch(message);
      }
    }
    expect(await app.dispatch('history:delete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', path: '/id' } });
    expect(count(app, 'sla_history')).toBe(rows);
    expect(count(app, 'audit_log')).toBe(auditRows);
    expect(await call<HistoryEntry[]>(app, 'history:list', {})).toEqual([kept]);
  });
});
