import { describe, expect, it } from 'vitest';
import type { LadderContact } from '../../../shared/ipc/tickets';
import { ladderInfoSchema } from '../../../shared/ipc/tickets';
import { call, openTestApp } from '../support/tempData';

describe('ladders for the Escalation screen', () => {
  it('lists the shipped ladders with their due text and the Customer Care Center update schedules', async () => {
    const app = openTestApp();
    const ladders = await call<unknown[]>(app, 'ladders:list');
    const parsed = ladders.map((l) => ladderInfoSchema.parse(l));
    const byId = new Map(parsed.map((l) => [l.id, l]));
    expect(byId.get('att-calnet3-service-impacting')).toMatchObject({
      updates: '',
      levels: [
        { level: 1, due: 'at the start' },
        { level: 2, due: '4 hours after the start (wall-clock)' },
        { level: 3, due: '1 business day after the start', contactedBy: 'CALNET CMO' },
      ],
    });
    expect(byId.get('ccc-severity-1')?.updates).toMatch(/hourly updates/);
    expect(byId.get('ccc-severity-2')?.updates).toMatch(/1, 4 and 8 hours/);
    expect(byId.get('ccc-severity-3')?.updates).toBe('');
  });

  it('keeps a contact per level and refuses an e-mail that is not one, naming the field', async () => {
    const app = openTestApp();
    const bad = await app.dispatch('ladders:setContact', { contractorId: 2, ladderId: 'att-calnet3-bill-contract', level: 1, name: 'Ana Acct', email: 'ana at example' });
    expect(bad).toMatchObject({ ok: false, error: { path: '/email', message: 'E-mail must look like name@example.gov' } });
    expect(await call<LadderContact[]>(app, 'ladders:contacts', { contractorId: 2 })).toEqual([]);
    await call(app, 'ladders:setContact', { contractorId: 2, ladderId: 'att-calnet3-bill-contract', level: 1, name: 'Ana Acct', phone: '916-555-0101', email: 'ana@example.gov' });
    expect(await call<LadderContact[]>(app, 'ladders:contacts', { contractorId: 2 })).toEqual([
      { contractorId: 2, ladderId: 'att-calnet3-bill-contract', level: 1, name: 'Ana Acct', phone: '916-555-0101', email: 'ana@example.gov' },
    ]);
  });
});
