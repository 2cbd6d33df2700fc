// The prepared statements' cache and rowsMade (rows read as arrays and made objects): a read through
// rowsMade leaves the cached statement answering row objects to anyone else asking for it.
import { describe, expect, it } from 'vitest';
import { rowsMade, stmt } from '../../../electron/services/db/statements';
import { openTestApp } from '../support/tempData';

describe('rowsMade', () => {
  it('makes each row from its array in the query’s order, and the cached statement still answers objects after', () => {
    const app = openTestApp();
    try {
      const sql = 'SELECT value AS n, value * 2 AS twice FROM json_each(?) ORDER BY value DESC';
      const made = rowsMade(app.db, sql, 'n,twice', ['[1,3,2]'], (r) => `${r[0]}:${r[1]}`);
      expect(made).toEqual(['3:6', '2:4', '1:2']);
      expect(stmt(app.db, sql).all('[5]')).toEqual([{ n: 5, twice: 10 }]);
    } finally {
      app.close();
    }
  });

  it('refuses a query whose columns are not the ones named, and reads nothing', () => {
    const app = openTestApp();
    try {
      let made = 0;
      expect(() => rowsMade(app.db, 'SELECT 1 AS a, 2 AS b', 'b,a', [], () => made++)).toThrow(/are not b,a/);
      expect(made).toBe(0);
    } finally {
      app.close();
    }
  });
});
