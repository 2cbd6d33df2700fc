// The old inventory in and the items out as CSV (issue 12 item 6): a preview with each row's
// problems naming its column and nothing written until confirmed, all-or-none commit, and an
// export that reads back in as it was.
import { describe, expect, it } from 'vitest';
import type { ItemDetail, ItemImportRow, ProjectDetail } from '../../../shared/ipc/conversion';
import { premierService } from '../support/fixtures';
import { call, count, manualClock, openTestApp } from '../support/tempData';

interface Preview {
  rows: ItemImportRow[];
  validCount: number;
  invalidCount: number;
  fileProblems: string[];
}

const CSV = [
  'Old Circuit ID,Incumbent Contractor,Incumbent Service,Site,Old TMRC,Target Contractor,Target Service,Scheduled On,Notes',
  'C2-SAC-1,AT&T,Centrex line,SAC-HQ,"1,200.00",,,2014-01-20,"Lobby phones, 3rd floor"',
  'C2-OAK-2,AT&T,Centrex line,OAK,80,Verizon,Converged VoIP,,',
  'C2-FRE-3,AT&T,Frame Relay 1.5M,FRE,300,AT&T,Frame Relay 1.5M,2014-02-30,',
  'C2-LA-4,Sprint,Centrex line,LA,10,,,,',
  'C2-SAC-1,at&t,Centrex line,SAC-HQ,5,,,,',
  ',AT&T,,SAC-HQ,-5,Qwest,,,',
].join('\r\n');

async function setUp() {
  const app = openTestApp({ clock: manualClock('2014-01-10T18:00:00Z') });
  const p = await call<ProjectDetail>(app, 'conversion:createProject', { from: 'template', templateId: 'calnet2-to-calnet3' });
  return { app, projectId: p.project.id };
}

describe('conversion inventory import', () => {
  it('previews each row with problems naming the column, links a known service, and writes nothing', async () => {
    const { app, projectId } = await setUp();
    const svc = await premierService(app, { circuitId: 'C2-SAC-1', tmrc: '1200' });
    const audit = count(app, 'audit_log');
    const p = await call<Preview>(app, 'conversion:importPreview', { projectId, csv: CSV });
    expect(p.fileProblems).toEqual([]);
    expect([p.validCount, p.invalidCount]).toEqual([2, 4]);
    // A quoted comma stays in its field; the service already in the app is linked.
    expect(p.rows[0]!.draft).toMatchObject({ oldCircuitId: 'C2-SAC-1', serviceId: svc.id, incumbentContractorId: 1, oldTmrc: '1,200.00', scheduledOn: '2014-01-20', notes: 'Lobby phones, 3rd floor' });
    expect(p.rows[1]!.draft).toMatchObject({ serviceId: null, targetContractorId: 2, targetService: 'Converged VoIP' });
    expect(p.rows[2]).toMatchObject({ line: 4, draft: null, problems: [{ field: 'scheduled_on', message: 'Scheduled date must be a real calendar date' }] });
    expect(p.rows[3]!.problems).toEqual([{ field: 'incumbent_contractor', message: 'Incumbent contractor "Sprint" is not in this agency\'s list of contractors; add it first' }]);
    expect(p.rows[4]!.problems).toEqual([{ field: 'old_circuit_id', message: 'Old Circuit ID C2-SAC-1 is repeated (first on line 2)' }]);
    expect(p.rows[5]!.problems.map((x) => x.field).sort()).toEqual(['incumbent_service', 'old_circuit_id', 'old_tmrc', 'target_contractor']);
    expect(p.rows[5]!.problems.find((x) => x.field === 'old_tmrc')?.message).toBe('Old TMRC cannot be negative');
    expect(count(app, 'conversion_items')).toBe(0);
    expect(count(app, 'audit_log')).toBe(audit);
  });

  it('commits the confirmed rows all or none, each audited with an event', async () => {
    const { app, projectId } = await setUp();
    const p = await call<Preview>(app, 'conversion:importPreview', { projectId, csv: CSV });
    const drafts = p.rows.flatMap((r) => (r.draft ? [r.draft] : []));
    const audit = count(app, 'audit_log');
    expect(await call(app, 'conversion:importCommit', { projectId, rows: drafts })).toEqual({ inserted: 2 });
    expect(count(app, 'conversion_items')).toBe(2);
    expect(app.db.prepare('SELECT table_name AS t, count(*) AS n FROM audit_log WHERE id > ? GROUP BY table_name ORDER BY table_name').all(audit)).toEqual([
      { t: 'conversion_item_events', n: 2 },
      { t: 'conversion_items', n: 2 },
    ]);
    const again = await app.dispatch('conversion:importCommit', { projectId, rows: drafts });
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate', path: '/rows/0/oldCircuitId', message: 'Row 1: Old Circuit ID C2-SAC-1 is already in this project for that contractor' } });
    expect(count(app, 'conversion_items')).toBe(2);
  });

  it('reports a file without the required columns', async () => {
    const { app, projectId } = await setUp();
    const p = await call<Preview>(app, 'conversion:importPreview', { projectId, csv: 'name,phone\nx,y\n' });
    expect(p.rows).toEqual([]);
    expect(p.fileProblems[0]).toMatch(/^Missing columns: old_circuit_id, incumbent_contractor, incumbent_service\./);
  });
});

