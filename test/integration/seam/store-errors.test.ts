// A value the schema lets through but the data file refuses (a foreign key to nothing, a
// duplicate, a CHECK) is a bad value: 'invalid' with a clear word, never 'internal', and the
// handler's transaction leaves nothing behind (issue 10 item 6).
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import type { HandlerContext, HandlerMap } from '../../../electron/services/handlers/types';
import { contract } from '../../../shared/ipc/contract';
import { openTestApp } from '../support/tempData';
import { plausible } from './malformed';

function scratch() {
  const app = openTestApp();
  app.db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE CHECK (length(label) < 5));
    CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));
    INSERT INTO parent (id, label) VALUES (1, 'one');`);
  const ctx: HandlerContext = { db: app.db, clock: app.clock, dataFile: app.dataFile, mode: 'browser', readOnly: false, nowIso: () => new Date(app.clock.now()).toISOString() };
  const rows = () => app.db.prepare('SELECT (SELECT count(*) FROM parent) AS parents, (SELECT count(*) FROM child) AS children').get();
  /** Runs `sql` as the contractors:create handler would, in one transaction. */
  const run = (...sql: string[]) =>
    dispatch({ 'contractors:create': () => app.db.transaction(() => sql.forEach((s) => app.db.prepare(s).run()))() } as unknown as HandlerMap, ctx, 'contractors:create', plausible(contract['contractors:create'].request as never));
  return { run, rows };
}

describe('dispatch: what the data file refuses is a bad value, not an internal error', () => {
  it('a reference to a record that does not exist', async () => {
    const { run, rows } = scratch();
    const { result, wrote } = await run("INSERT INTO parent (id, label) VALUES (2, 'two')", 'INSERT INTO child (parent_id) VALUES (99)');
    expect(result).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/does not exist.*nothing was saved/), path: '' } });
    expect(wrote).toEqual([]);
    expect(rows()).toEqual({ parents: 1, children: 0 });
  });

  it('a duplicate, and a value a CHECK refuses', async () => {
    const { run, rows } = scratch();
    const dup = await run("INSERT INTO parent (label) VALUES ('one')");
    expect(dup.result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/already exists/) } });
    const long = await run("INSERT INTO parent (label) VALUES ('a long label')");
    expect(long.result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/outside what the data file accepts/) } });
    expect(rows()).toEqual({ parents: 1, children: 0 });
  });

  it('any other failure is still internal, and says nothing was saved', async () => {
    const { run } = scratch();
    const { result } = await run('SELECT * FROM no_such_table');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/nothing was saved/) } });
  });
});
