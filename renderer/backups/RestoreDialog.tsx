// Restoring a copy: says plainly what will happen before anything does (the current file is
// copied aside first, then its data is replaced by the copy's), then what did happen. A refusal
// stays in the dialog; the back end changes nothing when it refuses.
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { countPhrase, fileName, keptCopyPattern } from './model';
import { useBackupsUi, type RestoreStep } from './store';

interface Props {
  step: Exclude<RestoreStep, { kind: 'none' }>;
  dataFile: string;
  /** After a restore: the list is read again (the screens showing data refresh on data:changed). */
  onRestored: () => void;
}

export function RestoreDialog({ step, dataFile, onRestored }: Props) {
  const start = useBackupsUi((s) => s.start);
  const fail = useBackupsUi((s) => s.fail);
  const succeed = useBackupsUi((s) => s.succeed);
  const close = useBackupsUi((s) => s.close);
  const b = step.backup;
  const file = fileName(dataFile) || 'the data file';

  if (step.kind === 'done') {
    return (
      // Its own dialog (keyed), so it opens afresh with Done focused: the confirmation's buttons are gone.
      <Dialog key="done" title="Backup restored" onClose={close} size="small">
        <div role="status" className="restore-result">
          <p>
            The data in <strong className="mono">{file}</strong> is now the backup of {b.day}: {countPhrase(b.tickets, 'ticket', 'tickets')},{' '}
            {countPhrase(b.services, 'service', 'services')}.
          </p>
          <p>
            The file as it was before the restore is kept as <code className="inline-path restore-kept">{step.keptCopy}</code>.
          </p>
        </div>
        <div className="dialog-actions">
          <button type="button" className="button primary" onClick={close} autoFocus data-autofocus>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  const confirm = async () => {
    start();
    const result = await api.invoke('backups:restore', { name: b.name });
    if (!result.ok) {
      fail(result.error.message);
      return;
    }
    succeed(result.value.keptCopy);
    notify(`Backup of ${b.day} restored`);
    onRestored();
  };

  return (
    <Dialog
      key="confirm"
      title={`Restore the backup of ${b.day}?`}
      onClose={close}
      role="alertdialog"
      size="small"
      busy={step.busy}
      description={
        <>
          <p>
            The data in <strong className="mono">{file}</strong> will be replaced by this backup&rsquo;s:{' '}
            {countPhrase(b.tickets, 'ticket', 'tickets')} and {countPhrase(b.services, 'service', 'services')}, as they were on {b.day}.
            Anything entered since then will no longer be in the file.
          </p>
          <p>
            First, a copy of the current file is kept in the backups folder as{' '}
            <code className="inline-path">{keptCopyPattern(dataFile || 'agency.sqlite')}</code>, so you can go back to it.
          </p>
        </>
      }
    >
      {step.error ? (
        <p className="form-error" role="alert">
          {step.error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close} disabled={step.busy} autoFocus data-autofocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={() => void confirm()} disabled={step.busy}>
          {step.busy ? 'Restoring…' : 'Restore this backup'}
        </button>
      </div>
    </Dialog>
  );
}
