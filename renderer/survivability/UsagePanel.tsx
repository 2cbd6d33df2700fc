// A site's survivability usage events (29.4.8.7), on its Site Survivability service's page:
// each activation to its return to standby, newest first, with what can be done to it. The
// month's hours and the verdict are in the SLA panel above (the engine's).
import { useState } from 'react';
import type { UsageEvent } from '../../shared/ipc/sla';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { notify } from '../shell/notices';
import { ConfirmDialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { usageRows } from './model';
import { UsageDialog } from './UsageDialog';

type Open = { kind: 'add' } | { kind: 'edit'; event: UsageEvent } | { kind: 'delete'; event: UsageEvent; when: string } | null;

interface Props {
  site: string;
  zone: string;
  nowMs: number;
  /** "≤ 72 h a month (Premier)", for the empty state. */
  objective: string | null;
}

export function UsagePanel({ site, zone, nowMs, objective }: Props) {
  const trimmed = site.trim();
  const list = useApiQuery('usage:list', { site: trimmed }, ['survivability_events']);
  const [open, setOpen] = useState<Open>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const rows = list.data ? usageRows(list.data, zone, nowMs) : [];

  const remove = async (event: UsageEvent) => {
    const r = await api.invoke('usage:delete', { id: event.id });
    if (!r.ok) return setDeleteError(r.error.message);
    setOpen(null);
    notify('Usage event deleted');
  };

  return (
    <section className="panel usage-panel" aria-labelledby="usage-title" data-loaded={list.data || !trimmed ? 'true' : 'false'}>
      <div className="panel-head">
        <h2 id="usage-title">
          Survivability usage{trimmed ? <span className="muted"> · {trimmed}</span> : null}
        </h2>
        {trimmed ? (
          <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setOpen({ kind: 'add' })}>
            <Icon name="plus" size={16} /> Record usage
          </button>
        ) : null}
      </div>
      {!trimmed ? (
        <p className="empty-inline">Usage is recorded per site: give this service its site (Edit) to record when the site ran on survivability.</p>
      ) : list.error && !list.data ? (
        <p className="form-error" role="alert">
          The usage events could not be loaded: {list.error.message}
        </p>
      ) : list.data && rows.length === 0 ? (
        <p className="empty-inline">
          No usage recorded. Record each time the site ran on its survivability circuit; the engine adds up the hours of each month
          {objective ? ` against the objective (${objective})` : ''}.
        </p>
      ) : (
        <table className="data-table compact usage-table" aria-label={`Usage events of ${trimmed}`}>
          <thead>
            <tr>
              <th scope="col">Activated</th>
              <th scope="col">Back to standby</th>
              <th scope="col" className="col-num">Duration</th>
              <th scope="col">Note</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.ongoing ? 'is-running' : undefined}>
                <td className="col-time">{r.start}</td>
                <td className="col-time">{r.ongoing ? <span className="status-badge status-running">Still on survivability</span> : r.end}</td>
                <td className="col-num">{r.duration}</td>
                <td className="col-note" title={r.note || undefined}>
                  {r.note || <span className="muted">—</span>}
                </td>
                <td className="col-actions">
                  <button type="button" className="icon-button" aria-label={`Edit usage from ${r.start}`} title="Edit" onClick={() => setOpen({ kind: 'edit', event: r.event })}>
                    <Icon name="edit" size={16} />
                  </button>
                  <button
                    type="button"
                    className="icon-button danger"
                    aria-label={`Delete usage from ${r.start}`}
                    title="Delete"
                    onClick={() => {
                      setDeleteError(null);
                      setOpen({ kind: 'delete', event: r.event, when: r.ongoing ? `${r.start}, still on survivability` : `${r.start} to ${r.end}` });
                    }}
                  >
                    <Icon name="trash" size={16} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.kind === 'add' ? <UsageDialog site={trimmed} zone={zone} event={null} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'edit' ? <UsageDialog site={trimmed} zone={zone} event={open.event} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete this usage event?"
          message={<p>{open.when}. Its hours no longer count toward the month.</p>}
          confirmLabel="Delete"
          danger
          error={deleteError}
          onConfirm={() => void remove(open.event)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