describe('conversion items export', () => {
  it('writes every item with what the steps recorded, and reads back into another project as it was', async () => {
    const { app, projectId } = await setUp();
    const made: ItemDetail[] = [];
    made.push(await call<ItemDetail>(app, 'conversion:createItem', { projectId, oldCircuitId: 'C2-1', incumbentContractorId: 1, incumbentService: 'Centrex line', site: 'SAC', oldTmrc: '1200', notes: 'Line 1, "main"' }));
    made.push(await call<ItemDetail>(app, 'conversion:createItem', { projectId, oldCircuitId: 'C2-2', incumbentContractorId: 1, incumbentService: 'Centrex line', targetContractorId: 2, targetService: 'Converged VoIP', scheduledOn: '2014-01-21', notes: '=SUM(A1)' }));
    made.push(await call<ItemDetail>(app, 'conversion:createItem', { projectId, oldCircuitId: 'C2-3', incumbentContractorId: 2, incumbentService: 'ISDN PRI', disconnectNoticeOn: '2013-12-20', preferredTimeframe: 'Weekends' }));
    const out = await call<{ fileName: string; text: string; rowCount: number }>(app, 'conversion:exportCsv', { projectId });
    expect(out.fileName).toBe('calnet-2-to-calnet-3-items-2014-01-10.csv');
    expect(out.rowCount).toBe(3);
    const lines = out.text.split('\r\n');
    expect(lines[0]).toBe(
      'old_circuit_id,incumbent_contractor,incumbent_service,site,old_tmrc,target_contractor,target_service,new_circuit_id,preferred_timeframe,scheduled_on,disconnect_notice_on,notes,' +
        'decision,status,form20_status,form20_on,authorized_on,ordered_on,order_reference,actual_on,old_disconnected_on,parallel_billing_days,tmrc_paid_twice,at_risk',
    );
    expect(lines[1]).toBe('C2-1,AT&T,Centrex line,SAC,1200.00,,,,,,,"Line 1, ""main""",Transition,Planned,Not started,,,,,,,,,"Not ordered 5 days before the milestone ""90% converted"" (2014-01-15)."');
    // A cell a spreadsheet would run as a formula is written with a quote in front.
    expect(lines[2]).toContain(',"\'=SUM(A1)",Migration,');

    // Into a new project: every row valid, the same fields.
    const other = await call<ProjectDetail>(app, 'conversion:createProject', { from: 'template', templateId: 'calnet2-to-calnet3', name: 'Copy' });
    const p = await call<Preview>(app, 'conversion:importPreview', { projectId: other.project.id, csv: out.text });
    expect(p.invalidCount).toBe(0);
    await call(app, 'conversion:importCommit', { projectId: other.project.id, rows: p.rows.map((r) => r.draft!) });
    const copy = await call<ProjectDetail>(app, 'conversion:project', { projectId: other.project.id });
    const fields = (i: ItemDetail['item']) => [i.oldCircuitId, i.incumbentContractorId, i.incumbentService, i.site, i.oldTmrcCents, i.targetContractorId, i.targetService, i.preferredTimeframe, i.scheduledOn, i.disconnectNoticeOn, i.notes, i.decision];
    expect(copy.items.map(fields)).toEqual(made.map((m) => fields(m.item)));
  });
});
