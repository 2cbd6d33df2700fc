// One row per copy, newest first: the day it was taken, what it holds, its size, whether it
// passed SQLite's check, and its Restore button.
import type { BackupInfo } from '../../shared/ipc/backups';
import { formatCount, formatSize } from './model';
import { useBackupsUi } from './store';

export function BackupTable({ rows }: { rows: BackupInfo[] }) {
  const ask = useBackupsUi((s) => s.ask);
  return (
    <section className="panel backups-panel" aria-labelledby="backups-title">
      <h2 id="backups-title">Copies of this data file</h2>
      <table className="data-table backups-table">
        <thead>
          <tr>
            <th scope="col">Taken on</th>
            <th scope="col" className="col-num">
              Tickets
            </th>
            <th scope="col" className="col-num">
              Services
            </th>
            <th scope="col" className="col-num">
              Size
            </th>
            <th scope="col">Check</th>
            <th scope="col">File</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b, i) => (
            <tr key={b.name}>
              <th scope="row" className="backup-day">
                <span className="mono">{b.day || b.name}</span>
                {i === 0 ? <span className="badge">Latest</span> : null}
              </th>
              <td className="col-num">{formatCount(b.tickets)}</td>
              <td className="col-num">{formatCount(b.services)}</td>
              <td className="col-num">{formatSize(b.sizeBytes)}</td>
              <td>{b.intact ? <span className="status-ok">Intact</span> : <span className="status-bad">Damaged: cannot be restored</span>}</td>
              <td className="mono backup-file">{b.name}</td>
              <td className="col-actions">
                {/* A damaged copy is refused by the back end anyway; the button says so up front. */}
                <button
                  type="button"
                  className="button small"
                  onClick={() => ask(b)}
                  disabled={!b.intact}
                  aria-label={`Restore the backup of ${b.day || b.name}`}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
