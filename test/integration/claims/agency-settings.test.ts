// Issue 11 item 3: the ATR's signature block (for the claim packet's cover letter) and the
// reminder days, on agency:get / agency:update. Callers that send only the profile keep working
// and leave these fields as they were.
import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../shared/ipc/agency';
import type { IpcResult } from '../../../shared/ipc/contract';
import { call, openTestApp } from '../support/tempData';

const PROFILE = { name: 'Department of Examples', kind: 'exempt-state', timeZone: 'America/Los_Angeles' } as const;

describe('the agency’s signature block and claim reminder days', () => {
  it('starts with the migration’s defaults, saves each field, and keeps them when only the profile is sent', async () => {
    const app = openTestApp();
    try {
      expect(await call<Agency>(app, 'agency:get', {})).toMatchObject({ atrName: '', atrTitle: 'Agency Telecom Representative', atrPhone: '', atrEmail: '', address: '', claimReminderDays: 30 });
      const block = { atrName: 'Jordan Lee', atrTitle: 'ATR', atrPhone: '916-555-0100', atrEmail: 'jordan.lee@example.ca.gov', address: '1500 Capitol Ave\nSacramento, CA 95814', claimReminderDays: 45 };
      expect(await call<Agency>(app, 'agency:update', { ...PROFILE, ...block })).toMatchObject(block);
      // An older caller (the name, kind and zone only) leaves the signature block alone.
      const renamed = await call<Agency>(app, 'agency:update', { ...PROFILE, name: 'Department of Samples' });
      expect(renamed).toMatchObject({ name: 'Department of Samples', ...block });
      expect(await call<Agency>(app, 'agency:get', {})).toEqual(renamed);
      // Written to the audit log with the rest of the profile.
      const last = app.db.prepare("SELECT after_json AS a FROM audit_log WHERE table_name = 'agency' ORDER BY id DESC LIMIT 1").get() as { a: string } | undefined;
      expect(JSON.parse(last!.a)).toMatchObject({ claimReminderDays: 45 });
    } finally {
      app.close();
    }
  });

  it('refuses reminder days outside 1–365 or not whole, and an e-mail without its shape, naming the field', async () => {
    const app = openTestApp();
    try {
      const refused = async (patch: Record<string, unknown>) => {
        const r = (await app.dispatch('agency:update', { ...PROFILE, ...patch })) as IpcResult<Agency>;
        if (r.ok) throw new Error(`accepted ${JSON.stringify(patch)}`);
        return { path: r.error.path, message: r.error.message };
      };
      expect(await refused({ claimReminderDays: 0 })).toEqual({ path: '/claimReminderDays', message: 'Reminder days must be at least 1' });
      expect(await refused({ claimReminderDays: 366 })).toEqual({ path: '/claimReminderDays', message: 'Reminder days must be at most 365' });
      expect(await refused({ claimReminderDays: 7.5 })).toEqual({ path: '/claimReminderDays', message: 'Reminder days must be a whole number of days from 1 to 365' });
      expect(await refused({ atrEmail: 'jordan.lee at example' })).toEqual({ path: '/atrEmail', message: 'E-mail must look like name@example.gov' });
      // The edges are accepted.
      expect((await call<Agency>(app, 'agency:update', { ...PROFILE, claimReminderDays: 1 })).claimReminderDays).toBe(1);
      expect((await call<Agency>(app, 'agency:update', { ...PROFILE, claimReminderDays: 365, atrEmail: '' })).claimReminderDays).toBe(365);
      expect((await call<Agency>(app, 'agency:get', {})).claimReminderDays).toBe(365);
    } finally {
      app.close();
    }
  });
});
