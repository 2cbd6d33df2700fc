// SQLite cannot drop a CHECK constraint in place: the table is rebuilt, the way SQLite documents
// it (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
// create the new table under another name, copy every row, drop the old table, rename the new
// one, recreate its indexes. Foreign keys must be off meanwhile (dropping a parent table would
// otherwise cascade), so the migration runner turns them off outside its transaction and runs
// PRAGMA foreign_key_check before it commits.

export interface TableRebuild {
  name: string;
  /** The new table's definition: what follows CREATE TABLE <name> ("(id INTEGER PRIMARY KEY, ...)"). */
  definition: string;
  /** Columns copied from the old table, same name in both. */
  columns: readonly string[];
  /** CREATE INDEX statements of the new table (the old ones are dropped with it). */
  indexes: readonly string[];
}

export function rebuildTableSql(t: TableRebuild): string {
  const temp = `${t.name}__rebuilt`;
  const cols = t.columns.join(', ');
  return [
    `CREATE TABLE ${temp} ${t.definition};`,
    `INSERT INTO ${temp} (${cols}) SELECT ${cols} FROM ${t.name};`,
    `DROP TABLE ${t.name};`,
    `ALTER TABLE ${temp} RENAME TO ${t.name};`,
    ...t.indexes.map((i) => `${i};`),
  ].join('\n');
}
