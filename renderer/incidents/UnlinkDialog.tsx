// "Unlink ticket ATT-700347 (SAC-VOIP-0001) from INC-1?": the ticket stays; it only leaves the incident.
import { useState } from 'react';
import type { Incident, Ticket } from '../../shared/ipc/tickets';
import { api } from '../api/client';
import { notify } from '../shell/notices';
import { ConfirmDialog } from '../ui/Dialog';
import { incidentName, ticketPhrase } from './model';
import { useIncidentsUi } from './store';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function UnlinkDialog({ incident, ticket, ticketId }: { incident: Incident | undefined; ticket: Ticket | undefined; ticketId: number }) {
  const close = useIncidentsUi((s) => s.close);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!incident) return null;
  const name = incidentName(incident);
  const phrase = ticketPhrase(ticket, ticketId);

  const confirm = async () => {
    setBusy(true);
    const result = await api.invoke('incidents:link', { incidentId: null, ticketId });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    close();
    notify(`${capitalize(phrase)} unlinked from ${name}`);
  };

  return (
    <ConfirmDialog
      title={`Unlink ${phrase} from ${name}?`}
      message={
        <p>
          {capitalize(phrase)} stays as it is but no longer counts in this incident, and the CAT suggestion is worked
          out again from the tickets left.
        </p>
      }
      confirmLabel="Unlink ticket"
      danger
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={close}
    />
  );
}
