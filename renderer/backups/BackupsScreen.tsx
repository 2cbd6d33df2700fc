// The data file's daily copies: what each holds, and putting one back (issue 10, "backups that
// can be trusted"). The copies are taken by the back end; this screen only lists and restores.
import { useApiQuery } from '../api/useApiQuery';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { BackupTable } from './BackupTable';
import { backupFolderOf, newestFirst } from './model';
import { RestoreDialog } from './RestoreDialog';
import { useBackupsUi } from './store';

// A restore rewrites every table, and a copy taken today appears after the start: any write
// is a reason to look again (the list is a few files, cheap to read).
const RELOAD_ON = ['*', 'agency', 'tickets', 'services'];

export function BackupsScreen() {
  const info = useApiQuery('app:info', {}, []);
  const list = useApiQuery('backups:list', {}, RELOAD_ON);
  const restore = useBackupsUi((s) => s.restore);
  const dataFile = info.data?.dataFile ?? '';
  const rows = list.data ? newestFirst(list.data) : [];

  return (
    <div className="screen backups" data-loaded={list.data !== undefined || list.error !== null ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Backups</h1>
          <p className="screen-sub">
            A copy of the data file is taken each day the app starts, kept in{' '}
            <code className="inline-path">{dataFile ? backupFolderOf(dataFile) : 'the backups folder beside the data file'}</code>: the last 7
            days and one a month for 6 months.
          </p>
        </div>
      </div>
      {list.error ? (
        <LoadError message={`The backups could not be listed: ${list.error.message}`} onRetry={list.reload} />
      ) : list.data === undefined ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <EmptyState titleId="no-backups-title" icon="backup" title="No backups yet">
          <p>
            The first copy is taken the next time ATR Desk starts with this data file. Copies taken before a schema upgrade are kept beside the
            data file (<code className="inline-path">.before-vNN.bak</code>) and are not listed here.
          </p>
        </EmptyState>
      ) : (
        <BackupTable rows={rows} />
      )}
      {restore.kind !== 'none' ? <RestoreDialog step={restore} dataFile={dataFile} onRestored={list.reload} /> : null}
    </div>
  );
}
