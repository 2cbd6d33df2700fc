// The audit trail of the ticket and its stop clocks (audit:list): every change, old → new,
// with when it was made. Collapsed until opened; fetched only then.
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/ipc/audit';
import { api } from '../../api/client';
import { formatWhen } from '../dates';
import { auditChanges, auditValue } from '../model';

interface Props {
  ticketId: number;
  stopClockIds: number[];
  zone: string;
  /** Changes when the ticket changes: an open History fetches again. */
  version: string;
}

function what(e: AuditEntry): string {
  const thing = e.tableName === 'tickets' ? 'Ticket' : e.tableName === 'stop_clocks' ? 'Stop clock' : e.tableName;
  return `${thing} ${e.action === 'insert' ? 'created' : e.action === 'delete' ? 'deleted' : 'changed'}`;
}

export function HistoryPanel({ ticketId, stopClockIds, zone, version }: Props) {
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = stopClockIds.join(',');

  useEffect(() => {
    if (!open) return;
    let live = true;
    const requests = [
      api.invoke('audit:list', { tableName: 'tickets', rowId: String(ticketId), limit: 500 }),
      ...ids.split(',').filter(Boolean).map((id) => api.invoke('audit:list', { tableName: 'stop_clocks', rowId: id, limit: 100 })),
    ];
    void Promise.all(requests).then((results) => {
      if (!live) return;
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) return setError(failed.error.message);
      const all = results.flatMap((r) => (r.ok ? r.value : []));
      all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
      setError(null);
      setEntries(all);
    });
    return () => {
      live = false;
    };
  }, [open, ticketId, ids, version]);

  const fmt = (iso: string) => formatWhen(iso, zone);
  return (
    <section className="panel history-panel">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2>History</h2>
          <span className="muted">every change, for disputes</span>
        </summary>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : entries === null ? (
          <p className="muted">Loading…</p>
        ) : entries.length === 0 ? (
          <p className="muted">No changes recorded.</p>
        ) : (
          <ol className="history" aria-label="History">
            {entries.map((e) => {
              const changes = e.action === 'update' ? auditChanges(e.before, e.after) : [];
              return (
                <li key={e.id}>
                  <div className="history-head">
                    <strong>{what(e)}</strong>
                    <time dateTime={e.at}>{fmt(e.at)}</time>
                  </div>
                  {changes.length > 0 ? (
                    <ul className="history-changes">
                      {changes.map((c) => (
                        <li key={c.field}>
                          {c.label}: <span className="from">{auditValue(c.from, fmt)}</span> → <span className="to">{auditValue(c.to, fmt)}</span>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </details>
    </section>
  );
}
