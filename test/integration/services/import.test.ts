import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../shared/ipc/services';
import { call, count, openTestApp } from '../support/tempData';

interface Preview {
  rows: ImportRow[];
  validCount: number;
  invalidCount: number;
  fileProblems: string[];
}

const CSV = [
  'Circuit ID,Contractor,Service Type,Tier,TMRC,ADUC,Install Fee,Site,Address',
  'CKT-1,AT&T,converged-voip,Premier,"1,200.00",35.50,250,SAC-HQ,"1325 J St, Suite 100"',
  'CKT-2,Verizon,Converged VoIP Voice Mail,basic,80,,,OAK,',
  'CKT-3,AT&T,converged-voip,Gold,12.345,,,SAC-HQ,',
  'CKT-4,Sprint,site-survivability,premier,10,,,SAC-HQ,',
  'CKT-1,at&t,converged-voip,premier,5,,,SAC-HQ,',
].join('\r\n');

describe('service inventory import from CSV', () => {
  it('previews each row with its problems and writes nothing', async () => {
    const app = openTestApp();
    const p = await call<Preview>(app, 'services:importPreview', { csv: CSV });
    expect(p.fileProblems).toEqual([]);
    expect(p.validCount).toBe(2);
    expect(p.invalidCount).toBe(3);
    // Quoted commas stay inside their field (a real CSV parser, not split(',')).
    expect(p.rows[0]!.fields.address).toBe('1325 J St, Suite 100');
    expect(p.rows[0]!.draft).toMatchObject({ circuitId: 'CKT-1', contractorId: 1, tier: 'premier', tmrc: '1,200.00' });
    expect(p.rows[1]!.draft).toMatchObject({ serviceType: 'converged-voip-voicemail', contractorId: 2, aduc: '0' });
    const bad = p.rows[2]!;
    expect(bad.line).toBe(4);
    expect(bad.draft).toBeNull();
    expect(bad.problems.map((x) => x.field).sort()).toEqual(['tier', 'tmrc']);
    expect(p.rows[3]!.problems).toEqual([{ field: 'contractor', message: expect.stringMatching(/Sprint.*not in this agency/) }]);
    expect(p.rows[4]!.problems[0]).toMatchObject({ field: 'circuit_id', message: expect.stringMatching(/repeated \(first on line 2\)/) });
    expect(count(app, 'services')).toBe(0);
  });

  it('imports the confirmed valid rows in one transaction', async () => {
    const app = openTestApp();
    const p = await call<Preview>(app, 'services:importPreview', { csv: CSV });
    const drafts = p.rows.flatMap((r) => (r.draft ? [r.draft] : []));
    expect(await call(app, 'services:importCommit', { rows: drafts })).toEqual({ inserted: 2 });
    expect(count(app, 'services')).toBe(2);
    expect(count(app, 'audit_log')).toBe(2);
    // Importing the same rows again fails as a whole: nothing half-written.
    const again = await app.dispatch('services:importCommit', { rows: drafts });
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate', path: '/rows/0/circuitId' } });
    expect(count(app, 'services')).toBe(2);
  });

  it('reports a file without the required columns', async () => {
    const app = openTestApp();
    const p = await call<Preview>(app, 'services:importPreview', { csv: 'name,phone\nx,y\n' });
    expect(p.rows).toEqual([]);
    expect(p.fileProblems[0]).toMatch(/Missing columns: circuit_id, contractor, service_type, tier, tmrc/);
  });
});
