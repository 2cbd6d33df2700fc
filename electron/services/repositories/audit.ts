import type { AuditEntry } from '../../../shared/ipc/audit';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export function listAudit(db: Db, q: { tableName?: string; rowId?: string; limit?: number }): AuditEntry[] {
  return stmt(
    db,
    `SELECT id, at, table_name AS tableName, row_id AS rowId, action, before_json AS before, after_json AS after
     FROM audit_log
     WHERE (@tableName IS NULL OR table_name = @tableName) AND (@rowId IS NULL OR row_id = @rowId)
     ORDER BY id DESC LIMIT @limit`,
  ).all({ tableName: q.tableName ?? null, rowId: q.rowId ?? null, limit: q.limit ?? 200 }) as AuditEntry[];
}
