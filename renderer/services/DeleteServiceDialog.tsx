import { useState } from 'react';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { ConfirmDialog } from '../ui/Dialog';
import { useServicesUi } from './store';

export function DeleteServiceDialog({ id, circuitId }: { id: number; circuitId: string }) {
  const closeDialog = useServicesUi((s) => s.closeDialog);
  const select = useServicesUi((s) => s.select);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    const result = await api.invoke('services:delete', { id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    closeDialog();
    select(null);
    notify(`Service ${circuitId} deleted`);
  };

  return (
    <ConfirmDialog
      title={`Delete ${circuitId}?`}
      message={
        <p>
          The service <strong className="mono">{circuitId}</strong> will be removed from this data file. The audit log keeps a record of
          the deletion.
        </p>
      }
      confirmLabel="Delete service"
      danger
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={closeDialog}
    />
  );
}
