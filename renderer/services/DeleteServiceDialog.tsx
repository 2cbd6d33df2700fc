// Delete a service. One with tickets or orders cannot be deleted (they are the evidence of its
// credits): the back end refuses with a message that says why, shown here as it comes, and the
// dialog offers to retire the service instead.
import { useState } from 'react';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { useServicesUi } from './store';

interface Props {
  id: number;
  circuitId: string;
  retiredOn: string | null;
  /** After the deletion (the service page goes back to the list). */
  onDeleted?: () => void;
}

export function DeleteServiceDialog({ id, circuitId, retiredOn, onDeleted }: Props) {
  const closeDialog = useServicesUi((s) => s.closeDialog);
  const openRetire = useServicesUi((s) => s.openRetire);
  const select = useServicesUi((s) => s.select);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    const result = await api.invoke('services:delete', { id });
    setBusy(false);
    if (!result.ok) {
      setRefusal(result.error.message);
      return;
    }
    closeDialog();
    select(null);
    notify(`Service ${circuitId} deleted`);
    onDeleted?.();
  };

  return (
    <Dialog
      title={refusal ? `${circuitId} cannot be deleted` : `Delete ${circuitId}?`}
      onClose={closeDialog}
      role="alertdialog"
      size="small"
      busy={busy}
      description={
        refusal ? undefined : (
          <p>
            The service <strong className="mono">{circuitId}</strong> will be removed from this data file. The audit log keeps a record of the
            deletion.
          </p>
        )
      }
    >
      {refusal ? (
        <div className="refusal" role="alert">
          <Icon name="warning" />
          <p>{refusal}</p>
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={closeDialog} disabled={busy} autoFocus data-autofocus>
          {refusal ? 'Close' : 'Cancel'}
        </button>
        {refusal === null ? (
          <button type="button" className="button danger" onClick={() => void confirm()} disabled={busy}>
            {busy ? 'Working…' : 'Delete service'}
          </button>
        ) : retiredOn === null ? (
          <button type="button" className="button primary" onClick={() => openRetire({ id, circuitId, retiredOn })}>
            Retire instead…
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}
