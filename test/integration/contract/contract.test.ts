import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { count, openTestApp } from '../support/tempData';

function changes(app: ReturnType<typeof openTestApp>): number {
  return (app.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

describe('the contract rejects malformed requests at the seam', () => {
  const channels = Object.keys(contract);

  it('lists the channels the app needs', () => {
    expect(channels).toEqual(expect.arrayContaining(['services:create', 'services:list', 'services:importCommit', 'agency:update']));
  });

  for (const name of channels) {
    it(`${name}: a malformed request gets a clear error and writes nothing`, async () => {
      const app = openTestApp();
      const before = changes(app);
      const audit = count(app, 'audit_log');
      for (const bad of ['not an object', 42, [1, 2], { unexpectedField: true, id: 'seven' }]) {
        const r = await app.dispatch(name, bad);
        expect(r.ok, `${name} accepted ${JSON.stringify(bad)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('invalid');
          expect(r.error.message.length).toBeGreaterThan(5);
          expect(typeof r.error.path).toBe('string');
        }
      }
      expect(changes(app)).toBe(before);
      expect(count(app, 'audit_log')).toBe(audit);
    });
  }

  it('names the unknown field in a request', async () => {
    const app = openTestApp();
    const r = await app.dispatch('services:list', { colour: 'red' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!r.ok) expect(r.error.message).toMatch(/colour/);
  });

  it('answers an unknown channel with an error, not a crash', async () => {
    const app = openTestApp();
    expect(await app.dispatch('services:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});
