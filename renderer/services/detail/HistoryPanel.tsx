// "History before ATR Desk": the verdicts of months before the data file began, for the
// service's monthly SLAs (its site's, for site survivability), so the first months the engine
// evaluates count their consecutive misses right (DOMAIN.md "Consecutive misses").
import { useState } from 'react';
import type { IpcError } from '../../../shared/ipc/contract';
import type { HistoryEntry } from '../../../shared/ipc/sla';
import type { Service } from '../../../shared/ipc/services';
import { api } from '../../api/client';
import { notify } from '../../shell/notices';
import { ConfirmDialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { draftFromHistory, emptyHistoryDraft, historyQuery, historyRows, historySlas } from './history';
import { HistoryDialog } from './HistoryDialog';

type Open = { kind: 'add' } | { kind: 'edit'; entry: HistoryEntry } | { kind: 'delete'; entry: HistoryEntry; label: string } | null;

interface Props {
  service: Service;
  /** The recorded months (history:list for the service, or its site); undefined while loading. */
  entries: HistoryEntry[] | undefined;
  error: IpcError | null;
  /** The latest month history may be recorded for (the month before the first evaluated one). */
  latestMonth: string;
}

export function HistoryPanel({ service, entries, error, latestMonth }: Props) {
  const slas = historySlas(service);
  const query = historyQuery(service);
  const [open, setOpen] = useState<Open>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  if (slas.length === 0) return null;
  const perSite = slas.every((s) => s.perSite);
  const rows = query && entries ? historyRows(entries.filter((h) => slas.some((s) => s.id === h.sla)), slas) : [];

  const remove = async (entry: HistoryEntry) => {
    const r = await api.invoke('history:delete', { id: entry.id });
    if (!r.ok) return setDeleteError(r.error.message);
    setOpen(null);
    notify('Recorded month deleted');
  };

  return (
    <section className="panel history-before" aria-labelledby="history-before-title" data-loaded={entries || !query ? 'true' : 'false'}>
      <div className="panel-head">
        <h2 id="history-before-title">History before ATR Desk</h2>
      </div>
      <p className="panel-intro small">
        {perSite ? `Site survivability months of ${service.site || 'the site'}` : 'Availability, delay and jitter months'} from before this data file:
        the engine counts consecutive misses from them.
      </p>
      {!query ? (
        <p className="empty-inline">Site survivability is counted per site: give this service its site (Edit) to record its history.</p>
      ) : error && !entries ? (
        <p className="form-error" role="alert">
          The history could not be loaded: {error.message}
        </p>
      ) : entries && rows.length === 0 ? (
        <p className="empty-inline">None recorded. Add the last months before you started, if any missed.</p>
      ) : (
        <ul className="history-list" aria-label="Months recorded before ATR Desk">
          {rows.map((r) => (
            <li key={r.id} className="history-item">
              <span className="history-month">{r.monthLabel}</span>
              <span className="history-sla">{slas.length > 1 ? r.slaName : null}</span>
              <span className={`sla-status sla-${r.met ? 'met' : 'missed'}`}>{r.met ? 'Met' : 'Missed'}</span>
              <span className="history-actions">
                <button type="button" className="icon-button" aria-label={`Edit ${r.slaLabel}, ${r.monthLabel}`} title="Edit" onClick={() => setOpen({ kind: 'edit', entry: r.entry })}>
                  <Icon name="edit" size={16} />
                </button>
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={`Delete ${r.slaLabel}, ${r.monthLabel}`}
                  title="Delete"
                  onClick={() => {
                    setDeleteError(null);
                    setOpen({ kind: 'delete', entry: r.entry, label: `${r.slaLabel}, ${r.monthLabel}` });
                  }}
                >
                  <Icon name="trash" size={16} />
                </button>
              </span>
              {r.note ? <span className="history-note">{r.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {query ? (
        <div className="panel-foot">
          <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setOpen({ kind: 'add' })}>
            <Icon name="plus" size={16} /> Record a month
          </button>
        </div>
      ) : null}
      {open?.kind === 'add' ? (
        <HistoryDialog service={service} slas={slas} initial={emptyHistoryDraft(slas)} editing={false} latestMonth={latestMonth} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'edit' ? (
        <HistoryDialog service={service} slas={slas} initial={draftFromHistory(open.entry)} editing latestMonth={latestMonth} onClose={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmDialog
          title="Delete this recorded month?"
          message={<p>{open.label}: the engine will count from the data alone for that month again.</p>}
          confirmLabel="Delete"
          danger
          error={deleteError}
          onConfirm={() => void remove(open.entry)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
