// The audit trail of the ticket, its stop clocks, its retracted or corrected timeline lines and
// its contractor notices (audit:list): every change, old → new, with when it was made. Collapsed until opened; fetched only then.
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/ipc/audit';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { formatWhen } from '../dates';
import { auditChanges, auditedLine, auditValue } from '../model';
import { noticeAuditOf, noticeAuditText } from '../notices';

interface Props {
  ticketId: number;
  stopClockIds: number[];
  /** Timeline lines retracted or corrected: their audit entries keep the original as recorded. */
  retractedEventIds: number[];
  zone: string;
  /** Changes when the ticket changes: an open History fetches again. */
  version: string;
}

function what(e: AuditEntry): string {
  if (e.tableName === 'ticket_notices') return `Contractor notice ${e.action === 'delete' ? 'deleted' : e.action === 'insert' ? 'recorded' : 'changed'}`;
  if (e.tableName === 'ticket_events') return e.action === 'update' ? 'Timeline line retracted or corrected' : 'Timeline line recorded';
  const thing = e.tableName === 'tickets' ? 'Ticket' : e.tableName === 'stop_clocks' ? 'Stop clock' : e.tableName;
  return `${thing} ${e.action === 'insert' ? 'created' : e.action === 'delete' ? 'deleted' : 'changed'}`;
}

export function HistoryPanel({ ticketId, stopClockIds, retractedEventIds, zone, version }: Props) {
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = stopClockIds.join(',');
  const lines = retractedEventIds.join(',');
  // A notice recorded or deleted changes the trail without changing the ticket.
  const noticeList = useApiQuery('notices:list', { ticketId }, ['ticket_notices']).data;
  const noticeVersion = noticeList ? noticeList.map((n) => n.id).join(',') : '';

  useEffect(() => {
    if (!open) return;
    let live = true;
    const requests = [
      api.invoke('audit:list', { tableName: 'tickets', rowId: String(ticketId), limit: 500 }),
      ...ids.split(',').filter(Boolean).map((id) => api.invoke('audit:list', { tableName: 'stop_clocks', rowId: id, limit: 100 })),
      ...lines.split(',').filter(Boolean).map((id) => api.invoke('audit:list', { tableName: 'ticket_events', rowId: id, limit: 10 })),
    ];
    // Notices by their ticket (a deleted notice's row is gone; its audit entry names the ticket).
    const notices = api.invoke('audit:list', { tableName: 'ticket_notices', limit: 1000 });
    void Promise.all([...requests, notices]).then((results) => {
      if (!live) return;
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) return setError(failed.error.message);
      const noticeEntries = results.pop();
      const all = results.flatMap((r) => (r.ok ? r.value : []));
      if (noticeEntries?.ok) all.push(...noticeAuditOf(noticeEntries.value, ticketId));
      all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
      setError(null);
      setEntries(all);
    });
    return () => {
      live = false;
    };
  }, [open, ticketId, ids, lines, version, noticeVersion]);

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
              const notice = e.tableName === 'ticket_notices' ? noticeAuditText(e, fmt) : e.tableName === 'ticket_events' ? auditedLine(e.before, fmt) : '';
              return (
                <li key={e.id}>
                  <div className="history-head">
                    <strong>{what(e)}</strong>
                    <time dateTime={e.at}>{fmt(e.at)}</time>
                  </div>
                  {notice ? <p className="history-changes">{notice}</p> : null}
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
