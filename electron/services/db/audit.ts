// Every mutation writes an audit_log row in the same transaction (ARCHITECTURE.md "Data"):
// claims are disputed, and the history is the evidence.
import type { Db } from './open';
import { stmt } from './statements';

export type AuditAction = 'insert' | 'update' | 'delete';

export function audit(
  db: Db,
  at: string,
  tableName: string,
  rowId: string | number,
  action: AuditAction,
  before: unknown,
  after: unknown,
): void {
  if (!db.inTransaction) throw new Error('audit() must run inside the mutation\'s transaction');
  stmt(
    db,
    'INSERT INTO audit_log (at, table_name, row_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(at, tableName, String(rowId), action, before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after));
}
